package org.attune.cli;

import java.io.IOException;

/** Input rows one at a time, in input order. */
interface RecordSource extends AutoCloseable {

  /** Whether the rows carry an id (an id column, or JSON Lines). */
  boolean hasIds();

  /** The name of the id column, for output. */
  String idColumn();

  /** The next row, or null at the end of input. */
  InputRecord next() throws IOException;

  @Override
  void close() throws IOException;
}
