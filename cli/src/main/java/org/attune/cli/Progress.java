package org.attune.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on standard error for long runs when it is a terminal: rows done, rows per
 * second and the share of the input read. Checks the clock every few thousand rows only.
 */
final class Progress {
  private static final long FIRST_AFTER = 1_000_000_000L;
  private static final long EVERY = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long inputSize;
  private final long start = System.nanoTime();
  private long rows;
  private long base;
  /** The clock is read every few thousand rows only. */
  private static final long CHECK_EVERY_ROWS = 4096;
  private long checkAt = CHECK_EVERY_ROWS;
  private long next = start + FIRST_AFTER;
  private boolean shown;

  /** No progress line, ever. */
  static final Progress NONE = new Progress(null, false, -1);

  /**
   * @param inputSize the input's size in bytes, or -1 when unknown (standard input)
   */
  Progress(PrintWriter err, boolean enabled, long inputSize) {
    this.err = err;
    this.enabled = enabled;
    this.inputSize = inputSize;
  }

  /** Input bytes read before the source that reports {@code bytesRead} from here on started. */
  void readBefore(long bytes) {
    base = bytes;
  }

  /** {@code n} more rows written; {@code bytesRead} is how much of the input had been read by then. */
  void rows(long n, long bytesRead) {
    if (!enabled) {
      return; // and writes nothing: NONE is shared by threads
    }
    rows += n;
    if (rows < checkAt) {
      return;
    }
    checkAt = rows + CHECK_EVERY_ROWS;
    long now = System.nanoTime();
    if (now < next) {
      return;
    }
    next = now + EVERY;
    double seconds = (now - start) / 1e9;
    String share = inputSize > 0
        ? String.format(Locale.ROOT, ", %d%% read", Math.min(100, (base + bytesRead) * 100 / inputSize))
        : "";
    err.printf(Locale.ROOT, "\rattune: %,d rows, %,.0f rows/s%s   ", rows, rows / seconds, share);
    err.flush();
    shown = true;
  }

  /** Clears the progress line. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }

  long elapsedNanos() {
    return System.nanoTime() - start;
  }
}
