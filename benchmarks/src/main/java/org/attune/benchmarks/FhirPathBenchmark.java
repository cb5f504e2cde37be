package org.attune.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.attune.Attune;
import org.attune.fhir.QuestionnaireResponses;
import org.attune.model.Instrument;
import org.attune.scoring.Scorer;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PHQ-9 total of a FHIR R4 QuestionnaireResponse held in memory as a HAPI object: through
 * Attune ({@link QuestionnaireResponses#toResponses}, then {@link Scorer#evaluate}, then the
 * total's score) against HAPI FHIR's R4 FHIRPath engine ({@code FhirContext.forR4().newFhirPath()})
 * evaluating the SDC-style total expression on the same response:
 *
 * <pre>
 * %resource.repeat(item).where(linkId in ('phq9_1' | … | 'phq9_9')).answer.value
 *     .extension('http://hl7.org/fhir/StructureDefinition/ordinalValue').value
 *     .aggregate($total + $this, 0)
 * </pre>
 *
 * HAPI's R4 engine has no {@code sum()} or {@code weight()}, hence {@code aggregate}. The
 * answers carry their weights because each answer is a copy of the answer option's Coding, with
 * its {@code ordinalValue} extension ({@link Phq9QuestionnaireResponses}). The expression is
 * parsed once, in {@code @Setup}; only its evaluation is measured.
 *
 * <p>{@code @Setup} builds 4,096 seeded, varied, complete responses and throws unless the
 * FHIRPath total equals Attune's total on every one (and the totals take at least 15 of their
 * 28 values). Both methods return the total, so nothing is optimised away. No instrument
 * {@code @Param}: the comparison asked for is the PHQ-9's, and the responses are generated for
 * its shape.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar FhirPathBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FhirPathBenchmark {
  private static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
  /**
   * How many different responses the benchmark cycles through (a power of two: the index wraps
   * with a mask). 256 are enough to vary every branch (23 of the 28 totals occur) and, at about
   * 6.6 KB of HAPI objects each, stay in the processor's caches, as a response just parsed or
   * received does; 4,096 (27 MB) would mostly time waiting on memory, on both sides.
   */
  @Param("256")
  public int responseCount;
  private static final long SEED = 20261123L;

  private Instrument phq9;
  private Scorer scorer;
  private IFhirPath engine;
  private IFhirPath.IParsedExpression total;
  private QuestionnaireResponse[] responses;
  private int next;

  /** The total expression for the scale's items, summing the answers' ordinalValue. */
  private static String expression(Instrument instrument, String scaleId) {
    List<String> items = instrument.scale(scaleId).orElseThrow().items();
    return "%resource.repeat(item).where(linkId in ("
        + items.stream().map(i -> "'" + i + "'").collect(Collectors.joining(" | "))
        + ")).answer.value.extension('" + ORDINAL_VALUE + "').value.aggregate($total + $this, 0)";
  }

  @Setup
  public void setUp() throws Exception {
    phq9 = Attune.catalog().get("phq9");
    scorer = Attune.catalog().scorer("phq9");
    engine = FhirContext.forR4().newFhirPath();
    total = engine.parse(expression(phq9, "phq9_total"));
    responses = Phq9QuestionnaireResponses.generate(phq9, responseCount, SEED);
    Set<String> totals = new HashSet<>();
    for (int r = 0; r < responseCount; r++) {
      BigDecimal viaAttune = attune(responses[r]);
      Base viaFhirPath = fhirPath(responses[r]);
      if (viaAttune == null || viaFhirPath == null
          || new BigDecimal(viaFhirPath.primitiveValue()).compareTo(viaAttune) != 0) {
        throw new IllegalStateException("Attune and FHIRPath disagree on response " + r + ": "
            + viaAttune + " against " + (viaFhirPath == null ? null : viaFhirPath.primitiveValue()));
      }
      totals.add(viaAttune.stripTrailingZeros().toPlainString());
    }
    if (totals.size() < 15) { // of 0-27: agreement on a handful of totals would prove little
      throw new IllegalStateException("only " + totals.size() + " different totals: " + totals);
    }
  }

  @Benchmark
  public BigDecimal attune() {
    return attune(responses[next++ & (responseCount - 1)]);
  }

  @Benchmark
  public Base fhirPath() {
    return fhirPath(responses[next++ & (responseCount - 1)]);
  }

  private BigDecimal attune(QuestionnaireResponse qr) {
    return scorer.evaluate(QuestionnaireResponses.toResponses(phq9, qr)).scale("phq9_total").score();
  }

  /** The one value the expression gives, or null when it gives none or several. */
  private Base fhirPath(QuestionnaireResponse qr) {
    List<Base> out = engine.evaluate(qr, total, Base.class);
    return out.size() == 1 ? out.get(0) : null;
  }
}
