package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.utf8;
import static org.attune.cli.Cli.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Column mapping for files whose headers differ from our item ids (REDCap and cohort exports):
 * {@code --map ITEM=COLUMN} (repeatable) and {@code --map-file} of {@code item,column} lines. A
 * mapping to an absent column is a usage error naming it. Expected rows are worked from the
 * EPDS key (items 1, 2, 4 score 0..3 in printed order, items 3, 5-10 score 3..0; in score
 * coding a cell is the item score; EPDS-3A = items 3+4+5).
 */
class ColumnMapTest {
  /** The answers of each row, epds_1..epds_10 in order. */
  static final String[][] ROWS = {
      {"m1", "0", "0", "1", "1", "0", "1", "0", "0", "0", "0"},
      {"m2", "1", "1", "2", "2", "2", "1", "1", "1", "1", "0"},
      {"m3", "0", "0", "1", "1", "0", "", "0", "0", "0", "1"},
      {"m4", "0", "0", "7", "1", "0", "1", "0", "0", "0", "0"}};
  static final String OUT_HEADER = "record_id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings";
  static final String[] OUT_ROWS = {
      // 0+0+1+1+0+1+0+0+0+0 = 3; anxiety 1+1+0 = 2
      "m1,3,below_threshold,2,below_threshold,,complete,,",
      // 1+1+2+2+2+1+1+1+1+0 = 12 (10-12 possible); anxiety 2+2+2 = 6 (>= 6)
      "m2,12,possible_depression,6,above_threshold,,complete,,",
      // item 6 missing: total empty; anxiety 2; item 10 = 1 raises self_harm
      "m3,,,2,below_threshold,self_harm,incomplete,,",
      // item 3 = 7 is not a score of item 3 (3, 2, 1, 0)
      "m4,,,,,,invalid,epds_3:not_an_option,"};

  @TempDir Path dir;

  /** Our own header: record_id and the item ids. */
  static String plainFile() {
    List<String> lines = new ArrayList<>(List.of("record_id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,"
        + "epds_9,epds_10"));
    for (String[] row : ROWS) {
      lines.add(String.join(",", row));
    }
    return lines(lines.toArray(String[]::new));
  }

  /** A REDCap-style export: record_id, an event column, EPDS_Q10 first, then EPDS_Q1..EPDS_Q9, a comment. */
  static String redcapFile() {
    List<String> lines = new ArrayList<>(List.of("record_id,redcap_event_name,EPDS_Q10,EPDS_Q1,EPDS_Q2,EPDS_Q3,"
        + "EPDS_Q4,EPDS_Q5,EPDS_Q6,EPDS_Q7,EPDS_Q8,EPDS_Q9,epds_complete"));
    for (String[] row : ROWS) {
      List<String> cells = new ArrayList<>(List.of(row[0], "baseline_arm_1", row[10]));
      cells.addAll(List.of(row).subList(1, 10));
      cells.add("2");
      lines.add(String.join(",", cells));
    }
    return lines(lines.toArray(String[]::new));
  }

