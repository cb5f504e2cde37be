package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.attune.response.ViolationCode;

/**
 * Reads RFC 4180 CSV as Excel, R, SPSS and REDCap write it: UTF-8 with or without a BOM, CRLF
 * or LF, any one-byte delimiter. Works on bytes so that a bad row costs only that row: bytes
 * that are not UTF-8 make it {@code bad_encoding}; a field longer than {@link #MAX_FIELD}
 * makes it {@code cell_too_long}; a quote never closed makes it {@code unclosed_quote}, and
 * reading resumes at the line after the one the row started on. Completely empty lines are
 * not records. Memory stays bounded whatever the input: a few buffers of at most a few MiB.
 *
 * <p>Hand-written rather than Jackson CSV or FastCSV: both read characters, so they cannot
 * confine bad UTF-8 to one row, and neither resumes after an unclosed quote; and reading bytes
 * into a reused row is what lets the batch loop score without a string per cell. Measured on a
 * 1,000,000-row EPDS file (11,000,011 cells, 2 cores, warm): this reader 61 ms, FastCSV 4.0.0
 * 190-290 ms, jackson-dataformat-csv 3.2.1 280-310 ms.
 */
final class CsvReader implements AutoCloseable {
  static final int MAX_FIELD = 1 << 20;
  private static final int NO_RECOVERY = 2 * MAX_FIELD;
  private static final int UNCLOSED = -2;
  private static final int TOO_LONG = -3;
  private static final int DELIMITER = 1;
  private static final int LINE_END = 2;

  private final InputStream in;
  private final byte delimiter;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long consumed;
  /** Bytes pushed back after a failed quoted field, read before the stream. */
  private byte[] pushback = new byte[0];
  private int pushbackPos;
  /**
   * The raw bytes of the current record from its first quoted field on, kept to resume after
   * a failed quoted field. Nothing before that field can span lines, so the first line end
   * after the record's start is among these bytes.
   */
  private byte[] raw = new byte[1 << 12];
  private int rawLength;
  private boolean capturing;
  private long line = 1;
  private final CsvRow scratch = new CsvRow();
  /** Whether a quoted field held a line end (or did not close, or outgrew the limit). */
  private boolean quotedLineEnd;

  /** A reader at the start of a file: a UTF-8 byte order mark there is skipped. */
  CsvReader(InputStream in, char delimiter) throws IOException {
    this(in, delimiter, true);
  }

  /**
   * A reader at the start of a file, or ({@code atFileStart} false) at a record start within
   * one, where a byte order mark is data like any other bytes.
   */
  CsvReader(InputStream in, char delimiter, boolean atFileStart) throws IOException {
    if (delimiter > 0x7f || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("the delimiter must be one ASCII character other than a quote or line end");
    }
    this.in = in;
    this.delimiter = (byte) delimiter;
    if (atFileStart) {
      skipBom();
    }
  }

  private void skipBom() throws IOException {
    if (peek() == 0xEF && fill(3) && limit - pos >= 3
        && (buffer[pos + 1] & 0xff) == 0xBB && (buffer[pos + 2] & 0xff) == 0xBF) {
      pos += 3;
      consumed += 3;
    }
  }

