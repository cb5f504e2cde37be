package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closing summary on standard error (issue: rows scored, per status, flags raised; silent
 * when standard error is not a terminal, except errors; {@code --quiet} silences it). The
 * {@code ./attune} launcher tells the program about the terminal through the system property
 * {@code attune.stderr.tty}, which these tests set and restore. Counts are worked by hand from
 * the EPDS key (item 10 >= 1 raises self_harm; a row with a violation is invalid).
 */
@Isolated("sets the JVM-wide system property attune.stderr.tty")
class SummaryTest {
  static final String TTY = "attune.stderr.tty";
  /** Elapsed time is the one figure that varies. */
  static final String TIME = " rows in \\d+\\.\\d s";

  static final String SIX_ROWS = lines(EPDS_IN,
      "s1,0,0,1,1,0,1,0,0,0,0", // complete, total 3
      "s2,0,0,0,0,0,0,0,0,0,1", // complete, total 1, self_harm
      "s3,0,0,1,1,0,,0,0,0,0", // item 6 missing: incomplete
      "s4,0,0,7,1,0,1,0,0,0,2", // 7 is no score of item 3: invalid; item 10 = 2 still raises self_harm
      "s5,0,0,0", // wrong cell count: invalid; item 10 not in the row
      "s6,3,3,3,3,3,3,3,3,3,3"); // complete, total 30, self_harm
  // 6 rows: 3 complete (s1, s2, s6), 1 incomplete (s3), 2 invalid (s4, s5); self_harm 3 (s2, s4, s6)

  @TempDir Path dir;

  /** Runs with the property set to {@code value} (null: absent), restoring what was there. */
  static Cli.Run withTty(String value, Supplier<Cli.Run> run) {
    String before = System.getProperty(TTY);
    try {
      if (value == null) {
        System.clearProperty(TTY);
      } else {
        System.setProperty(TTY, value);
      }
      return run.get();
    } finally {
      if (before == null) {
        System.clearProperty(TTY);
      } else {
        System.setProperty(TTY, before);
      }
    }
  }

  private Cli.Run score(String tty, String instruments, String input, String... options) {
    Path in = write(dir, "in.csv", input);
    List<String> args = new ArrayList<>(List.of("score", instruments, in.toString()));
    args.addAll(Arrays.asList(options));
    return withTty(tty, () -> run(args.toArray(String[]::new)));
  }

  static List<String> errLines(Cli.Run run) {
    assertThat(run.err()).as("standard error ends with a line end").endsWith("\n");
    return Arrays.asList(run.err().substring(0, run.err().length() - 1).split("\n", -1));
  }

  @Test
  void summary_terminal_namesRowsStatusesAndFlags() {
    Cli.Run run = score("true", "epds", SIX_ROWS);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    List<String> err = errLines(run);
    assertThat(err).as("standard error: %s", run.err()).hasSize(2);
    assertThat(err.get(0)).matches("attune: 6" + TIME);
    assertThat(err.get(1)).isEqualTo("  epds: 3 complete, 1 incomplete, 2 invalid; flags: self_harm 3");
  }

  @Test
  void summary_terminal_standardOutputIsTheSameAsWithoutTerminal() {
    Cli.Run terminal = score("true", "epds", SIX_ROWS);
    Cli.Run plain = score(null, "epds", SIX_ROWS);

    assertThat(terminal.out()).isEqualTo(plain.out());
    assertThat(terminal.exit()).isEqualTo(plain.exit());
  }

  @Test
  void summary_terminalSeveralInstruments_oneLinePerInstrumentInOrderGiven() {
    String input = lines(ScoreOutputTest.WIDE_IN,
        // EPDS complete; PHQ-9 complete
        "w1,1,1,2,2,2,1,1,1,1,0,2,2,2,1,1,1,0,0,0",
        // EPDS complete with self_harm; PHQ-9 item 9 = 7: invalid
        "w2,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,7",
        // a cell too many: both invalid; EPDS item 10 = 2 and PHQ-9 item 9 = 1 raise self_harm
        "w3,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,1,surplus",
        // EPDS item 1 missing: incomplete; PHQ-9 complete
        "w4,,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,0");

    Cli.Run run = score("true", "phq9,epds", input);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    List<String> err = errLines(run);
    assertThat(err).as("standard error: %s", run.err()).hasSize(3);
    assertThat(err.get(0)).matches("attune: 4" + TIME);
    assertThat(err.get(1)).isEqualTo("  phq9: 2 complete, 2 invalid; flags: self_harm 1");
    assertThat(err.get(2)).isEqualTo("  epds: 2 complete, 1 incomplete, 1 invalid; flags: self_harm 2");
  }

