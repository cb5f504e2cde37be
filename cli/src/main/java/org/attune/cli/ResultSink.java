package org.attune.cli;

import java.io.IOException;
import java.util.List;

/** Where scored rows go, one output row per input row. */
interface ResultSink {

  /** One input row's outcomes, one per instrument in the order given. */
  void write(InputRecord record, List<Outcome> outcomes) throws IOException;

  /** Flushes what is buffered. */
  void finish() throws IOException;
}
