package org.attune.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attune.response.ResponseViolation;

/** What an input row carries besides its answers: its id and what is wrong with it as a whole. Reused. */
final class RowInfo {
  /** Problems of the whole row (wrong cell count, bad encoding...); such a row is invalid. */
  final List<ResponseViolation> rowViolations = new ArrayList<>(0);
  private String id;
  private byte[] idBytes;
  private int idStart;
  private int idEnd;
  /** What an extension's input format read the row from; set by such a source on every row, never by others. */
  private Object origin;

  void reset() {
    id = null;
    idBytes = null;
    rowViolations.clear();
  }

  void id(String value) {
    id = value;
  }

  /** The id as a slice of bytes (a CSV cell, read in place); decoded only if asked for as text. */
  void id(byte[] bytes, int start, int end) {
    idBytes = bytes;
    idStart = start;
    idEnd = end;
  }

  /** The row's id, or null when the input has no ids. */
  String id() {
    if (id == null && idBytes != null) {
      id = new String(idBytes, idStart, idEnd - idStart, StandardCharsets.UTF_8);
    }
    return id;
  }

  void origin(Object value) {
    origin = value;
  }

  /** What an extension's input format read the row from, for its output format; null for CSV and JSON Lines. */
  Object origin() {
    return origin;
  }

  /** Writes the id as a cell. */
  void writeId(CsvWriter csv) throws java.io.IOException {
    if (idBytes != null) {
      csv.cell(idBytes, idStart, idEnd - idStart);
    } else {
      csv.cell(id);
    }
  }
}
