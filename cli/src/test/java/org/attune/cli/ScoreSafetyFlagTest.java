package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.PHQ9_IN;
import static org.attune.cli.Cli.PHQ9_OUT;
import static org.attune.cli.Cli.lines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety flag is never lost (CONTRACT.md: "Flags are evaluated on every valid answer
 * whatever the row's status"): {@code self_harm} when epds_10 >= 1 or phq9_9 >= 1.
 */
class ScoreSafetyFlagTest {
  @TempDir Path dir;

  private Cli.Run score(String instrument, String input, String... options) {
    return Cli.scoreFile(dir, instrument, input, options);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2", "3"})
  void selfHarm_item10AtLeastOneInCompleteRow_isRaised(String item10) {
    // items 1-9 zero; total = item 10's score; anxiety 0
    Cli.Run run = score("epds", lines(EPDS_IN, "r,0,0,0,0,0,0,0,0,0," + item10));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "r," + item10 + ",below_threshold,0,below_threshold,self_harm,complete,,");
  }

  @Test
  void selfHarm_item10Zero_isNotRaised() {
    Cli.Run run = score("epds", lines(EPDS_IN, "r,0,0,0,0,0,0,0,0,0,0"));

    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,0,below_threshold,0,below_threshold,,complete,,");
  }

  @Test
  void selfHarm_rowInvalidElsewhere_isStillRaised() {
    Cli.Run run = score("epds", lines(EPDS_IN, "r,0,0,7,0,0,0,0,0,0,2"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,self_harm,invalid,epds_3:not_an_option,");
  }

  @Test
  void selfHarm_rowIncomplete_isStillRaised() {
    // epds_1 missing: total unscored; anxiety 0+0+0 = 0
    Cli.Run run = score("epds", lines(EPDS_IN, "r,,0,0,0,0,0,0,0,0,1"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,0,below_threshold,self_harm,incomplete,,");
  }

  @Test
  void selfHarm_onlyItem10Answered_isRaised() {
    Cli.Run run = score("epds", lines(EPDS_IN, "r,,,,,,,,,,3"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,self_harm,incomplete,,");
  }

  @Test
  void selfHarm_rowWithTooManyCells_isStillRaised() {
    Cli.Run run = score("epds", lines(EPDS_IN, "r,0,0,0,0,0,0,0,0,0,1,surplus"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,self_harm,invalid,row:wrong_cell_count,");
  }

  @Test
  void selfHarm_rowWithTooFewCells_isReadAtHeaderPositions() {
    // epds_10 is the second column here; the row stops after epds_2
    String header = "id,epds_10,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9";
    Cli.Run run = score("epds", lines(header, "r,1,0,0"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,self_harm,invalid,row:wrong_cell_count,");
  }

  @Test
  void selfHarm_wrongCellCountWithoutItem10_isNotRaised() {
    Cli.Run run = score("epds", lines(EPDS_IN, "r,3,3,3"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,,,,invalid,row:wrong_cell_count,");
  }

  @Test
  void selfHarm_positionCoding_followsTheItemScoreNotThePosition() {
    // item 10 prints options scoring 3,2,1,0: position 3 scores 1 (flag), position 4 scores 0 (no flag).
    // Items 1, 2, 4 at position 1 score 0; items 3, 5-9 at position 4 score 0.
    Cli.Run run = score("epds", lines(EPDS_IN, "a,1,1,4,1,4,4,4,4,4,3", "b,1,1,4,1,4,4,4,4,4,4",
        "c,1,1,4,1,4,4,4,4,4,1"), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "a,1,below_threshold,0,below_threshold,self_harm,complete,,",
        "b,0,below_threshold,0,below_threshold,,complete,,",
        "c,3,below_threshold,0,below_threshold,self_harm,complete,,");
  }

  @Test
  void selfHarm_phq9Item9InInvalidRow_isStillRaised() {
    Cli.Run run = score("phq9", lines(PHQ9_IN, "r,0,0,0,0,4,0,0,0,1"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(PHQ9_OUT, "r,,,self_harm,invalid,phq9_5:not_an_option,");
  }

  @Test
  void selfHarm_phq9Item9Zero_isNotRaised() {
    Cli.Run run = score("phq9", lines(PHQ9_IN, "r,3,3,3,3,3,3,3,3,0"));

    // 8 x 3 = 24: severe (20-27)
    assertThat(run.lines()).containsExactly(PHQ9_OUT, "r,24,severe,,complete,,");
  }
}
