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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bands at both edges of every cut-off (CONTRACT.md "First instruments"). Score coding, so
 * each cell is the item score; totals and EPDS-3A (items 3 + 4 + 5) are summed by hand.
 */
class ScoreProfileBandsTest {
  @TempDir Path dir;

  private Cli.Run score(String instrument, String input, String... options) {
    return Cli.scoreFile(dir, instrument, input, options);
  }

  // 0 | 3+1+2+2+1 = 9, anx 5 | 3+1+2+2+2 = 10, anx 6 | 3+3+2+2+2 = 12 | 3+3+2+2+2+1 = 13
  @Test
  void defaultProfile_edges_bandAsContract() {
    Cli.Run run = score("epds", lines(EPDS_IN,
        "t0,0,0,0,0,0,0,0,0,0,0",
        "t9,3,1,2,2,1,0,0,0,0,0",
        "t10,3,1,2,2,2,0,0,0,0,0",
        "t12,3,3,2,2,2,0,0,0,0,0",
        "t13,3,3,2,2,2,1,0,0,0,0"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "t0,0,below_threshold,0,below_threshold,,complete,,",
        "t9,9,below_threshold,5,below_threshold,,complete,,",
        "t10,10,possible_depression,6,above_threshold,,complete,,",
        "t12,12,possible_depression,6,above_threshold,,complete,,",
        "t13,13,probable_depression,6,above_threshold,,complete,,");
  }

  @Test
  void defaultProfileNamedExplicitly_sameAsDefault() {
    Cli.Run run = score("epds", lines(EPDS_IN, "t10,3,1,2,2,2,0,0,0,0,0"), "--profile", "default");

    assertThat(run.lines()).containsExactly(EPDS_OUT, "t10,10,possible_depression,6,above_threshold,,complete,,");
  }

  // fathers: total 0-5 below, 6-30 above (Matthey 2001); EPDS-3A 0-3 below, 4-9 above (Matthey 2008 men)
  // 2+0+1+1+1 = 5, anx 3 | 2+0+2+1+1 = 6, anx 4
  @Test
  void fathersProfile_edges_bandAsContract() {
    Cli.Run run = score("epds", lines(EPDS_IN,
        "t5,2,0,1,1,1,0,0,0,0,0",
        "t6,2,0,2,1,1,0,0,0,0,0"), "--profile", "fathers");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "t5,5,below_threshold,3,below_threshold,,complete,,",
        "t6,6,above_threshold,4,above_threshold,,complete,,");
  }

  // depressd2020: total 0-10 below, 11-30 above; EPDS-3A as default (0-5 / 6-9)
  // 3+2+2+2+1 = 10, anx 5 | 3+2+2+2+2 = 11, anx 6
  @Test
  void depressd2020Profile_edges_bandAsContract() {
    Cli.Run run = score("epds", lines(EPDS_IN,
        "t10,3,2,2,2,1,0,0,0,0,0",
        "t11,3,2,2,2,2,0,0,0,0,0"), "--profile", "depressd2020");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "t10,10,below_threshold,5,below_threshold,,complete,,",
        "t11,11,above_threshold,6,above_threshold,,complete,,");
  }

  @Test
  void fathersProfile_unscoredRow_bandsStayEmpty() {
    Cli.Run run = score("epds", lines(EPDS_IN, "r,,0,1,1,1,0,0,0,0,0"), "--profile", "fathers");

    // epds_1 missing: total unscored; anxiety 1+1+1 = 3 below the men's 4
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r,,,3,below_threshold,,incomplete,,");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // cells phq9_1..phq9_9 | total | band
      "0,0,0,0,0,0,0,0,0 | 0  | minimal",
      "1,1,1,1,0,0,0,0,0 | 4  | minimal",
      "1,1,1,1,1,0,0,0,0 | 5  | mild",
      "2,2,2,1,1,1,0,0,0 | 9  | mild",
      "2,2,2,2,2,0,0,0,0 | 10 | moderate",
      "2,2,2,2,2,2,2,0,0 | 14 | moderate",
      "3,3,3,3,3,0,0,0,0 | 15 | moderately_severe",
      "3,3,3,3,3,2,2,0,0 | 19 | moderately_severe",
      "3,3,3,3,3,3,2,0,0 | 20 | severe",
      "3,3,3,3,3,3,3,3,0 | 24 | severe"})
  void phq9_bandEdges_bandAsContract(String cells, int total, String band) {
    Cli.Run run = score("phq9", lines(PHQ9_IN, "r," + cells));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(PHQ9_OUT, "r," + total + "," + band + ",,complete,,");
  }

  @Test
  void phq9_allThree_severeWithSelfHarm() {
    Cli.Run run = score("phq9", lines(PHQ9_IN, "r,3,3,3,3,3,3,3,3,3"));

    assertThat(run.lines()).containsExactly(PHQ9_OUT, "r,27,severe,self_harm,complete,,");
  }

  @Test
  void phq9_difficultyColumnAbsent_isFine() {
    Cli.Run run = score("phq9", lines(PHQ9_IN, "r,1,1,1,1,1,0,0,0,0"));

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(PHQ9_OUT, "r,5,mild,,complete,,");
  }

  @Test
  void phq9_difficultyAnswered_isValidatedButNotScored() {
    // difficulty takes 0..3 in printed order in score coding and never adds to the total
    Cli.Run run = score("phq9", lines(PHQ9_IN + ",phq9_difficulty",
        "a,1,1,1,1,1,0,0,0,0,3",
        "b,1,1,1,1,1,0,0,0,0,0",
        "c,1,1,1,1,1,0,0,0,0,",
        "d,1,1,1,1,1,0,0,0,0,4"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(PHQ9_OUT,
        "a,5,mild,,complete,,",
        "b,5,mild,,complete,,",
        "c,5,mild,,complete,,",
        "d,,,,invalid,phq9_difficulty:not_an_option,");
  }

  @Test
  void phq9_difficultyInPositionCoding_takesOneToFour() {
    // PHQ items score 0..3 in printed order, so position p scores p - 1: 2+2+2+2+2 - 5 = 5
    Cli.Run run = score("phq9", lines(PHQ9_IN + ",phq9_difficulty",
        "a,2,2,2,2,2,1,1,1,1,4",
        "b,2,2,2,2,2,1,1,1,1,5"), "--answers", "position");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(PHQ9_OUT,
        "a,5,mild,,complete,,",
        "b,,,,invalid,phq9_difficulty:out_of_range,");
  }
}
