package org.attune.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.attune.Attune;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every instrument in the catalogue: the Questionnaire passes HAPI's strict parser; seeded
 * random responses filled from it score through FHIR exactly as the same answers score directly;
 * every complete scale's calculatedExpression gives the scale's score in HAPI's FHIRPath engine.
 */
class RoundTripTest {
  private static final int RESPONSES = 40;

  static Stream<String> instruments() {
    return Attune.catalog().instruments().stream().map(Instrument::id);
  }

  @ParameterizedTest
  @MethodSource("instruments")
  void instrument_randomResponsesThroughFhir_scoreAsDirectly(String id) {
    Instrument instrument = Attune.catalog().get(id);
    Scorer scorer = Scorer.of(instrument);
    Questionnaire q = FhirTestSupport.roundTrip(Questionnaires.of(instrument), Questionnaire.class);
    assertThat(FhirTestSupport.strictJson().encodeResourceToString(q))
        .isEqualTo(FhirTestSupport.strictJson().encodeResourceToString(Questionnaires.of(instrument)));
    long seed = 20261123L ^ id.hashCode();
    System.out.println("RoundTripTest " + id + " seed " + seed);
    Random random = new Random(seed);
    for (int n = 0; n < RESPONSES; n++) {
      double skip = n == 0 ? 0 : n == 1 ? 1 : random.nextDouble() * 0.3;
      Filled filled = Filled.of(instrument, id + "-" + n, random, skip);
      QuestionnaireResponse qr = FhirTestSupport.roundTrip(filled.response(), QuestionnaireResponse.class);

      Result viaFhir = scorer.evaluate(QuestionnaireResponses.toResponses(instrument, qr));
      Result expected = scorer.evaluate(filled.answers());
      assertThat(viaFhir.status()).as("%s response %d", id, n).isEqualTo(expected.status());
      assertThat(viaFhir.violations()).isEmpty();
      assertThat(viaFhir.flags()).extracting(Flag::code).isEqualTo(expected.flags().stream().map(Flag::code).toList());
      for (ScaleResult s : expected.scales()) {
        ScaleResult f = viaFhir.scale(s.scaleId());
        assertThat(f.band()).isEqualTo(s.band());
        assertThat(f.status()).isEqualTo(s.status());
        if (s.score() == null) {
          assertThat(f.score()).isNull();
        } else {
          assertThat(f.score()).isEqualByComparingTo(s.score());
        }
        if (s.status() == Completeness.COMPLETE) {
          BigDecimal total = FhirTestSupport.evaluateDecimal(qr, expression(q, s.scaleId()));
          assertThat(total).as("%s %s", id, s.scaleId()).isCloseTo(s.score(), within(new BigDecimal("1e-30")));
        }
      }
      List<org.hl7.fhir.r4.model.Observation> obs = Observations.of(instrument, viaFhir,
          new Reference("QuestionnaireResponse/" + id + "-" + n));
      for (var o : obs) {
        FhirTestSupport.roundTrip(o, org.hl7.fhir.r4.model.Observation.class);
      }
      assertThat(obs).hasSize((int) viaFhir.scales().stream().filter(ScaleResult::scored).count());
      for (var fl : Observations.flags(instrument, viaFhir, new Reference("QuestionnaireResponse/" + id + "-" + n),
          new Reference("Patient/p1"))) {
        FhirTestSupport.roundTrip(fl, org.hl7.fhir.r4.model.Flag.class);
      }
    }
  }

  private static String expression(Questionnaire q, String linkId) {
    return q.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst()
        .map(i -> ((Expression) i.getExtensionByUrl(Fhir.CALCULATED_EXPRESSION).getValue()).getExpression())
        .orElseThrow();
  }
}
