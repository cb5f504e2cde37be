package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.junit.jupiter.api.Test;

/** docs/cdisc-qs.md lists every instrument's QSCAT and, per item and scale, the QSTESTCD, QSTEST and QSEVLINT written. */
class QsDocsTest {
  static final Path DOC = Path.of("..", "docs", "cdisc-qs.md");
  static final Pattern HEADING = Pattern.compile("^### .* \\(`([a-z0-9]+)`\\): QSCAT `([^`]+)`$", Pattern.MULTILINE);
  static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9_]+)`(?: \\(derived\\))? \\| `([A-Z0-9_]+)` \\| (.+) \\| (\\S+) \\|$", Pattern.MULTILINE);

  @Test
  void doc_listsWhatTheExportWrites_forEveryInstrument() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Map<String, String> categories = new LinkedHashMap<>();
    for (Matcher m = HEADING.matcher(doc); m.find(); ) {
      categories.put(m.group(1), m.group(2));
    }
    Map<String, QsTest> rows = new LinkedHashMap<>();
    for (Matcher m = ROW.matcher(doc); m.find(); ) {
      rows.put(m.group(1), new QsTest(m.group(2), m.group(3), m.group(4).equals("none") ? null : m.group(4)));
    }

    Map<String, String> expectedCategories = new LinkedHashMap<>();
    Map<String, QsTest> expectedRows = new LinkedHashMap<>();
    for (Instrument instrument : Attune.catalog().instruments()) {
      expectedCategories.put(instrument.id(), instrument.shortName());
      List<QsTest> items = QsTest.items(instrument);
      for (int i = 0; i < items.size(); i++) {
        expectedRows.put(instrument.items().get(i).id(), items.get(i));
      }
      List<QsTest> scales = QsTest.scales(instrument);
      for (int s = 0; s < scales.size(); s++) {
        expectedRows.put(instrument.scales().get(s).id(), scales.get(s));
      }
    }
    assertThat(categories).isEqualTo(expectedCategories);
    assertThat(rows).isEqualTo(expectedRows);
  }
}
