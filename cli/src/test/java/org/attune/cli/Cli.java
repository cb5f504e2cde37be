package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.attune.model.Instrument;

/** Runs {@code attune} in-process and captures what it writes; shared EPDS fixtures for the CLI tests. */
final class Cli {
  /** The EPDS input header as CONTRACT.md names the columns. */
  static final String EPDS_IN = "id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10";
  /** The scored EPDS output header (CONTRACT.md "Scored output (CSV)"). */
  static final String EPDS_OUT = "id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings";
  static final String PHQ9_IN = "id,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9";
  static final String PHQ9_OUT = "id,phq9_total,phq9_total_band,flags,status,errors,warnings";

  private Cli() {}

  /** What one run returned and wrote. */
  record Run(int exit, byte[] outBytes, String out, String err) {
    /** Standard output split into lines (LF), without the empty string after the last LF. */
    List<String> lines() {
      if (out.isEmpty()) {
        return List.of();
      }
      String body = out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
      return Arrays.asList(body.split("\n", -1));
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  static Run runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = AttuneCommand.run(args, new ByteArrayInputStream(stdin), out, err);
    byte[] bytes = out.toByteArray();
    return new Run(exit, bytes, new String(bytes, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Writes {@code input} to {@code dir/in.csv} and runs {@code attune score <instrument> in.csv <options>}. */
  static Run scoreFile(Path dir, String instrument, byte[] input, String... options) {
    Path in = write(dir, "in.csv", input);
    String[] args = new String[3 + options.length];
    args[0] = "score";
    args[1] = instrument;
    args[2] = in.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return run(args);
  }

  /** As {@link #scoreFile(Path, String, byte[], String...)}, with UTF-8 text. */
  static Run scoreFile(Path dir, String instrument, String input, String... options) {
    return scoreFile(dir, instrument, input.getBytes(StandardCharsets.UTF_8), options);
  }

  /** The layout of a CSV input read by {@code reader}: its header, the id column {@code id}, no mapping, default missing tokens. */
  static CsvLayout layout(CsvReader reader, List<Instrument> instruments) throws IOException {
    return new CsvLayout(reader, instruments, ColumnMap.of(List.of(), null, Set.of()), "id", false,
        Cells.missingTokens(null));
  }

  /** Lines joined with LF, with a final LF. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Exit 2, nothing on standard output, and one line on standard error that names each of
   * the fragments and shows no stack trace.
   */
  static void assertUsageError(Run run, String... fragments) {
    assertThat(run.exit()).as("exit code of %s", run).isEqualTo(ExitCodes.USAGE);
    assertThat(run.outBytes()).as("standard output of %s", run).isEmpty();
    assertThat(run.err()).as("standard error").endsWith("\n");
    String message = run.err().substring(0, run.err().length() - 1);
    assertThat(message).as("standard error").isNotBlank().doesNotContain("\n").doesNotContain("\tat ")
        .doesNotContain("Exception");
    if (fragments.length > 0) {
      assertThat(message).contains(fragments);
    }
  }
}
