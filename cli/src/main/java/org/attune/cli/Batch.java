package org.attune.cli;

import java.io.IOException;
import java.util.List;
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
    this.rows = scorers.stream().map(s -> s.newRow(coding)).toArray(ScoringRow[]::new);
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
