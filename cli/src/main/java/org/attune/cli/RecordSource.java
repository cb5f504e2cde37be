package org.attune.cli;

import java.io.IOException;
import org.attune.response.AnswerCoding;
import org.attune.scoring.ScoringRow;

/** Input rows one at a time, in input order, fed straight into each instrument's scoring row. */
interface RecordSource extends AutoCloseable {

  /** Whether the rows carry an id: records (JSON Lines, extensions) always do; a CSV file when it has an id column. */
  default boolean hasIds() {
    return true;
  }

  /** The name of the id column, for output. */
  default String idColumn() {
    return "id";
  }

  /**
   * Reads the next row: clears {@code rows} and {@code info}, then records the row's answers
   * in each instrument's row (same order as given) and its id and row problems in info.
   * False at the end of input.
   */
  boolean next(ScoringRow[] rows, RowInfo info) throws IOException;

  /**
   * How the answers are coded: as {@code --answers} asks (CSV, JSON Lines), or as the format
   * fixes (an extension's, e.g. FHIR's option codes).
   */
  default AnswerCoding coding(AnswerCoding asked) {
    return asked;
  }

  /** Bytes of input read so far, for progress. */
  long bytesRead();

  @Override
  void close() throws IOException;
}