  /** {@code --map epds_n=EPDS_Qn} for n = 1..10. */
  static List<String> mapOptions() {
    List<String> options = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      options.add("--map");
      options.add("epds_" + n + "=EPDS_Q" + n);
    }
    return options;
  }

  private Cli.Run score(Path in, List<String> options) {
    List<String> args = new ArrayList<>(List.of("score", "epds", in.toString()));
    args.addAll(options);
    return run(args.toArray(String[]::new));
  }

  private Cli.Run plainRun() {
    Cli.Run plain = score(write(dir, "plain.csv", plainFile()), List.of("--id-column", "record_id"));
    assertThat(plain.exit()).as("%s", plain).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(plain.lines()).containsExactly(concat(OUT_HEADER, OUT_ROWS));
    return plain;
  }

  static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void map_redcapHeaderEveryItemMapped_givesExactlyThePlainFilesOutput() {
    Cli.Run plain = plainRun();
    List<String> options = new ArrayList<>(mapOptions());
    options.addAll(List.of("--id-column", "record_id"));

    Cli.Run mapped = score(write(dir, "redcap.csv", redcapFile()), options);

    assertThat(mapped.exit()).as("%s", mapped).isEqualTo(plain.exit());
    assertThat(mapped.out()).isEqualTo(plain.out());
    assertThat(mapped.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"LF", "CRLF with BOM"})
  void mapFile_sameMappingWithHeaderCommentAndBlankLine_givesExactlyThePlainFilesOutput(String style) {
    Cli.Run plain = plainRun();
    List<String> lines = new ArrayList<>(List.of("item,column", "# REDCap export, baseline arm"));
    for (int n = 1; n <= 10; n++) {
      lines.add("epds_" + n + "," + "EPDS_Q" + n);
      if (n == 5) {
        lines.add("");
      }
    }
    String text = String.join("\n", lines) + "\n";
    byte[] bytes = style.equals("LF") ? utf8(text)
        : Cli.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text.replace("\n", "\r\n")));
    Path mapFile = write(dir, "mapping.csv", bytes);

    Cli.Run mapped = score(write(dir, "redcap.csv", redcapFile()),
        List.of("--map-file", mapFile.toString(), "--id-column", "record_id"));

    assertThat(mapped.exit()).as("%s", mapped).isEqualTo(plain.exit());
    assertThat(mapped.out()).isEqualTo(plain.out());
  }

  @Test
  void mapFile_withoutHeaderLine_isReadTheSame() {
    Cli.Run plain = plainRun();
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 10; n++) {
      text.append("epds_").append(n).append(",EPDS_Q").append(n).append('\n');
    }
    Path mapFile = write(dir, "mapping.csv", text.toString());

    Cli.Run mapped = score(write(dir, "redcap.csv", redcapFile()),
        List.of("--map-file", mapFile.toString(), "--id-column", "record_id"));

    assertThat(mapped.out()).isEqualTo(plain.out());
  }

  @Test
  void mapFile_headerLineAfterALeadingComment_isStillTheHeader() {
    // "an optional header line item,column; blank lines and # comments skipped": a comment
    // above the header is an ordinary way to write such a file
    Cli.Run plain = plainRun();
    StringBuilder text = new StringBuilder("# mapping for the cohort's REDCap export\n\nitem,column\n");
    for (int n = 1; n <= 10; n++) {
      text.append("epds_").append(n).append(",EPDS_Q").append(n).append('\n');
    }
    Path mapFile = write(dir, "mapping.csv", text.toString());

    Cli.Run mapped = score(write(dir, "redcap.csv", redcapFile()),
        List.of("--map-file", mapFile.toString(), "--id-column", "record_id"));

    assertThat(mapped.exit()).as("%s", mapped).isEqualTo(plain.exit());
    assertThat(mapped.out()).isEqualTo(plain.out());
  }

  @Test
  void map_someItemsMapped_othersAreReadUnderTheirIds() {
    // epds_1 and epds_10 come from renamed columns; the rest keep their ids. Row m1's answers:
    // 0,0,1,1,0,1,0,0,0,0 = 3, anxiety 2
    Path in = write(dir, "in.csv", lines("record_id,Q1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,Q10",
        "m1,0,0,1,1,0,1,0,0,0,0"));

    Cli.Run run = score(in, List.of("--map", "epds_1=Q1", "--map", "epds_10=Q10", "--id-column", "record_id"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(OUT_HEADER, OUT_ROWS[0]);
  }

  @Test
  void map_mappedColumnAndAColumnNamedByTheItemId_theMappedColumnIsRead() {
    // epds_10 = 3 under its own id is ignored; Q10 = 0 is read: row m1, no self_harm
    Path in = write(dir, "in.csv", lines("record_id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,"
        + "epds_10,Q10", "m1,0,0,1,1,0,1,0,0,0,3,0"));

    Cli.Run run = score(in, List.of("--map", "epds_10=Q10", "--id-column", "record_id"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(OUT_HEADER, OUT_ROWS[0]);
  }

  @Test
  void map_spacesAroundItemAndColumn_areTrimmedAsHeaderNamesAre() {
    Path in = write(dir, "in.csv", lines("record_id, EPDS Q1 ,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,"
        + "epds_10", "m1,0,0,1,1,0,1,0,0,0,0"));

    Cli.Run run = score(in, List.of("--map", " epds_1 = EPDS Q1 ", "--id-column", "record_id"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(OUT_HEADER, OUT_ROWS[0]);
  }

  // -- usage errors ----------------------------------------------------------------------------

  @Test
  void map_toAnAbsentColumn_isAUsageErrorNamingIt() {
    List<String> options = new ArrayList<>(mapOptions());
    options.set(options.indexOf("epds_4=EPDS_Q4"), "epds_4=EPDS_FOUR");

    Cli.Run run = score(write(dir, "redcap.csv", redcapFile()), options);

    assertUsageError(run, "EPDS_FOUR");
  }

  @Test
  void mapFile_toAnAbsentColumn_isAUsageErrorNamingIt() {
    StringBuilder text = new StringBuilder("item,column\n");
    for (int n = 1; n <= 10; n++) {
      text.append("epds_").append(n).append(',').append(n == 7 ? "EPDS_SEVEN" : "EPDS_Q" + n).append('\n');
    }
    Path mapFile = write(dir, "mapping.csv", text.toString());

    Cli.Run run = score(write(dir, "redcap.csv", redcapFile()), List.of("--map-file", mapFile.toString()));

    assertUsageError(run, "EPDS_SEVEN");
  }

  @Test
  void map_optionalItemToAnAbsentColumn_isAUsageErrorNamingIt() {
    // phq9_difficulty is optional, but a mapping names a column that must be there
    Path in = write(dir, "in.csv", lines(Cli.PHQ9_IN, "p1,0,0,0,0,0,0,0,0,0"));

    Cli.Run run = run("score", "phq9", in.toString(), "--map", "phq9_difficulty=PHQ_DIFF");

    assertUsageError(run, "PHQ_DIFF");
  }

  @ParameterizedTest
  @ValueSource(strings = {"phq9_1=EPDS_Q1", "epds_11=EPDS_Q1", "EPDS_Q1=epds_1", "id=EPDS_Q1"})
  void map_itemNotOfTheInstrumentsScored_isAUsageErrorNamingIt(String entry) {
    List<String> options = new ArrayList<>(mapOptions());
    options.add("--map");
    options.add(entry);

    Cli.Run run = score(write(dir, "redcap.csv", redcapFile()), options);

    assertUsageError(run, entry.substring(0, entry.indexOf('=')));
  }

  @ParameterizedTest
  @ValueSource(strings = {"epds_1", "epds_1:EPDS_Q1", "=EPDS_Q1", "epds_1=", ""})
  void map_malformedEntry_isAUsageError(String entry) {
    List<String> options = new ArrayList<>(mapOptions());
    options.add("--map");
    options.add(entry);

    assertUsageError(score(write(dir, "redcap.csv", redcapFile()), options));
  }

  @ParameterizedTest
  @ValueSource(strings = {"epds_1 EPDS_Q1", "epds_1;EPDS_Q1", "epds_1,", ",EPDS_Q1", "epds_11,EPDS_Q1"})
  void mapFile_malformedOrUnknownLine_isAUsageError(String line) {
    Path mapFile = write(dir, "mapping.csv", lines("item,column", "epds_2,EPDS_Q2", line));

    assertUsageError(score(write(dir, "redcap.csv", redcapFile()), List.of("--map-file", mapFile.toString())));
  }

  @Test
  void mapFile_absent_isAUsageErrorNamingIt() {
    Path in = write(dir, "redcap.csv", redcapFile());

    assertUsageError(score(in, List.of("--map-file", dir.resolve("no-such-mapping.csv").toString())),
        "no-such-mapping.csv");
  }

  @Test
  void map_mappedColumnNamedTwiceInTheHeader_isAUsageErrorNamingIt() {
    String header = "record_id,EPDS_Q1,EPDS_Q2,EPDS_Q3,EPDS_Q4,EPDS_Q5,EPDS_Q6,EPDS_Q7,EPDS_Q8,EPDS_Q9,EPDS_Q10,EPDS_Q3";
    Path in = write(dir, "in.csv", lines(header, "m1,0,0,1,1,0,1,0,0,0,0,1"));

    assertUsageError(score(in, mapOptions()), "EPDS_Q3");
  }

  @Test
  void map_usageErrorWithOutputFile_leavesNoFile() throws Exception {
    Path in = write(dir, "redcap.csv", redcapFile());
    Path out = dir.resolve("scored.csv");

    assertUsageError(score(in, List.of("--map", "epds_1=NOPE", "-o", out.toString())), "NOPE");
    assertThat(out).doesNotExist();
    assertThat(ScoreCommandTest.filesIn(dir)).containsExactly("redcap.csv");
  }
}
