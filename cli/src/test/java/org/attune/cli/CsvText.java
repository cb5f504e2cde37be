package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads scored CSV back into cells (with the project's own reader), for cell-by-cell comparisons. */
final class CsvText {
  private CsvText() {}

  /** Every record of {@code text}, header included, as cells; a record the reader marks fails the test. */
  static List<List<String>> records(String text) {
    return records(text.getBytes(StandardCharsets.UTF_8), ',');
  }

  static List<List<String>> records(byte[] bytes, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), delimiter)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        assertThat(r.problem()).as("scored output record at line %d is readable", r.line()).isNull();
        records.add(Arrays.asList(r.cells()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The rows after the header, each as a map from header name to cell (header names must be unique). */
  static List<Map<String, String>> rowsByName(String text) {
    List<List<String>> records = records(text);
    assertThat(records).as("scored output has a header").isNotEmpty();
    List<String> header = records.get(0);
    assertThat(header).as("header names").doesNotHaveDuplicates();
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      assertThat(record).as("cells of %s", record).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), record.get(c));
      }
      rows.add(row);
    }
    return rows;
  }
}
