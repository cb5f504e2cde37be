package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain command line has no FHIR (HAPI stays out of its jar): asked for FHIR, it says which
 * jar has it, exits 2 and writes nothing. No CommandLineExtension is on this module's class path.
 */
class FhirWithoutExtensionTest {
  private static final String MESSAGE =
      "attune: FHIR needs the attune-fhir-cli jar; the ./attune launcher uses it automatically";

  @TempDir Path dir;

  @Test
  void formatFhir_withoutExtension_isUsageErrorNamingTheJar() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, "r1,0,0,0,0,0,0,0,0,0,0"));

    assertUsageError(run("score", "epds", in.toString(), "--format", "fhir"), MESSAGE);
    assertUsageError(run("score", "epds", in.toString(), "--format=fhir", "-o", dir.resolve("out").toString()),
        MESSAGE);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void inputFormatFhir_withoutExtension_isUsageErrorNamingTheJar() {
    Path in = write(dir, "in.ndjson", "{\"resourceType\": \"QuestionnaireResponse\"}\n");

    assertUsageError(run("score", "epds", in.toString(), "--input-format", "fhir"), MESSAGE);
  }

  @Test
  void fhirCommand_withoutExtension_isUsageErrorNamingTheJar() {
    assertUsageError(run("fhir", "questionnaire", "phq9"), MESSAGE);
  }
}
