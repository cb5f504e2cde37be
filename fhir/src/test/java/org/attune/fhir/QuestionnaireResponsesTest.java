package org.attune.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.response.ViolationCode;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.Test;

class QuestionnaireResponsesTest {
  private static final Instrument PHQ9 = Attune.catalog().get("phq9");
  private static final String SYSTEM = "https://w3id.org/attune/fhir/CodeSystem/phq9";

  private static QuestionnaireResponse response(Instrument instrument) {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setQuestionnaire(Questionnaires.canonical(instrument));
    return qr;
  }

  @Test
  void toResponses_otherQuestionnaire_failsNamingBoth() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setQuestionnaire("https://w3id.org/attune/fhir/Questionnaire/phq9|0.0.1");
    assertThatThrownBy(() -> QuestionnaireResponses.toResponses(PHQ9, qr))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the QuestionnaireResponse answers the Questionnaire"
            + " [https://w3id.org/attune/fhir/Questionnaire/phq9|0.0.1], not [https://w3id.org/attune/fhir/Questionnaire/phq9|"
            + PHQ9.version() + "] of instrument phq9 version " + PHQ9.version());
  }

  @Test
  void toResponses_noQuestionnaireNamed_fails() {
    assertThatThrownBy(() -> QuestionnaireResponses.toResponses(PHQ9, new QuestionnaireResponse()))
        .hasMessageStartingWith("the QuestionnaireResponse answers the Questionnaire (none named), not [");
  }

  @Test
  void toResponses_nestedUnderAnswersAndGroups_readsByPosition() {
    QuestionnaireResponse qr = response(PHQ9);
    QuestionnaireResponseItemComponent g = qr.addItem().setLinkId("phq9");
    QuestionnaireResponseItemComponent i1 = g.addItem().setLinkId("phq9_1");
    i1.addAnswer().setValue(new Coding(SYSTEM, "nearly_every_day", null))
        .addItem().setLinkId("phq9_9").addAnswer().setValue(new Coding(SYSTEM, "several_days", null));
    qr.addItem().setLinkId("phq9_total").addAnswer().setValue(new org.hl7.fhir.r4.model.DecimalType(5));
    Responses r = QuestionnaireResponses.toResponses(PHQ9, qr);
    assertThat(r.coding()).isEqualTo(AnswerCoding.POSITION);
    assertThat(r.answers()).containsExactly(java.util.Map.entry("phq9_1", 4L), java.util.Map.entry("phq9_9", 2L));
    assertThat(Scorer.of(PHQ9).evaluate(r).hasFlag("self_harm")).isTrue();
  }

  @Test
  void toResponses_unknownLinkIdAndForeignCode_reportedByTheScorer() {
    QuestionnaireResponse qr = response(PHQ9);
    qr.addItem().setLinkId("phq9_10").addAnswer().setValue(new IntegerType(1));
    qr.addItem().setLinkId("phq9_2").addAnswer().setValue(new Coding("http://loinc.org", "LA6570-1", null));
    qr.addItem().setLinkId("phq9_3").addAnswer().setValue(new Coding(SYSTEM, "sometimes", null));
    Result result = Scorer.of(PHQ9).evaluate(QuestionnaireResponses.toResponses(PHQ9, qr));
    assertThat(result.violations()).extracting(ResponseViolation::itemId, ResponseViolation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("phq9_2", ViolationCode.NOT_AN_OPTION),
        org.assertj.core.groups.Tuple.tuple("phq9_3", ViolationCode.NOT_AN_OPTION),
        org.assertj.core.groups.Tuple.tuple("phq9_10", ViolationCode.UNKNOWN_ITEM));
    // the code given (another system's with its system), and the item's own codes as expected
    assertThat(result.violations()).extracting(ResponseViolation::value).startsWith("http://loinc.org#LA6570-1", "sometimes");
    assertThat(result.violations().get(1).expected()).isEqualTo("one of the option codes "
        + PHQ9.item("phq9_3").orElseThrow().answerType().options().stream().map(o -> o.code()).toList());
  }

  @Test
  void toResponses_durationAsQuantityInHours_readAsMinutes() {
    Instrument bisq = Attune.catalog().get("bisq");
    QuestionnaireResponse qr = response(bisq);
    qr.addItem().setLinkId("bisq_night_sleep_minutes").addAnswer()
        .setValue(new Quantity().setValue(new BigDecimal("9.5")).setSystem(Fhir.UCUM).setCode("h"));
    qr.addItem().setLinkId("bisq_day_sleep_minutes").addAnswer().setValue(new IntegerType(60));
    Responses r = QuestionnaireResponses.toResponses(bisq, qr);
    assertThat((BigDecimal) r.answers().get("bisq_night_sleep_minutes")).isEqualByComparingTo("570");
    assertThat(r.answers().get("bisq_day_sleep_minutes")).isEqualTo(60L);
  }
}
