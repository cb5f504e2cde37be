package org.attune.cli;

import java.util.LinkedHashSet;
import java.util.Set;

/** Cell conventions of the contract: trimming and missing-value tokens. */
final class Cells {
  /** Values that always mean "not answered", besides an empty cell. */
  static final Set<String> DEFAULT_MISSING = Set.of("NA");

  private Cells() {}

  /** Trims surrounding spaces and tabs. */
  static String trim(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && isBlank(cell.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(cell.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == cell.length() ? cell : cell.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** The default tokens plus the comma-separated extra ones (each trimmed; empty ones ignored). */
  static Set<String> missingTokens(String extra) {
    Set<String> tokens = new LinkedHashSet<>(DEFAULT_MISSING);
    if (extra != null) {
      for (String token : extra.split(",", -1)) {
        String t = trim(token);
        if (!t.isEmpty()) {
          tokens.add(t);
        }
      }
    }
    return Set.copyOf(tokens);
  }
}
