package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Instrument;
import org.attune.model.Item;

/**
 * What a CSV file's header says about its rows: how many cells a row has, which column is the
 * id, and which columns answer which items of which instrument. Checked before any row is
 * read: every scored item's column must be present (under its id, or the column it is mapped
 * to), and no column that is read may appear twice. Immutable: shared by every thread that
 * reads rows of the file.
 */
final class CsvLayout {
  final int columns;
  final String idColumn;
  /** The id column's index, -1 if the file has none. */
  final int idIndex;
  /** The indexes of the child's age columns ({@link Age}), -1 when absent. */
  final int ageIndex;
  final int birthIndex;
  final int assessmentIndex;
  /** For each column, the (instrument, item) pairs it answers, packed as instrument << 16 | item; null if none. */
  final int[][] targets;
  /** The columns that are read, in order: the loop over a row skips the others. */
  final int[] read;
  /** For each column, its one (instrument, item) pair when it answers exactly one item, else -1. */
  final int[] singleTarget;
  /** The bytes that, alone in a cell, are not simply an answer: a blank, or a one-byte missing token. */
  final boolean[] oneByteSpecial;
  final byte[][] missingTokens;
  /** Bit n set when some missing token is n bytes long: most cells are ruled out by length alone. */
  final long tokenLengths;

  /** Reads the header row from the reader and checks it against the instruments and the mapping. */
  CsvLayout(CsvReader reader, List<Instrument> instruments, ColumnMap map, String idColumn, boolean idExplicit,
      Set<String> missingTokens) throws IOException {
    // Loops, not streams or lambdas, in this set-up: each costs a start its linking.
    this.missingTokens = new byte[missingTokens.size()][];
    long lengths = 0;
    int t = 0;
    for (String token : missingTokens) {
      byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
      this.missingTokens[t++] = bytes;
      lengths |= bytes.length < 64 ? 1L << bytes.length : 0;
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
      String name = Cells.trim(names[c]);
      List<Integer> columnsNamed = at.get(name);
      if (columnsNamed == null) {
        columnsNamed = new ArrayList<>(1);
        at.put(name, columnsNamed);
      }
      columnsNamed.add(c);
    }
    this.idColumn = idColumn;
    this.idIndex = column(at, idColumn);
    if (idIndex < 0 && idExplicit) {
      throw new UsageException("the id column " + idColumn + " is not in the header");
    }
    this.ageIndex = column(at, Age.MONTHS);
    this.birthIndex = column(at, Age.BIRTH);
    this.assessmentIndex = column(at, Age.ASSESSMENT);
    if ((birthIndex < 0) != (assessmentIndex < 0)) {
      throw new UsageException("the header names " + (birthIndex < 0 ? Age.ASSESSMENT : Age.BIRTH) + " but not "
          + (birthIndex < 0 ? Age.BIRTH : Age.ASSESSMENT) + ": the child's age needs both dates");
    }
    if (ageIndex >= 0 && birthIndex >= 0) {
      throw new UsageException("the header names both " + Age.MONTHS + " and the dates " + Age.BIRTH + " and "
          + Age.ASSESSMENT + ": give the child's age one way only");
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
    int[] readColumns = new int[columns];
    int reads = 0;
    for (int c = 0; c < columns; c++) {
      List<Integer> itemsRead = byColumn.get(c);
      if (!itemsRead.isEmpty()) {
        targets[c] = new int[itemsRead.size()];
        for (int k = 0; k < targets[c].length; k++) {
          targets[c][k] = itemsRead.get(k);
        }
        readColumns[reads++] = c;
      }
    }
    read = Arrays.copyOf(readColumns, reads);
    singleTarget = new int[columns];
    for (int c = 0; c < columns; c++) {
      singleTarget[c] = targets[c] != null && targets[c].length == 1 ? targets[c][0] : -1;
    }
    oneByteSpecial = new boolean[256];
    oneByteSpecial[' '] = true;
    oneByteSpecial['\t'] = true;
    for (byte[] token : this.missingTokens) {
      if (token.length == 1) {
        oneByteSpecial[token[0] & 0xff] = true;
      }
    }
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
}
