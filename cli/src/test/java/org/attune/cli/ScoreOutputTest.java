package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.concat;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.utf8;
import static org.attune.cli.Cli.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scored CSV (CONTRACT.md "Scored output (CSV)"): header, encoding, line ends, formula
 * safety, and several instruments in one pass. Answers {@code 0,0,1,1,0,1,0,0,0,0} score total
 * 3 and anxiety 1+1+0 = 2 by the EPDS key.
 */
class ScoreOutputTest {
  static final String ANSWERS_3 = "0,0,1,1,0,1,0,0,0,0";
  static final String SCORED_3 = "3,below_threshold,2,below_threshold,,complete,,";

  @TempDir Path dir;

  private Cli.Run score(String instrument, byte[] input, String... options) {
    return Cli.scoreFile(dir, instrument, input, options);
  }

  @Test
  void output_header_isExactlyAsContract() {
    Cli.Run run = score("epds", utf8(lines(EPDS_IN)));

    assertThat(run.lines()).containsExactly("id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings");
  }

  @Test
  void output_formulaLikeIds_getALeadingQuoteUnlessNumbers() {
    Cli.Run run = score("epds", utf8(lines(EPDS_IN,
        "=cmd|calc," + ANSWERS_3,
        "-3," + ANSWERS_3,
        "-2.5," + ANSWERS_3,
        "@x," + ANSWERS_3,
        "+1," + ANSWERS_3,
        "-x," + ANSWERS_3,
        "\"=1+2,3\"," + ANSWERS_3,
        "a=b," + ANSWERS_3)));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "'=cmd|calc," + SCORED_3,
        "-3," + SCORED_3,
        "-2.5," + SCORED_3,
        "'@x," + SCORED_3,
        "'+1," + SCORED_3,
        "'-x," + SCORED_3,
        "\"'=1+2,3\"," + SCORED_3,
        "a=b," + SCORED_3);
  }

  @Test
  void output_bomAndCrlfInput_writesLfWithoutBom() {
    byte[] input = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8(EPDS_IN + "\r\nr1," + ANSWERS_3 + "\r\nr2,,,,,,,,,,\r\n"));

    Cli.Run run = score("epds", input);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.outBytes()).doesNotContain((byte) '\r');
    assertThat(run.outBytes()[0]).isEqualTo((byte) 'i');
    assertThat(run.out()).isEqualTo(lines(EPDS_OUT, "r1," + SCORED_3, "r2,,,,,,incomplete,,"));
  }

  @Test
  void output_fileOutput_isUtf8LfWithoutBom() throws Exception {
    Path in = write(dir, "in.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8(EPDS_IN + "\r\nJos\u00e9," + ANSWERS_3 + "\r\n")));
    Path out = dir.resolve("out.csv");

    Cli.Run run = run("score", "epds", in.toString(), "-o", out.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(Files.readAllBytes(out)).isEqualTo(utf8(lines(EPDS_OUT, "Jos\u00e9," + SCORED_3)));
  }

  @Test
  void output_nonAsciiId_isWrittenAsUtf8() {
    Cli.Run run = score("epds", utf8(lines(EPDS_IN, "M\u00fcller-\u00c5se-\u4e2d," + ANSWERS_3)));

    assertThat(run.outBytes()).isEqualTo(utf8(lines(EPDS_OUT, "M\u00fcller-\u00c5se-\u4e2d," + SCORED_3)));
  }

  // -- several instruments --------------------------------------------------------------------

  static final String WIDE_IN = EPDS_IN + ",phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9";
  /**
   * Each instrument's scale columns, then its prefixed flags, status and errors, instruments
   * in the order given (CONTRACT.md; no warnings column yet).
   */
  static final String WIDE_OUT = "id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,epds_flags,epds_status,"
      + "epds_errors,epds_warnings,phq9_total,phq9_total_band,phq9_flags,phq9_status,phq9_errors,phq9_warnings";

  @Test
  void severalInstruments_onePass_prefixedColumnsInOrderGiven() {
    Cli.Run run = score("epds,phq9", utf8(lines(WIDE_IN,
        // EPDS 1,1,2,2,2,1,1,1,1,0: 12, anxiety 6. PHQ-9 2+2+2+1+1+1 = 9 mild
        "w1,1,1,2,2,2,1,1,1,1,0,2,2,2,1,1,1,0,0,0",
        // EPDS item 10 = 1 only: 1, anxiety 0, self_harm. PHQ-9 item 9 = 7: invalid, no flag from it
        "w2,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,7",
        // one cell too many: both invalid; each keeps its own flag
        "w3,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,1,surplus",
        // EPDS missing item 1: incomplete (anxiety 0). PHQ-9 all 3 but item 9 = 0: 24 severe
        "w4,,0,0,0,0,0,0,0,0,0,3,3,3,3,3,3,3,3,0")));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(WIDE_OUT,
        "w1,12,possible_depression,6,above_threshold,,complete,,,9,mild,,complete,,",
        "w2,1,below_threshold,0,below_threshold,self_harm,complete,,,,,,invalid,phq9_9:not_an_option,",
        "w3,,,,,self_harm,invalid,row:wrong_cell_count,,,,self_harm,invalid,row:wrong_cell_count,",
        "w4,,,0,below_threshold,,incomplete,,,24,severe,,complete,,");
  }

  @Test
  void severalInstruments_reversedOrder_followsTheOrderGiven() {
    Cli.Run run = score("phq9,epds", utf8(lines(WIDE_IN, "w1,1,1,2,2,2,1,1,1,1,0,2,2,2,1,1,1,0,0,0")));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(
        "id,phq9_total,phq9_total_band,phq9_flags,phq9_status,phq9_errors,phq9_warnings,epds_total,epds_total_band,epds_anxiety,"
            + "epds_anxiety_band,epds_flags,epds_status,epds_errors,epds_warnings",
        "w1,9,mild,,complete,,,12,possible_depression,6,above_threshold,,complete,,");
  }

  @Test
  void severalInstruments_oneRequiredColumnAbsent_isAUsageError() {
    Cli.Run run = score("epds,phq9", utf8(lines(WIDE_IN.replace(",phq9_5", ""),
        "w1,1,1,2,2,2,1,1,1,1,0,2,2,2,1,1,0,0,0")));

    assertUsageError(run, "phq9_5");
  }

  @Test
  void severalInstruments_allValid_exitsZero() {
    Cli.Run run = score("epds,phq9", utf8(lines(WIDE_IN, "w1,1,1,2,2,2,1,1,1,1,0,2,2,2,1,1,1,0,0,0")));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
  }
}
