package org.attune.fhir.cli;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.cli.spi.RecordWriter;
import org.attune.cli.spi.ScoredRecord;
import org.attune.fhir.Observations;
import org.attune.model.Instrument;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Scored records as NDJSON, one resource a line; per record and instrument: an Observation per
 * scale scored ({@link Observations#of}), a Flag per flag raised ({@link Observations#flags}),
 * then an OperationOutcome ({@link Outcomes}) when there is more to say, so that no record is
 * lost. Every line refers to the response. For FHIR input the Observations also take the
 * response's subject, encounter and authored time.
 */
final class ObservationWriter implements RecordWriter {
  private final OutputStream out;
  private final List<Instrument> instruments;
  private final IParser json = FhirJson.context().newJsonParser();

  ObservationWriter(OutputStream out, List<Scorer> scorers) {
    this.out = out;
    this.instruments = scorers.stream().map(Scorer::instrument).toList();
  }

  @Override
  public void write(ScoredRecord record) throws IOException {
    Reference response = References.response(record.origin(), record.id());
    Reference subject = References.subject(record.origin());
    QuestionnaireResponse read = record.origin() instanceof ReadResponse r ? r.response() : null;
    for (int i = 0; i < instruments.size(); i++) {
      Instrument instrument = instruments.get(i);
      Result result = record.results().get(i);
      int lines = 0;
      for (Observation o : Observations.of(instrument, result, response)) {
        if (read != null) {
          about(o, read);
        }
        line(o);
        lines++;
      }
      for (Flag f : Observations.flags(instrument, result, response, subject)) {
        line(f);
        lines++;
      }
      OperationOutcome outcome = Outcomes.of(instrument, result, response, lines == 0);
      if (outcome != null) {
        line(outcome);
      }
    }
  }

  /** What Observations.of leaves to the caller, taken from the response when it says. */
  private static void about(Observation o, QuestionnaireResponse r) {
    if (r.hasSubject()) {
      o.setSubject(r.getSubject().copy());
    }
    if (r.hasEncounter()) {
      o.setEncounter(r.getEncounter().copy());
    }
    if (r.hasAuthoredElement()) {
      o.setEffective(r.getAuthoredElement().copy());
    }
  }

  private void line(IBaseResource resource) throws IOException {
    out.write(json.encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }
}
