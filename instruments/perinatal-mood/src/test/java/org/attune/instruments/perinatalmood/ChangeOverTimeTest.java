package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.catalog.Catalog;
import org.attune.model.ChangeKind;
import org.attune.model.Evidence;
import org.attune.model.Instrument;
import org.attune.response.Responses;
import org.attune.scoring.ChangeOutcome;
import org.attune.scoring.Comparison;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleChange;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Change over time with the published figures (CONTRACT.md "Corrections to issue texts"; FACTS
 * §A2): EPDS reliable change 4 with the 12/13 cut-off (Matthey 2004); PHQ-9 MCID 5 (Löwe 2004)
 * or reliable improvement 6 (NHS Talking Therapies, secondary); GAD-7 MCID 4 (Toussaint 2020)
 * and reliable improvement 4 (Talking Therapies, secondary). A change is reliable when
 * |&Delta;| &ge; the threshold.
 */
class ChangeOverTimeTest {
  private static final Catalog CATALOG = Catalog.of(new PerinatalMoodInstruments());
  private static final Instrument EPDS = CATALOG.get("epds");
  private static final Instrument PHQ9 = CATALOG.get("phq9");
  private static final Instrument GAD7 = CATALOG.get("gad7");

  /**
   * A complete response whose total is {@code total}: items 1.. take 3 until the total is
   * reached (score coding: the value is the item score). The last item (EPDS 10, PHQ-9 9) is
   * left at 0 so no self-harm answer is involved.
   */
  private static Result scoredAt(Scorer scorer, String prefix, int items, int total) {
    Map<String, Object> answers = new LinkedHashMap<>();
    int left = total;
    for (int i = 1; i <= items; i++) {
      int score = i == items ? 0 : Math.min(3, left);
      answers.put(prefix + i, score);
      left -= score;
    }
    assertThat(left).as("total %s fits in %s items", total, items).isZero();
    Result result = scorer.score(Responses.of(answers));
    assertThat(result.scales().get(0).score()).isEqualByComparingTo(Integer.toString(total));
    return result;
  }

  private static Result epds(int total) {
    return scoredAt(CATALOG.scorer("epds"), "epds_", 10, total);
  }

  private static Result phq9(int total) {
    return scoredAt(CATALOG.scorer("phq9"), "phq9_", 9, total);
  }

  @Test
  void epds_14to9_isReliableImprovementAcrossTwelveThirteen_clinicallySignificant() {
    ScaleChange c = Comparison.between(EPDS, epds(14), epds(9)).scale("epds_total");
    assertThat(c.delta()).isEqualByComparingTo("-5");
    assertThat(c.reliable()).isTrue();
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(c.clinicalCutoff().atLeast()).isEqualByComparingTo("13");
    assertThat(c.clinicallySignificant()).isTrue();
    // the threshold names its kind and source
    assertThat(c.threshold().kind()).isEqualTo(ChangeKind.RELIABLE_CHANGE);
    assertThat(c.threshold().threshold()).isEqualByComparingTo("4");
    assertThat(c.threshold().source().refs()).containsExactly("matthey2004");
    assertThat(c.threshold().source().evidence()).isEqualTo(Evidence.CONFIRMED);
    assertThat(EPDS.reference("matthey2004").orElseThrow().doi()).isEqualTo("10.1016/S0165-0327(02)00313-0");
    assertThat(c.clinicalCutoff().source().refs()).containsExactly("matthey2004", "cox1987");
  }

