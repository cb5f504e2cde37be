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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The instrument families through the command line, per the contract: every golden case of a
 * family's definitions (worked from the published keys, in
 * {@code instruments/<family>/src/test/resources/golden}) becomes an input row, in the coding
 * the case names, with the child's age in an {@code age_months} column where the case gives
 * one; the scored CSV row must carry the case's scores (two decimals, half up, where Condon's
 * thirds do not add up to a whole number), bands, flags, status, errors and warnings.
 */
class FamilyGoldenTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"bonding, pbq", "bonding, maas", "bonding, paas", "bonding, mpas", "bonding, ppas",
      "infant, bpsc", "infant, ppsc", "infant, adbb", "infant, madbb", "infant, bisq",
      "parenting, kpcs", "parenting, who5"})
  void score_everyGoldenCase_givesThePublishedFigures(String family, String id) throws IOException {
    Instrument instrument = Attune.catalog().get(id);
    Path file = Path.of("..", "instruments", family, "src", "test", "resources", "golden", id + ".csv");
    List<Map<String, String>> cases = CsvText.rowsByName(Files.readString(file));
    Map<String, List<Map<String, String>>> byCoding = new LinkedHashMap<>();
    for (Map<String, String> row : cases) {
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
        for (String column : List.of("flags", "status", "errors", "warnings")) {
          if (column.equals("warnings") && !expected.containsKey(column)) {
            continue; // the golden file gives no age
          }
          soft.assertThat(actual.get(column)).as(what + " " + column).isEqualTo(expected.get(column));
        }
      }
    }
    soft.assertAll();
  }

  /** The cases as a CSV file: the case name as id, then each item's cell as the case gives it. */
  private Path input(Instrument instrument, List<Map<String, String>> rows) throws IOException {
    boolean ages = rows.get(0).containsKey("age_months");
    StringBuilder csv = new StringBuilder(ages ? "id,age_months" : "id");
    instrument.items().forEach(item -> csv.append(',').append(item.id()));
    csv.append('\n');
    for (Map<String, String> row : rows) {
      csv.append(quoted(row.get("case")));
      if (ages) {
        csv.append(',').append(row.get("age_months"));
      }
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
