package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attune.Attune;
import org.attune.catalog.Demo;
import org.attune.model.ChangeKind;
import org.attune.model.Instrument;
import org.attune.response.Responses;
import org.junit.jupiter.api.Test;

/**
 * Change between two results, on the demo: demo_total (items 1-3, 0-9) has a reliable change of
 * 3 and an MCID of 2, lower better; the default profile's clinical cut-off is 7, the strict
 * profile names none.
 */
class ComparisonTest {
  private static final Instrument DEMO = Demo.instrument();
  private static final Scorer DEFAULT = Scorer.of(DEMO);
  private static final Scorer STRICT = Scorer.of(DEMO, "strict");

  /** A demo result whose items 1, 2, 3 score as given (score coding: the value is the score). */
  private static Result total(Scorer scorer, int i1, int i2, int i3) {
    return scorer.score(Responses.of(Map.of("demo_1", i1, "demo_2", i2, "demo_3", i3)));
  }

  private static ScaleChange change(Result before, Result after, ChangeKind... kinds) {
    return Comparison.between(DEMO, before, after, kinds).scale("demo_total");
  }

  @Test
  void between_dropOfFourAcrossTheCutoff_isReliableImprovementAndClinicallySignificant() {
    ScaleChange c = change(total(DEFAULT, 3, 3, 2), total(DEFAULT, 1, 2, 1)); // 8 -> 4
    assertThat(c.before()).isEqualByComparingTo("8");
    assertThat(c.after()).isEqualByComparingTo("4");
    assertThat(c.delta()).isEqualByComparingTo("-4");
    assertThat(c.threshold().kind()).isEqualTo(ChangeKind.RELIABLE_CHANGE);
    assertThat(c.threshold().source().refs()).containsExactly("demo2020");
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(c.reliable()).isTrue();
    assertThat(c.clinicalCutoff().atLeast()).isEqualByComparingTo("7");
    assertThat(c.clinicallySignificant()).isTrue();
  }

