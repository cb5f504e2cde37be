package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.response.WholeNumbers;
import org.attune.scoring.ScoringRow;

/**
 * Rows of a CSV file fed straight into scoring rows, cell bytes to option index, with no
 * string per cell, as the file's {@link CsvLayout} directs.
 */
final class CsvSource implements RecordSource {
  private final CsvReader reader;
  private final CsvLayout layout;
  private final CsvRow row = new CsvRow();

  /** Rows of the reader, after the header the layout was read from (or any later record start). */
  CsvSource(CsvReader reader, CsvLayout layout) {
    this.reader = reader;
    this.layout = layout;
  }

  CsvLayout layout() {
    return layout;
  }

  /** The input after the rows read so far (see {@link CsvReader#rest}). */
  java.io.InputStream rest() {
    return reader.rest();
  }

  @Override
  public boolean hasIds() {
    return layout.idIndex >= 0;
  }

  @Override
  public String idColumn() {
    return layout.idColumn;
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
    if (row.problem == null && row.cells == layout.columns) {
      readWhole(rows);
    } else {
      info.rowViolations.add(row.problem != null ? rowProblem(row.problem)
          : new ResponseViolation(ResponseViolation.ROW, ViolationCode.WRONG_CELL_COUNT, row.cells + " cells",
              layout.columns + " cells, as in the header"));
      readDamaged(rows);
    }
    if (layout.ageIndex >= 0 || layout.birthIndex >= 0) {
      int age = layout.ageIndex >= 0 ? ageMonths(layout.ageIndex, info)
          : Age.months(text(layout.birthIndex), text(layout.assessmentIndex), info.rowViolations);
      for (ScoringRow r : rows) {
        r.ageMonths(age);
      }
    }
    int idIndex = layout.idIndex;
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

  /**
   * The usual row: read whole, every cell present. A one-byte cell that is neither blank nor a
   * missing token goes straight to its item; any other cell takes {@link #answer}'s way.
   */
  private void readWhole(ScoringRow[] rows) {
    byte[] data = row.data;
    int[] starts = row.start;
    int[] ends = row.end;
    int[] read = layout.read;
    int[] single = layout.singleTarget;
    boolean[] special = layout.oneByteSpecial;
    for (int k = 0; k < read.length; k++) {
      int c = read[k];
      int start = starts[c];
      if (ends[c] - start == 1 && single[c] >= 0 && !special[data[start] & 0xff]) {
        int target = single[c];
        rows[target >>> 16].answer(target & 0xffff, data, start, 1);
      } else {
        answer(rows, c, false, false);
      }
    }
  }

  /** A row with a problem or the wrong number of cells: what can be read of it is read. */
  private void readDamaged(ScoringRow[] rows) {
    boolean checkEncoding = row.problem == ViolationCode.BAD_ENCODING;
    // A cell cut at the limit is not the answer that was given: leave it unread.
    boolean cut = row.problem == ViolationCode.CELL_TOO_LONG;
    int n = Math.min(row.cells, layout.columns);
    for (int c : layout.read) {
      if (c >= n) {
        break;
      }
      answer(rows, c, checkEncoding, cut);
    }
  }

  /** Cell c, trimmed, as the answer to each item it is read for, unless it means not answered or cannot be read. */
  private void answer(ScoringRow[] rows, int c, boolean checkEncoding, boolean cut) {
    int start = row.start[c];
    int end = row.end[c];
    byte[] data = row.data;
    if (start < end && (data[start] == ' ' || data[start] == '\t' || data[end - 1] == ' ' || data[end - 1] == '\t')) {
      start = row.trimmedStart(c);
      end = row.trimmedEnd(c, start);
    }
    if (start == end || isMissingToken(start, end)
        || (checkEncoding && !Utf8.isValid(data, start, end))
        || (cut && row.end[c] - row.start[c] >= CsvReader.MAX_FIELD)) {
      return;
    }
    for (int target : layout.targets[c]) {
      rows[target >>> 16].answer(target & 0xffff, data, start, end - start);
    }
  }

  /** The age in cell c, read in place; text is made only to report a value that is not a number. */
  private int ageMonths(int c, RowInfo info) {
    if (c >= row.cells) {
      return Age.NONE;
    }
    int start = row.trimmedStart(c);
    int end = row.trimmedEnd(c, start);
    if (start == end || isMissingToken(start, end)) {
      return Age.NONE;
    }
    int months = WholeNumbers.parse(row.data, start, end - start);
    return months >= 0 ? months
        : Age.months(new String(row.data, start, end - start, StandardCharsets.UTF_8), info.rowViolations);
  }

  /** Cell c as trimmed text; null when the row has no such cell or it holds a missing token. */
  private String text(int c) {
    if (c >= row.cells) {
      return null;
    }
    int start = row.trimmedStart(c);
    int end = row.trimmedEnd(c, start);
    return isMissingToken(start, end) ? null : new String(row.data, start, end - start, StandardCharsets.UTF_8);
  }

  private boolean isMissingToken(int start, int end) {
    int len = end - start;
    if (len > 63 || (layout.tokenLengths & (1L << len)) == 0) {
      return false;
    }
    for (byte[] token : layout.missingTokens) {
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
