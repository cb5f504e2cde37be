package org.attune.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.attune.cli.spi.RecordWriter;
import org.attune.cli.spi.ScoredRecord;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.ScoringRow;

/** Scored rows handed to an extension's output format as {@link ScoredRecord}s. */
final class ExtensionSink implements ResultSink {
  private final OutputStream out;
  private final RecordWriter writer;

  ExtensionSink(OutputStream out, RecordWriter writer) {
    this.out = out;
    this.writer = writer;
  }

  @Override
  public void write(RowInfo info, ScoringRow[] rows) throws IOException {
    List<Result> results = new ArrayList<>(rows.length);
    for (ScoringRow row : rows) {
      results.add(result(info, row));
    }
    writer.write(new ScoredRecord(info.id(), info.origin(), results));
  }

  /** The row's result; invalid, with the row's problems first, when the row could not be read whole. */
  static Result result(RowInfo info, ScoringRow row) {
    Result own = row.toResult();
    if (info.rowViolations.isEmpty()) {
      return own;
    }
    List<ScaleResult> unscored = own.scales().stream()
        .map(s -> new ScaleResult(s.scaleId(), null, null, s.answered(), Completeness.INVALID)).toList();
    return new Result(own.provenance(), Completeness.INVALID, unscored, own.flags(), ResultSink.errors(info, row),
        own.warnings());
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