  @Test
  void summary_terminalInstrumentWithoutFlags_listsStatusesOnly() {
    String input = lines("id,gad7_1,gad7_2,gad7_3,gad7_4,gad7_5,gad7_6,gad7_7",
        "g1,0,0,0,0,0,0,0", // complete
        "g2,3,3,3,3,3,3,3", // complete
        "g3,1,1,1,,1,1,1"); // item 4 missing: incomplete

    Cli.Run run = score("true", "gad7", input);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    List<String> err = errLines(run);
    assertThat(err).as("standard error: %s", run.err()).hasSize(2);
    assertThat(err.get(0)).matches("attune: 3" + TIME);
    assertThat(err.get(1)).isEqualTo("  gad7: 2 complete, 1 incomplete");
  }

  @Test
  void summary_terminalNoFlagRaised_saysZero() {
    Cli.Run run = score("true", "epds", lines(EPDS_IN, "s1,0,0,1,1,0,1,0,0,0,0"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    List<String> err = errLines(run);
    assertThat(err).as("standard error: %s", run.err()).hasSize(2);
    assertThat(err.get(0)).matches("attune: 1" + TIME);
    assertThat(err.get(1)).isEqualTo("  epds: 1 complete; flags: self_harm 0");
  }

  @Test
  void summary_terminalManyRows_countsWithThousandsSeparators() {
    // 1,500 rows: every third (i % 3 == 0: 500 rows) has item 10 = 1; all complete
    StringBuilder input = new StringBuilder(EPDS_IN).append('\n');
    for (int i = 0; i < 1500; i++) {
      input.append('r').append(i).append(",0,0,0,0,0,0,0,0,0,").append(i % 3 == 0 ? 1 : 0).append('\n');
    }

    Cli.Run run = score("true", "epds", input.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    List<String> err = errLines(run);
    assertThat(err.get(err.size() - 2)).matches("attune: 1,500" + TIME);
    assertThat(err.get(err.size() - 1)).isEqualTo("  epds: 1,500 complete; flags: self_harm 500");
  }

  @Test
  void summary_terminalWithOutputFile_isStillOnStandardError() throws Exception {
    Path out = dir.resolve("scored.csv");

    Cli.Run run = score("true", "epds", SIX_ROWS, "-o", out.toString());

    assertThat(run.outBytes()).isEmpty();
    assertThat(Files.exists(out)).isTrue();
    List<String> err = errLines(run);
    assertThat(err).hasSize(2);
    assertThat(err.get(1)).isEqualTo("  epds: 3 complete, 1 incomplete, 2 invalid; flags: self_harm 3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--quiet", "-q"})
  void summary_terminalQuiet_nothingOnStandardError(String quiet) {
    Cli.Run run = score("true", "epds", SIX_ROWS, quiet);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.err()).isEmpty();
    assertThat(run.lines()).hasSize(7);
  }

  @Test
  void summary_notATerminal_successfulRunsWriteNothingOnStandardError() {
    Cli.Run invalid = score(null, "epds", SIX_ROWS);
    Cli.Run ok = score(null, "epds", lines(EPDS_IN, "s1,0,0,1,1,0,1,0,0,0,0"));
    Cli.Run ttyFalse = score("false", "epds", SIX_ROWS);

    assertThat(invalid.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(invalid.err()).isEmpty();
    assertThat(ok.exit()).isEqualTo(ExitCodes.OK);
    assertThat(ok.err()).isEmpty();
    assertThat(ttyFalse.err()).isEmpty();
  }

  @Test
  void summary_terminalUsageError_onlyTheErrorLine() {
    Cli.Run run = score("true", "epds", lines("id,epds_1", "r1,0"));

    assertUsageError(run, "epds_2");
  }

  @Test
  void summary_notATerminalUsageError_stillReportsTheError() {
    Cli.Run run = score(null, "epds", lines("id,epds_1", "r1,0"));

    assertUsageError(run, "epds_2");
  }
}
