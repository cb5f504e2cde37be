package org.attune.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a deterministic EPDS CSV for the batch benchmarks: header {@code id,epds_1,…,epds_10},
 * then one row per respondent with score-coded answers. Most rows are valid; about 2% of cells
 * are missing (empty, sometimes {@code NA}) and about 1% invalid ({@code 7}, {@code abc},
 * {@code 2.0}, {@code 02}, {@code -1}); about 1% of respondents answer item 10 with 1 or more.
 * The same row count and seed always give the same bytes.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.attune.benchmarks.EpdsCsv 1000000 /tmp/epds-1m.csv [seed]</pre>
 */
public final class EpdsCsv {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20261123L;

  static final byte[] HEADER =
      "id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10\n".getBytes(StandardCharsets.US_ASCII);
  private static final String[] INVALID = {"7", "abc", "2.0", "02", "-1"};

  private EpdsCsv() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: EpdsCsv ROWS FILE [SEED]");
      System.exit(2);
    }
    write(Path.of(args[1]), Long.parseLong(args[0]), args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED);
  }

  /** Writes {@code rows} rows (plus the header) to {@code file}, replacing it. */
  public static void write(Path file, long rows, long seed) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(out, rows, seed);
    }
  }

  static void write(OutputStream out, long rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder line = new StringBuilder(64);
    byte[] bytes = new byte[128];
    out.write(HEADER);
    for (long r = 1; r <= rows; r++) {
      line.setLength(0);
      line.append('r').append(r);
      for (int item = 1; item <= 10; item++) {
        line.append(',').append(cell(random, item));
      }
      line.append('\n');
      int n = line.length();
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) line.charAt(i); // ASCII only
      }
      out.write(bytes, 0, n);
    }
  }

  private static String cell(SplittableRandom random, int item) {
    int roll = random.nextInt(1000);
    if (roll < 20) {
      return roll < 4 ? "NA" : "";
    }
    if (roll < 30) {
      return INVALID[random.nextInt(INVALID.length)];
    }
    if (item == 10) {
      // About 1% of respondents report thoughts of self-harm (item 10 scored 1-3).
      return random.nextInt(100) == 0 ? String.valueOf(1 + random.nextInt(3)) : "0";
    }
    return String.valueOf(answer(random));
  }

  /**
   * A score 0-3 skewed towards low scores, as in a screened community sample, so that every
   * band of both scales occurs.
   */
  static int answer(SplittableRandom random) {
    int p = random.nextInt(100);
    return p < 42 ? 0 : p < 72 ? 1 : p < 90 ? 2 : 3;
  }
}
