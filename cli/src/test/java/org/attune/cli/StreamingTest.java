package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming (issue: "scores a large generated input under a small heap"): a separate JVM with
 * a 48 MiB heap scores a million EPDS rows piped to its standard input, while this test reads
 * its standard output as it comes. Input (~28 MB) and output (~60 MB) together are larger
 * than the heap, so the run passes only if rows go through one at a time; and the first
 * output must arrive before the input is finished.
 */
class StreamingTest {
  static final int ROWS = 1_000_000;
  /** Rows written before the writer waits to see output: far more than any output buffer holds. */
  static final int BEFORE_FIRST_OUTPUT = 200_000;
  static final byte[] ZERO_ROW_TAIL = ",0,0,0,0,0,0,0,0,0,0\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  /**
   * Row {@code i} by construction, all answers 0 (EPDS total 0, anxiety 0, complete) except:
   * {@code i % 1000 == 0}: epds_10 = 1, self_harm (1,000 rows, complete);
   * {@code i % 100 == 1}: epds_6 empty, incomplete (10,000 rows);
   * {@code i % 500 == 2}: epds_3 = 7, not a score of item 3, invalid (2,000 rows).
   * The three sets are disjoint, so 988,000 rows are complete.
   */
  static void writeRow(OutputStream out, int i) throws IOException {
    out.write('r');
    out.write(Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
    if (i % 1000 == 0) {
      out.write(",0,0,0,0,0,0,0,0,0,1\n".getBytes(StandardCharsets.US_ASCII));
    } else if (i % 100 == 1) {
      out.write(",0,0,0,0,0,,0,0,0,0\n".getBytes(StandardCharsets.US_ASCII));
    } else if (i % 500 == 2) {
      out.write(",0,0,7,0,0,0,0,0,0,0\n".getBytes(StandardCharsets.US_ASCII));
    } else {
      out.write(ZERO_ROW_TAIL);
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void score_millionRowsPipedUnderA48MiBHeap_streamsOneOutputRowPerInputRow() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path stderr = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        "org.attune.cli.AttuneCommand", "score", "epds", "-", "--quiet")
        .redirectError(stderr.toFile())
        .start();
    CountDownLatch firstOutput = new CountDownLatch(1);
    AtomicBoolean outputBeforeInputEnded = new AtomicBoolean();
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try (OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
        in.write((EPDS_IN + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < ROWS; i++) {
          if (i == BEFORE_FIRST_OUTPUT) {
            in.flush();
            outputBeforeInputEnded.set(firstOutput.await(30, TimeUnit.SECONDS));
          }
          writeRow(in, i);
        }
      } catch (Throwable e) {
        writerFailure.set(e);
      }
    }, "streaming-test-writer");
    writer.setDaemon(true);
    writer.start();

    long lines = 0;
    long complete = 0;
    long incomplete = 0;
    long invalid = 0;
    long selfHarm = 0;
    String header = null;
    String firstOutOfOrder = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (lines++ == 0) {
          header = line;
          continue;
        }
        firstOutput.countDown();
        // id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings
        List<String> cells = List.of(line.split(",", -1));
        if (firstOutOfOrder == null && (cells.size() != 9 || !cells.get(0).equals("r" + (lines - 2)))) {
          firstOutOfOrder = "line " + lines + ": " + line;
        }
        switch (cells.get(6)) {
          case "complete" -> complete++;
          case "incomplete" -> incomplete++;
          case "invalid" -> invalid++;
          default -> { }
        }
        if (cells.get(5).equals("self_harm")) {
          selfHarm++;
        }
      }
    } finally {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    writer.join(10_000);

    String err = Files.readString(stderr);
    assertThat(writerFailure.get()).as("writing the input (standard error: %s)", err).isNull();
    assertThat(process.exitValue()).as("exit code; standard error: %s", err).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(err).as("standard error with --quiet").isEmpty();
    assertThat(header).isEqualTo(EPDS_OUT);
    assertThat(lines).as("output lines: the header and one per input row").isEqualTo(ROWS + 1L);
    assertThat(firstOutOfOrder).as("first output row not in input order").isNull();
    assertThat(selfHarm).as("self_harm rows (i mod 1000 == 0)").isEqualTo(1_000);
    assertThat(incomplete).as("incomplete rows (i mod 100 == 1)").isEqualTo(10_000);
    assertThat(invalid).as("invalid rows (i mod 500 == 2)").isEqualTo(2_000);
    assertThat(complete).as("complete rows").isEqualTo(988_000);
    assertThat(outputBeforeInputEnded).as("output arrived after %,d input rows, before the input ended",
        BEFORE_FIRST_OUTPUT).isTrue();
  }
}
