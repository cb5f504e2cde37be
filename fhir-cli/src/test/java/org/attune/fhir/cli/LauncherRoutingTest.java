package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule by which the {@code ./attune} launcher runs the FHIR jar rather than the plain one:
 * its {@code wants_fhir} function, taken from the script itself and run in bash (no jar is built
 * or started).
 */
class LauncherRoutingTest {
  private static final Path LAUNCHER = Path.of("..", "attune").toAbsolutePath().normalize();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "fhir questionnaire phq9|fhir",
      "fhir|fhir",
      "score phq9 X.ndjson --input-format fhir --format fhir|fhir",
      "score phq9 X.ndjson --input-format fhir|fhir",
      "score phq9 X.ndjson --input-format=fhir|fhir",
      "score epds in.csv --format fhir|fhir",
      "score epds in.csv -o out.ndjson --format=fhir|fhir",
      "score epds in.csv|plain",
      "score epds in.csv --format jsonl --input-format csv|plain",
      "score epds fhir|plain",
      "score epds in.csv --id-column fhir|plain",
      "score epds in.csv --format fhirx|plain",
      "describe fhir|plain",
      "list|plain",
      "--help|plain",
  })
  void wantsFhir_arguments_chooseTheJar(String arguments, String jar) throws IOException, InterruptedException {
    assertThat(LAUNCHER).exists();
    assertThat(Files.readString(LAUNCHER)).contains("\nwants_fhir() {\n");
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "eval \"$(sed -n '/^wants_fhir() {$/,/^}$/p' \"$0\")\"; wants_fhir \"$@\"", LAUNCHER.toString()));
    command.addAll(List.of(arguments.split(" ")));
    Process bash = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String said = new String(bash.getInputStream().readAllBytes());

    assertThat(said).as("bash said").isEmpty();
    assertThat(bash.exitValue() == 0 ? "fhir" : "plain").isEqualTo(jar);
  }
}
