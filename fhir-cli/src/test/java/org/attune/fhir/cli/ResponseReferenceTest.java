package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FHIR in and out: what the output takes from the response (id, identifier or fullUrl; subject, encounter, time). */
class ResponseReferenceTest {
  @TempDir Path dir;

  /** An EPDS response with a self-harm answer (item 10 at its first printed option). */
  private static QuestionnaireResponse selfHarm(String id) {
    return DamagedInputTest.epds(id, "10", "option_1");
  }

  @Test
  void responseWithIdSubjectEncounterAndTime_observationsAndFlagCarryThem() {
    QuestionnaireResponse qr = selfHarm("qr-1");
    qr.setSubject(new Reference("Patient/p1"));
    qr.setEncounter(new Reference("Encounter/e1"));
    qr.setAuthoredElement(new DateTimeType("2026-11-02T10:15:00+00:00"));
    Path in = Cli.write(dir, "in.ndjson", DamagedInputTest.line(qr));

    List<IBaseResource> lines = Cli.run("score", "epds", in.toString(), "--input-format", "fhir", "--format", "fhir")
        .resources();

    assertThat(lines).extracting(IBaseResource::fhirType).containsExactly("Observation", "Observation", "Flag");
    Observation total = (Observation) lines.get(0);
    assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/qr-1");
    assertThat(total.getSubject().getReference()).isEqualTo("Patient/p1");
    assertThat(total.getEncounter().getReference()).isEqualTo("Encounter/e1");
    assertThat(total.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-02T10:15:00+00:00");
    assertThat(((Flag) lines.get(2)).getSubject().getReference()).isEqualTo("Patient/p1");
  }

  @Test
  void responseWithIdentifierOnly_idAndReferenceFromTheIdentifier() {
    QuestionnaireResponse qr = selfHarm(null);
    qr.setIdentifier(new Identifier().setSystem("urn:example:visits").setValue("v-77"));
    Path in = Cli.write(dir, "in.ndjson", DamagedInputTest.line(qr));

    Cli.Run csv = Cli.run("score", "epds", in.toString(), "--input-format", "fhir");
    List<IBaseResource> lines = Cli.run("score", "epds", in.toString(), "--input-format", "fhir", "--format", "fhir")
        .resources();

    assertThat(csv.lines().get(1)).startsWith("v-77,");
    Reference from = ((Observation) lines.get(0)).getDerivedFromFirstRep();
    assertThat(from.getType()).isEqualTo("QuestionnaireResponse");
    assertThat(from.getIdentifier().getSystem()).isEqualTo("urn:example:visits");
    assertThat(from.getIdentifier().getValue()).isEqualTo("v-77");
  }

  @Test
  void bundleEntryWithoutIdOrIdentifier_referredToByItsFullUrl() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.addEntry().setFullUrl("urn:uuid:5f0c9ad2-5a5c-4a43-9d77-2f4c1f0b7a10").setResource(selfHarm(null));
    Path in = Cli.write(dir, "in.json", DamagedInputTest.line(bundle));

    List<IBaseResource> lines = Cli.run("score", "epds", in.toString(), "--input-format", "fhir", "--format", "fhir")
        .resources();

    assertThat(((Observation) lines.get(0)).getDerivedFromFirstRep().getReference())
        .isEqualTo("urn:uuid:5f0c9ad2-5a5c-4a43-9d77-2f4c1f0b7a10");
    assertThat(((Flag) lines.get(2)).getSubject().getDisplay()).isEqualTo("not named in the input");
  }
}
