package org.attune.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.model.Scale;
import org.attune.response.ResponseViolation;
import org.attune.scoring.ScaleResult;

/**
 * Scored rows as CSV: the id column, then per instrument {@code <scale>} and
 * {@code <scale>_band} for each scale, then {@code flags}, {@code status}, {@code errors}
 * (prefixed {@code <instrument>_} when several instruments are scored).
 */
final class CsvResultSink implements ResultSink {
  private final CsvWriter csv;
  private final Writer out;
  private final boolean ids;

  CsvResultSink(Writer out, char delimiter, List<Instrument> instruments, boolean ids, String idColumn)
      throws IOException {
    this.out = out;
    this.csv = new CsvWriter(out, delimiter);
    this.ids = ids;
    List<String> header = new ArrayList<>();
    if (ids) {
      header.add(idColumn);
    }
    boolean prefixed = instruments.size() > 1;
    for (Instrument instrument : instruments) {
      for (Scale scale : instrument.scales()) {
        header.add(scale.id());
        header.add(scale.id() + "_band");
      }
      String prefix = prefixed ? instrument.id() + "_" : "";
      header.add(prefix + "flags");
      header.add(prefix + "status");
      header.add(prefix + "errors");
    }
    csv.row(header);
  }

  @Override
  public void write(InputRecord record, List<Outcome> outcomes) throws IOException {
    List<String> row = new ArrayList<>();
    if (ids) {
      row.add(record.id());
    }
    for (Outcome outcome : outcomes) {
      for (ScaleResult scale : outcome.result().scales()) {
        boolean show = outcome.showsScores() && scale.scored();
        row.add(show ? Scores.format(scale.score()) : "");
        row.add(show && scale.band() != null ? scale.band() : "");
      }
      row.add(outcome.result().flags().stream().map(Flag::code).collect(Collectors.joining(";")));
      row.add(outcome.status().code());
      row.add(outcome.errors().stream().map(ResponseViolation::shortForm).collect(Collectors.joining(";")));
    }
    csv.row(row);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
