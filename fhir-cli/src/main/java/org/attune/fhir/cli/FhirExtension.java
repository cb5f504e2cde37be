package org.attune.fhir.cli;

import java.util.List;
import org.attune.cli.spi.CommandLineExtension;
import org.attune.cli.spi.InputFormat;
import org.attune.cli.spi.OutputFormat;

/**
 * FHIR R4 in the {@code attune} command line: the {@code fhir} command ({@code attune fhir
 * questionnaire <instrument>}), {@code --input-format fhir} (QuestionnaireResponses as NDJSON or
 * a Bundle) and {@code --format fhir} (Observations, Flags and OperationOutcomes as NDJSON).
 * Found by {@link java.util.ServiceLoader}; the attune-fhir-cli jar holds it with HAPI FHIR.
 *
 * @since 0.1.0
 */
public final class FhirExtension implements CommandLineExtension {

  /** For {@link java.util.ServiceLoader}. */
  public FhirExtension() {}

  @Override
  public List<Object> commands() {
    return List.of(new FhirCommand());
  }

  @Override
  public List<InputFormat> inputFormats() {
    return List.of(new ResponseInput());
  }

  @Override
  public List<OutputFormat> outputFormats() {
    return List.of(new ObservationOutput());
  }
}
