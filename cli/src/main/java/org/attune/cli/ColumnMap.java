package org.attune.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which input column holds each item, for files whose headers differ from our item ids
 * (REDCap and cohort exports): {@code --map epds_1=EPDS_Q1} and {@code --map-file}. An item
 * not mapped is read from the column named by its id.
 */
final class ColumnMap {
  private final Map<String, String> columnOf;

  private ColumnMap(Map<String, String> columnOf) {
    this.columnOf = columnOf;
  }

  /**
   * From {@code ITEM=COLUMN} options and a mapping file of {@code item,column} lines (a header
   * line {@code item,column} is allowed; blank lines and lines starting with # are skipped).
   */
  static ColumnMap of(List<String> options, Path file, Set<String> items) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    if (file != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UsageException("cannot read the mapping file " + file + ": no such file");
      }
      boolean first = true;
      for (int n = 0; n < lines.size(); n++) {
        String line = Cells.trim(lines.get(n).replace("\uFEFF", ""));
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        boolean header = first && line.equals("item,column");
        first = false;
        if (!header) {
          put(map, line, ",", "mapping file " + file + " line " + (n + 1), items);
        }
      }
    }
    for (String option : options) {
      put(map, option, "=", "--map " + option, items);
    }
    return new ColumnMap(map);
  }

  private static void put(Map<String, String> map, String entry, String separator, String where, Set<String> items) {
    int at = entry.indexOf(separator);
    if (at <= 0 || at == entry.length() - 1) {
      throw new UsageException(where + ": expected ITEM" + separator + "COLUMN");
    }
    String item = Cells.trim(entry.substring(0, at));
    String column = Cells.trim(entry.substring(at + 1));
    if (!items.contains(item)) {
      throw new UsageException(where + ": " + item + " is not an item of the instruments being scored");
    }
    map.put(item, column);
  }

  /** The column that holds this item. */
  String columnOf(String item) {
    return columnOf.getOrDefault(item, item);
  }

  /** Whether the item was mapped explicitly. */
  boolean isMapped(String item) {
    return columnOf.containsKey(item);
  }
}
