package org.attune.cli.spi;

import java.io.IOException;

/**
 * Writes scored records, one call per input record, in input order.
 *
 * @since 0.1.0
 */
public interface RecordWriter {

  /** Writes what one input record gives, whatever its status: nothing may be lost. */
  void write(ScoredRecord record) throws IOException;
}
