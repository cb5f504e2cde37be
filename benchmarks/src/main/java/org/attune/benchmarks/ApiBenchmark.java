package org.attune.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.attune.Attune;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one EPDS response in memory: Attune's public API ({@code Scorer.evaluate}) against
 * {@link HandCodedEpds}, the hand-coded limit, on the same few thousand varied valid responses,
 * each held once as {@link Responses} and handed to the hand-coded scorer as the very same
 * answer map ({@link Responses#answers()}: item id to {@link Integer} score). Both return their
 * result so that nothing is optimised away.
 *
 * <p>No instrument {@code @Param}: the limit it is compared with exists for the EPDS only.
 * Run with allocation figures ({@code gc.alloc.rate.norm}, bytes per operation):
 * <pre>java -jar benchmarks/target/benchmarks.jar ApiBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ApiBenchmark {
  private static final int COUNT = 4096; // a power of two: the index wraps with a mask

  private Scorer scorer;
  private Responses[] responses;
  private Map<String, Object>[] answers;
  private int next;

  @Setup
  @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
  public void setUp() {
    scorer = Attune.catalog().scorer("epds");
    responses = new Responses[COUNT];
    answers = new Map[COUNT];
    SplittableRandom random = new SplittableRandom(EpdsCsv.DEFAULT_SEED);
    for (int r = 0; r < COUNT; r++) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (String item : HandCodedEpds.ITEMS) {
        map.put(item, EpdsCsv.answer(random));
      }
      responses[r] = Responses.of(map);
      answers[r] = responses[r].answers();
      HandCodedEpds.Result expected = HandCodedEpds.score(answers[r]);
      Result actual = scorer.evaluate(responses[r]);
      if (actual.scale("epds_total").score().intValueExact() != expected.total()
          || actual.scale("epds_anxiety").score().intValueExact() != expected.anxiety()
          || !actual.scale("epds_total").band().equals(expected.totalBand())
          || actual.hasFlag("self_harm") != expected.selfHarm()) {
        throw new IllegalStateException("the two scorers disagree on response " + r);
      }
    }
  }

  @Benchmark
  public Result attune() {
    return scorer.evaluate(responses[next++ & (COUNT - 1)]);
  }

  @Benchmark
  public HandCodedEpds.Result handCoded() {
    return HandCodedEpds.score(answers[next++ & (COUNT - 1)]);
  }
}
