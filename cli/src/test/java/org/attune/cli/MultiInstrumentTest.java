package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several instruments in one pass (CONTRACT.md "Scored output (CSV)": each instrument's scale
 * columns, and {@code <instrument>_flags}, {@code _status}, {@code _errors}, instruments in the
 * order given). One pass over a wide file must say, cell for cell, what one run per instrument
 * says on the same rows.
 */
class MultiInstrumentTest {
  /** Per-instrument columns that get the {@code <instrument>_} prefix when several are scored. */
  static final Set<String> PREFIXED = Set.of("flags", "status", "errors", "warnings");
  static final List<String> INSTRUMENTS = List.of("epds", "phq9", "gad7");
  /** EPDS, PHQ-9 and GAD-7 items: every item of the three scores 0..3 in score coding. */
  static final Map<String, Integer> ITEM_COUNT = Map.of("epds", 10, "phq9", 9, "gad7", 7);
  /** Cells that mean "not answered" (CONTRACT.md: empty cell and NA, after trimming). */
  static final List<String> MISSING = List.of("", "NA", " ", " NA ");
  /** Cells that break every item of the three: not options (7, 4) or not canonical whole numbers. */
  static final List<String> INVALID = List.of("7", "4", "x", "02", "-1", "2.0", "+1", "\u0662");

  @TempDir Path dir;

  /** A generated wide file and whether, by construction, some row is invalid for some instrument. */
  record Wide(String csv, int rows, boolean anyInvalid, Set<String> invalidFor) {}