  @Test
  void between_changeExactlyAtThreshold_isReliable() {
    ScaleChange c = change(total(DEFAULT, 1, 1, 1), total(DEFAULT, 2, 2, 2)); // 3 -> 6
    assertThat(c.delta()).isEqualByComparingTo("3");
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.DETERIORATED);
    assertThat(c.clinicallySignificant()).as("6 stays below 7").isFalse();
  }

  @Test
  void between_riseAcrossTheCutoff_isClinicallySignificantDeterioration() {
    ScaleChange c = change(total(DEFAULT, 1, 2, 1), total(DEFAULT, 3, 3, 2)); // 4 -> 8
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.DETERIORATED);
    assertThat(c.clinicallySignificant()).isTrue();
  }

  @Test
  void between_dropOfTwo_isReliableOnlyAgainstTheMcid() {
    Result before = total(DEFAULT, 3, 2, 3); // 8
    Result after = total(DEFAULT, 2, 2, 2); // 6
    ScaleChange rci = change(before, after);
    assertThat(rci.outcome()).isEqualTo(ChangeOutcome.NO_RELIABLE_CHANGE);
    assertThat(rci.clinicallySignificant()).as("crosses 7 but is not reliable").isFalse();
    ScaleChange mcid = change(before, after, ChangeKind.MCID);
    assertThat(mcid.threshold().kind()).isEqualTo(ChangeKind.MCID);
    assertThat(mcid.threshold().threshold()).isEqualByComparingTo("2");
    assertThat(mcid.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(mcid.clinicallySignificant()).isTrue();
  }

  @Test
  void between_preferredKindsInOrder_firstTheScaleHasIsUsed() {
    ScaleChange c = change(total(DEFAULT, 3, 2, 3), total(DEFAULT, 2, 2, 2), ChangeKind.RELIABLE_IMPROVEMENT,
        ChangeKind.MCID, ChangeKind.RELIABLE_CHANGE);
    assertThat(c.threshold().kind()).isEqualTo(ChangeKind.MCID);
  }

  @Test
  void between_noThresholdOfTheKindsChosen_saysSoButGivesTheDifference() {
    ScaleChange c = change(total(DEFAULT, 3, 2, 3), total(DEFAULT, 2, 2, 2), ChangeKind.RELIABLE_IMPROVEMENT);
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.NO_THRESHOLD);
    assertThat(c.threshold()).isNull();
    assertThat(c.delta()).isEqualByComparingTo("-2");
    assertThat(c.reliable()).isFalse();
    assertThat(c.clinicallySignificant()).isFalse();
  }

  @Test
  void between_profileWithoutCutoff_isNeverClinicallySignificant() {
    ScaleChange c = Comparison.between(DEMO, total(STRICT, 3, 3, 3), total(STRICT, 0, 0, 0)).scale("demo_total");
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(c.clinicalCutoff()).isNull();
    assertThat(c.clinicallySignificant()).isFalse();
  }

  @Test
  void between_proratedScores_comparedExactly() {
    Result prorated = DEFAULT.evaluate(Responses.of(Map.of("demo_1", 3, "demo_3", 2))); // (3 + 2) * 3 / 2 = 7.5
    ScaleChange c = change(prorated, total(DEFAULT, 1, 1, 2)); // 4
    assertThat(c.delta()).isEqualByComparingTo("-3.5");
    assertThat(c.outcome()).isEqualTo(ChangeOutcome.IMPROVED);
    assertThat(c.clinicallySignificant()).isTrue();
  }

  @Test
  void between_unscoredInEitherResult_isNotScored() {
    Result incomplete = DEFAULT.evaluate(Responses.of(Map.of("demo_1", 3)));
    Result invalid = DEFAULT.evaluate(Responses.of(Map.of("demo_1", 9, "demo_2", 1, "demo_3", 1)));
    for (Result unscored : List.of(incomplete, invalid)) {
      ScaleChange c = change(total(DEFAULT, 3, 3, 3), unscored);
      assertThat(c.outcome()).isEqualTo(ChangeOutcome.NOT_SCORED);
      assertThat(c.after()).isNull();
      assertThat(c.delta()).isNull();
      assertThat(c.reliable()).isFalse();
      assertThat(change(unscored, total(DEFAULT, 3, 3, 3)).outcome()).isEqualTo(ChangeOutcome.NOT_SCORED);
    }
  }

  @Test
  void between_onlyScalesWithThresholds_inDefinitionOrder() {
    Comparison c = Comparison.between(DEMO, total(DEFAULT, 1, 1, 1), total(DEFAULT, 1, 1, 1));
    assertThat(c.scales()).extracting(ScaleChange::scaleId).containsExactly("demo_total");
    assertThat(c.instrumentId()).isEqualTo("demo");
    assertThat(c.instrumentVersion()).isEqualTo("1.0.0");
    assertThat(c.profileId()).isEqualTo("default");
    assertThat(c.scale("demo_total").outcome()).isEqualTo(ChangeOutcome.NO_RELIABLE_CHANGE);
    assertThatThrownBy(() -> c.scale("demo_pair")).hasMessage("no change thresholds on scale demo_pair of demo");
  }

  private static Result resultOf(String instrument, String version, String profile) {
    return new Result(new Provenance(instrument, version, profile, Attune.version()), Completeness.COMPLETE,
        List.of(new ScaleResult("demo_total", BigDecimal.ONE, null, 3, Completeness.COMPLETE)), List.of(), List.of(),
        List.of());
  }

  @Test
  void between_resultsThatDoNotBelongTogether_areRefusedNamingIdsOnly() {
    Result demo = resultOf("demo", "1.0.0", "default");
    assertThatThrownBy(() -> Comparison.between(DEMO, demo, resultOf("other", "1.0.0", "default")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare results of different instruments: demo and other");
    assertThatThrownBy(() -> Comparison.between(DEMO, demo, resultOf("demo", "1.1.0", "default")))
        .hasMessage("cannot compare results of different versions of demo: 1.0.0 and 1.1.0; score both with one version");
    assertThatThrownBy(() -> Comparison.between(DEMO, demo, total(STRICT, 1, 1, 1)))
        .hasMessage("cannot compare results of demo scored under different profiles: default and strict;"
            + " their clinical cut-offs differ");
    Result older = resultOf("demo", "0.9.0", "default");
    assertThatThrownBy(() -> Comparison.between(DEMO, older, older))
        .hasMessage("the results are of demo 0.9.0, not of the instrument given, demo 1.0.0");
  }

  /** Over random pairs of complete answers: the outcome follows |delta| >= 3 and its sign; significance needs a crossing. */
  @Test
  void between_randomPairs_followTheDefinitionOfReliableAndSignificantChange() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int n = 0; n < 500; n++) {
      int[] a = {random.nextInt(4), random.nextInt(4), random.nextInt(4)};
      int[] b = {random.nextInt(4), random.nextInt(4), random.nextInt(4)};
      int before = a[0] + a[1] + a[2];
      int after = b[0] + b[1] + b[2];
      ScaleChange c = change(total(DEFAULT, a[0], a[1], a[2]), total(DEFAULT, b[0], b[1], b[2]));
      String why = "seed " + seed + ": " + before + " -> " + after;
      assertThat(c.delta()).as(why).isEqualByComparingTo(BigDecimal.valueOf(after - before));
      ChangeOutcome expected = Math.abs(after - before) < 3 ? ChangeOutcome.NO_RELIABLE_CHANGE
          : after < before ? ChangeOutcome.IMPROVED : ChangeOutcome.DETERIORATED;
      assertThat(c.outcome()).as(why).isEqualTo(expected);
      assertThat(c.clinicallySignificant()).as(why).isEqualTo(expected.isReliable() && (before >= 7) != (after >= 7));
    }
  }

  @Test
  void outcomeCodes_areLowerSnakeCase() {
    assertThat(ChangeOutcome.NO_RELIABLE_CHANGE.code()).isEqualTo("no_reliable_change");
    assertThat(ChangeKind.RELIABLE_IMPROVEMENT.code()).isEqualTo("reliable_improvement");
    assertThat(ChangeKind.fromCode("mcid")).isEqualTo(ChangeKind.MCID);
    assertThatThrownBy(() -> ChangeKind.fromCode("rci")).hasMessage(
        "unknown change kind rci; expected one of [reliable_change, mcid, reliable_improvement]");
  }
}
