package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.catalog.Catalog;
import org.attune.catalog.DefinitionProblem;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Flag;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.policy.Alert;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;
import org.attune.response.InvalidResponsesException;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The site policy example of CONTRACT.md ("Corrections to issue texts"): a cohort study alerts
 * on an EPDS total above 11 or item 10 above 1 (a study protocol, not a norm) as an added alert;
 * the instrument's own self_harm flag (item 10 at 1 or more) stays, and cannot be removed or made
 * less sensitive.
 */
class SitePolicyTest {
  private static final Catalog CATALOG = Catalog.of(new PerinatalMoodInstruments());
  private static final SitePolicy COHORT = read("cohort.json");
  private static final Scorer EPDS = CATALOG.scorer("epds", COHORT);

  private static SitePolicy read(String name) {
    try (InputStream in = SitePolicyTest.class.getResourceAsStream("/policies/" + name)) {
      return CATALOG.readPolicy(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An EPDS response with this total and item 10 (self-harm) scoring {@code item10}; items 1-9 make up the rest. */
  private static Map<String, Object> epds(int total, int item10) {
    Map<String, Object> answers = new LinkedHashMap<>();
    int left = total - item10;
    for (int i = 1; i <= 9; i++) {
      int score = Math.min(3, left);
      answers.put("epds_" + i, score);
      left -= score;
    }
    answers.put("epds_10", item10);
    return answers;
  }

  private static Result score(int total, int item10) {
    Result r = EPDS.score(Responses.of(epds(total, item10)));
    assertThat(r.scale("epds_total").score()).isEqualByComparingTo(Integer.toString(total));
    return r;
  }

  @Test
  void cohortPolicy_readFromJson_equalsTheSamePolicyBuiltInJava() {
    SitePolicy built = SitePolicy.builder("cohort-study", "3")
        .instrument("epds", InstrumentPolicy.builder().profile("default")
            .alert(new Alert("cohort_epds_alert", "Cohort protocol alert", FlagLevel.WARNING,
                FlagRule.anyOf(FlagRule.scaleAtLeast("epds_total", 12), FlagRule.itemAtLeast("epds_10", 2)),
                "EPDS total above 11 or item 10 above 1: the study team contacts the participant (cohort protocol).",
                "Cohort study protocol: EPDS total > 11 or item 10 > 1 (a study protocol, not a norm)"))
            .build())
        .build();
    assertThat(COHORT).isEqualTo(built);
  }

  @Test
  void total12_item10Zero_raisesTheCohortAlertOnly() {
    assertThat(score(12, 0).flags()).extracting(Flag::code).containsExactly("cohort_epds_alert");
  }

  @Test
  void total11_item10Two_raisesSelfHarmAndTheCohortAlert() {
    assertThat(score(11, 2).flags()).extracting(Flag::code).containsExactly("self_harm", "cohort_epds_alert");
  }

  @Test
  void total11_item10One_raisesSelfHarmOnly() {
    assertThat(score(11, 1).flags()).extracting(Flag::code).containsExactly("self_harm");
  }

  @Test
  void total11_item10Zero_raisesNothing() {
    assertThat(score(11, 0).flags()).isEmpty();
  }

  @Test
  void selfHarm_keepsTheInstrumentsRuleLevelAndMessage() {
    Flag selfHarm = score(11, 1).flags().get(0);
    assertThat(selfHarm).isEqualTo(CATALOG.get("epds").flags().get(0));
    assertThat(selfHarm.safety()).isTrue();
    Flag alert = score(12, 0).flags().get(0);
    assertThat(alert.safety()).isFalse();
    assertThat(alert.level()).isEqualTo(FlagLevel.WARNING);
  }

  @Test
  void provenance_recordsThePolicy() {
    Result r = score(12, 0);
    assertThat(r.provenance().policyId()).isEqualTo("cohort-study");
    assertThat(r.provenance().policyVersion()).isEqualTo("3");
    assertThat(r.provenance().profileId()).isEqualTo("default");
    assertThat(r.provenance().instrumentVersion()).isEqualTo(CATALOG.get("epds").version());
  }

  @Test
  void invalidResponse_stillCarriesSelfHarmAndTheAlert() {
    Map<String, Object> answers = epds(11, 2);
    answers.put("epds_1", "7");
    assertThatThrownBy(() -> EPDS.score(Responses.of(answers))).isInstanceOfSatisfying(InvalidResponsesException.class,
        e -> assertThat(e.flags()).extracting(Flag::code).containsExactly("self_harm", "cohort_epds_alert"));
  }

  private static InvalidDefinitionException refused(String policyJson) {
    try {
      CATALOG.readPolicy("site.json", new ByteArrayInputStream(policyJson.getBytes(StandardCharsets.UTF_8)));
    } catch (InvalidDefinitionException e) {
      return e;
    }
    throw new AssertionError("expected the policy to be refused");
  }

  @Test
  void raisingSelfHarmsThreshold_isRefusedWithAClearMessage() {
    InvalidDefinitionException e = refused("""
        {"schemaVersion": 1, "id": "site", "version": "1",
         "instruments": {"epds": {"thresholds": [{"flag": "self_harm", "threshold": 2}]}}}
        """);
    assertThat(e.problems()).extracting(DefinitionProblem::toString).containsExactly(
        "site.json: instruments.epds.thresholds[0].threshold: self_harm is a safety flag: a site policy may lower its"
            + " threshold (at least 1) but never raise it (to 2), which would make it less sensitive");
  }

  @Test
  void removingSelfHarm_isRefusedWithAClearMessage() {
    InvalidDefinitionException e = refused("""
        {"schemaVersion": 1, "id": "site", "version": "1", "instruments": {"epds": {"removedFlags": ["self_harm"]}}}
        """);
    assertThat(e).hasMessage("1 problem in site policy:\n  site.json: instruments.epds.removedFlags[0]: self_harm is"
        + " a safety flag: a site policy cannot remove it (it may lower its threshold, replace its message or add alerts)");
    SitePolicy inJava = SitePolicy.builder("site", "1")
        .instrument("phq9", InstrumentPolicy.builder().removeFlag("self_harm").build()).build();
    assertThatThrownBy(() -> Scorer.of(CATALOG.get("phq9"), inJava)).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("instruments.phq9.removedFlags[0]: self_harm is a safety flag: a site policy cannot remove it");
  }

  @Test
  void unknownInstrumentProfileItemOrScale_namedInTheError() {
    InvalidDefinitionException e = refused("""
        {"schemaVersion": 1, "id": "site", "version": "1", "instruments": {
          "edps": {},
          "epds": {"profile": "antenatal", "alerts": [{"code": "a", "label": "A", "level": "info", "message": "m",
              "source": "s", "rule": {"type": "any_of", "rules": [{"type": "scale", "scale": "epds_totl", "atLeast": 12},
                                                                 {"type": "item", "items": ["epds_11"], "atLeast": 2}]}}]}}}
        """);
    assertThat(e.problems()).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
        "site.json: instruments.edps: unknown instrument edps; known: [epds, phq9, phq2, gad7, gad2, whooley]",
        "site.json: instruments.epds.profile: unknown profile antenatal of epds; profiles: [default, depressd2020, fathers]",
        "site.json: instruments.epds.alerts[0].rule.rules[0].scale: unknown scale epds_totl",
        "site.json: instruments.epds.alerts[0].rule.rules[1].items[0]: unknown item epds_11");
  }

  @Test
  void replacingSelfHarmsMessage_andChoosingAProfile_areAllowed() {
    SitePolicy stricter = SitePolicy.builder("site", "1").instrument("epds", InstrumentPolicy.builder()
        .profile("depressd2020").message("self_harm", "Call the perinatal crisis line now.").build()).build();
    Result r = CATALOG.scorer("epds", stricter).score(Responses.of(epds(11, 1)));
    assertThat(r.scale("epds_total").band()).as("11 or more, Levis 2020").isEqualTo("above_threshold");
    assertThat(r.flags()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("self_harm");
      assertThat(f.message()).isEqualTo("Call the perinatal crisis line now.");
      assertThat(f.source().note()).endsWith("Site policy site version 1: message replaced.");
    });
  }
}
