package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.lines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code status} and {@code errors} columns (CONTRACT.md "Reading CSV input" and "Scored
 * output (CSV)"). Rows are all-zero EPDS answers in score coding (total 0, anxiety 0) with one
 * cell changed, so every expected value is worked from the key by hand.
 */
class ScoreStatusTest {
  @TempDir Path dir;

  /** An EPDS row in score coding: {@code cells} are epds_1..epds_10. */
  static String row(String id, String... cells) {
    assertThat(cells).hasSize(10);
    return id + "," + String.join(",", cells);
  }

  /** All ten items 0 except {@code item} (1-based), which holds {@code cell}. */
  static String zerosWith(String id, int item, String cell) {
    String[] cells = {"0", "0", "0", "0", "0", "0", "0", "0", "0", "0"};
    cells[item - 1] = cell;
    return row(id, cells);
  }

  private Cli.Run score(String input, String... options) {
    return Cli.scoreFile(dir, "epds", input, options);
  }

  @Test
  void score_everyItemAnswered_isComplete() {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 1, "0")));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,0,below_threshold,0,below_threshold,,complete,,");
  }

  @Test
  void score_itemCellEmpty_isIncompleteWithTotalAndBandEmpty() {
    // epds_6 is outside EPDS-3A (3, 4, 5), so the anxiety scale is still scored: 0
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 6, "")));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,0,below_threshold,,incomplete,,");
  }

  @Test
  void score_anxietyItemMissing_leavesBothScalesEmpty() {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 4, "")));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,incomplete,,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NA", " NA ", "  "})
  void score_defaultMissingToken_isIncomplete(String cell) {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 2, cell)));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,0,below_threshold,,incomplete,,");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "999|999",
      "skipped|skipped",
      "999,skipped|skipped",
      "999, skipped |skipped",
      "999,skipped|999",
      // one byte, as the usual answer is: even a digit that is an option, when declared missing
      "9|9",
      "3|3",
      ".|."})
  void score_givenMissingToken_isIncomplete(String tokens, String cell) {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 2, cell)), "--missing", tokens);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,0,below_threshold,,incomplete,,");
  }

  @Test
  void score_missingTokenNotGiven_isAViolation() {
    // 999 is a canonical whole number that is not a score of item 2 (0..3)
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 2, "999")));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_2:not_an_option,");
  }

  @Test
  void score_missingTokenOfOtherCase_isNotMissing() {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 2, "Skipped")), "--missing", "skipped");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_2:not_a_number,");
  }

  @Test
  void score_lowerCaseNa_isNotMissing() {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 2, "na")));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_2:not_a_number,");
  }

  @Test
  void score_wholeNumberNotAnOption_isInvalidNotAnOption() {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 3, "7")));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_3:not_an_option,");
  }

  @Test
  void score_positionUsedInScoreCoding_isInvalidNotAnOption() {
    // 4 is a printed position, never an EPDS score (0..3)
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 1, "4")));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_1:not_an_option,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "abc", "02", "+2", "-1", "\u0662", "1e0", "2 2"})
  void score_notACanonicalWholeNumber_isInvalidNotANumber(String cell) {
    Cli.Run run = score(lines(EPDS_IN, zerosWith("r", 5, cell)));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_5:not_a_number,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "5", "10"})
  void score_positionOutsideTheOptions_isInvalidOutOfRange(String cell) {
    // positions 1..4; every other item at position 4 (items 3, 5-10 score 0; items 2, 4 score 3)
    String row = row("r", cell, "4", "4", "4", "4", "4", "4", "4", "4", "4");
    Cli.Run run = score(lines(EPDS_IN, row), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_1:out_of_range,");
  }

  @Test
  void score_severalViolations_listsThemInItemOrder() {
    Cli.Run run = score(lines(EPDS_IN, row("r", "0", "0", "7", "0", "abc", "0", "0", "0", "0", "0")));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_3:not_an_option;epds_5:not_a_number,");
  }

  @Test
  void score_rowWithNoAnswerAtAll_isIncomplete() {
    Cli.Run run = score(lines(EPDS_IN, "r,,,,,,,,,,", ",,,,,,,,,,"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,incomplete,,", ",,,,,,incomplete,,");
  }

  @Test
  void score_rowOfMissingTokensOnly_isIncomplete() {
    Cli.Run run = score(lines(EPDS_IN, "r,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,incomplete,,");
  }

  @Test
  void score_invalidAndIncompleteInOneRow_isInvalid() {
    Cli.Run run = score(lines(EPDS_IN, row("r", "", "0", "7", "0", "0", "0", "0", "0", "0", "0")));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,epds_3:not_an_option,");
  }
}
