package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.Attune;
import org.attune.fhir.Questionnaires;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** {@code attune fhir questionnaire <instrument>}. */
class FhirCommandTest {

  @Test
  void questionnaire_phq9_printsQuestionnairesOfAsPrettyJsonThatParsesStrictly() {
    Cli.Run run = Cli.run("fhir", "questionnaire", "phq9");

    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("{\n  \"resourceType\": \"Questionnaire\"").endsWith("}\n");
    Questionnaire printed = Cli.strict().parseResource(Questionnaire.class, run.out());
    Questionnaire expected = Questionnaires.of(Attune.catalog().get("phq9"));
    // equalsDeep would compare the ids as parsed ("Questionnaire/phq9") and as built ("phq9"): compare the JSON.
    assertThat(Cli.strict().encodeResourceToString(printed)).isEqualTo(Cli.strict().encodeResourceToString(expected));
    assertThat(printed.getItem()).hasSize(2); // the group of items, and the total
  }

  @Test
  void questionnaire_unknownInstrument_isUsageErrorListingKnownIds() {
    Cli.Run run = Cli.run("fhir", "questionnaire", "phq10");

    Cli.assertUsageError(run, "attune: unknown instrument phq10; known: [", "epds", "phq9", "gad7");
  }

  @Test
  void fhir_withoutSubcommand_isUsageError() {
    Cli.Run run = Cli.run("fhir");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Missing required subcommand", "questionnaire");
  }

  @Test
  void help_withExtension_listsTheFhirCommand() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("score", "fhir");
  }
}