  /**
   * The input from the next record on: what this reader has buffered but not read, then the
   * rest of its stream. Only between records (e.g. after the header), and this reader is not
   * to be read again.
   */
  InputStream rest() {
    byte[] held = new byte[pushback.length - pushbackPos + limit - pos];
    System.arraycopy(pushback, pushbackPos, held, 0, pushback.length - pushbackPos);
    System.arraycopy(buffer, pos, held, pushback.length - pushbackPos, limit - pos);
    return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(held), in);
  }

  /**
   * Whether any record read so far had a line end inside a quoted field, or a quoted field that
   * did not close or outgrew the limit: the ways a line end can be inside a record. Input cut
   * at line ends is read as it would be whole only if none had.
   */
  boolean metQuotedLineEnd() {
    return quotedLineEnd;
  }

  /** How many bytes of the input have been read so far (for progress). */
  long bytesRead() {
    return consumed;
  }

  /** The next record as strings (a cell that is not UTF-8 is null), or null at the end of input. */
  CsvRecord next() throws IOException {
    if (!read(scratch)) {
      return null;
    }
    String[] cells = new String[scratch.cells];
    ViolationCode problem = scratch.problem;
    for (int i = 0; i < cells.length; i++) {
      if (Utf8.isValid(scratch.data, scratch.start[i], scratch.end[i])) {
        cells[i] = scratch.text(i);
      } else if (problem == null || problem == ViolationCode.BAD_ENCODING) {
        problem = ViolationCode.BAD_ENCODING;
      }
    }
    return new CsvRecord(scratch.line, cells, problem);
  }

  /**
   * Reads the next record into {@code row}; false at the end of input. A record whose bytes
   * are not all UTF-8 gets the problem {@code bad_encoding} unless it has another.
   */
  boolean read(CsvRow row) throws IOException {
    int b;
    while ((b = peek()) == '\n' || b == '\r') {
      take();
      if (b == '\n') {
        line++;
      }
    }
    if (b < 0) {
      return false;
    }
    long start = line;
    row.reset(start);
    if (pushbackPos == pushback.length && readInBuffer(row, pos, pos, 0, 0)) {
      return true;
    }
    row.reset(start);
    rawLength = 0;
    capturing = false;
    while (true) {
      int cellStart = row.length;
      int end;
      if (peek() == '"') {
        capturing = true;
        take();
        end = quotedField(row, cellStart);
        if (end == UNCLOSED || end == TOO_LONG) {
          quotedLineEnd = true; // the field may hold line ends: reading resumes on another line
          row.length = cellStart;
          resumeAfterFirstLine(start);
          row.problem = end == UNCLOSED ? ViolationCode.UNCLOSED_QUOTE : ViolationCode.CELL_TOO_LONG;
          return true;
        }
      } else {
        end = unquoted(row, cellStart);
      }
      row.endCell(cellStart);
      if (end != DELIMITER) {
        if (row.problem == null && !row.isUtf8()) {
          row.problem = ViolationCode.BAD_ENCODING;
        }
        return true;
      }
    }
  }

  /**
   * The fast path, for the usual record: one that lies whole in the buffer and ends with a line
   * end, whose quoted fields, if any, close on their line right before a delimiter or the line
   * end and hold no quote (as R and Excel quote ids and text). Cells become bounds in the
   * buffer itself, with no copy, valid until the next read. Returns false, having consumed
   * nothing, for any other record. Reads on from {@code from}, the start of cell n of the
   * record that begins at {@code begin}; {@code bits} is negative when a byte before was not
   * ASCII (or not looked at).
   */
  private boolean readInBuffer(CsvRow row, int begin, int from, int n, int bits) {
    byte[] buf = buffer;
    byte d = delimiter;
    int cell = from;
    // cell bounds stored here, not through a call per cell: the quick compiler does not inline one
    int[] starts = row.start;
    int[] ends = row.end;
    int end = limit;
    for (int i = from; i < end; i++) {
      byte c = buf[i];
      if (c == d) {
        if (n == starts.length) {
          row.grow();
          starts = row.start;
          ends = row.end;
        }
        starts[n] = cell;
        ends[n++] = i;
        cell = i + 1;
      } else if (c == '\n') {
        row.cells = n;
        row.cell(cell, i > cell && buf[i - 1] == '\r' ? i - 1 : i);
        return endRecord(row, begin, i, bits);
      } else if (c == '"' && i == cell) {
        // its own method, so that this loop stays as small as the quick compiler keeps fastest
        return quotedCell(row, begin, i, n);
      } else {
        bits |= c; // negative once a byte is not ASCII
      }
    }
    return false;
  }

  /**
   * The fast path's quoted cell n, opening at {@code open}: when it closes on its line right
   * before a delimiter or the line end, and holds no quote, its content is the cell and the
   * record is read on. False for anything else (a line end or a quote inside, text after the
   * closing quote, the buffer ending first), which the slow path reads.
   */
  private boolean quotedCell(CsvRow row, int begin, int open, int n) {
    byte[] buf = buffer;
    int end = limit;
    int close = open + 1;
    while (close < end && buf[close] != '"' && buf[close] != '\n') {
      close++;
    }
    if (close + 2 >= end || buf[close] != '"') {
      return false;
    }
    byte after = buf[close + 1];
    boolean lineEnd = after == '\n' || (after == '\r' && buf[close + 2] == '\n');
    if (after != delimiter && !lineEnd) {
      return false;
    }
    row.cells = n;
    row.cell(open + 1, close);
    if (!lineEnd) {
      // the quoted bytes were not looked at: -1 has the line end check the record's encoding
      return readInBuffer(row, begin, close + 2, n + 1, -1);
    }
    // the quoted bytes were not looked at: -1 has the encoding checked
    return endRecord(row, begin, after == '\n' ? close + 1 : close + 2, -1);
  }

  /**
   * Ends a fast-path record that began at {@code begin} and whose line ends at {@code newline};
   * {@code bits} negative when its encoding is to be checked (a byte was not ASCII, or was not
   * looked at).
   */
  private boolean endRecord(CsvRow row, int begin, int newline, int bits) {
    row.view(buffer, newline);
    consumed += newline + 1 - begin;
    pos = newline + 1;
    line++;
    if (bits < 0 && !row.isUtf8From(begin)) {
      row.problem = ViolationCode.BAD_ENCODING;
    }
    return true;
  }

  /** Reads a quoted field after its opening quote; returns how it ended. */
  private int quotedField(CsvRow row, int cellStart) throws IOException {
    while (true) {
      int b = take();
      if (b < 0) {
        return UNCLOSED;
      }
      if (b == '"') {
        if (peek() == '"') {
          take();
        } else {
          return unquoted(row, cellStart); // text after the closing quote is kept, as Excel does
        }
      } else if (b == '\n') {
        line++;
        quotedLineEnd = true;
      }
      if (row.length - cellStart == MAX_FIELD) {
        return TOO_LONG;
      }
      row.append((byte) b);
    }
  }

  /**
   * Reads to the end of the field; a field past the limit keeps its first bytes and marks the
   * row. Scans the buffer in bulk: this loop is most of the reading.
   */
  private int unquoted(CsvRow row, int cellStart) throws IOException {
    while (true) {
      if (pushbackPos < pushback.length) {
        int b = take();
        if (b == delimiter) {
          return DELIMITER;
        }
        if (b == '\n') {
          return lineEnd(row, cellStart);
        }
        appendBounded(row, cellStart, (byte) b);
        continue;
      }
      if (pos == limit && !fill(1)) {
        return LINE_END;
      }
      int i = pos;
      byte[] buf = buffer;
      byte d = delimiter;
      while (i < limit) {
        byte c = buf[i];
        if (c == d || c == '\n') {
          break;
        }
        i++;
      }
      int room = MAX_FIELD - (row.length - cellStart);
      if (i - pos > room) {
        row.problem = ViolationCode.CELL_TOO_LONG;
      }
      row.append(buf, pos, Math.min(i - pos, Math.max(room, 0)));
      keep(buf, pos, i);
      consumed += i - pos;
      pos = i;
      if (i < limit) {
        int b = take();
        return b == d ? DELIMITER : lineEnd(row, cellStart);
      }
    }
  }

  private int lineEnd(CsvRow row, int cellStart) {
    line++;
    if (row.length > cellStart && row.data[row.length - 1] == '\r') {
      row.length--;
    }
    return LINE_END;
  }

  private void appendBounded(CsvRow row, int cellStart, byte b) {
    if (row.length - cellStart < MAX_FIELD) {
      row.append(b);
    } else {
      row.problem = ViolationCode.CELL_TOO_LONG;
    }
  }

  /**
   * After a failed quoted field: read again from the line after the record's first line. When
   * that line end has not been read yet (the field outgrew the limit on its first line), skip
   * ahead to it.
   */
  private void resumeAfterFirstLine(long start) throws IOException {
    line = start + 1;
    int newline = 0;
    while (newline < rawLength && raw[newline] != '\n') {
      newline++;
    }
    if (newline == rawLength || rawLength >= NO_RECOVERY) {
      int b;
      do {
        b = take();
      } while (b >= 0 && b != '\n');
      return;
    }
    byte[] rest = Arrays.copyOfRange(raw, newline + 1, rawLength);
    byte[] unread = Arrays.copyOfRange(pushback, pushbackPos, pushback.length);
    pushback = new byte[rest.length + unread.length];
    System.arraycopy(rest, 0, pushback, 0, rest.length);
    System.arraycopy(unread, 0, pushback, rest.length, unread.length);
    pushbackPos = 0;
  }

  private int peek() throws IOException {
    if (pushbackPos < pushback.length) {
      return pushback[pushbackPos] & 0xff;
    }
    if (pos == limit && !fill(1)) {
      return -1;
    }
    return buffer[pos] & 0xff;
  }

  private int take() throws IOException {
    int b;
    if (pushbackPos < pushback.length) {
      b = pushback[pushbackPos++] & 0xff;
    } else {
      if (pos == limit && !fill(1)) {
        return -1;
      }
      b = buffer[pos++] & 0xff;
      consumed++;
    }
    if (capturing && rawLength < NO_RECOVERY) {
      if (rawLength == raw.length) {
        raw = Arrays.copyOf(raw, Math.min(raw.length * 2, NO_RECOVERY));
      }
      raw[rawLength++] = (byte) b;
    }
    return b;
  }

  /** Keeps bytes of the current record, to resume after a failed quoted field. */
  private void keep(byte[] b, int from, int to) {
    if (!capturing) {
      return;
    }
    int n = Math.min(to - from, NO_RECOVERY - rawLength);
    if (n <= 0) {
      return;
    }
    if (rawLength + n > raw.length) {
      raw = Arrays.copyOf(raw, Math.min(Math.max(raw.length * 2, rawLength + n), NO_RECOVERY));
    }
    System.arraycopy(b, from, raw, rawLength, n);
    rawLength += n;
  }

  /** Ensures at least {@code n} bytes are buffered, if the stream has them. */
  private boolean fill(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    System.arraycopy(buffer, pos, buffer, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int got = in.read(buffer, limit, buffer.length - limit);
      if (got < 0) {
        return limit > 0;
      }
      limit += got;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
