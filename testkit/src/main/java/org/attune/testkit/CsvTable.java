package org.attune.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads a CSV test resource with a header into one map per row (column name to cell). */
final class CsvTable {
  private static final CsvMapper CSV = CsvMapper.builder().build();

  private CsvTable() {}

  static List<Map<String, String>> read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(resource + " not found beside " + anchor.getName());
      }
      CsvSchema schema = CsvSchema.emptySchema().withHeader();
      try (MappingIterator<Map<String, String>> rows =
          CSV.readerForMapOf(String.class).with(schema).readValues(in)) {
        List<Map<String, String>> out = new ArrayList<>();
        rows.forEachRemaining(out::add);
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
