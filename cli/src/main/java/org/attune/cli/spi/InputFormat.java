package org.attune.cli.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;

/**
 * An input format of {@code attune score}, from an extension.
 *
 * @since 0.1.0
 */
public interface InputFormat {

  /** The name {@code --input-format} takes, e.g. {@code fhir}. */
  String name();

  /** How the answers of every record are coded; {@code --answers} does not apply to this format. */
  AnswerCoding coding();

  /**
   * Starts reading records.
   *
   * @param in the input, unbuffered; the reader closes it
   * @param scorers the instruments asked for, in the order given
   * @throws org.attune.cli.UsageException when the command cannot run on this input (empty
   *     input, instruments the format cannot serve); nothing has been scored
   */
  RecordReader open(InputStream in, List<Scorer> scorers) throws IOException;
}
