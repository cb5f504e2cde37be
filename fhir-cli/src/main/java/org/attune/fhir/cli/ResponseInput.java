package org.attune.fhir.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.attune.cli.UsageException;
import org.attune.cli.spi.InputFormat;
import org.attune.cli.spi.RecordReader;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;

/** {@code --input-format fhir}: QuestionnaireResponses, as NDJSON or a Bundle. */
final class ResponseInput implements InputFormat {

  @Override
  public String name() {
    return "fhir";
  }

  /** Options are read by their codes and passed on by position (QuestionnaireResponses.toResponses). */
  @Override
  public AnswerCoding coding() {
    return AnswerCoding.POSITION;
  }

  @Override
  public RecordReader open(InputStream in, List<Scorer> scorers) throws IOException {
    if (scorers.size() != 1) {
      in.close();
      throw new UsageException("FHIR input takes one instrument, not "
          + scorers.stream().map(s -> s.instrument().id()).toList()
          + ": each QuestionnaireResponse answers one Questionnaire");
    }
    return new ResponseReader(new JsonRecords(in), scorers.get(0).instrument());
  }
}
