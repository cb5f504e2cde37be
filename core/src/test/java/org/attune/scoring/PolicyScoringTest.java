package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.catalog.Demo.answers;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.catalog.Demo;
import org.attune.catalog.DemoProvider;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Evidence;
import org.attune.model.Flag;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.response.Responses;
import org.junit.jupiter.api.Test;

/**
 * Scoring under a site policy, on the demo: item_two (safety, demo_2 at 2 or more) and
 * total_high (demo_total at 7 or more). The policy lowers item_two to 1 with its own message,
 * removes total_high, adds the alert "either" (total 6 or more, or demo_1 at 3) and scores
 * under the strict profile.
 */
class PolicyScoringTest {
  private static final Instrument DEMO = Demo.instrument();
  private static final SitePolicy POLICY = Demo.policy();
  private static final Scorer SCORER = Scorer.of(DEMO, POLICY);


  @Test
  void of_policy_flagsAreTheInstrumentsAsChangedThenTheAlerts() {
    assertThat(SCORER.flags()).extracting(Flag::code).containsExactly("item_two", "either");
    Flag itemTwo = SCORER.flags().get(0);
    assertThat(itemTwo.rule()).isEqualTo(FlagRule.itemAtLeast("demo_2", 1));
    assertThat(itemTwo.safety()).isTrue();
    assertThat(itemTwo.level()).isEqualTo(FlagLevel.URGENT);
    assertThat(itemTwo.message()).isEqualTo("Call the duty clinician.");
    assertThat(itemTwo.source().refs()).containsExactly("demo2020");
    assertThat(itemTwo.source().note())
        .isEqualTo("Site policy clinic-a version 2026-01: threshold 2 changed to 1; message replaced.");
    Flag either = SCORER.flags().get(1);
    assertThat(either.safety()).isFalse();
    assertThat(either.source().refs()).isEmpty();
    assertThat(either.source().evidence()).isEqualTo(Evidence.CONFIRMED);
    assertThat(either.source().note()).isEqualTo("Site policy clinic-a version 2026-01 (an alert of the site's own,"
        + " not a published norm): Clinic protocol 4.2");
    assertThat(SCORER.profile()).map(p -> p.id()).hasValue("strict");
    assertThat(SCORER.policy()).hasValue(POLICY);
    assertThat(SCORER.instrument()).isSameAs(DEMO);
  }

  @Test
  void evaluate_policy_appliesLoweredThresholdRemovalAlertAndProfile() {
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", 3, "demo_2", 1, "demo_3", 3))); // total 7
    assertThat(r.flags()).extracting(Flag::code).containsExactly("item_two", "either");
    assertThat(r.scale("demo_total").band()).as("strict: 2 or more is high").isEqualTo("high");
    Result low = SCORER.evaluate(Responses.of(answers("demo_1", 1, "demo_2", 0, "demo_3", 1)));
    assertThat(low.flags()).isEmpty();
    assertThat(Scorer.of(DEMO).evaluate(Responses.of(answers("demo_1", 3, "demo_2", 1, "demo_3", 3))).flags())
        .as("without the policy").extracting(Flag::code).containsExactly("total_high");
  }

  @Test
  void evaluate_policy_recordedInProvenance() {
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", 0)));
    assertThat(r.provenance()).isEqualTo(
        new Provenance("demo", "1.0.0", "strict", Attune.version(), "clinic-a", "2026-01"));
    assertThat(Scorer.of(DEMO).evaluate(Responses.of(answers("demo_1", 0))).provenance().policyId()).isNull();
  }

  @Test
  void score_invalidResponse_exceptionCarriesTheAlertsToo() {
    assertThatThrownBy(() -> SCORER.score(Responses.of(answers("demo_1", 3, "demo_2", 9))))
        .isInstanceOfSatisfying(InvalidResponsesException.class,
            e -> assertThat(e.flags()).extracting(Flag::code).containsExactly("either"));
  }

