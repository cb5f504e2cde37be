package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.scoring.ScoringRow;

/**
 * Rows of a CSV file fed straight into scoring rows, cell bytes to option index, with no
 * string per cell. The header is checked before any row is read: every scored item's column
 * must be present (under its id, or the column it is mapped to), and no column that is read
 * may appear twice.
 */
final class CsvSource implements RecordSource {
  private final CsvReader reader;
  private final CsvRow row = new CsvRow();
  private final byte[][] missingTokens;
  /** Bit n set when some missing token is n bytes long: most cells are ruled out by length alone. */
  private final long tokenLengths;
  private final int columns;
  private final String idColumn;
  private final int idIndex;
  /** For each column, the (instrument, item) pairs it answers, packed as instrument << 16 | item; null if none. */
  private final int[][] targets;
  /** The columns that are read, in order: the loop over a row skips the others. */
  private final int[] read;

  CsvSource(CsvReader reader, List<Instrument> instruments, ColumnMap map, String idColumn, boolean idExplicit,
      Set<String> missingTokens) throws IOException {
    this.reader = reader;
    this.missingTokens = missingTokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    long lengths = 0;
    for (byte[] token : this.missingTokens) {
      lengths |= token.length < 64 ? 1L << token.length : 0;
    }
    this.tokenLengths = lengths;
    CsvRecord header = reader.next();
    if (header == null) {
      throw new UsageException("the input is empty: expected a header row naming the item columns");
    }
    if (header.problem() != null) {
      throw new UsageException("cannot read the header row: " + header.problem().code());
    }
    String[] names = header.cells();
    columns = names.length;
    Map<String, List<Integer>> at = new HashMap<>();
    for (int c = 0; c < columns; c++) {
      at.computeIfAbsent(Cells.trim(names[c]), k -> new ArrayList<>()).add(c);
    }
    this.idColumn = idColumn;
    this.idIndex = column(at, idColumn);
    if (idIndex < 0 && idExplicit) {
      throw new UsageException("the id column " + idColumn + " is not in the header");
    }
    List<List<Integer>> byColumn = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      byColumn.add(new ArrayList<>(1));
    }
    List<String> absent = new ArrayList<>();
    for (int s = 0; s < instruments.size(); s++) {
      Instrument instrument = instruments.get(s);
      List<Item> items = instrument.items();
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i).id();
        String name = map.columnOf(item);
        int c = column(at, name);
        if (c >= 0) {
          byColumn.get(c).add(s << 16 | i);
        } else if (map.isMapped(item)) {
          throw new UsageException("--map " + item + "=" + name + ": there is no column " + name + " in the header");
        } else if (instrument.isScored(item)) {
          absent.add(item);
        }
      }
    }
    if (!absent.isEmpty()) {
      throw new UsageException("required item columns are absent from the header: " + String.join(", ", absent));
    }
    targets = new int[columns][];
    for (int c = 0; c < columns; c++) {
      targets[c] = byColumn.get(c).isEmpty() ? null : byColumn.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    read = java.util.stream.IntStream.range(0, columns).filter(c -> targets[c] != null).toArray();
  }

  /** The index of the column with this name, -1 if none; a usage error if it appears twice. */
  private static int column(Map<String, List<Integer>> at, String name) {
    List<Integer> found = at.get(name);
    if (found == null) {
      return -1;
    }
    if (found.size() > 1) {
      throw new UsageException("the header names column " + name + " twice");
    }
    return found.get(0);
  }

  @Override
  public boolean hasIds() {
    return idIndex >= 0;
  }

  @Override
  public String idColumn() {
    return idColumn;
  }

  @Override
  public long bytesRead() {
    return reader.bytesRead();
  }

  @Override
  public boolean next(ScoringRow[] rows, RowInfo info) throws IOException {
    if (!reader.read(row)) {
      return false;
    }
    info.reset();
    for (ScoringRow r : rows) {
      r.clear();
    }
    if (row.problem != null) {
      info.rowViolations.add(rowProblem(row.problem));
    } else if (row.cells != columns) {
      info.rowViolations.add(new ResponseViolation(ResponseViolation.ROW, ViolationCode.WRONG_CELL_COUNT,
          row.cells + " cells", columns + " cells, as in the header"));
    }
    boolean checkEncoding = row.problem == ViolationCode.BAD_ENCODING;
    // A cell cut at the limit is not the answer that was given: leave it unread.
    boolean cut = row.problem == ViolationCode.CELL_TOO_LONG;
    int n = Math.min(row.cells, columns);
    for (int c : read) {
      if (c >= n) {
        break;
      }
      int[] answers = targets[c];
      int start = row.start[c];
      int end = row.end[c];
      byte[] data = row.data;
      if (start < end && (data[start] == ' ' || data[start] == '\t' || data[end - 1] == ' ' || data[end - 1] == '\t')) {
        start = row.trimmedStart(c);
        end = row.trimmedEnd(c, start);
      }
      if (start == end || isMissingToken(start, end)
          || (checkEncoding && !Utf8.isValid(row.data, start, end))
          || (cut && row.end[c] - row.start[c] >= CsvReader.MAX_FIELD)) {
        continue;
      }
      for (int target : answers) {
        rows[target >>> 16].answer(target & 0xffff, row.data, start, end - start);
      }
    }
    if (idIndex >= 0) {
      if (idIndex < row.cells) {
        int start = row.trimmedStart(idIndex);
        int end = row.trimmedEnd(idIndex, start);
        if (row.problem != null && !Utf8.isValid(row.data, start, end)) {
          // a damaged row's id may hold bytes that are not UTF-8, or a character cut at the
          // length limit: the output stays UTF-8, with U+FFFD in their place
          info.id(new String(row.data, start, end - start, StandardCharsets.UTF_8));
        } else {
          info.id(row.data, start, end);
        }
      } else {
        info.id("");
      }
    }
    return true;
  }

  private boolean isMissingToken(int start, int end) {
    int len = end - start;
    if (len > 63 || (tokenLengths & (1L << len)) == 0) {
      return false;
    }
    for (byte[] token : missingTokens) {
      if (token.length == len && java.util.Arrays.equals(row.data, start, end, token, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private static ResponseViolation rowProblem(ViolationCode code) {
    String expected = switch (code) {
      case BAD_ENCODING -> "UTF-8 text";
      case CELL_TOO_LONG -> "cells of at most " + CsvReader.MAX_FIELD + " bytes";
      case UNCLOSED_QUOTE -> "a closing quote for every opening quote";
      default -> "a readable row";
    };
    return new ResponseViolation(ResponseViolation.ROW, code, "", expected);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
