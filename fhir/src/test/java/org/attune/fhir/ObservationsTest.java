package org.attune.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class ObservationsTest {
  private static final Reference QR = new Reference("QuestionnaireResponse/qr1");

  private static Result score(Instrument instrument, Map<String, Object> answers) {
    return Scorer.of(instrument).evaluate(Responses.of(answers));
  }

  @Test
  void phq9_total_loinc44261_bandAndDerivedFrom() {
    Instrument phq9 = Attune.catalog().get("phq9");
    Result r = score(phq9, Map.of("phq9_1", 3, "phq9_2", 3, "phq9_3", 2, "phq9_4", 2, "phq9_5", 1, "phq9_6", 1,
        "phq9_7", 1, "phq9_8", 0, "phq9_9", 1));
    List<Observation> obs = Observations.of(phq9, r, QR);
    assertThat(obs).hasSize(1);
    Observation o = FhirTestSupport.roundTrip(obs.get(0), Observation.class);
    assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
    assertThat(o.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode).containsExactly(
        org.assertj.core.groups.Tuple.tuple("http://loinc.org", "44261-6"),
        org.assertj.core.groups.Tuple.tuple("https://w3id.org/attune/fhir/CodeSystem/phq9", "phq9_total"));
    assertThat(((Quantity) o.getValue()).getValue()).isEqualByComparingTo("14");
    assertThat(o.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("moderate");
    assertThat(o.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/qr1");
    assertThat(o.getMethod().getText()).contains("phq9 version " + phq9.version()).contains("cut-off profile default");

    List<Flag> flags = Observations.flags(phq9, r, QR, new Reference("Patient/p1"));
    assertThat(flags).extracting(f -> f.getCode().getCodingFirstRep().getCode()).containsExactly("self_harm");
    Flag f = FhirTestSupport.roundTrip(flags.get(0), Flag.class);
    Extension detail = f.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/flag-detail");
    assertThat(((Reference) detail.getValue()).getReference()).isEqualTo("QuestionnaireResponse/qr1");
    assertThat(f.getSubject().getReference()).isEqualTo("Patient/p1");
  }

  @Test
  void gad7_total_loinc70274_neverThePanelCode() {
    Instrument gad7 = Attune.catalog().get("gad7");
    Result r = score(gad7, Map.of("gad7_1", 1, "gad7_2", 1, "gad7_3", 1, "gad7_4", 1, "gad7_5", 1, "gad7_6", 0,
        "gad7_7", 0));
    Observation o = Observations.of(gad7, r, QR).get(0);
    assertThat(o.getCode().getCoding()).extracting(Coding::getCode).containsExactly("70274-6", "gad7_total")
        .doesNotContain("69737-5");
  }

  @Test
  void epds_scales_noLoincWhereNoneConfirmed_andNoPanelCode() {
    Instrument epds = Attune.catalog().get("epds");
    Map<String, Object> answers = new java.util.HashMap<>();
    for (int i = 1; i <= 10; i++) {
      answers.put("epds_" + i, 0);
    }
    List<Observation> obs = Observations.of(epds, score(epds, answers), QR);
    assertThat(obs).hasSize(2);
    assertThat(obs).flatExtracting(o -> o.getCode().getCoding()).extracting(Coding::getSystem)
        .containsOnly("https://w3id.org/attune/fhir/CodeSystem/epds");
    assertThat(Observations.flags(epds, score(epds, answers), QR, new Reference("Patient/p1"))).isEmpty();
  }

  @Test
  void of_resultOfAnotherInstrument_fails() {
    Instrument phq2 = Attune.catalog().get("phq2");
    Result r = score(phq2, Map.of("phq2_1", 1, "phq2_2", 1));
    assertThatThrownBy(() -> Observations.of(Attune.catalog().get("gad2"), r, QR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the result is of phq2 version ");
  }
}
