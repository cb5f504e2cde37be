package org.attune.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * the pieces' bytes out in order. At most two pieces per thread are in flight, and their
 * buffers are used again, so memory stays constant whatever the input's size.
 *
 * <p>Cutting at a line end is right only where a line end ends a record, that is, outside
 * quoted fields. Exports rarely hold one inside (quoted ids and text, as R writes them, hold
 * none); so pieces are cut without looking, and a piece whose reading met a line end in quotes
 * ({@link CsvReader#metQuotedLineEnd}: the field opened in that piece, or in an earlier one that
 * met it first) is not written: from its start, the rest of the input is scored by one thread,
 * as it comes, as is the rest from a line longer than {@link #MAX_LINE_PIECES} pieces. Either
 * way the output is byte for byte what one thread writes.
 */
final class ParallelCsv {
  /** Input bytes per piece: large enough that a piece's set-up costs little per row. */
  static final int PIECE = 1 << 18;
  /**
   * Pieces scored by the calling thread alone before the pool starts: at first the code runs
   * unoptimised, and the JVM's compiler needs a processor to optimise it (on two processors,
   * starting both threads at once made a 1,000,000-row file slower, not faster). Four pieces
   * (about 37,000 EPDS rows): measured in turn on 2 cores with 1,000,000 rows, 0.68 and 0.87 s
   * against 0.72 and 0.93 s with eight (two rounds of 11 and 13 runs; 16 pieces were slower
   * still, and two or none the same as four).
   */
  static final int WARM_UP_PIECES = 4;
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
    this.instruments = Batch.instruments(scorers);
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
      Deque<InFlight> inFlight = new ArrayDeque<>();
      Written written = new Written(out, summary, progress, pieces);
      Piece next = null;
      int scored = 0;
      while (!written.stopped() && (next = pieces.next()) != null && !next.uncut()) {
        Piece lines = next;
        if (scored++ < WARM_UP_PIECES) {
          written.write(lines, score(lines));
          continue;
        }
        inFlight.add(new InFlight(lines, pool.submit(() -> score(lines))));
        if (inFlight.size() >= 2 * threads) {
          InFlight first = inFlight.removeFirst();
          written.write(first.piece(), result(first.scored()));
        }
      }
      while (!written.stopped() && !inFlight.isEmpty()) {
        InFlight first = inFlight.removeFirst();
        written.write(first.piece(), result(first.scored()));
      }
      // from a piece that met a line end in quotes, or a very long line: one thread from its start
      List<InputStream> rest = new ArrayList<>();
      if (written.stopped()) {
        rest.add(written.stoppedAt().stream());
        for (InFlight later : inFlight) {
          later.scored().cancel(false); // its result is not used: one thread reads its lines again
          rest.add(later.piece().stream());
        }
      }
      if (next != null && next.uncut()) {
        rest.add(next.stream());
      }
      if (rest.isEmpty()) {
        progress.done();
      } else {
        rest.add(pieces.rest());
        progress.readBefore(written.read());
        new Batch(scorers, coding).run(new CsvSource(new CsvReader(new SequenceInputStream(
            Collections.enumeration(rest)), delimiter, false), layout), sinks.open(out), summary, progress);
      }
      out.flush();
    } finally {
      pool.shutdownNow();
    }
  }

  /** A piece being scored on the pool. */
  private record InFlight(Piece piece, Future<Scored> scored) {}

  /** One piece scored: its output bytes and counts, and whether its reading met a line end in quotes. */
  private record Scored(ByteArrayOutputStream bytes, RunSummary summary, boolean quotedLineEnd) {}

  private Scored score(Piece lines) throws IOException {
    ByteArrayOutputStream bytes = outputs.poll();
    if (bytes == null) {
      bytes = new ByteArrayOutputStream(2 * piece);
    }
    RunSummary summary = new RunSummary(instruments);
    CsvReader reader = new CsvReader(lines.stream(), delimiter, false);
    new Batch(scorers, coding).run(new CsvSource(reader, layout), sinks.open(bytes), summary, Progress.NONE);
    return new Scored(bytes, summary, reader.metQuotedLineEnd());
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

  /** Output buffers written out, for later pieces. */
  private final Queue<ByteArrayOutputStream> outputs = new ConcurrentLinkedQueue<>();

  /** The pieces' output, written in order until a piece met a line end in quotes. */
  private final class Written {
    private final OutputStream out;
    private final RunSummary summary;
    private final Progress progress;
    private final Pieces pieces;
    private long read;
    private Piece stoppedAt;

    Written(OutputStream out, RunSummary summary, Progress progress, Pieces pieces) {
      this.out = out;
      this.summary = summary;
      this.progress = progress;
      this.pieces = pieces;
    }

    /** Writes the next piece's output, or, if its reading met a line end in quotes, stops at it. */
    void write(Piece lines, Scored scored) throws IOException {
      if (scored.quotedLineEnd()) {
        stoppedAt = lines;
        return;
      }
      read += lines.length();
      scored.bytes().writeTo(out);
      summary.add(scored.summary());
      progress.rows(scored.summary().rows(), read);
      scored.bytes().reset();
      outputs.add(scored.bytes());
      pieces.reuse(lines);
    }

    boolean stopped() {
      return stoppedAt != null;
    }

    Piece stoppedAt() {
      return stoppedAt;
    }

    /** The input bytes of the pieces written. */
    long read() {
      return read;
    }
  }

  /**
   * Lines of input in a buffer: {@code length} bytes that end at a line end (the last piece of
   * the input may not); {@code uncut} when they start a line longer than the cutting allows.
   */
  record Piece(byte[] bytes, int length, boolean uncut) {
    InputStream stream() {
      return new ByteArrayInputStream(bytes, 0, length);
    }
  }

  /**
   * The input cut into pieces that end at a line end (the last may not), each read from the
   * stream as it comes. Buffers of pieces written are used again ({@link #reuse}).
   */
  static final class Pieces {
    private final InputStream in;
    private final int size;
    private byte[] carry = new byte[0];
    private int carried;
    private boolean ended;
    private final Deque<byte[]> free = new ArrayDeque<>();

    Pieces(InputStream in, int size) {
      this.in = in;
      this.size = size;
    }

    /** The next piece, or null at the end of input. */
    Piece next() throws IOException {
      if (ended && carried == 0) {
        return null;
      }
      byte[] buffer = carried <= size / 2 && !free.isEmpty() ? free.pop() : new byte[Math.max(size, 2 * carried)];
      System.arraycopy(carry, 0, buffer, 0, carried);
      int length = carried;
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
          carried = length - cut;
          if (carry.length < carried) {
            carry = new byte[Math.max(carried, size / 2)];
          }
          System.arraycopy(buffer, cut, carry, 0, carried);
          return new Piece(buffer, cut, false);
        }
        if (buffer.length >= MAX_LINE_PIECES * size) {
          carried = 0;
          return new Piece(buffer, length, true); // a line this long: no more cutting
        }
        buffer = Arrays.copyOf(buffer, 2 * buffer.length);
      }
    }

    /** Takes back the buffer of a piece that has been scored and written. */
    void reuse(Piece piece) {
      if (piece.bytes().length == size) {
        free.push(piece.bytes());
      }
    }

    /** The input after the last piece returned. */
    InputStream rest() {
      return new SequenceInputStream(new ByteArrayInputStream(carry, 0, carried), in);
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
  }
}
