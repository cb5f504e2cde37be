package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.attune.catalog.Definitions;
import org.attune.catalog.Demo;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Option scores in thirds, as Condon's postnatal scales recode four options (1, 7/3, 11/3, 5):
 * read from a definition as strings, summed exactly, given back exactly, and matched in score
 * coding only as the definition spells them.
 */
class FractionScoresTest {
  /** The demo with item 1 scoring 1, 7/3, 11/3, 5 (so demo_total runs 4 to 11, demo_pair 4 to 8). */
  private static final Instrument THIRDS = Definitions.read("thirds.json", Demo.edited(doc -> {
    ArrayNode options = (ArrayNode) doc.at("/items/0/answer/options");
    ((ObjectNode) options.get(0)).put("score", 1);
    ((ObjectNode) options.get(1)).put("score", "7/3");
    ((ObjectNode) options.get(2)).put("score", "11/3");
    ((ObjectNode) options.get(3)).put("score", 5);
    ((ObjectNode) doc.at("/scales/0")).put("min", 1).put("max", 11);
    ((ObjectNode) doc.at("/scales/1")).put("min", 1).put("max", 8);
    doc.remove("profiles"); // bands would no longer cover the ranges
    return doc;
  }));
  private static final Scorer SCORER = Scorer.of(THIRDS);

  private static Result score(AnswerCoding coding, Object one, Object two, Object three) {
    return SCORER.evaluate(Responses.of(coding, Map.of("demo_1", one, "demo_2", two, "demo_3", three)));
  }

  @Test
  void thirds_sumExactly_andAreWholeWhenTheyAddUpToOne() {
    Result r = score(AnswerCoding.SCORE, "7/3", "0", "1");
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo("3.333333333333333333333333333333333");
    assertThat(r.scale("demo_pair").score()).isEqualByComparingTo("2.333333333333333333333333333333333");
    Result whole = score(AnswerCoding.POSITION, "3", "4", "2"); // 11/3 + 0 + 1
    assertThat(whole.scale("demo_total").score()).isEqualByComparingTo("4.666666666666666666666666666666667");
    ScoringRow row = SCORER.newRow(AnswerCoding.SCORE);
    row.answer(0, "11/3");
    row.answer(1, "2");
    row.answer(2, "3");
    row.score();
    assertThat(row.isWhole(0)).isFalse();
    assertThat(row.score(0)).isEqualByComparingTo("8.666666666666666666666666666666667");
    row.clear();
    row.answer(0, "7/3");
    row.answer(1, "3");
    row.answer(2, "0");
    row.score();
    assertThat(row.isWhole(1)).as("7/3 + 3 = 16/3").isFalse();
    assertThat(row.score(1)).isEqualByComparingTo("5.333333333333333333333333333333333");
  }

  @Test
  void scoreCoding_acceptsOnlyTheDefinitionsSpelling() {
    assertThat(score(AnswerCoding.SCORE, "2.3", "0", "0").violations()).extracting(v -> v.shortForm())
        .containsExactly("demo_1:not_an_option");
    assertThat(score(AnswerCoding.SCORE, "14/6", "0", "0").violations()).extracting(v -> v.shortForm())
        .containsExactly("demo_1:not_a_number");
    assertThat(score(AnswerCoding.SCORE, "1", "7/3", "0").violations()).extracting(v -> v.shortForm())
        .as("7/3 is a number in this instrument, but no option of item 2").containsExactly("demo_2:not_an_option");
    assertThat(score(AnswerCoding.SCORE, "3.0", "0", "0").violations()).extracting(v -> v.shortForm())
        .containsExactly("demo_1:not_a_number");
  }

  @Test
  void definition_writesFractionsAsStrings_andReadsThemBack() {
    String json = Definitions.toJson(THIRDS);
    assertThat(json).contains("\"score\" : \"7/3\"").contains("\"score\" : \"11/3\"").contains("\"score\" : 5");
    Instrument again = Definitions.read("again.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(again).isEqualTo(THIRDS);
    assertThat(again.profiles()).isEmpty();
  }

  @Test
  void definition_malformedFraction_isReportedAtItsPath() {
    assertThatThrownBy(() -> Definitions.read("broken.json", Demo.edited(doc -> {
      ((ObjectNode) doc.at("/items/0/answer/options/1")).put("score", "7/x");
      return doc;
    }))).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("items[0].answer.options[1].score");
  }
}
