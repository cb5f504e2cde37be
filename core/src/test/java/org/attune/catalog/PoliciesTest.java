package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.policy.Alert;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;
import org.junit.jupiter.api.Test;

/**
 * Reading and checking site policies, on the demo: its flags are item_two (a safety flag, item
 * demo_2 at 2 or more) and total_high (scale demo_total at 7 or more).
 */
class PoliciesTest {
  private static final Catalog CATALOG = Catalog.of(new DemoProvider());

  private static final String VALID = """
      {"schemaVersion": 1, "id": "clinic-a", "version": "2026-01",
       "instruments": {"demo": {
         "profile": "strict",
         "thresholds": [{"flag": "item_two", "threshold": 1}],
         "removedFlags": ["total_high"],
         "messages": {"item_two": "Call the duty clinician."},
         "alerts": [{"code": "either", "label": "Either", "level": "warning",
           "rule": {"type": "any_of", "rules": [{"type": "scale", "scale": "demo_total", "atLeast": 6},
                                                {"type": "item", "items": ["demo_1"], "atLeast": 3}]},
           "message": "Review.", "source": "Clinic protocol 4.2"}]}}}
      """;

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<DefinitionProblem> problems(String text) {
    try {
      CATALOG.readPolicy("policy.json", json(text));
    } catch (InvalidDefinitionException e) {
      return e.problems();
    }
    throw new AssertionError("expected the policy to be rejected");
  }

  static SitePolicy built() {
    return Demo.policy();
  }

  @Test
  void read_validPolicy_equalsTheSamePolicyBuiltInJava() {
    assertThat(Policies.read("policy.json", json(VALID))).isEqualTo(built());
    assertThat(CATALOG.readPolicy("policy.json", json(VALID))).isEqualTo(built());
  }

  @Test
  void toJson_thenRead_givesEqualPolicy() {
    String written = Policies.toJson(built());
    assertThat(written).startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : \"clinic-a\"").endsWith("}\n");
    assertThat(Policies.read("again.json", json(written))).isEqualTo(built());
  }

  @Test
  void readPolicy_everyProblemOfFit_reportedAtOnceByPath() {
    List<DefinitionProblem> problems = problems("""
        {"schemaVersion": 1, "id": "clinic-a", "version": "1",
         "instruments": {
           "nosuch": {},
           "demo": {
             "profile": "lenient",
             "thresholds": [{"flag": "item_two", "threshold": 3}, {"flag": "item_nine", "threshold": 1},
                            {"flag": "total_high", "threshold": 0}],
             "removedFlags": ["item_two"],
             "messages": {"item_ten": "x"},
             "alerts": [{"code": "item_two", "label": "A", "level": "loud",
                         "rule": {"type": "item", "items": ["demo_9"], "atLeast": 1}, "message": "m", "source": "s"}]}}}
        """);
    assertThat(problems).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
        "policy.json: instruments.nosuch: unknown instrument nosuch; known: [demo]",
        "policy.json: instruments.demo.profile: unknown profile lenient of demo; profiles: [default, strict]",
        "policy.json: instruments.demo.thresholds[0].threshold: item_two is a safety flag: a site policy may lower its"
            + " threshold (at least 2) but never raise it (to 3), which would make it less sensitive",
        "policy.json: instruments.demo.thresholds[1].flag: unknown flag item_nine of demo; its flags: [item_two, total_high]",
        "policy.json: instruments.demo.thresholds[2].threshold: threshold 0 must be above 0 and at most 9",
        "policy.json: instruments.demo.removedFlags[0]: item_two is a safety flag: a site policy cannot remove it"
            + " (it may lower its threshold, replace its message or add alerts)",
        "policy.json: instruments.demo.messages.item_ten: unknown flag item_ten of demo; its flags: [item_two, total_high]",
        "policy.json: instruments.demo.alerts[0].level: unknown value loud; expected one of [info, urgent, warning]",
        "policy.json: instruments.demo.alerts[0].code: alert code item_two is already a flag of demo; choose another code",
        "policy.json: instruments.demo.alerts[0].rule.items[0]: unknown item demo_9");
  }

  @Test
  void read_problemsOfShape_reportedByPath() {
    List<DefinitionProblem> problems = problems("""
        {"schemaVersion": 2, "id": "Clinic A", "version": "",
         "instruments": {"demo": {"alerts": [{"code": "x", "lable": "A", "level": "info",
             "rule": {"type": "item", "items": ["demo_1"], "atLeast": 1}, "message": "m", "source": "s"}]}}}
        """);
    assertThat(problems).extracting(DefinitionProblem::path).containsExactly("instruments.demo.alerts[0].lable");
    assertThat(problems("""
        {"schemaVersion": 2, "id": "Clinic A", "version": "", "instruments": {"demo": {"removedFlags": [""]}}}
        """)).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
        "policy.json: schemaVersion: unsupported policy schema version 2; this library reads 1",
        "policy.json: id: must be lower case ([a-z][a-z0-9_-]*)",
        "policy.json: version: must not be blank",
        "policy.json: instruments.demo.removedFlags[0]: must not be blank");
  }

  @Test
  void read_withoutCatalog_checksOnlyWhatNeedsNoInstrument() {
    String unknownFlag = """
        {"schemaVersion": 1, "id": "p", "version": "1", "instruments": {"demo": {"removedFlags": ["nope"]}}}
        """;
    assertThat(Policies.read("policy.json", json(unknownFlag)).forInstrument("demo").orElseThrow().removedFlags())
        .containsExactly("nope");
    assertThatThrownBy(() -> CATALOG.check(Policies.read("policy.json", json(unknownFlag))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("1 problem in site policy:\n  policy p version 1: instruments.demo.removedFlags[0]: unknown flag nope"
            + " of demo; its flags: [item_two, total_high]");
  }

  @Test
  void check_alertCodesTwiceAndAnyOfThreshold_refused() {
    SitePolicy twice = SitePolicy.builder("p", "1").instrument("demo", InstrumentPolicy.builder()
        .alert(new Alert("a", "A", FlagLevel.INFO, FlagRule.itemAtLeast("demo_1", 1), "m", "s"))
        .alert(new Alert("a", "A", FlagLevel.INFO, FlagRule.itemAtLeast("demo_1", 2), "m", "s"))
        .threshold("item_two", 1).threshold("item_two", 1)
        .build()).build();
    assertThatThrownBy(() -> Policies.check(twice, CATALOG.get("demo")))
        .hasMessageContaining("policy p version 1: instruments.demo.alerts[1].code: duplicate alert code a")
        .hasMessageContaining("instruments.demo.thresholds[1].flag: flag item_two is given a threshold twice");
  }
}
