package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.catalog.Demo.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.response.Responses;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Flags whose rule is {@code any_of}: read, checked, scored and written like every other rule. */
class AnyOfRuleTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The demo with a third flag: total 7 or more, or item 1 at 3. */
  private static ObjectNode withAnyOf(ObjectNode doc) {
    ObjectNode flag = ((ArrayNode) doc.get("flags")).addObject();
    flag.put("code", "either").put("label", "Either").put("level", "warning").put("safety", false)
        .put("message", "Check.");
    flag.putObject("source").put("evidence", "confirmed").putArray("refs").add("demo2020");
    ObjectNode rule = flag.putObject("rule").put("type", "any_of");
    ArrayNode rules = rule.putArray("rules");
    rules.addObject().put("type", "scale").put("scale", "demo_total").put("atLeast", 7);
    rules.addObject().put("type", "item").put("atLeast", 3).putArray("items").add("demo_1");
    return doc;
  }

  private static Instrument read(UnaryOperator<ObjectNode> edit) {
    try (InputStream in = Demo.edited(doc -> edit.apply(withAnyOf(doc)))) {
      return Definitions.read("demo.json", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<DefinitionProblem> problems(UnaryOperator<ObjectNode> edit) {
    return Demo.problems(doc -> edit.apply(withAnyOf(doc)));
  }

  private static ObjectNode rule(ObjectNode doc) {
    return (ObjectNode) doc.get("flags").get(2).get("rule");
  }


  @Test
  void read_anyOf_givesModelRule() {
    Flag either = read(doc -> doc).flags().get(2);
    assertThat(either.rule()).isEqualTo(FlagRule.anyOf(FlagRule.scaleAtLeast("demo_total", 7),
        FlagRule.itemAtLeast("demo_1", 3)));
  }

  @Test
  void evaluate_anyOf_raisedWhenEitherRuleHolds() {
    Scorer scorer = Scorer.of(read(doc -> doc));
    // total 2 + 3 + 2 = 7 (item 1 below 3): the scale rule holds
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 2, "demo_2", 3, "demo_3", 2))).hasFlag("either")).isTrue();
    // item 1 at 3, total 3 + 3 + 0 = 6: the item rule holds, even with demo_4 invalid
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 3, "demo_2", 3, "demo_3", 0, "demo_4", "x")))
        .hasFlag("either")).isTrue();
    // total 6, item 1 at 2: neither
    assertThat(scorer.evaluate(Responses.of(answers("demo_1", 2, "demo_2", 1, "demo_3", 3))).hasFlag("either")).isFalse();
  }

  @Test
  void toJson_thenRead_givesEqualInstrument_andTrustedReaderAgrees() {
    Instrument demo = read(doc -> doc);
    String json = Definitions.toJson(demo);
    assertThat(JSON.readTree(json).get("flags").get(2).get("rule").get("rules")).hasSize(2);
    assertThat(Definitions.readChecked(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(demo);
    assertThat(Definitions.check(demo)).isEqualTo(demo);
  }

  @Test
  void read_brokenAnyOf_reportsEveryProblemByPath() {
    List<DefinitionProblem> problems = problems(doc -> {
      ObjectNode rule = rule(doc);
      rule.put("atLeast", 2);
      ArrayNode rules = (ArrayNode) rule.get("rules");
      ((ArrayNode) rules.get(1).get("items")).set(0, "demo_9");
      ((ObjectNode) rules.get(0)).put("atLeast", 10);
      rules.addObject().put("type", "any_of");
      return doc;
    });
    assertThat(problems).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
        "demo.json: flags[2].rule.atLeast: not allowed for type any_of",
        "demo.json: flags[2].rule.rules[0].atLeast: threshold 10 must be above 0 and at most 9",
        "demo.json: flags[2].rule.rules[1].items[0]: unknown item demo_9",
        "demo.json: flags[2].rule.rules[2].type: any_of rules cannot be combined again; list their rules in the outer any_of");
  }

  @Test
  void read_anyOfWithoutRules_fails() {
    assertThat(problems(doc -> {
      rule(doc).remove("rules");
      return doc;
    })).extracting(DefinitionProblem::toString)
        .containsExactly("demo.json: flags[2].rule.rules: an any_of rule lists at least one rule");
  }
}
