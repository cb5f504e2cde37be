package org.attune.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;

/**
 * Rows of a CSV file as {@link InputRecord}s. The header is checked before any row is read:
 * every scored item's column must be present, and no item or id column may appear twice.
 */
final class CsvSource implements RecordSource {
  private final CsvReader reader;
  private final Set<String> missingTokens;
  private final int columns;
  private final String idColumn;
  private final int idIndex;
  private final String[] itemAt;

  CsvSource(CsvReader reader, List<Instrument> instruments, String idColumn, boolean idExplicit,
      Set<String> missingTokens) throws IOException {
    this.reader = reader;
    this.missingTokens = missingTokens;
    CsvRecord header = reader.next();
    if (header == null) {
      throw new UsageException("the input is empty: expected a header row naming the item columns");
    }
    if (header.problem() != null) {
      throw new UsageException("cannot read the header row: " + header.problem().code());
    }
    String[] names = header.cells();
    columns = names.length;
    itemAt = new String[columns];
    Map<String, Item> items = new HashMap<>();
    instruments.forEach(i -> i.items().forEach(item -> items.put(item.id(), item)));
    Map<String, Integer> seen = new HashMap<>();
    int id = -1;
    for (int c = 0; c < columns; c++) {
      String name = Cells.trim(names[c]);
      boolean relevant = items.containsKey(name) || name.equals(idColumn);
      if (relevant && seen.put(name, c) != null) {
        throw new UsageException("the header names column " + name + " twice");
      }
      if (name.equals(idColumn)) {
        id = c;
      } else if (items.containsKey(name)) {
        itemAt[c] = name;
      }
    }
    if (id < 0 && idExplicit) {
      throw new UsageException("the id column " + idColumn + " is not in the header");
    }
    this.idColumn = idColumn;
    this.idIndex = id;
    List<String> absent = new ArrayList<>();
    for (Instrument instrument : instruments) {
      for (Item item : instrument.items()) {
        if (instrument.isScored(item.id()) && !seen.containsKey(item.id())) {
          absent.add(item.id());
        }
      }
    }
    if (!absent.isEmpty()) {
      throw new UsageException("required item columns are absent from the header: " + String.join(", ", absent));
    }
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
  public InputRecord next() throws IOException {
    CsvRecord record = reader.next();
    if (record == null) {
      return null;
    }
    String[] cells = record.cells();
    List<ResponseViolation> problems = new ArrayList<>(0);
    if (record.problem() != null) {
      problems.add(rowProblem(record.problem()));
    } else if (cells.length != columns) {
      problems.add(new ResponseViolation(ResponseViolation.ROW, ViolationCode.WRONG_CELL_COUNT,
          cells.length + " cells", columns + " cells, as in the header"));
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    int n = Math.min(cells.length, columns);
    for (int c = 0; c < n; c++) {
      if (itemAt[c] != null && cells[c] != null) {
        String value = Cells.trim(cells[c]);
        if (!value.isEmpty() && !missingTokens.contains(value)) {
          answers.put(itemAt[c], value);
        }
      }
    }
    String id = idIndex >= 0 && idIndex < cells.length && cells[idIndex] != null ? Cells.trim(cells[idIndex]) : null;
    return new InputRecord(idIndex >= 0 ? (id == null ? "" : id) : null, answers, problems);
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
