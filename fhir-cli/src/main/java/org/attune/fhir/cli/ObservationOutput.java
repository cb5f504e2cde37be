package org.attune.fhir.cli;

import java.io.OutputStream;
import java.util.List;
import org.attune.cli.spi.OutputFormat;
import org.attune.cli.spi.RecordWriter;
import org.attune.scoring.Scorer;

/** {@code --format fhir}: NDJSON of Observations, Flags and OperationOutcomes ({@link ObservationWriter}). */
final class ObservationOutput implements OutputFormat {

  @Override
  public String name() {
    return "fhir";
  }

  @Override
  public RecordWriter open(OutputStream out, List<Scorer> scorers) {
    return new ObservationWriter(out, scorers);
  }
}