  @Test
  void newRow_countsAndRaisesInTheScorersFlagOrder() {
    ScoringRow row = SCORER.newRow(AnswerCoding.SCORE);
    row.answer(row.itemIndex("demo_2"), 1);
    row.score();
    assertThat(row.flagCount()).isEqualTo(2);
    assertThat(row.isRaised(0)).isTrue();
    assertThat(row.isRaised(1)).isFalse();
  }

  @Test
  void of_policyWithoutThisInstrument_changesNothingButIsRecorded() {
    SitePolicy other = SitePolicy.builder("other", "1").instrument("phq9", InstrumentPolicy.builder().build()).build();
    Scorer scorer = Scorer.of(DEMO, other);
    assertThat(scorer.flags()).isEqualTo(DEMO.flags());
    assertThat(scorer.profile()).map(p -> p.id()).hasValue("default");
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 0))).provenance().policyVersion()).isEqualTo("1");
  }

  @Test
  void of_policyThatRaisesOrRemovesTheSafetyFlag_refused() {
    SitePolicy raise = SitePolicy.builder("p", "1").instrument("demo",
        InstrumentPolicy.builder().threshold("item_two", 3).build()).build();
    assertThatThrownBy(() -> Scorer.of(DEMO, raise)).isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("1 problem in site policy:\n  policy p version 1: instruments.demo.thresholds[0].threshold:"
            + " item_two is a safety flag: a site policy may lower its threshold (at least 2) but never raise it"
            + " (to 3), which would make it less sensitive");
    SitePolicy remove = SitePolicy.builder("p", "1").instrument("demo",
        InstrumentPolicy.builder().removeFlag("item_two").build()).build();
    assertThatThrownBy(() -> Scorer.of(DEMO, remove)).isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("1 problem in site policy:\n  policy p version 1: instruments.demo.removedFlags[0]:"
            + " item_two is a safety flag: a site policy cannot remove it (it may lower its threshold, replace its"
            + " message or add alerts)");
    SitePolicy raiseOther = SitePolicy.builder("p", "1").instrument("demo",
        InstrumentPolicy.builder().threshold("total_high", 8).build()).build();
    assertThatThrownBy(() -> Scorer.of(DEMO, raiseOther)).hasMessageEndingWith(
        "instruments.demo.thresholds[0].threshold: a site policy may lower flag total_high's threshold (at least 7)"
            + " but not raise it (to 8), which would make it less sensitive");
  }

  @Test
  void catalogScorer_checksTheWholePolicy_andCompilesOnce() {
    Catalog catalog = Catalog.of(new DemoProvider());
    assertThat(catalog.scorer("demo", POLICY)).isSameAs(catalog.scorer("demo", POLICY));
    SitePolicy typo = SitePolicy.builder("p", "1").instrument("dmeo", InstrumentPolicy.builder().build()).build();
    assertThatThrownBy(() -> catalog.scorer("demo", typo)).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageEndingWith("policy p version 1: instruments.dmeo: unknown instrument dmeo; known: [demo]");
    assertThat(catalog.check(POLICY)).isSameAs(POLICY);
  }

  @Test
  void of_fractionalLoweredThreshold_comparedExactly() {
    SitePolicy half = SitePolicy.builder("p", "1").instrument("demo",
        InstrumentPolicy.builder().threshold("total_high", new java.math.BigDecimal("6.5")).build()).build();
    Scorer scorer = Scorer.of(DEMO, half);
    // prorated (2 + 2) * 3 / 2 = 6: below 6.5; (3 + 2) * 3 / 2 = 7.5: above
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 2, "demo_3", 2))).hasFlag("total_high")).isFalse();
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 3, "demo_3", 2))).hasFlag("total_high")).isTrue();
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 2, "demo_2", 2, "demo_3", 3))).flags())
        .extracting(Flag::code).as("total 7").containsExactly("item_two", "total_high");
    assertThat(List.of(scorer.flags().get(1).rule())).containsExactly(
        new FlagRule.ScaleThreshold("demo_total", new java.math.BigDecimal("6.5")));
  }
}
