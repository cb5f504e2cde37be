package org.attune.cli;

import java.util.Arrays;

/**
 * A {@code ;}-separated list cell (flags, errors) assembled in a reused buffer, then written
 * as one cell, so that it is quoted when the delimiter is {@code ;} itself.
 */
final class ListCell {
  private byte[] bytes = new byte[256];
  private int length;

  void clear() {
    length = 0;
  }

  /** Appends one element. */
  void add(byte[] element) {
    add(element, null);
  }

  /** Appends one element made of two parts, e.g. {@code epds_3} and {@code :not_an_option}. */
  void add(byte[] first, byte[] second) {
    int needed = length + 1 + first.length + (second == null ? 0 : second.length);
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, 2 * bytes.length));
    }
    if (length > 0) {
      bytes[length++] = ';';
    }
    System.arraycopy(first, 0, bytes, length, first.length);
    length += first.length;
    if (second != null) {
      System.arraycopy(second, 0, bytes, length, second.length);
      length += second.length;
    }
  }

  /** Writes the list as the next cell. */
  void writeTo(CsvWriter csv) throws java.io.IOException {
    csv.cell(bytes, 0, length);
  }
}
