package org.attune.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.attune.response.ViolationCode;

/**
 * One CSV record as byte ranges of a reusable buffer, unquoted and unescaped, so that the
 * batch loop reads cells without making a string of each. Filled by {@link CsvReader#read}.
 */
final class CsvRow {
  /** The bytes the cells index into: the row's own, or the reader's buffer (until the next read). */
  byte[] data;
  private byte[] own = new byte[1 << 12];
  int length;
  int[] start = new int[32];
  int[] end = new int[32];
  int cells;
  /** The physical line the record starts on (1-based). */
  long line;
  /** What makes the whole record unreadable, or null. */
  ViolationCode problem;

  CsvRow() {
    data = own;
  }

  void reset(long startLine) {
    data = own;
    length = 0;
    cells = 0;
    line = startLine;
    problem = null;
  }

  void append(byte b) {
    if (length == own.length) {
      data = own = Arrays.copyOf(own, own.length * 2);
    }
    own[length++] = b;
  }

  void append(byte[] b, int from, int n) {
    if (length + n > own.length) {
      data = own = Arrays.copyOf(own, Math.max(own.length * 2, length + n));
    }
    System.arraycopy(b, from, own, length, n);
    length += n;
  }

  /** Points the row at cells of another array (the reader's buffer): no copy. */
  void view(byte[] bytes, int recordLength) {
    data = bytes;
    length = recordLength;
  }

  /** Adds a cell by its bounds in {@link #data}. */
  void cell(int from, int to) {
    if (cells == start.length) {
      grow();
    }
    start[cells] = from;
    end[cells] = to;
    cells++;
  }

  /** Doubles the room for cell bounds, keeping the {@link #cells} held. */
  void grow() {
    start = Arrays.copyOf(start, start.length * 2);
    end = Arrays.copyOf(end, end.length * 2);
  }

  /** Ends the cell being appended, which began at {@code cellStart}. */
  void endCell(int cellStart) {
    cell(cellStart, length);
  }

  /** Cell i as a string (UTF-8, malformed bytes replaced), untrimmed. */
  String text(int i) {
    return new String(data, start[i], end[i] - start[i], StandardCharsets.UTF_8);
  }

  /** Cell i's start after leading spaces and tabs. */
  int trimmedStart(int i) {
    int s = start[i];
    int e = end[i];
    while (s < e && (data[s] == ' ' || data[s] == '\t')) {
      s++;
    }
    return s;
  }

  /** Cell i's end before trailing spaces and tabs, never before {@code from}. */
  int trimmedEnd(int i, int from) {
    int e = end[i];
    while (e > from && (data[e - 1] == ' ' || data[e - 1] == '\t')) {
      e--;
    }
    return e;
  }

  /**
   * Whether every cell is valid UTF-8 (checked only when a byte is not ASCII), cell by cell so
   * that a character split by a delimiter is not taken for a whole one.
   */
  boolean isUtf8() {
    return isUtf8From(0);
  }

  /** As {@link #isUtf8()}, for a record whose bytes start at {@code from} in {@link #data}. */
  boolean isUtf8From(int from) {
    for (int i = from; i < length; i++) {
      if (data[i] < 0) {
        for (int c = 0; c < cells; c++) {
          if (!Utf8.isValid(data, start[c], end[c])) {
            return false;
          }
        }
        return true;
      }
    }
    return true;
  }
}
