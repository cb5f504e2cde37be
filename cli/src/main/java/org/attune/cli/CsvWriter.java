package org.attune.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as CONTRACT.md says: LF line ends, minimal RFC 4180 quoting, the given delimiter,
 * and formula safety — a cell that begins with {@code = + - @}, a tab or a carriage return and
 * is not a number gets a leading {@code '} so spreadsheets do not run it.
 */
final class CsvWriter {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final Writer out;
  private final char delimiter;

  CsvWriter(Writer out, char delimiter) {
    this.out = out;
    this.delimiter = delimiter;
  }

  void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      cell(cells.get(i));
    }
    out.write('\n');
  }

  private void cell(String value) throws IOException {
    String safe = formulaSafe(value == null ? "" : value);
    boolean quote = false;
    for (int i = 0; i < safe.length() && !quote; i++) {
      char c = safe.charAt(i);
      quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      out.write('"');
      out.write(safe.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(safe);
    }
  }

  static String formulaSafe(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
  }
}