  /**
   * Seeded wide rows: id, a note column, then the items of EPDS, PHQ-9 and GAD-7 with their
   * columns shuffled. A damaged cell is a missing token or an invalid value; a few rows get
   * a surplus or a lost cell (row:wrong_cell_count for every instrument).
   */
  static Wide wide(long seed, int rows, int damagePercent) {
    Random random = new Random(seed);
    List<String> columns = new ArrayList<>();
    for (String instrument : INSTRUMENTS) {
      for (int i = 1; i <= ITEM_COUNT.get(instrument); i++) {
        columns.add(instrument + "_" + i);
      }
    }
    Collections.shuffle(columns, random);
    columns.add(0, "id");
    columns.add(random.nextInt(columns.size() + 1), "note");
    StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
    boolean anyInvalid = false;
    Set<String> invalidFor = new TreeSet<>();
    for (int r = 0; r < rows; r++) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        if (column.equals("id")) {
          cells.add(random.nextInt(10) == 0 ? "\"w," + r + "\"" : "w" + r);
        } else if (column.equals("note")) {
          cells.add(random.nextBoolean() ? "" : "\"a \"\"note\"\"\"");
        } else if (random.nextInt(100) < damagePercent) {
          if (random.nextBoolean()) {
            cells.add(MISSING.get(random.nextInt(MISSING.size())));
          } else {
            cells.add(INVALID.get(random.nextInt(INVALID.size())));
            anyInvalid = true;
            invalidFor.add(column.substring(0, column.indexOf('_')));
          }
        } else {
          String score = Integer.toString(random.nextInt(4));
          cells.add(random.nextInt(20) == 0 ? " " + score + " " : score);
        }
      }
      if (damagePercent > 0 && random.nextInt(40) == 0) {
        if (random.nextBoolean()) {
          cells.add("surplus");
        } else {
          cells.remove(cells.size() - 1);
        }
        anyInvalid = true;
        invalidFor.addAll(INSTRUMENTS);
      }
      csv.append(String.join(",", cells)).append('\n');
    }
    return new Wide(csv.toString(), rows, anyInvalid, invalidFor);
  }

  @ParameterizedTest(name = "seed {0}, {1} rows, {2}% damaged cells")
  @CsvSource({"1, 300, 6", "2, 300, 0", "3, 80, 35", "4, 150, 12"})
  void severalInstruments_randomWideRows_agreeCellForCellWithSingleRuns(long seed, int rows, int damagePercent) {
    Wide wide = wide(seed, rows, damagePercent);
    Path in = write(dir, "wide.csv", wide.csv());

    Cli.Run multi = run("score", String.join(",", INSTRUMENTS), in.toString());

    assertThat(multi.err()).as("standard error of the several-instrument run (seed %d)", seed).isEmpty();
    List<List<String>> multiRecords = CsvText.records(multi.out());
    assertThat(multiRecords).as("one output row per input row (seed %d)", seed).hasSize(1 + wide.rows());
    List<String> multiHeader = multiRecords.get(0);
    assertThat(multiHeader.get(0)).isEqualTo("id");

    boolean anySingleInvalid = false;
    List<String> expectedNames = new ArrayList<>(List.of("id"));
    int lastIndex = 0;
    for (String instrument : INSTRUMENTS) {
      Cli.Run single = run("score", instrument, in.toString());
      assertThat(single.exit()).as("exit of the %s run (seed %d)", instrument, seed)
          .isIn(ExitCodes.OK, ExitCodes.INVALID_ROWS);
      assertThat(single.exit() == ExitCodes.INVALID_ROWS)
          .as("%s run exits 3 iff a row is invalid for it by construction (seed %d)", instrument, seed)
          .isEqualTo(wide.invalidFor().contains(instrument));
      anySingleInvalid |= single.exit() == ExitCodes.INVALID_ROWS;
      List<List<String>> singleRecords = CsvText.records(single.out());
      assertThat(singleRecords).hasSize(1 + wide.rows());
      List<String> singleHeader = singleRecords.get(0);
      assertThat(singleHeader.get(0)).isEqualTo("id");

      for (int c = 1; c < singleHeader.size(); c++) {
        String name = singleHeader.get(c);
        String multiName = PREFIXED.contains(name) ? instrument + "_" + name : name;
        expectedNames.add(multiName);
        int m = multiHeader.indexOf(multiName);
        assertThat(m).as("column %s in the several-instrument header %s", multiName, multiHeader).isPositive();
        assertThat(m).as("%s's columns come after the previous instrument's (order given)", instrument)
            .isGreaterThan(lastIndex);
        lastIndex = m;
        for (int r = 1; r <= wide.rows(); r++) {
          assertThat(multiRecords.get(r).get(m))
              .as("seed %d, row %d, column %s (single run: %s)", seed, r, multiName, name)
              .isEqualTo(singleRecords.get(r).get(c));
        }
      }
      for (int r = 1; r <= wide.rows(); r++) {
        assertThat(multiRecords.get(r).get(0)).as("seed %d, row %d id", seed, r).isEqualTo(singleRecords.get(r).get(0));
      }
    }
    assertThat(multiHeader).as("nothing but the single runs' columns").containsExactlyElementsOf(expectedNames);
    assertThat(multi.exit()).as("exit 3 iff any single run exits 3 (seed %d)", seed)
        .isEqualTo(anySingleInvalid ? ExitCodes.INVALID_ROWS : ExitCodes.OK);
    assertThat(anySingleInvalid).as("by construction (seed %d)", seed).isEqualTo(wide.anyInvalid());
  }

  // -- GAD-2 and GAD-7 from the same columns ------------------------------------------------

  static final String GAD7_IN = "id,gad7_1,gad7_2,gad7_3,gad7_4,gad7_5,gad7_6,gad7_7";
  static final String GAD2_GAD7_OUT = "id,gad2_total,gad2_total_band,gad2_flags,gad2_status,gad2_errors,gad2_warnings,"
      + "gad7_total,gad7_total_band,gad7_flags,gad7_status,gad7_errors,gad7_warnings";

  @Test
  void gad2FromGad7Columns_mappedToTheSameColumns_givesItems1Plus2OfGad7() {
    // GAD items score 0..3. GAD-2 bands 0-2 below_threshold, 3-6 above_threshold; GAD-7 bands
    // 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe. No flags in either.
    Path in = write(dir, "gad.csv", lines(GAD7_IN,
        "g1,3,2,0,0,0,0,0", // GAD-2 3+2 = 5 above; GAD-7 5 mild
        "g2,1,1,1,1,1,1,1", // GAD-2 2 below; GAD-7 7 mild
        "g3,0,3,3,3,3,3,3", // GAD-2 3 above; GAD-7 18 severe
        "g4,,2,0,0,0,0,0", // item 1 missing: both incomplete
        "g5,4,0,0,0,0,0,0", // 4 is not a score (0..3): both invalid at item 1
        "g6,0,0,0,0,0,0,3", // item 7 is no GAD-2 item: GAD-2 0 below; GAD-7 3 minimal
        "g7,1,2,3,3,1,0,0")); // GAD-2 3 above; GAD-7 10 moderate

    Cli.Run run = run("score", "gad2,gad7", in.toString(), "--map", "gad2_1=gad7_1", "--map", "gad2_2=gad7_2");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(GAD2_GAD7_OUT,
        "g1,5,above_threshold,,complete,,,5,mild,,complete,,",
        "g2,2,below_threshold,,complete,,,7,mild,,complete,,",
        "g3,3,above_threshold,,complete,,,18,severe,,complete,,",
        "g4,,,,incomplete,,,,,,incomplete,,",
        "g5,,,,invalid,gad2_1:not_an_option,,,,,invalid,gad7_1:not_an_option,",
        "g6,0,below_threshold,,complete,,,3,minimal,,complete,,",
        "g7,3,above_threshold,,complete,,,10,moderate,,complete,,");
  }

  @Test
  void gad2FromGad7Columns_randomRows_gad2TotalIsGad7Items1Plus2AndGad7AgreesWithItsOwnRun() {
    long seed = 20240611L;
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder(GAD7_IN).append('\n');
    int rows = 200;
    List<int[]> answers = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int[] a = IntStream.range(0, 7).map(i -> random.nextInt(4)).toArray();
      answers.add(a);
      csv.append('g').append(r).append(',')
          .append(IntStream.of(a).mapToObj(Integer::toString).collect(Collectors.joining(","))).append('\n');
    }
    Path in = write(dir, "gad.csv", csv.toString());

    Cli.Run both = run("score", "gad2,gad7", in.toString(), "--map", "gad2_1=gad7_1", "--map", "gad2_2=gad7_2");
    Cli.Run gad7 = run("score", "gad7", in.toString());

    assertThat(both.exit()).as("%s", both).isEqualTo(ExitCodes.OK);
    List<Map<String, String>> out = CsvText.rowsByName(both.out());
    List<Map<String, String>> alone = CsvText.rowsByName(gad7.out());
    assertThat(out).hasSize(rows);
    for (int r = 0; r < rows; r++) {
      int[] a = answers.get(r);
      int gad2 = a[0] + a[1];
      int total = IntStream.of(a).sum();
      Map<String, String> row = out.get(r);
      assertThat(row.get("gad2_total")).as("seed %d row %d: GAD-2 = gad7_1 + gad7_2", seed, r)
          .isEqualTo(Integer.toString(gad2));
      assertThat(row.get("gad2_total_band")).as("seed %d row %d", seed, r)
          .isEqualTo(gad2 >= 3 ? "above_threshold" : "below_threshold");
      assertThat(row.get("gad7_total")).as("seed %d row %d", seed, r).isEqualTo(Integer.toString(total));
      Map<String, String> expected = new LinkedHashMap<>();
      alone.get(r).forEach((k, v) -> expected.put(PREFIXED.contains(k) ? "gad7_" + k : k, v));
      assertThat(row).as("seed %d row %d: GAD-7 columns as in its own run", seed, r).containsAllEntriesOf(expected);
    }
  }
}
