package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.response.ViolationCode;

/**
 * Reads RFC 4180 CSV as Excel, R, SPSS and REDCap write it: UTF-8 with or without a BOM, CRLF
 * or LF, any one-byte delimiter. Works on bytes so that a bad row costs only that row: bytes
 * that are not UTF-8 make it {@code bad_encoding}; a field longer than {@link #MAX_FIELD}
 * makes it {@code cell_too_long}; a quote never closed makes it {@code unclosed_quote}, and
 * reading resumes at the line after the one the row started on. Completely empty lines are
 * not records.
 */
final class CsvReader implements AutoCloseable {
  static final int MAX_FIELD = 1 << 20;
  private static final int NO_RECOVERY = 2 * MAX_FIELD;

  private final InputStream in;
  private final byte delimiter;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  /** Bytes pushed back after a failed quoted field, read before the stream. */
  private byte[] pushback = new byte[0];
  private int pushbackPos;
  /** The raw bytes of the current record, kept to resume after a failed quoted field. */
  private byte[] raw = new byte[1 << 12];
  private int rawLength;
  private final byte[] field = new byte[MAX_FIELD];
  private int fieldLength;
  private boolean fieldTooLong;
  private long line = 1;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  CsvReader(InputStream in, char delimiter) throws IOException {
    if (delimiter > 0x7f || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("the delimiter must be one ASCII character other than a quote or line end");
    }
    this.in = in;
    this.delimiter = (byte) delimiter;
    skipBom();
  }

  private void skipBom() throws IOException {
    if (peek() == 0xEF) {
      fill(3);
      if (limit - pos >= 3 && (buffer[pos + 1] & 0xff) == 0xBB && (buffer[pos + 2] & 0xff) == 0xBF) {
        pos += 3;
      }
    }
  }

  /** The next record, or null at the end of input. */
  CsvRecord next() throws IOException {
    int b;
    while ((b = peek()) == '\n' || b == '\r') {
      read();
      if (b == '\n') {
        line++;
      }
    }
    if (b < 0) {
      return null;
    }
    long start = line;
    rawLength = 0;
    List<String> cells = new ArrayList<>();
    ViolationCode problem = null;
    while (true) {
      int end;
      if (peek() == '"') {
        read();
        end = quotedField();
        if (end == UNCLOSED || end == TOO_LONG) {
          resumeAfterFirstLine(start);
          return new CsvRecord(start, cells.toArray(String[]::new),
              end == UNCLOSED ? ViolationCode.UNCLOSED_QUOTE : ViolationCode.CELL_TOO_LONG);
        }
      } else {
        fieldLength = 0;
        fieldTooLong = false;
        end = unquotedRest();
      }
      String cell = null;
      if (fieldTooLong) {
        problem = ViolationCode.CELL_TOO_LONG;
      } else {
        cell = decode();
        if (cell == null && problem == null) {
          problem = ViolationCode.BAD_ENCODING;
        }
      }
      cells.add(cell);
      if (end != ',') {
        return new CsvRecord(start, cells.toArray(String[]::new), problem);
      }
    }
  }

  private static final int UNCLOSED = -2;
  private static final int TOO_LONG = -3;

  /** Reads a quoted field after its opening quote; returns how it ended. */
  private int quotedField() throws IOException {
    fieldLength = 0;
    fieldTooLong = false;
    while (true) {
      int b = read();
      if (b < 0) {
        return UNCLOSED;
      }
      if (b == '"') {
        if (peek() == '"') {
          read();
        } else {
          return unquotedRest(); // text after the closing quote is kept, as Excel does
        }
      } else if (b == '\n') {
        line++;
      }
      if (fieldLength == MAX_FIELD) {
        return TOO_LONG;
      }
      field[fieldLength++] = (byte) b;
    }
  }

  /**
   * Reads up to the end of the field; returns {@code ','} when a delimiter ended it and
   * {@code '\n'} at a line end or the end of input.
   */
  private int unquotedRest() throws IOException {
    while (true) {
      int b = read();
      if (b < 0) {
        return '\n';
      }
      if (b == delimiter) {
        return ',';
      }
      if (b == '\n') {
        line++;
        if (fieldLength > 0 && field[fieldLength - 1] == '\r') {
          fieldLength--;
        }
        return '\n';
      }
      if (fieldLength == MAX_FIELD) {
        fieldTooLong = true;
      } else {
        field[fieldLength++] = (byte) b;
      }
    }
  }

  private String decode() {
    boolean ascii = true;
    for (int i = 0; i < fieldLength && ascii; i++) {
      ascii = field[i] >= 0;
    }
    if (ascii) {
      return new String(field, 0, fieldLength, StandardCharsets.ISO_8859_1);
    }
    try {
      return utf8.decode(ByteBuffer.wrap(field, 0, fieldLength)).toString();
    } catch (CharacterCodingException e) {
      return null;
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
        b = read();
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

  private int read() throws IOException {
    int b = peek();
    if (b >= 0) {
      if (pushbackPos < pushback.length) {
        pushbackPos++;
      } else {
        pos++;
      }
      keep(b);
    }
    return b;
  }

  private void keep(int b) {
    if (rawLength < NO_RECOVERY) {
      if (rawLength == raw.length) {
        raw = Arrays.copyOf(raw, Math.min(raw.length * 2, NO_RECOVERY));
      }
      raw[rawLength++] = (byte) b;
    }
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
