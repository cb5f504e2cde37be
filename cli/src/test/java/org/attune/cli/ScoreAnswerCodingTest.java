package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.lines;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --answers score|position} (CONTRACT.md "Reading CSV input"). EPDS key: items 1, 2, 4
 * score 0,1,2,3 in printed order; items 3, 5-10 score 3,2,1,0. Yes/no items: score coding 1
 * yes, 0 no; position coding 1 yes, 2 no.
 */
class ScoreAnswerCodingTest {
  static final String WHOOLEY_IN = "id,whooley_1,whooley_2";
  static final String WHOOLEY_OUT = "id,whooley_total,whooley_total_band,flags,status,errors,warnings";

  @TempDir Path dir;

  private Cli.Run score(String instrument, String input, String... options) {
    return Cli.scoreFile(dir, instrument, input, options);
  }

  @Test
  void position_reversedItem3FirstOption_scoresThree() {
    // positions: item 1 at 1 (0), item 2 at 1 (0), item 3 at 1 (3), item 4 at 1 (0), items 5-10 at 4 (0)
    // total 3; anxiety 3 + 0 + 0 = 3
    Cli.Run run = score("epds", lines(EPDS_IN, "r,1,1,1,1,4,4,4,4,4,4"), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,3,below_threshold,3,below_threshold,,complete,,");
  }

  @Test
  void position_forwardItem1LastOption_scoresThree() {
    // item 1 at 4 (3); items 2, 4 at 1 (0); items 3, 5-10 at 4 (0): total 3; anxiety 0
    Cli.Run run = score("epds", lines(EPDS_IN, "r,4,1,4,1,4,4,4,4,4,4"), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,3,below_threshold,0,below_threshold,,complete,,");
  }

  @Test
  void position_everyFirstOption_scoresTheReversedItemsOnly() {
    // items 1, 2, 4 score 0; items 3, 5-10 score 3 each: 7 x 3 = 21; anxiety 3 + 0 + 3 = 6
    Cli.Run run = score("epds", lines(EPDS_IN, "r,1,1,1,1,1,1,1,1,1,1"), "--answers", "position");

    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,21,probable_depression,6,above_threshold,self_harm,complete,,");
  }

  @Test
  void position_everyLastOption_scoresTheForwardItemsOnly() {
    // items 1, 2, 4 score 3 each: 9; items 3, 5-10 score 0; anxiety 0 + 3 + 0 = 3
    Cli.Run run = score("epds", lines(EPDS_IN, "r,4,4,4,4,4,4,4,4,4,4"), "--answers", "position");

    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,9,below_threshold,3,below_threshold,,complete,,");
  }

  @Test
  void score_sameCellsAsPositionTest_scoreAsWritten() {
    // score coding: 1+1+1+1+1+1+1+1+1+1 = 10; anxiety 3
    Cli.Run run = score("epds", lines(EPDS_IN, "r,1,1,1,1,1,1,1,1,1,1"));

    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,10,possible_depression,3,below_threshold,self_harm,complete,,");
  }

  @Test
  void whooley_scoreCoding_oneIsYesZeroIsNo() {
    Cli.Run run = score("whooley", lines(WHOOLEY_IN, "a,1,0", "b,0,0", "c,1,1", "d,0,1"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(WHOOLEY_OUT,
        "a,1,positive,,complete,,",
        "b,0,negative,,complete,,",
        "c,2,positive,,complete,,",
        "d,1,positive,,complete,,");
  }

  @Test
  void whooley_positionCoding_oneIsYesTwoIsNo() {
    Cli.Run run = score("whooley", lines(WHOOLEY_IN, "a,1,2", "b,2,2", "c,1,1", "d,2,1"), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(WHOOLEY_OUT,
        "a,1,positive,,complete,,",
        "b,0,negative,,complete,,",
        "c,2,positive,,complete,,",
        "d,1,positive,,complete,,");
  }

  @Test
  void whooley_twoInScoreCoding_isNotAnOption() {
    Cli.Run run = score("whooley", lines(WHOOLEY_IN, "a,2,0"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(WHOOLEY_OUT, "a,,,,invalid,whooley_1:not_an_option,");
  }

  @Test
  void whooley_zeroOrThreeInPositionCoding_isOutOfRange() {
    Cli.Run run = score("whooley", lines(WHOOLEY_IN, "a,0,2", "b,1,3"), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(WHOOLEY_OUT,
        "a,,,,invalid,whooley_1:out_of_range,",
        "b,,,,invalid,whooley_2:out_of_range,");
  }

  @Test
  void whooley_oneQuestionMissing_isIncomplete() {
    Cli.Run run = score("whooley", lines(WHOOLEY_IN, "a,1,"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(WHOOLEY_OUT, "a,,,,incomplete,,");
  }

  @Test
  void whooley_helpAnsweredAfterTwoNo_isValidatedButChangesNoScore() {
    // no skip logic in batch: help = yes after two "no" still scores 0 (negative); help = 2 is not yes/no
    Cli.Run run = score("whooley", lines(WHOOLEY_IN + ",whooley_help", "a,0,0,1", "b,0,0,2", "c,1,0,"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(WHOOLEY_OUT,
        "a,0,negative,,complete,,",
        "b,,,,invalid,whooley_help:not_an_option,",
        "c,1,positive,,complete,,");
  }
}
