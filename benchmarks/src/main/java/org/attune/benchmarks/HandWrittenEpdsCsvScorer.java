package org.attune.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The limit for the batch job: a single-purpose EPDS CSV scorer that writes byte for byte what
 * {@code attune score epds IN -o OUT} writes, working on byte buffers in and out with no object
 * per row or cell. Written from CONTRACT.md and the EPDS key (instruments/FACTS.md §B1), not
 * from Attune's engine.
 *
 * <p>What it covers, as the contract says: the header {@code id,epds_1,…,epds_10} exactly (after
 * an optional UTF-8 BOM; any other header is refused with exit 2), LF or CRLF line ends, empty
 * lines skipped, cells trimmed of spaces and tabs, empty or {@code NA} meaning missing, {@code
 * not_an_option} for another canonical whole number, {@code not_a_number} for anything else,
 * {@code row:wrong_cell_count}, {@code row:bad_encoding} and {@code row:cell_too_long} (flags
 * still read from the readable cells), formula-safe ids, exit code 3 when a row is invalid.
 * What it does not: RFC 4180 quoted fields (a line holding a {@code "} is refused with exit 2),
 * other delimiters, other missing tokens, other columns or column orders, other profiles,
 * and writing through a temporary file (a refused input leaves the rows written so far).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.attune.benchmarks.HandWrittenEpdsCsvScorer IN.csv OUT.csv</pre>
 */
public final class HandWrittenEpdsCsvScorer {
  private static final byte[] IN_HEADER =
      "id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OUT_HEADER =
      "id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings\n".getBytes(StandardCharsets.US_ASCII);
  private static final int COLUMNS = 11;
  private static final int MAX_FIELD = 1 << 20; // as the CLI: a longer cell makes the row invalid

  private static final byte[] BELOW = ascii("below_threshold");
  private static final byte[] POSSIBLE = ascii("possible_depression");
  private static final byte[] PROBABLE = ascii("probable_depression");
  private static final byte[] ABOVE = ascii("above_threshold");
  private static final byte[] SELF_HARM = ascii("self_harm");
  private static final byte[] COMPLETE = ascii("complete");
  private static final byte[] INCOMPLETE = ascii("incomplete");
  private static final byte[] INVALID = ascii("invalid");
  private static final byte[] NOT_AN_OPTION = ascii(":not_an_option");
  private static final byte[] NOT_A_NUMBER = ascii(":not_a_number");
  private static final byte[][] ITEM_IDS = new byte[10][];
  private static final byte[][] ROW_PROBLEMS =
      {null, ascii("row:wrong_cell_count"), ascii("row:bad_encoding"), ascii("row:cell_too_long")};
  private static final int WRONG_CELL_COUNT = 1;
  private static final int BAD_ENCODING = 2;
  private static final int CELL_TOO_LONG = 3;

  static {
    for (int i = 0; i < 10; i++) {
      ITEM_IDS[i] = ascii("epds_" + (i + 1));
    }
  }

  private final InputStream input;
  private final OutputStream output;
  private byte[] in = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] out = new byte[1 << 20];
  private int outPos;

  /** The current line: cells [start[c], end[c]) for the first {@link #COLUMNS} cells, and how many cells it has. */
  private final int[] start = new int[COLUMNS];
  private final int[] end = new int[COLUMNS];
  private int cells;
  private boolean nonAscii;
  private boolean quote;
  private int lineStart;
  private int lineEnd;
  /** Cells that are not UTF-8 in a bad_encoding row; set on the slow path only. */
  private final boolean[] unreadable = new boolean[COLUMNS];
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  private HandWrittenEpdsCsvScorer(InputStream input, OutputStream output) {
    this.input = input;
    this.output = output;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: HandWrittenEpdsCsvScorer IN.csv OUT.csv");
      System.exit(2);
    }
    System.exit(run(Path.of(args[0]), Path.of(args[1])));
  }

  /** Scores {@code in} into {@code out}; returns the exit code {@code attune score} would (0, 2 or 3). */
  public static int run(Path in, Path out) throws IOException {
    try (InputStream input = Files.newInputStream(in); OutputStream output = Files.newOutputStream(out)) {
      return new HandWrittenEpdsCsvScorer(input, output).run();
    }
  }

  private int run() throws IOException {
    fill();
    if (limit >= 3 && (in[0] & 0xff) == 0xEF && (in[1] & 0xff) == 0xBB && (in[2] & 0xff) == 0xBF) {
      pos = 3;
    }
    if (!nextLine()) {
      System.err.println("the input is empty: expected a header row");
      return 2;
    }
    if (!Arrays.equals(in, lineStart, lineEnd, IN_HEADER, 0, IN_HEADER.length)) {
      System.err.println("this scorer reads only the header " + new String(IN_HEADER, StandardCharsets.US_ASCII));
      return 2;
    }
    write(OUT_HEADER);
    long invalidRows = 0;
    while (nextLine()) {
      if (quote) {
        System.err.println("quoted fields are not supported by this single-purpose scorer");
        return 2;
      }
      if (scoreRow()) {
        invalidRows++;
      }
    }
    output.write(out, 0, outPos);
    return invalidRows > 0 ? 3 : 0;
  }

  /** Scores the current line into the output; returns whether the row is invalid. */
  private boolean scoreRow() {
    int problem = 0;
    boolean slow = nonAscii || lineEnd - lineStart > MAX_FIELD;
    if (slow) {
      problem = checkUnreadable();
    }
    if (problem == 0 && cells != COLUMNS) {
      problem = WRONG_CELL_COUNT;
    }
    int n = Math.min(cells, COLUMNS);
    int sum = 0;
    int anxiety = 0;
    int present = 0;
    int notAnOption = 0;
    int notANumber = 0;
    int item10 = 0;
    byte[] b = in;
    for (int i = 0; i < 10; i++) {
      int c = i + 1;
      if (c >= n || (problem == BAD_ENCODING && unreadable[c])) {
        continue;
      }
      int s = start[c];
      int e = end[c];
      while (s < e && (b[s] == ' ' || b[s] == '\t')) {
        s++;
      }
      while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
        e--;
      }
      int len = e - s;
      if (len == 1 && b[s] >= '0' && b[s] <= '3') {
        int score = b[s] - '0';
        present |= 1 << i;
        sum += score;
        if (i >= 2 && i <= 4) {
          anxiety += score;
        }
        if (i == 9) {
          item10 = score;
        }
      } else if (len == 0 || (len == 2 && b[s] == 'N' && b[s + 1] == 'A')) {
        continue; // missing
      } else if (canonicalWhole(b, s, e)) {
        notAnOption |= 1 << i;
      } else {
        notANumber |= 1 << i;
      }
    }
    boolean selfHarm = item10 >= 1; // from a valid answer, whatever else is wrong with the row
    boolean invalid = problem != 0 || (notAnOption | notANumber) != 0;

    ensureOut(2 * (end[0] - start[0]) + 512);
    writeId(slow);
    put(',');
    if (!invalid && present == 0b1111111111) {
      writeInt(sum);
      put(',');
      write(sum >= 13 ? PROBABLE : sum >= 10 ? POSSIBLE : BELOW);
    } else {
      put(',');
    }
    put(',');
    if (!invalid && (present & 0b11100) == 0b11100) {
      writeInt(anxiety);
      put(',');
      write(anxiety >= 6 ? ABOVE : BELOW);
    } else {
      put(',');
    }
    put(',');
    if (selfHarm) {
      write(SELF_HARM);
    }
    put(',');
    write(invalid ? INVALID : present == 0b1111111111 ? COMPLETE : INCOMPLETE);
    put(',');
    if (invalid) {
      boolean first = true;
      if (problem != 0) {
        write(ROW_PROBLEMS[problem]);
        first = false;
      }
      for (int i = 0; i < 10; i++) {
        int bit = 1 << i;
        if (((notAnOption | notANumber) & bit) != 0) {
          if (!first) {
            put(';');
          }
          first = false;
          write(ITEM_IDS[i]);
          write((notAnOption & bit) != 0 ? NOT_AN_OPTION : NOT_A_NUMBER);
        }
      }
    }
    put(','); // warnings: none (the input has no age column)
    put('\n');
    return invalid;
  }

  private static boolean canonicalWhole(byte[] b, int s, int e) {
    if (s == e || (e - s > 1 && b[s] == '0')) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The slow path, for lines with non-ASCII bytes or very long cells: returns the row problem
   * as the CLI's reader decides it, or 0. A cell longer than {@link #MAX_FIELD} (counting a
   * carriage return before the line end) makes the row {@code cell_too_long} and keeps its
   * first bytes. Otherwise, when the cells' bytes (joined without delimiters, as the reader
   * keeps them) are not UTF-8, the row is {@code bad_encoding} and the cells that are not
   * UTF-8 themselves are marked unreadable: their answers are skipped.
   */
  private int checkUnreadable() {
    Arrays.fill(unreadable, false);
    boolean tooLong = false;
    int joined = 0;
    int s = lineStart;
    for (int c = 0; c < cells; c++) {
      int e = c < COLUMNS ? end[c] : nextComma(s);
      int raw = c == cells - 1 && lineEnd < limit && in[lineEnd] == '\r' ? e - s + 1 : e - s;
      if (raw > MAX_FIELD) {
        tooLong = true;
        if (c < COLUMNS) {
          end[c] = s + MAX_FIELD;
        }
      }
      joined += e - s;
      s = e + 1;
    }
    if (tooLong) {
      return CELL_TOO_LONG;
    }
    byte[] bytes = new byte[joined];
    int at = 0;
    s = lineStart;
    for (int c = 0; c < cells; c++) {
      int e = c < COLUMNS ? end[c] : nextComma(s);
      System.arraycopy(in, s, bytes, at, e - s);
      at += e - s;
      s = e + 1;
    }
    if (decodes(bytes, 0, joined)) {
      return 0;
    }
    for (int c = 0; c < Math.min(cells, COLUMNS); c++) {
      unreadable[c] = !decodes(in, start[c], end[c]);
    }
    return BAD_ENCODING;
  }

  private int nextComma(int s) {
    while (s < lineEnd && in[s] != ',') {
      s++;
    }
    return s;
  }

  private boolean decodes(byte[] b, int s, int e) {
    try {
      utf8.reset().decode(ByteBuffer.wrap(b, s, e - s));
      return true;
    } catch (CharacterCodingException ex) {
      return false;
    }
  }

  /**
   * The id cell, trimmed and formula-safe (CONTRACT.md), quoted only if it holds a carriage
   * return (the input has no quotes or delimiters in cells). On the slow path it goes through
   * a string, as the CLI's does, so that bytes that are not UTF-8 become U+FFFD.
   */
  private void writeId(boolean slow) {
    byte[] b = in;
    int s = start[0];
    int e = end[0];
    if (slow) {
      b = new String(in, s, e - s, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
      s = 0;
      e = b.length;
      ensureOut(2 * e + 512);
    }
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    boolean cr = false;
    for (int i = s; i < e; i++) {
      cr |= b[i] == '\r';
    }
    if (cr) {
      put('"');
    }
    if (s < e && isFormulaStart(b[s]) && !isNumber(b, s, e)) {
      put('\'');
    }
    System.arraycopy(b, s, out, outPos, e - s);
    outPos += e - s;
    if (cr) {
      put('"');
    }
  }

  private static boolean isFormulaStart(byte c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code -?[0-9]+(\.[0-9]+)?} */
  private static boolean isNumber(byte[] b, int s, int e) {
    int i = s < e && b[s] == '-' ? s + 1 : s;
    int digits = i;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i == e) {
      return true;
    }
    if (b[i] != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i == e && i > fraction;
  }

  /**
   * Moves to the next non-empty line (lines of only CR/LF are not rows), splitting it into cells.
   * Returns false at the end of input.
   */
  private boolean nextLine() throws IOException {
    while (true) {
      if (pos == limit && !refill()) {
        return false;
      }
      byte c = in[pos];
      if (c != '\n' && c != '\r') {
        break;
      }
      pos++;
    }
    while (!scanLine(false)) {
      if (!refill()) {
        return scanLine(true);
      }
    }
    return true;
  }

  /**
   * Splits the line starting at {@link #pos}. Returns false when the buffer ends before its
   * line end, unless {@code atEnd} (the end of input ends the last line, and then, as in the
   * CLI's reader, no carriage return is stripped).
   */
  private boolean scanLine(boolean atEnd) {
    byte[] b = in;
    int n = 0;
    int cellStart = pos;
    int bits = 0;
    boolean q = false;
    int i = pos;
    for (; i < limit; i++) {
      byte c = b[i];
      if (c == ',') {
        if (n < COLUMNS) {
          start[n] = cellStart;
          end[n] = i;
        }
        n++;
        cellStart = i + 1;
      } else if (c == '\n') {
        break;
      } else {
        bits |= c;
        q |= c == '"';
      }
    }
    if (i == limit && !atEnd) {
      return false;
    }
    int e = i < limit && i > cellStart && b[i - 1] == '\r' ? i - 1 : i;
    if (n < COLUMNS) {
      start[n] = cellStart;
      end[n] = e;
    }
    cells = n + 1;
    nonAscii = bits < 0;
    quote = q;
    lineStart = pos;
    lineEnd = e;
    pos = Math.min(i + 1, limit);
    return true;
  }

  /** Moves the unread bytes to the front and reads more; grows the buffer for a line longer than it. */
  private boolean refill() throws IOException {
    if (eof) {
      return false;
    }
    int remaining = limit - pos;
    if (remaining == in.length) {
      in = Arrays.copyOf(in, in.length * 2);
    } else {
      System.arraycopy(in, pos, in, 0, remaining);
    }
    pos = 0;
    limit = remaining;
    int before = limit;
    fill();
    return limit > before;
  }

  private void fill() throws IOException {
    while (limit < in.length) {
      int got = input.read(in, limit, in.length - limit);
      if (got < 0) {
        eof = true;
        return;
      }
      limit += got;
    }
  }

  private void ensureOut(int room) {
    if (out.length - outPos < room) {
      try {
        output.write(out, 0, outPos);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      outPos = 0;
      if (out.length < room) {
        out = new byte[room];
      }
    }
  }

  private void write(byte[] bytes) {
    System.arraycopy(bytes, 0, out, outPos, bytes.length);
    outPos += bytes.length;
  }

  private void put(char c) {
    out[outPos++] = (byte) c;
  }

  private void writeInt(int v) { // 0-30
    if (v >= 10) {
      put((char) ('0' + v / 10));
    }
    put((char) ('0' + v % 10));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
