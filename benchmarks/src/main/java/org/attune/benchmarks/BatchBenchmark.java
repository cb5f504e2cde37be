package org.attune.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attune.cli.AttuneCommand;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a whole EPDS CSV file file-to-file inside one JVM: the CLI's batch engine
 * ({@code AttuneCommand.execute("score", "epds", IN, "-o", OUT)}) against
 * {@link HandWrittenEpdsCsvScorer}, the hand-written limit, on the same generated file
 * ({@link EpdsCsv}). Each operation is a whole file, so the mode is single-shot.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar BatchBenchmark -p rows=1000000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BatchBenchmark {
  @Param("1000000")
  public long rows;

  private Path dir;
  private Path input;
  private Path cliOutput;
  private Path handOutput;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("attune-batch-");
    input = dir.resolve("epds.csv");
    cliOutput = dir.resolve("attune.csv");
    handOutput = dir.resolve("hand.csv");
    EpdsCsv.write(input, rows, EpdsCsv.DEFAULT_SEED);
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public int attuneCli() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AttuneCommand.execute(new String[] {"score", "epds", input.toString(), "-o", cliOutput.toString()},
        InputStream.nullInputStream(), OutputStream.nullOutputStream(), err);
    return checked(code, err.toString(StandardCharsets.UTF_8));
  }

  @Benchmark
  public int handWritten() throws IOException {
    return checked(HandWrittenEpdsCsvScorer.run(input, handOutput), "");
  }

  /** 0 or 3 (some rows invalid, as generated) are a finished run; anything else is a failure to report. */
  private static int checked(int code, String err) {
    if (code != 0 && code != 3) {
      throw new IllegalStateException("exit code " + code + ": " + err);
    }
    return code;
  }
}
