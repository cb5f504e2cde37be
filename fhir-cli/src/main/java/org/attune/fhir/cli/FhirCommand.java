package org.attune.fhir.cli;

import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.cli.UsageException;
import org.attune.fhir.Questionnaires;
import org.attune.model.Instrument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune fhir}: the instruments as FHIR R4 resources. */
@Command(name = "fhir", description = "FHIR R4 resources for the instruments (screening instruments, not diagnoses).")
final class FhirCommand {
  @Spec CommandSpec spec;

  /** {@code attune fhir questionnaire <instrument>}: the instrument's Questionnaire as pretty JSON on standard output. */
  @Command(name = "questionnaire", description = "Print the instrument's FHIR R4 Questionnaire as JSON.")
  int questionnaire(@Parameters(paramLabel = "INSTRUMENT", description = "instrument id, e.g. phq9") String id) {
    Catalog catalog = Attune.catalog();
    Instrument instrument;
    try {
      instrument = catalog.get(id);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage()); // names the known ids
    }
    String json = FhirJson.context().newJsonParser().setPrettyPrint(true)
        .encodeResourceToString(Questionnaires.of(instrument));
    spec.commandLine().getOut().print(json + "\n");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
