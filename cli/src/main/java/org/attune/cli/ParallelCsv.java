package org.attune.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;

/**
 * Scores the rows of a CSV file on several threads, output in input order. The calling thread
 * cuts the input into pieces of whole lines; each piece is read, scored and written to bytes
 * by {@link Batch} on a pool thread, exactly as one thread would; the calling thread writes
 * the pieces' bytes out in order. At most two pieces per thread are in flight, so memory
 * stays constant whatever the input's size.
 *
 * <p>Cutting at a line end is right only where a line end ends a record, that is, outside
 * quoted fields. So pieces are cut only while the input holds no quote character at all, as
 * numeric exports do: from the first piece that holds one (or a line longer than
 * {@link #MAX_LINE_PIECES} pieces), the rest of the input is scored by one thread, as it comes. Either way
 * the output is byte for byte what one thread writes.
 */
final class ParallelCsv {
  /** Input bytes per piece: large enough that a piece's set-up costs little per row. */
  static final int PIECE = 1 << 18;
  /**
   * Pieces scored by the calling thread alone before the pool starts: at first the code runs
   * unoptimised, and the JVM's compiler needs a processor to optimise it (on two processors,
   * starting both threads at once made a 1,000,000-row file slower, not faster). Eight pieces
   * (about 75,000 EPDS rows) rather than 24: measured in turn on 2 cores, 1,000,000 rows took
   * 0.47-0.51 s against 0.54-0.55 s, and 10,000,000 rows took the same either way.
   */
  static final int WARM_UP_PIECES = 8;
  /** A line longer than this many pieces ends the cutting. */
  static final int MAX_LINE_PIECES = 16;

  private final List<Scorer> scorers;
  private final List<Instrument> instruments;
  private final AnswerCoding coding;
  private final CsvLayout layout;
  private final char delimiter;
  private final SinkFactory sinks;
  private final int threads;
  private final int piece;

  /** Makes a sink over a stream (its {@link ResultSink#begin} is not called: the header is written once). */
  @FunctionalInterface
  interface SinkFactory {
    ResultSink open(OutputStream out);
  }

  ParallelCsv(List<Scorer> scorers, AnswerCoding coding, CsvLayout layout, char delimiter, SinkFactory sinks,
      int threads) {
    this(scorers, coding, layout, delimiter, sinks, threads, PIECE);
  }

  /** With the piece size given, for tests that cut small inputs into many pieces. */
  ParallelCsv(List<Scorer> scorers, AnswerCoding coding, CsvLayout layout, char delimiter, SinkFactory sinks,
      int threads, int piece) {
    this.scorers = scorers;
    this.instruments = scorers.stream().map(Scorer::instrument).toList();
    this.coding = coding;
    this.layout = layout;
    this.delimiter = delimiter;
    this.sinks = sinks;
    this.threads = threads;
    this.piece = piece;
  }

  /** Scores every row of {@code in} (the input after its header) to {@code out}, flushed at the end. */
  void run(InputStream in, OutputStream out, RunSummary summary, Progress progress) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "attune-score");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Pieces pieces = new Pieces(in, piece);
      Deque<Future<Scored>> inFlight = new ArrayDeque<>();
      long read = 0;
      byte[] bytes;
      int scored = 0;
      while ((bytes = pieces.next()) != null && !pieces.quoted) {
        byte[] lines = bytes;
        read += bytes.length;
        if (scored++ < WARM_UP_PIECES) {
          write(score(lines), out, summary, progress, read);
          continue;
        }
        inFlight.add(pool.submit(() -> score(lines)));
        if (inFlight.size() >= 2 * threads) {
          writeFirst(inFlight, out, summary, progress, read);
        }
      }
      while (!inFlight.isEmpty()) {
        writeFirst(inFlight, out, summary, progress, read);
      }
      if (bytes != null) {
        // a quote, or a very long line: one thread from here on, from the start of this piece
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(bytes), pieces.rest());
        ResultSink sink = sinks.open(out);
        progress.readBefore(read);
        new Batch(scorers, coding).run(new CsvSource(new CsvReader(rest, delimiter, false), layout), sink, summary,
            progress);
      } else {
        progress.done();
      }
      out.flush();
    } finally {
      pool.shutdownNow();
    }
  }

  /** One piece scored: its output bytes and counts. */
  private record Scored(ByteArrayOutputStream bytes, RunSummary summary) {}

  private Scored score(byte[] lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * lines.length);
    RunSummary summary = new RunSummary(instruments);
    CsvSource source = new CsvSource(new CsvReader(new ByteArrayInputStream(lines), delimiter, false), layout);
    new Batch(scorers, coding).run(source, sinks.open(bytes), summary, Progress.NONE);
    return new Scored(bytes, summary);
  }

  private static void writeFirst(Deque<Future<Scored>> inFlight, OutputStream out, RunSummary summary,
      Progress progress, long read) throws IOException {
    write(result(inFlight.removeFirst()), out, summary, progress, read);
  }

  private static void write(Scored scored, OutputStream out, RunSummary summary, Progress progress, long read)
      throws IOException {
    scored.bytes().writeTo(out);
    summary.add(scored.summary());
    progress.rows(scored.summary().rows(), read);
  }

  private static Scored result(Future<Scored> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * The input cut into pieces that end at a line end (the last may not), each read from the
   * stream as it comes.
   */
  static final class Pieces {
    private final InputStream in;
    private final int size;
    private byte[] carry = new byte[0];
    private boolean ended;
    /** Whether the last piece returned holds a quote (or a line longer than the limit): cut no further. */
    boolean quoted;

    Pieces(InputStream in, int size) {
      this.in = in;
      this.size = size;
    }

    /** The next piece, or null at the end of input. */
    byte[] next() throws IOException {
      if (ended && carry.length == 0) {
        return null;
      }
      byte[] buffer = Arrays.copyOf(carry, Math.max(size, 2 * carry.length));
      int length = carry.length;
      while (true) {
        length += readFully(buffer, length);
        if (ended && length == 0) {
          return null; // the last piece ended where the input does
        }
        int cut = length;
        if (!ended) {
          cut = lastLineEnd(buffer, length);
        }
        if (cut > 0) {
          carry = Arrays.copyOfRange(buffer, cut, length);
          byte[] lines = cut == buffer.length ? buffer : Arrays.copyOf(buffer, cut);
          quoted = holdsQuote(lines);
          return lines.length == 0 ? null : lines;
        }
        if (buffer.length >= MAX_LINE_PIECES * size) {
          carry = new byte[0];
          quoted = true; // a line this long: no more cutting
          return Arrays.copyOf(buffer, length);
        }
        buffer = Arrays.copyOf(buffer, 2 * buffer.length);
      }
    }

    /** The input after the last piece returned. */
    InputStream rest() {
      return new SequenceInputStream(new ByteArrayInputStream(carry), in);
    }

    private int readFully(byte[] buffer, int from) throws IOException {
      int at = from;
      while (!ended && at < buffer.length) {
        int got = in.read(buffer, at, buffer.length - at);
        if (got < 0) {
          ended = true;
        } else {
          at += got;
        }
      }
      return at - from;
    }

    /** The index after the last line end, 0 if none. */
    private static int lastLineEnd(byte[] b, int length) {
      for (int i = length - 1; i >= 0; i--) {
        if (b[i] == '\n') {
          return i + 1;
        }
      }
      return 0;
    }

    private static boolean holdsQuote(byte[] b) {
      for (byte c : b) {
        if (c == '"') {
          return true;
        }
      }
      return false;
    }
  }
}
