package org.attune.cli.spi;

import java.io.OutputStream;
import java.util.List;
import org.attune.scoring.Scorer;

/**
 * An output format of {@code attune score}, from an extension.
 *
 * @since 0.1.0
 */
public interface OutputFormat {

  /** The name {@code --format} takes, e.g. {@code fhir}. */
  String name();

  /**
   * A writer over this stream. Several may be open at once, one per thread, each over its own
   * stream, their outputs joined in input order afterwards: a writer writes no header.
   *
   * @param out where the records go; the caller buffers, flushes and closes it
   * @param scorers the instruments scored, in the order given (as {@link ScoredRecord#results()})
   */
  RecordWriter open(OutputStream out, List<Scorer> scorers);
}
