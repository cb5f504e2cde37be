package org.attune.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.attune.fhir.Questionnaires;
import org.attune.model.Instrument;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * Seeded, varied, complete PHQ-9 {@link QuestionnaireResponse}s, filled in as a form filler
 * fills Attune's {@link Questionnaires#of Questionnaire}: nested as it is (the instrument's
 * group, then its questions), each answer a copy of the chosen answer option's Coding. The copy
 * keeps the option's extensions, so each scored answer carries its {@code ordinalValue} (and
 * {@code itemWeight}), which is what an SDC total expression over the answers reads.
 *
 * <p>Every item of the total is answered, so that both Attune and a FHIRPath sum have a total;
 * answers are uniform over the options; the difficulty item (not scored, shown only after a
 * problem) is answered in about half the responses that show it.
 */
final class Phq9QuestionnaireResponses {
  private Phq9QuestionnaireResponses() {}

  static QuestionnaireResponse[] generate(Instrument phq9, int count, long seed) {
    Questionnaire q = Questionnaires.of(phq9);
    QuestionnaireItemComponent group = q.getItem().stream()
        .filter(i -> i.getLinkId().equals(phq9.id())).findFirst().orElseThrow();
    List<QuestionnaireItemComponent> questions = group.getItem();
    SplittableRandom random = new SplittableRandom(seed);
    QuestionnaireResponse[] out = new QuestionnaireResponse[count];
    for (int r = 0; r < count; r++) {
      QuestionnaireResponse qr = new QuestionnaireResponse();
      qr.setQuestionnaire(Questionnaires.canonical(phq9));
      qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
      QuestionnaireResponseItemComponent g = qr.addItem().setLinkId(group.getLinkId());
      boolean problem = false;
      for (QuestionnaireItemComponent question : questions) {
        boolean difficulty = question.hasEnableWhen();
        if (difficulty && (!problem || random.nextBoolean())) {
          continue;
        }
        int p = random.nextInt(question.getAnswerOption().size());
        problem |= !difficulty && p > 0;
        g.addItem().setLinkId(question.getLinkId()).setText(question.getText()).addAnswer()
            .setValue(question.getAnswerOption().get(p).getValueCoding().copy());
      }
      out[r] = qr;
    }
    return out;
  }
}
