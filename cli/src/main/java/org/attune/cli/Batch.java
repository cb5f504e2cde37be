package org.attune.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import org.attune.scoring.ScoringRow;

/**
 * The batch loop: every input row yields exactly one output row, scored by each instrument,
 * in input order, in constant memory (one reused scoring row per instrument). Never throws
 * for bad data.
 */
final class Batch {
  private final ScoringRow[] rows;

  Batch(List<Scorer> scorers, AnswerCoding coding) {
    this.rows = new ScoringRow[scorers.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = scorers.get(i).newRow(coding);
    }
  }

  /**
   * The scorers' instruments, in order. (A loop, as in the rest of a run's set-up, rather than a
   * stream: each stream or lambda costs a start its linking.)
   */
  static List<Instrument> instruments(List<Scorer> scorers) {
    List<Instrument> instruments = new ArrayList<>(scorers.size());
    for (Scorer scorer : scorers) {
      instruments.add(scorer.instrument());
    }
    return List.copyOf(instruments);
  }

  /** Scores every row into the sink, reporting each to the summary and progress. */
  void run(RecordSource source, ResultSink sink, RunSummary summary, Progress progress) throws IOException {
    RowInfo info = new RowInfo();
    while (source.next(rows, info)) {
      for (ScoringRow row : rows) {
        row.score();
      }
      sink.write(info, rows);
      summary.count(info, rows);
      progress.rows(1, source.bytesRead());
    }
    sink.finish();
    progress.done();
  }
}
