package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.catalog.Demo.answers;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.Attune;
import org.attune.catalog.Demo;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.response.OptionCode;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.response.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScorerTest {
  private static final Instrument DEMO = Demo.instrument();
  private static final Scorer SCORER = Scorer.of(DEMO);


  @Test
  void evaluate_allAnswered_sumsExplicitOptionScores() {
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", 3, "demo_2", "0", "demo_3", 2, "demo_4", 1)));
    assertThat(r.status()).isEqualTo(Completeness.COMPLETE);
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo("5");
    assertThat(r.scale("demo_total").band()).isEqualTo("mid");
    assertThat(r.scale("demo_pair").score()).isEqualByComparingTo("3");
    assertThat(r.scale("demo_yes").score()).isEqualByComparingTo("1");
    assertThat(r.scale("demo_pair").band()).isNull();
    assertThat(r.provenance()).isEqualTo(new Provenance("demo", "1.0.0", "default", Attune.version()));
  }

  @Test
  void evaluate_positionCoding_readsReversedItemByPrintedPosition() {
    // demo_2 scores 3,2,1,0 in printed order: position 1 scores 3.
    Result r = SCORER.evaluate(Responses.of(AnswerCoding.POSITION,
        answers("demo_1", "1", "demo_2", "1", "demo_3", "1", "demo_4", "2", "demo_5", "3")));
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo("3");
    assertThat(r.scale("demo_yes").score()).isEqualByComparingTo("0");
    assertThat(r.flags()).extracting(Flag::code).containsExactly("item_two");
  }

  @Test
  void evaluate_oneMissingWithProrating_proratesExactly() {
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", 3, "demo_3", 2, "demo_4", 0)));
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo("7.5");
    assertThat(r.scale("demo_total").status()).isEqualTo(Completeness.PRORATED);
    assertThat(r.scale("demo_total").answered()).isEqualTo(2);
    assertThat(r.scale("demo_total").band()).isEqualTo("high");
    assertThat(r.scale("demo_pair").score()).isNull();
    assertThat(r.scale("demo_pair").status()).isEqualTo(Completeness.INCOMPLETE);
    assertThat(r.status()).isEqualTo(Completeness.INCOMPLETE);
  }

  @Test
  void evaluate_proratedScoreBetweenWholeBands_fallsInBandItReaches() {
    // (1 + 2) * 3 / 2 = 4.5: at least 4, below 7, so "mid".
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", 1, "demo_3", 2)));
    assertThat(r.scale("demo_total").score()).isEqualByComparingTo(new BigDecimal("4.5"));
    assertThat(r.scale("demo_total").band()).isEqualTo("mid");
  }

  @Test
  void evaluate_noAnswerAtAll_isIncomplete() {
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", null)));
    assertThat(r.status()).isEqualTo(Completeness.INCOMPLETE);
    assertThat(r.scales()).allSatisfy(s -> assertThat(s.scored()).isFalse());
  }

  @Test
  void evaluate_invalidAnswers_collectsEveryViolationInItemOrderAndKeepsFlags() {
    Result r = SCORER.evaluate(Responses.of(answers(
        "demo_9", "x", "demo_3", "7", "demo_2", 2, "demo_1", "2.0", "demo_4", true)));
    assertThat(r.status()).isEqualTo(Completeness.INVALID);
    assertThat(r.violations()).extracting(ResponseViolation::itemId, ResponseViolation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("demo_1", ViolationCode.NOT_A_NUMBER),
        org.assertj.core.groups.Tuple.tuple("demo_3", ViolationCode.NOT_AN_OPTION),
        org.assertj.core.groups.Tuple.tuple("demo_4", ViolationCode.WRONG_TYPE),
        org.assertj.core.groups.Tuple.tuple("demo_9", ViolationCode.UNKNOWN_ITEM));
    assertThat(r.violations().get(1).message())
        .isEqualTo("item [demo_3]: value [7] is not an allowed option; expected one of [0, 1, 2, 3]");
    assertThat(r.scales()).allSatisfy(s -> {
      assertThat(s.score()).isNull();
      assertThat(s.status()).isEqualTo(Completeness.INVALID);
    });
    assertThat(r.flags()).extracting(Flag::code).containsExactly("item_two");
  }

  @ParameterizedTest(name = "{0} coding")
  @EnumSource(AnswerCoding.class)
  void evaluate_optionCodes_chooseThatOptionUnderEitherCoding_andAnUnknownOneNamesTheItemsCodes(AnswerCoding coding) {
    // demo_2 is reverse-scored: its third option, o3, scores 1
    Map<String, Object> byCode = answers("demo_1", new OptionCode("o4"), "demo_2", new OptionCode("o3"));
    Result r = SCORER.evaluate(Responses.of(coding, byCode));
    Result byScore = SCORER.evaluate(Responses.of(answers("demo_1", 3, "demo_2", 1)));
    assertThat(r.violations()).isEmpty();
    assertThat(r.scales()).isEqualTo(byScore.scales());

    Result unknown = SCORER.evaluate(Responses.of(coding, answers("demo_2", new OptionCode("o9"))));
    assertThat(unknown.violations()).extracting(ResponseViolation::message).containsExactly(
        "item [demo_2]: value [o9] is not an allowed option; expected one of the option codes [o1, o2, o3, o4]");
  }

  @Test
  void evaluate_positionOutOfRange_saysSo() {
    List<ResponseViolation> v = SCORER.validate(Responses.of(AnswerCoding.POSITION, answers("demo_1", "5", "demo_2", "0")));
    assertThat(v).extracting(ResponseViolation::message).containsExactly(
        "item [demo_1]: value [5] is out of range; expected a position from 1 to 4 (digits only)",
        "item [demo_2]: value [0] is out of range; expected a position from 1 to 4 (digits only)");
  }

  @Test
  void evaluate_nonCanonicalSpellings_areNotNumbers() {
    for (String bad : List.of("02", "+2", "2.0", " 2", "٢", "", "-1")) {
      assertThat(SCORER.validate(Responses.of(answers("demo_1", bad))))
          .as(bad).extracting(ResponseViolation::code).containsExactly(ViolationCode.NOT_A_NUMBER);
    }
  }

  @Test
  void evaluate_unscoredItemInScoreCoding_takesZeroBasedPosition() {
    assertThat(SCORER.validate(Responses.of(answers("demo_5", 2)))).isEmpty();
    assertThat(SCORER.validate(Responses.of(answers("demo_5", 3)))).extracting(ResponseViolation::expected)
        .containsExactly("one of [0, 1, 2]");
  }

  @Test
  void evaluate_scaleFlag_usesScoreFromValidAnswers() {
    Result r = SCORER.evaluate(Responses.of(answers("demo_1", 3, "demo_2", 3, "demo_3", 3)));
    assertThat(r.flags()).extracting(Flag::code).containsExactly("item_two", "total_high");
  }

  @Test
  void score_invalid_throwsWithViolationsAndFlags() {
    assertThatThrownBy(() -> SCORER.score(Responses.of(answers("demo_1", 9, "demo_2", 2))))
        .isInstanceOfSatisfying(InvalidResponsesException.class, e -> {
          assertThat(e.violations()).extracting(ResponseViolation::itemId).containsExactly("demo_1");
          assertThat(e.flags()).extracting(Flag::code).containsExactly("item_two");
          assertThat(e.instrumentId()).isEqualTo("demo");
        })
        .hasMessage("demo 1.0.0: 1 invalid answer: item [demo_1]: value [9] is not an allowed option;"
            + " expected one of [0, 1, 2, 3]. Flags raised: item_two.");
  }

  @Test
  void score_otherProfile_appliesItsBands() {
    Scorer strict = Scorer.of(DEMO, "strict");
    Result r = strict.score(Responses.of(answers("demo_1", 1, "demo_2", 1, "demo_3", 0, "demo_4", 0)));
    assertThat(r.scale("demo_total").band()).isEqualTo("high");
    assertThat(r.provenance().profileId()).isEqualTo("strict");
    assertThatThrownBy(() -> Scorer.of(DEMO, "lenient")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instrument demo has no profile lenient; profiles: [default, strict]");
  }

  @Test
  void exceptionMessage_manyViolations_showsFiveAndCount() {
    Map<String, Object> bad = new HashMap<>();
    for (int i = 1; i <= 8; i++) {
      bad.put("other_" + i, 1);
    }
    assertThatThrownBy(() -> SCORER.score(Responses.of(bad))).hasMessageContaining("8 invalid answers")
        .hasMessageContaining("…and 3 more.");
  }

  @Test
  void violation_longValue_isCutToFortyCharacters() {
    ResponseViolation v = SCORER.validate(Responses.of(answers("demo_1", "9".repeat(100)))).get(0);
    assertThat(v.value()).hasSize(40).endsWith("…");
  }
}