  @Test
  void epds_14to11_changeOfThreeIsNotReliable() {
    ScaleChange c = Comparison.between(EPDS, epds(14), epds(11)).scale("epds_total");
    assertThat(c.delta()).isEqualByComparingTo("-3");
    assertThat(c.reliable()).isFalse();
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.NO_RELIABLE_CHANGE);
    assertThat(c.clinicallySignificant()).as("crosses 12/13 but is not reliable").isFalse();
  }

  @Test
  void epds_edges_fourIsReliable_crossingNeedsThirteenOnOneSide() {
    assertThat(Comparison.between(EPDS, epds(13), epds(9)).scale("epds_total"))
        .extracting(ScaleChange::outcome, ScaleChange::clinicallySignificant)
        .containsExactly(ChangeOutcome.IMPROVED, true);
    assertThat(Comparison.between(EPDS, epds(12), epds(8)).scale("epds_total"))
        .extracting(ScaleChange::outcome, ScaleChange::clinicallySignificant)
        .containsExactly(ChangeOutcome.IMPROVED, false);
    assertThat(Comparison.between(EPDS, epds(9), epds(13)).scale("epds_total"))
        .extracting(ScaleChange::outcome, ScaleChange::clinicallySignificant)
        .containsExactly(ChangeOutcome.DETERIORATED, true);
    // the EPDS-3A has no change threshold, so only the total is compared
    assertThat(Comparison.between(EPDS, epds(13), epds(9)).scales()).extracting(ScaleChange::scaleId)
        .containsExactly("epds_total");
  }

  @Test
  void epds_fathersProfile_usesItsOwnCutoff() {
    Scorer fathers = CATALOG.scorer("epds", "fathers");
    ScaleChange c = Comparison.between(EPDS, scoredAt(fathers, "epds_", 10, 8), scoredAt(fathers, "epds_", 10, 4))
        .scale("epds_total");
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(c.clinicalCutoff().atLeast()).isEqualByComparingTo("6");
    assertThat(c.clinicalCutoff().source().evidence()).isEqualTo(Evidence.UNVERIFIED);
    assertThat(c.clinicallySignificant()).isTrue();
    assertThat(Comparison.between(EPDS, epds(8), epds(4)).scale("epds_total").clinicallySignificant())
        .as("under the default 12/13 cut-off").isFalse();
  }

  @Test
  void phq9_dropOfFive_meetsTheMcidButNotReliableImprovement() {
    Result before = phq9(12);
    Result after = phq9(7);
    ScaleChange mcid = Comparison.between(PHQ9, before, after).scale("phq9_total");
    assertThat(mcid.threshold().kind()).as("the MCID is listed first").isEqualTo(ChangeKind.MCID);
    assertThat(mcid.threshold().threshold()).isEqualByComparingTo("5");
    assertThat(mcid.threshold().source().refs()).containsExactly("lowe2004");
    assertThat(mcid.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(mcid.clinicallySignificant()).as("12 -> 7 crosses 10").isTrue();

    ScaleChange talking = Comparison.between(PHQ9, before, after, ChangeKind.RELIABLE_IMPROVEMENT).scale("phq9_total");
    assertThat(talking.threshold().kind()).isEqualTo(ChangeKind.RELIABLE_IMPROVEMENT);
    assertThat(talking.threshold().threshold()).isEqualByComparingTo("6");
    assertThat(talking.threshold().source().refs()).containsExactly("talking-therapies");
    assertThat(talking.threshold().source().evidence()).isEqualTo(Evidence.SECONDARY);
    assertThat(talking.outcome()).isEqualTo(ChangeOutcome.NO_RELIABLE_CHANGE);
    assertThat(talking.clinicallySignificant()).isFalse();

    assertThat(Comparison.between(PHQ9, before, phq9(6), ChangeKind.RELIABLE_IMPROVEMENT).scale("phq9_total").outcome())
        .isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(Comparison.between(PHQ9, before, phq9(8), ChangeKind.MCID).scale("phq9_total").outcome())
        .isEqualTo(ChangeOutcome.NO_RELIABLE_CHANGE);
  }

  @Test
  void phq9_noReliableChangeKind_isNoThreshold() {
    assertThat(Comparison.between(PHQ9, phq9(12), phq9(7), ChangeKind.RELIABLE_CHANGE).scale("phq9_total").outcome())
        .isEqualTo(ChangeOutcome.NO_THRESHOLD);
  }

  private static Result gad7Total(int total) {
    Map<String, Object> answers = new LinkedHashMap<>();
    int left = total;
    for (int i = 1; i <= 7; i++) {
      int score = Math.min(3, left);
      answers.put("gad7_" + i, score);
      left -= score;
    }
    return CATALOG.scorer("gad7").score(Responses.of(answers));
  }

  @Test
  void gad7_dropOfFour_meetsBothThresholdsOfFour() {
    for (ChangeKind kind : new ChangeKind[] {ChangeKind.MCID, ChangeKind.RELIABLE_IMPROVEMENT}) {
      ScaleChange c = Comparison.between(GAD7, gad7Total(11), gad7Total(7), kind).scale("gad7_total");
      assertThat(c.threshold().kind()).isEqualTo(kind);
      assertThat(c.threshold().threshold()).isEqualByComparingTo("4");
      assertThat(c.delta()).isEqualByComparingTo("-4");
      assertThat(c.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
      assertThat(c.clinicallySignificant()).as("11 -> 7 crosses 10").isTrue();
      assertThat(Comparison.between(GAD7, gad7Total(11), gad7Total(8), kind).scale("gad7_total").outcome())
          .isEqualTo(ChangeOutcome.NO_RELIABLE_CHANGE);
    }
    ScaleChange first = Comparison.between(GAD7, gad7Total(11), gad7Total(7)).scale("gad7_total");
    assertThat(first.threshold().kind()).isEqualTo(ChangeKind.MCID);
    assertThat(first.threshold().source().refs()).containsExactly("toussaint2020");
    assertThat(GAD7.reference("toussaint2020").orElseThrow().doi()).isEqualTo("10.1016/j.jad.2020.01.032");
  }

  @Test
  void differentInstruments_areRefused() {
    assertThatThrownBy(() -> Comparison.between(PHQ9, phq9(12), gad7Total(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare results of different instruments: phq9 and gad7");
    assertThatThrownBy(() -> Comparison.between(EPDS, epds(14), scoredAt(CATALOG.scorer("epds", "fathers"), "epds_", 10, 9)))
        .hasMessageContaining("scored under different profiles: default and fathers");
  }
}
