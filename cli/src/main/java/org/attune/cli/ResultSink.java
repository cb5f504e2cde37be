package org.attune.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attune.response.ResponseViolation;
import org.attune.scoring.Completeness;
import org.attune.scoring.ScoringRow;

/** Where scored rows go, one output row per input row. */
interface ResultSink {

  /** Writes what comes before the first row (the CSV header); once per output, not per part of it. */
  default void begin() throws IOException {}

  /** One input row, scored by each instrument (rows in the order given). */
  void write(RowInfo info, ScoringRow[] rows) throws IOException;

  /** Flushes what is buffered. */
  void finish() throws IOException;

  /** The row's status for one instrument: invalid when the row itself could not be read whole. */
  static Completeness status(RowInfo info, ScoringRow row) {
    return info.rowViolations.isEmpty() ? row.status() : Completeness.INVALID;
  }

  /** The row's problems, then the instrument's violations. */
  static List<ResponseViolation> errors(RowInfo info, ScoringRow row) {
    List<ResponseViolation> own = row.violations();
    if (info.rowViolations.isEmpty()) {
      return own;
    }
    List<ResponseViolation> all = new ArrayList<>(info.rowViolations);
    all.addAll(own);
    return all;
  }
}
