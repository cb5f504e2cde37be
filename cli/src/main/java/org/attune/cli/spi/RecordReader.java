package org.attune.cli.spi;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of an input, one at a time, in input order. Bad data never throws: a record that
 * cannot be read is returned with its problems, so that it still yields its output record.
 *
 * @since 0.1.0
 */
public interface RecordReader extends Closeable {

  /** The next record, or null at the end of the input. */
  InputRecord next() throws IOException;
}
