package org.attune.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class QuestionnairesTest {
  private static Questionnaire of(String id) {
    return FhirTestSupport.roundTrip(Questionnaires.of(Attune.catalog().get(id)), Questionnaire.class);
  }

  private static QuestionnaireItemComponent item(Questionnaire q, String linkId) {
    for (QuestionnaireItemComponent i : q.getItem()) {
      if (i.getLinkId().equals(linkId)) {
        return i;
      }
      for (QuestionnaireItemComponent j : i.getItem()) {
        if (j.getLinkId().equals(linkId)) {
          return j;
        }
      }
    }
    throw new AssertionError("no item " + linkId);
  }

  private static String expression(Questionnaire q, String scaleId) {
    return ((Expression) item(q, scaleId).getExtensionByUrl(Fhir.CALCULATED_EXPRESSION).getValue()).getExpression();
  }

  @Test
  void phq9_header_canonicalVersionCopyrightAndPanelCode() {
    Instrument phq9 = Attune.catalog().get("phq9");
    Questionnaire q = of("phq9");
    assertThat(q.getUrl()).isEqualTo("https://w3id.org/attune/fhir/Questionnaire/phq9");
    assertThat(q.getVersion()).isEqualTo(phq9.version());
    assertThat(q.getName()).isEqualTo("PHQ9");
    assertThat(q.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
    assertThat(q.getCopyright()).isEqualTo(phq9.licence().copyright());
    assertThat(q.getCodeFirstRep().getCode()).isEqualTo("44249-1");
    assertThat(q.getExtensionsByUrl(Fhir.RELATED_ARTIFACT)).hasSameSizeAs(phq9.references());
  }

  @Test
  void phq9_totalExpression_namesExactlyTheNineScoredItems() {
    Questionnaire q = of("phq9");
    String expr = expression(q, "phq9_total");
    Matcher m = Pattern.compile("'(phq9_[a-z0-9_]+)'").matcher(expr);
    List<String> named = m.results().map(r -> r.group(1)).toList();
    assertThat(named).containsExactly("phq9_1", "phq9_2", "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7",
        "phq9_8", "phq9_9");
    assertThat(expr).startsWith("%resource.repeat(item).where(linkId in ('phq9_1' | ").endsWith(
        ".aggregate($total + $this, 0)");
    QuestionnaireItemComponent total = item(q, "phq9_total");
    assertThat(total.getReadOnly()).isTrue();
    assertThat(total.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.DECIMAL);
    assertThat(total.getCodeFirstRep().getCode()).isEqualTo("44261-6");
  }

  @Test
  void phq9_item9_optionsCarryItemWeightAndOrdinalValue_withLoincItemCode() {
    QuestionnaireItemComponent i9 = item(of("phq9"), "phq9_9");
    assertThat(i9.getCodeFirstRep().getCode()).isEqualTo("44260-8");
    assertThat(i9.getAnswerOption()).extracting(o -> ((Coding) o.getValue()).getCode())
        .containsExactly("not_at_all", "several_days", "more_than_half_the_days", "nearly_every_day");
    assertThat(i9.getAnswerOption()).extracting(o -> weight(o.getValue(), Fhir.ITEM_WEIGHT))
        .containsExactly("0", "1", "2", "3");
    assertThat(i9.getAnswerOption()).extracting(o -> weight(o.getValue(), Fhir.ORDINAL_VALUE))
        .containsExactly("0", "1", "2", "3");
    assertThat(((Coding) i9.getAnswerOptionFirstRep().getValue()).getSystem())
        .isEqualTo("https://w3id.org/attune/fhir/CodeSystem/phq9");
  }

  private static String weight(org.hl7.fhir.r4.model.Type coding, String url) {
    return ((DecimalType) coding.getExtensionByUrl(url).getValue()).getValue().toPlainString();
  }

  @Test
  void phq9_difficulty_unweighted_enabledByAnyOptionScoringAtLeastOne() {
    QuestionnaireItemComponent d = item(of("phq9"), "phq9_difficulty");
    assertThat(d.getAnswerOptionFirstRep().getValue().getExtension()).isEmpty();
    assertThat(d.getEnableBehavior()).isEqualTo(Questionnaire.EnableWhenBehavior.ANY);
    assertThat(d.getEnableWhen()).hasSize(9 * 3);
    assertThat(d.getEnableWhen()).extracting(e -> ((Coding) e.getAnswer()).getCode())
        .doesNotContain("not_at_all");
  }

  @Test
  void mpas_thirds_weightRoundedTo34Digits_exactFractionBeside() {
    Instrument mpas = Attune.catalog().get("mpas");
    var thirds = mpas.items().stream().flatMap(i -> i.answerType().options().stream())
        .filter(o -> o.score() != null && !o.score().isDecimal()).findFirst().orElseThrow();
    Questionnaire q = of("mpas");
    Coding c = q.getItem().get(0).getItem().stream().flatMap(i -> i.getAnswerOption().stream())
        .map(o -> (Coding) o.getValue()).filter(x -> x.hasExtension(Fhir.EXACT_SCORE)).findFirst().orElseThrow();
    assertThat(((StringType) c.getExtensionByUrl(Fhir.EXACT_SCORE).getValue()).getValue()).contains("/");
    BigDecimal w = ((DecimalType) c.getExtensionByUrl(Fhir.ITEM_WEIGHT).getValue()).getValue();
    assertThat(w.precision()).isEqualTo(34);
    assertThat(thirds.score().isDecimal()).isFalse();
  }

  @Test
  void kpcs_scoringOnly_carriesOurLabelsOnly() {
    Instrument kpcs = Attune.catalog().get("kpcs");
    assertThat(kpcs.licence().textIncluded()).isFalse();
    Questionnaire q = of("kpcs");
    for (var item : kpcs.items()) {
      QuestionnaireItemComponent qi = item(q, item.id());
      assertThat(qi.getText()).isEqualTo(item.label());
      assertThat(qi.getAnswerOption()).extracting(o -> ((Coding) o.getValue()).getDisplay())
          .containsExactlyElementsOf(item.answerType().options().stream().map(o -> o.label()).toList());
    }
  }

  @Test
  void bisq_durations_integerMinutesWithRange() {
    Instrument bisq = Attune.catalog().get("bisq");
    QuestionnaireItemComponent qi = item(of("bisq"), "bisq_night_sleep_minutes");
    assertThat(qi.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.INTEGER);
    assertThat(((Coding) qi.getExtensionByUrl(Fhir.QUESTIONNAIRE_UNIT).getValue()).getCode()).isEqualTo("min");
    assertThat(qi.hasExtension(Fhir.MIN_VALUE)).isTrue();
    assertThat(qi.hasExtension(Fhir.MAX_VALUE)).isTrue();
    assertThat(bisq.item("bisq_night_sleep_minutes")).isPresent();
  }
}
