package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.Map;
import org.attune.Attune;
import org.attune.model.Flag;
import org.attune.response.InvalidResponsesException;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.response.ViolationCode;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** {@link Scorer#score} on bad EPDS data: structure, flags and the exact message (messages are API). */
class InvalidResponsesApiTest {
  private final Scorer epds = Attune.catalog().scorer("epds");
  private final String version = epds.instrument().version();

  @Test
  void score_item3SevenAndItem10Two_throwsWithOneViolationAndSelfHarmFlag() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("epds_3", "7");
    answers.put("epds_10", 2);

    InvalidResponsesException e =
        catchThrowableOfType(InvalidResponsesException.class, () -> epds.score(Responses.of(answers)));

    assertThat(e.instrumentId()).isEqualTo("epds");
    assertThat(e.instrumentVersion()).isEqualTo(version);
    assertThat(e.violations()).extracting(ResponseViolation::itemId, ResponseViolation::code, ResponseViolation::value)
        .containsExactly(tuple("epds_3", ViolationCode.NOT_AN_OPTION, "7"));
    assertThat(e.flags()).extracting(Flag::code).containsExactly("self_harm");
    // Item 3 is marked *: its option scores in printed order are 3, 2, 1, 0 (FACTS §B1 §3).
    assertThat(e.getMessage()).isEqualTo("epds " + version + ": 1 invalid answer: item [epds_3]: value [7] is not"
        + " an allowed option; expected one of [3, 2, 1, 0]. Flags raised: self_harm.");
  }

  @Test
  void score_sixInvalidAnswers_messageShowsFiveAndCountsTheRest() {
    Map<String, Object> answers = new HashMap<>();
    for (int i = 1; i <= 10; i++) {
      answers.put("epds_" + i, i <= 6 ? "7" : "0");
    }

    InvalidResponsesException e =
        catchThrowableOfType(InvalidResponsesException.class, () -> epds.score(Responses.of(answers)));

    assertThat(e.violations()).extracting(ResponseViolation::itemId)
        .containsExactly("epds_1", "epds_2", "epds_3", "epds_4", "epds_5", "epds_6");
    assertThat(e.flags()).isEmpty();
    String forward = "is not an allowed option; expected one of [0, 1, 2, 3]";
    String reversed = "is not an allowed option; expected one of [3, 2, 1, 0]";
    assertThat(e.getMessage()).isEqualTo("epds " + version + ": 6 invalid answers: "
        + "item [epds_1]: value [7] " + forward + "; item [epds_2]: value [7] " + forward + "; "
        + "item [epds_3]: value [7] " + reversed + "; item [epds_4]: value [7] " + forward + "; "
        + "item [epds_5]: value [7] " + reversed + "; …and 1 more.");
  }

  @Test
  void evaluate_sameInvalidResponse_returnsViolationsAndFlagWithoutThrowing() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("epds_3", "7");
    answers.put("epds_10", 2);

    assertThat(epds.evaluate(Responses.of(answers)).flags()).extracting(Flag::code).containsExactly("self_harm");
    assertThat(epds.validate(Responses.of(answers))).extracting(ResponseViolation::shortForm)
        .containsExactly("epds_3:not_an_option");
  }
}
