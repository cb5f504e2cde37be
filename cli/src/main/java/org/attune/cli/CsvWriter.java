package org.attune.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV bytes as CONTRACT.md says: UTF-8 without BOM, LF line ends, minimal RFC 4180
 * quoting, the given delimiter, and formula safety — a cell that begins with
 * {@code = + - @}, a tab or a carriage return and is not a number gets a leading {@code '} so
 * that spreadsheets do not run it. Buffers its own bytes; call {@link #flush()} at the end.
 */
final class CsvWriter {
  private final OutputStream out;
  private final byte delimiter;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private boolean rowStarted;

  /** needsQuotes[b]: whether a cell holding byte b is quoted (the delimiter, a quote, a line end). */
  private final boolean[] needsQuotes = new boolean[256];

  CsvWriter(OutputStream out, char delimiter) {
    this.out = out;
    this.delimiter = (byte) delimiter;
    for (char c : new char[] {delimiter, '"', '\n', '\r'}) {
      needsQuotes[c & 0xff] = true;
    }
  }

  /** A whole row of text cells (null is empty). */
  void row(List<String> cells) throws IOException {
    for (String cell : cells) {
      cell(cell);
    }
    endRow();
  }

  /** The next cell, as text. */
  void cell(String value) throws IOException {
    byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    cell(bytes, 0, bytes.length);
  }

  /** The next cell, as UTF-8 bytes. */
  void cell(byte[] b, int off, int len) throws IOException {
    separate();
    boolean formula = len > 0 && isFormulaStart(b[off]) && !isNumber(b, off, len);
    boolean[] special = needsQuotes;
    int end = off + len;
    int i = off;
    while (i < end && !special[b[i] & 0xff]) {
      i++;
    }
    boolean quote = i < end;
    if (!quote && !formula) {
      bytes(b, off, len);
      return;
    }
    if (quote) {
      put((byte) '"');
    }
    if (formula) {
      put((byte) '\'');
    }
    for (int k = off; k < end; k++) {
      if (b[k] == '"') {
        put((byte) '"');
      }
      put(b[k]);
    }
    if (quote) {
      put((byte) '"');
    }
  }

  /** The next cell, bytes known to need neither quoting nor formula safety (our own codes). */
  void plainCell(byte[] b) throws IOException {
    separate();
    bytes(b, 0, b.length);
  }

  /**
   * The next cells, already joined by this writer's delimiter and known to need neither
   * quoting nor formula safety (a score and its band, say).
   */
  void plainCells(byte[] b) throws IOException {
    plainCell(b);
  }

  /** The next cell, a whole number. */
  void number(long value) throws IOException {
    separate();
    ensure(20);
    if (value < 0) {
      buffer[length++] = '-';
      value = -value;
    }
    if (value < 10) {
      buffer[length++] = (byte) ('0' + value);
      return;
    }
    if (value < 100) {
      buffer[length++] = (byte) ('0' + value / 10);
      buffer[length++] = (byte) ('0' + value % 10);
      return;
    }
    int digits = 0;
    for (long v = value; v > 0; v /= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
  }

  void endRow() throws IOException {
    put((byte) '\n');
    rowStarted = false;
  }

  void flush() throws IOException {
    out.write(buffer, 0, length);
    length = 0;
    out.flush();
  }

  private void separate() throws IOException {
    if (rowStarted) {
      put(delimiter);
    }
    rowStarted = true;
  }

  private void put(byte b) throws IOException {
    if (length == buffer.length) {
      out.write(buffer, 0, length);
      length = 0;
    }
    buffer[length++] = b;
  }

  /** Copies bytes in bulk; a run longer than the buffer goes straight out. */
  private void bytes(byte[] b, int off, int len) throws IOException {
    if (len > buffer.length - length) {
      out.write(buffer, 0, length);
      length = 0;
      if (len > buffer.length) {
        out.write(b, off, len);
        return;
      }
    }
    System.arraycopy(b, off, buffer, length, len);
    length += len;
  }

  /** Makes room for n bytes. */
  private void ensure(int n) throws IOException {
    if (length + n > buffer.length) {
      out.write(buffer, 0, length);
      length = 0;
    }
  }

  private static boolean isFormulaStart(byte c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code -?[0-9]+(\.[0-9]+)?} */
  private static boolean isNumber(byte[] b, int off, int len) {
    int i = off;
    int end = off + len;
    if (i < end && b[i] == '-') {
      i++;
    }
    int digits = i;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i == end) {
      return true;
    }
    if (b[i] != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i == end && i > fraction;
  }

  /** The text as written (formula-safe), for tests and messages. */
  static String formulaSafe(String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    boolean formula = b.length > 0 && isFormulaStart(b[0]) && !isNumber(b, 0, b.length);
    return formula ? "'" + value : value;
  }
}
