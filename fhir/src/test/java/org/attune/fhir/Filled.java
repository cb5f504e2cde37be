package org.attune.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * A QuestionnaireResponse filled from an instrument's generated Questionnaire with seeded random
 * answers (each skipped with some chance), nested as the Questionnaire is (group, then
 * questions), and the same answers as {@link Responses} by position, for scoring directly. Used
 * by this module's round trip and, through the test-jar, by fhir-cli's.
 */
public record Filled(QuestionnaireResponse response, Responses answers) {

  /** A response with this id; each item skipped with probability {@code skip}. */
  public static Filled of(Instrument instrument, String id, Random random, double skip) {
    Questionnaire q = Questionnaires.of(instrument);
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId(id);
    qr.setQuestionnaire(Questionnaires.canonical(instrument));
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    Map<String, Object> direct = new LinkedHashMap<>();
    QuestionnaireItemComponent group = q.getItem().get(0);
    QuestionnaireResponseItemComponent g = qr.addItem().setLinkId(group.getLinkId());
    for (QuestionnaireItemComponent qi : group.getItem()) {
      if (random.nextDouble() < skip) {
        continue;
      }
      QuestionnaireResponseItemComponent ri = g.addItem().setLinkId(qi.getLinkId());
      if (qi.getType() == Questionnaire.QuestionnaireItemType.INTEGER) {
        int min = ((IntegerType) qi.getExtensionByUrl(Fhir.MIN_VALUE).getValue()).getValue();
        int max = ((IntegerType) qi.getExtensionByUrl(Fhir.MAX_VALUE).getValue()).getValue();
        int v = min + random.nextInt(Math.min(max - min, 2000) + 1);
        ri.addAnswer().setValue(new IntegerType(v));
        direct.put(qi.getLinkId(), (long) v);
      } else {
        int p = random.nextInt(qi.getAnswerOption().size());
        ri.addAnswer().setValue(qi.getAnswerOption().get(p).getValueCoding().copy());
        direct.put(qi.getLinkId(), (long) (p + 1));
      }
    }
    return new Filled(qr, Responses.of(AnswerCoding.POSITION, direct));
  }
}
