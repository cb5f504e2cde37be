package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.attune.catalog.Definitions;
import org.attune.catalog.Demo;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the infant and parenting instruments need of the engine, on small made-up definitions:
 * number and duration answers, a missing item counted as zero, a sum times a factor, a flag on
 * a sum falling short, an explicit "not applicable" option, instruments read for flags only,
 * and the child's age range.
 */
class NumbersAndAgeTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A sleep diary: wakings (0-20), minutes awake and asleep (durations), flags only, for 0-36 months. */
  private static final Instrument SLEEP = read("""
      {"schemaVersion": 1, "id": "sleep", "version": "1.0.0", "publishedVersion": "test", "name": "Sleep test",
       "shortName": "Sleep", "respondent": "parent-report", "population": "Infants", "recallPeriod": "past week",
       "ageRange": {"minMonths": 0, "maxMonths": 36, "source": {"refs": ["t"], "evidence": "confirmed"}},
       "licence": {"class": "free", "copyright": "none", "terms": "none", "textIncluded": false, "note": "test"},
       "references": [{"id": "t", "text": "Test."}], "scoringSource": {"refs": ["t"], "evidence": "confirmed"},
       "items": [
         {"id": "sleep_wakings", "label": "Wakings", "answer": {"type": "integer", "min": 0, "max": 20, "unit": "wakings"}},
         {"id": "sleep_awake", "label": "Awake", "answer": {"type": "duration", "min": 0, "max": 1440}},
         {"id": "sleep_night", "label": "Night", "answer": {"type": "duration", "min": 0, "max": 1440}},
         {"id": "sleep_day", "label": "Day", "answer": {"type": "duration", "min": 0, "max": 1440}}],
       "flags": [
         {"code": "frequent_wakings", "label": "Wakings", "level": "warning", "safety": false,
          "rule": {"type": "item", "items": ["sleep_wakings"], "atLeast": 4}, "message": "m", "source": {"refs": ["t"], "evidence": "confirmed"}},
         {"code": "short_sleep", "label": "Short", "level": "warning", "safety": false,
          "rule": {"type": "sum_below", "items": ["sleep_night", "sleep_day"], "below": 540}, "message": "m", "source": {"refs": ["t"], "evidence": "confirmed"}}]}
      """);

  private static Instrument read(String json) {
    return Definitions.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Result sleep(AnswerCoding coding, Object wakings, Object awake, Object night, Object day) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("sleep_wakings", wakings);
    answers.put("sleep_awake", awake);
    answers.put("sleep_night", night);
    answers.put("sleep_day", day);
    return Scorer.of(SLEEP).evaluate(Responses.of(coding, answers));
  }

  @Test
  void optionCode_forANumberItem_isTheWrongType() {
    Result r = sleep(AnswerCoding.SCORE, new org.attune.response.OptionCode("4"), "60", "600", "0");
    assertThat(r.violations()).extracting(v -> v.itemId() + ":" + v.code().code()).containsExactly("sleep_wakings:wrong_type");
  }

  @ParameterizedTest(name = "{0} coding")
  @CsvSource({"SCORE", "POSITION"})
  void numbers_areValuesUnderEitherCoding_andDurationsTakeMinutesOrHoursAndMinutes(AnswerCoding coding) {
    Result r = sleep(coding, "4", "1:01", "8:00", 59);
    assertThat(r.status()).isEqualTo(Completeness.COMPLETE);
    assertThat(r.flags()).extracting(f -> f.code()).containsExactly("frequent_wakings", "short_sleep");
    Result edge = sleep(coding, "3", "60", "9:00", "0");
    assertThat(edge.flags()).as("3 wakings, 540 minutes in all: neither flag").isEmpty();
  }

  @Test
  void numbers_badValues_namedWithWhatWasExpected() {
    Result r = sleep(AnswerCoding.SCORE, "21", "25:99", "-5", "1.5");
    assertThat(r.status()).isEqualTo(Completeness.INVALID);
    assertThat(r.violations()).extracting(v -> v.shortForm()).containsExactly(
        "sleep_wakings:out_of_range", "sleep_awake:not_a_number", "sleep_night:not_a_number", "sleep_day:not_a_number");
    assertThat(r.violations().get(0).message()).contains("[21]").contains("a whole number from 0 to 20");
    assertThat(r.violations().get(1).message()).contains("[25:99]").contains("as minutes (90) or h:mm (1:30)");
    assertThat(sleep(AnswerCoding.SCORE, 2, 1441, "0:30", "24:01").violations()).extracting(v -> v.shortForm())
        .containsExactly("sleep_awake:out_of_range", "sleep_day:out_of_range");
  }

  @Test
  void flags_fromValidNumbers_whateverElseIsInvalidOrMissing() {
    Result r = sleep(AnswerCoding.SCORE, "5", "abc", null, "3:00");
    assertThat(r.status()).isEqualTo(Completeness.INVALID);
    assertThat(r.flags()).extracting(f -> f.code()).as("short_sleep needs both durations").containsExactly(
        "frequent_wakings");
  }

  @Test
  void instrumentWithoutScales_isCompleteOnlyWhenEveryItemIsAnswered() {
    assertThat(sleep(AnswerCoding.SCORE, "1", "0", "600", null).status()).isEqualTo(Completeness.INCOMPLETE);
    assertThat(sleep(AnswerCoding.SCORE, null, null, null, null).status()).isEqualTo(Completeness.INCOMPLETE);
    assertThat(sleep(AnswerCoding.SCORE, "1", "0", "600", "60").scales()).isEmpty();
  }

  @ParameterizedTest(name = "{0} months: {1}")
  @CsvSource({"0, ''", "36, ''", "37, age_out_of_range", "120, age_out_of_range"})
  void age_outsideTheRange_warnsAndLeavesTheResult(int months, String warning) {
    Result r = Scorer.of(SLEEP).evaluate(Responses.of(Map.of("sleep_wakings", "5")).withAgeMonths(months));
    assertThat(String.join(";", r.warnings())).isEqualTo(warning);
    assertThat(r.flags()).hasSize(1);
  }

  @Test
  void age_notGiven_assumesNothing_andDatesGiveCompletedMonths() {
    assertThat(Scorer.of(SLEEP).evaluate(Responses.of(Map.of())).warnings()).isEmpty();
    assertThat(Responses.completedMonths(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isZero();
    assertThat(Responses.completedMonths(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1))).isOne();
    assertThat(Responses.completedMonths(LocalDate.of(2023, 11, 23), LocalDate.of(2026, 11, 23))).isEqualTo(36);
    Result threeYearsAndADay = Scorer.of(SLEEP).evaluate(Responses.of(Map.of())
        .withAge(LocalDate.of(2023, 10, 22), LocalDate.of(2026, 11, 23)));
    assertThat(threeYearsAndADay.warnings()).containsExactly("age_out_of_range");
    assertThatThrownBy(() -> Responses.of(Map.of()).withAgeMonths(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Responses.of(Map.of()).withAge(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the date of birth");
  }

  /** The demo with demo_pair counting a missing item as zero, and demo_total times 4 (0-36). */
  private static final Instrument DEMO = Definitions.read("demo.json", Demo.edited(doc -> {
    ObjectNode pair = (ObjectNode) doc.at("/scales/1");
    pair.putObject("missing").put("type", "count_as_zero");
    ObjectNode total = (ObjectNode) doc.at("/scales/0");
    total.putObject("rule").put("type", "sum").put("factor", 4);
    total.put("max", 36);
    ArrayNode options = (ArrayNode) doc.at("/items/2/answer/options");
    options.addObject().put("code", "not_applicable").put("label", "Not applicable").put("score", 2)
        .put("notApplicable", true);
    doc.remove("profiles");
    ((ArrayNode) doc.get("flags")).remove(1);
    return doc;
  }));

  @Test
  void countAsZero_scoresWithTheMissingItemAtZero_andSaysProrated() {
    Result r = Scorer.of(DEMO).evaluate(Responses.of(Map.of("demo_1", 3, "demo_4", 1)));
    assertThat(r.scale("demo_pair").score()).isEqualByComparingTo("3");
    assertThat(r.scale("demo_pair").status()).isEqualTo(Completeness.PRORATED);
    assertThat(r.scale("demo_total").scored()).as("demo_total prorates at most one missing item").isFalse();
    Result none = Scorer.of(DEMO).evaluate(Responses.of(Map.of("demo_4", 1)));
    assertThat(none.scale("demo_pair").scored()).as("no item of the scale answered").isFalse();
  }

  @Test
  void factor_multipliesTheSum_andProratesExactly() {
    Result r = Scorer.of(DEMO).evaluate(Responses.of(Map.of("demo_1", 3, "demo_2", "0", "demo_3", 2, "demo_4", 0)));
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo("20"); // (3 + 0 + 2) x 4
    Result prorated = Scorer.of(DEMO).evaluate(Responses.of(Map.of("demo_1", 3, "demo_3", 2, "demo_4", 0)));
    assertThat(prorated.scale("demo_total").score()).isEqualByComparingTo("30"); // (3 + 2) x 3 / 2 x 4
  }

  @Test
  void notApplicableOption_isChosenByPosition_andScoreCodingMeansTheOtherOption() {
    Map<String, Object> byPosition = Map.of("demo_1", "1", "demo_2", "1", "demo_3", "5", "demo_4", "2");
    Result r = Scorer.of(DEMO).evaluate(Responses.of(AnswerCoding.POSITION, byPosition));
    assertThat(r.status()).isEqualTo(Completeness.COMPLETE);
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo("20"); // (0 + 3 + 2) x 4
    Result byScore = Scorer.of(DEMO).evaluate(Responses.of(Map.of("demo_1", 0, "demo_2", 3, "demo_3", 2, "demo_4", 0)));
    assertThat(byScore.scale("demo_total").score()).isEqualByComparingTo("20");
    assertThat(Definitions.toJson(DEMO)).contains("\"notApplicable\" : true").contains("\"factor\" : 4")
        .contains("\"count_as_zero\"");
  }

  @Test
  void definition_sharedScoreWithoutNotApplicable_isStillRefused() {
    assertThatThrownBy(() -> Definitions.read("broken.json", Demo.edited(doc -> {
      ((ArrayNode) doc.at("/items/2/answer/options")).addObject().put("code", "other").put("label", "Other")
          .put("score", 2);
      return doc;
    }))).isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("score coding could not tell them apart");
  }

  @Test
  void definition_numberWithoutRange_orSumBelowOutOfReach_isRefused() throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(Definitions.toJson(SLEEP));
    ((ObjectNode) doc.at("/items/0/answer")).remove("max");
    ((ObjectNode) doc.at("/flags/1/rule")).put("below", 5000);
    byte[] broken = JSON.writeValueAsBytes(doc);
    assertThatThrownBy(() -> Definitions.read("broken.json", new ByteArrayInputStream(broken)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("items[0].answer: a number answer needs min and max")
        .hasMessageContaining("flags[1].rule.below: threshold 5000 must be above 0 and at most 2880");
  }
}
