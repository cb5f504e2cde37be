package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Scale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bonding family through the command line, per the contract: every golden case of the
 * family's definitions (worked from the published keys, in
 * {@code instruments/bonding/src/test/resources/golden}) becomes an input row, in the coding the
 * case names, and the scored CSV row must carry the case's scores (two decimals, half up, where
 * Condon's thirds do not add up to a whole number), bands, flags, status and errors.
 */
class BondingFamilyTest {
  private static final Path GOLDEN = Path.of("..", "instruments", "bonding", "src", "test", "resources", "golden");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"pbq", "maas", "paas", "mpas", "ppas"})
  void score_everyGoldenCase_givesThePublishedFigures(String id) throws IOException {
    Instrument instrument = Attune.catalog().get(id);
    List<Map<String, String>> golden = CsvText.rowsByName(Files.readString(GOLDEN.resolve(id + ".csv")));
    Map<String, List<Map<String, String>>> byCoding = new LinkedHashMap<>();
    for (Map<String, String> row : golden) {
      assertThat(row.get("profile")).as("profile of %s", row.get("case")).isEmpty();
      byCoding.computeIfAbsent(row.get("coding"), k -> new ArrayList<>()).add(row);
    }
    assertThat(byCoding.keySet()).containsExactlyInAnyOrder("score", "position");

    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, List<Map<String, String>>> group : byCoding.entrySet()) {
      Cli.Run result = run("score", id, input(instrument, group.getValue()).toString(), "--answers", group.getKey());
      assertThat(result.exit()).as("%s", result).isIn(ExitCodes.OK, ExitCodes.INVALID_ROWS);
      List<Map<String, String>> out = CsvText.rowsByName(result.out());
      assertThat(out).hasSameSizeAs(group.getValue());
      for (int r = 0; r < out.size(); r++) {
        Map<String, String> expected = group.getValue().get(r);
        Map<String, String> actual = out.get(r);
        String what = id + "/" + expected.get("case") + " (" + group.getKey() + " coding)";
        soft.assertThat(actual.get("id")).as(what).isEqualTo(expected.get("case"));
        for (Scale scale : instrument.scales()) {
          soft.assertThat(actual.get(scale.id())).as(what + " " + scale.id()).isEqualTo(expected.get(scale.id()));
          soft.assertThat(actual.get(scale.id() + "_band")).as(what + " " + scale.id() + "_band")
              .isEqualTo(expected.get(scale.id() + "_band"));
        }
        for (String column : List.of("flags", "status", "errors")) {
          soft.assertThat(actual.get(column)).as(what + " " + column).isEqualTo(expected.get(column));
        }
      }
    }
    soft.assertAll();
  }

  /** The cases as a CSV file: the case name as id, then each item's cell as the case gives it. */
  private Path input(Instrument instrument, List<Map<String, String>> rows) throws IOException {
    StringBuilder csv = new StringBuilder("id");
    instrument.items().forEach(item -> csv.append(',').append(item.id()));
    csv.append('\n');
    for (Map<String, String> row : rows) {
      csv.append(quoted(row.get("case")));
      for (Item item : instrument.items()) {
        csv.append(',').append(quoted(row.get(item.id())));
      }
      csv.append('\n');
    }
    Path file = dir.resolve(instrument.id() + "-" + rows.get(0).get("coding") + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
