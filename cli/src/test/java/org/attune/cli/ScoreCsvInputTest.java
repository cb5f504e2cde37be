package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.concat;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.utf8;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as Excel, R, SPSS and REDCap write them (CONTRACT.md "Reading CSV input"). The rows
 * reuse two EPDS answer sets worked from the key: {@code 0,0,1,1,0,1,0,0,0,0} (total 3,
 * anxiety 2) and {@code 1,1,2,2,2,1,1,1,1,0} (total 12, anxiety 6).
 */
class ScoreCsvInputTest {
  static final String ANSWERS_3 = "0,0,1,1,0,1,0,0,0,0";
  static final String SCORED_3 = "3,below_threshold,2,below_threshold,,complete,,";
  static final String ANSWERS_12 = "1,1,2,2,2,1,1,1,1,0";
  static final String SCORED_12 = "12,possible_depression,6,above_threshold,,complete,,";
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private Cli.Run score(byte[] input, String... options) {
    return Cli.scoreFile(dir, "epds", input, options);
  }

  private Cli.Run score(String input, String... options) {
    return score(utf8(input), options);
  }

  @Test
  void csv_utf8Bom_isStrippedFromTheFirstHeaderName() {
    Cli.Run run = score(concat(BOM, utf8(lines(EPDS_IN, "r1," + ANSWERS_3))));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_crlfLineEnds_readAsLf() {
    Cli.Run run = score(EPDS_IN + "\r\n" + "r1," + ANSWERS_3 + "\r\n" + "r2," + ANSWERS_12 + "\r\n");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3, "r2," + SCORED_12);
  }

  @Test
  void csv_excelStyleFile_bomCrlfAndQuotes_isRead() {
    String header = "\"id\",\"epds_1\",\"epds_2\",\"epds_3\",\"epds_4\",\"epds_5\",\"epds_6\",\"epds_7\",\"epds_8\","
        + "\"epds_9\",\"epds_10\"";
    Cli.Run run = score(concat(BOM, utf8(header + "\r\n\"r1\",\"0\",\"0\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\",\"0\"\r\n")));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_quotedIdWithCommaAndDoubledQuotes_isReadWholeAndWrittenQuoted() {
    Cli.Run run = score(lines(EPDS_IN, "\"Smith, \"\"Jo\"\"\"," + ANSWERS_3));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "\"Smith, \"\"Jo\"\"\"," + SCORED_3);
  }

  @Test
  void csv_quotedCellWithLineBreakInIgnoredColumn_isOneRow() {
    Cli.Run run = score(lines(EPDS_IN + ",note", "r1," + ANSWERS_3 + ",\"first line\nsecond, line\"",
        "r2," + ANSWERS_12 + ",plain"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3, "r2," + SCORED_12);
  }

  @Test
  void csv_semicolonDelimiter_isReadAndUsedForOutput() {
    Cli.Run run = score(lines(EPDS_IN.replace(',', ';'), "a,b;" + ANSWERS_3.replace(',', ';')),
        "--delimiter", ";");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    // a comma is an ordinary character under ';', so the id needs no quotes
    assertThat(run.lines()).containsExactly(EPDS_OUT.replace(',', ';'), "a,b;" + SCORED_3.replace(',', ';'));
  }

  @Test
  void csv_semicolonDelimiter_flagsCellWithDelimiterIsQuoted() {
    // all 3: total 30, anxiety 9, self_harm. Only one flag exists, so no ';' inside the cell;
    // the id holding ';' is quoted
    Cli.Run run = score(lines(EPDS_IN.replace(',', ';'), "\"x;y\";3;3;3;3;3;3;3;3;3;3"), "--delimiter", ";");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT.replace(',', ';'),
        "\"x;y\";30;probable_depression;9;above_threshold;self_harm;complete;;");
  }

  @Test
  void csv_semicolonDelimiter_listCellHoldingTheDelimiterIsQuoted() {
    // two invalid answers: the errors list is "epds_1:not_an_option;epds_2:not_a_number", one cell
    Cli.Run run = score(lines(EPDS_IN.replace(',', ';'), "r1;7;x;0;0;0;0;0;0;0;0"), "--delimiter", ";");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT.replace(',', ';'),
        "r1;;;;;;invalid;\"epds_1:not_an_option;epds_2:not_a_number\";");
  }

  @Test
  void csv_tabDelimiter_isRead() {
    Cli.Run run = score(lines(EPDS_IN.replace(',', '\t'), "r1\t" + ANSWERS_3.replace(',', '\t')),
        "--delimiter", "\t");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT.replace(',', '\t'), "r1\t" + SCORED_3.replace(',', '\t'));
  }

  @Test
  void csv_completelyEmptyLines_areNotRows() {
    Cli.Run run = score(EPDS_IN + "\n\n" + "r1," + ANSWERS_3 + "\n\n\n" + "r2," + ANSWERS_12 + "\r\n\r\n\n");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3, "r2," + SCORED_12);
  }

  @Test
  void csv_lastLineWithoutLineEnd_isARow() {
    Cli.Run run = score(EPDS_IN + "\nr1," + ANSWERS_3);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_headerWithNoRows_writesHeaderOnlyAndExitsZero() {
    Cli.Run run = score(lines(EPDS_IN));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(EPDS_OUT + "\n");
  }

  @Test
  void csv_headerFollowedByEmptyLinesOnly_writesHeaderOnlyAndExitsZero() {
    Cli.Run run = score(EPDS_IN + "\r\n\r\n\n");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(EPDS_OUT + "\n");
  }

  @Test
  void csv_headerWithoutLineEndAndNoRows_writesHeaderOnly() {
    Cli.Run run = score(EPDS_IN);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(EPDS_OUT + "\n");
  }

  @Test
  void csv_onlyEmptyLines_isAUsageError() {
    assertUsageError(score("\n\n"));
  }

  @Test
  void csv_headerWithInvalidUtf8_isAUsageError() {
    byte[] input = concat(utf8(EPDS_IN + ",n"), new byte[] {(byte) 0xFF}, utf8("\nr1," + ANSWERS_3 + ",x\n"));

    assertUsageError(score(input));
  }

  @Test
  void csv_headerWithUnclosedQuote_isAUsageError() {
    assertUsageError(score(lines(EPDS_IN + ",\"note", "r1," + ANSWERS_3 + ",x")));
  }

  @Test
  void csv_headerNamingAnItemTwiceAfterTrimming_isAUsageError() {
    assertUsageError(score(lines(EPDS_IN + ", epds_9 ", "r1," + ANSWERS_3 + ",0")), "epds_9");
  }

  @Test
  void csv_cellsWithSurroundingSpaces_areTrimmed() {
    Cli.Run run = score(lines(EPDS_IN, "  r1 , 0 ,0,  1,1 ,0,1,0,0,0, 0 ", "r2,\" 1 \",1,2,2,2,1,1,1,1,0"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3, "r2," + SCORED_12);
  }

  @Test
  void csv_headerNamesWithSpaces_areTrimmed() {
    Cli.Run run = score(lines(" id , epds_1,epds_2 ,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,  epds_10  ",
        "r1," + ANSWERS_3));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_headerNamesOfOtherCase_doNotMatch() {
    assertUsageError(score(lines(EPDS_IN.replace("epds_1,", "EPDS_1,"), "r1," + ANSWERS_3)), "epds_1");
  }

  @Test
  void csv_columnsInAnyOrder_areFoundByName() {
    // same answers as ANSWERS_3, columns reversed, id last
    Cli.Run run = score(lines("epds_10,epds_9,epds_8,epds_7,epds_6,epds_5,epds_4,epds_3,epds_2,epds_1,id",
        "0,0,0,0,1,0,1,1,0,0,r1"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_otherColumns_areIgnored() {
    // epds_11 and epds_total are not items of the EPDS: ignored, never echoed, never validated
    Cli.Run run = score(lines("site,id,epds_11,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10,"
        + "epds_total,note", "=evil,r1,99,0,0,1,1,0,1,0,0,0,0,27,not a number"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_otherColumnNamedTwice_isFine() {
    Cli.Run run = score(lines(EPDS_IN + ",note,note", "r1," + ANSWERS_3 + ",a,b"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }

  @Test
  void csv_rowWithInvalidUtf8_isInvalidBadEncodingAndOtherRowsAreFine() {
    // row r2: item 10 = 1 in a row whose note holds the byte 0xFF; its flag survives
    byte[] input = concat(utf8(EPDS_IN + ",note\nr1," + ANSWERS_3 + ",ok\nr2,0,0,0,0,0,0,0,0,0,1,caf"),
        new byte[] {(byte) 0xFF, (byte) 0xE9}, utf8("\nr3," + ANSWERS_12 + ",caf\u00e9\n"));

    Cli.Run run = score(input);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "r1," + SCORED_3,
        "r2,,,,,self_harm,invalid,row:bad_encoding,",
        "r3," + SCORED_12);
  }

  @Test
  void csv_unclosedQuote_makesThatRowInvalidAndTheFollowingLinesAreStillRows() {
    Cli.Run run = score(lines(EPDS_IN + ",note",
        "r1,0,0,0,0,0,0,0,0,0,1,\"never closed",
        "r2," + ANSWERS_3 + ",ok",
        "r3," + ANSWERS_12 + ",ok"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "r1,,,,,self_harm,invalid,row:unclosed_quote,",
        "r2," + SCORED_3,
        "r3," + SCORED_12);
  }

  @Test
  void csv_quotedCellLongerThanOneMebibyte_makesThatRowInvalidAndReadingResumesAtTheNextLine() {
    String longCell = "x".repeat((1 << 20) + 10);
    Cli.Run run = score(lines(EPDS_IN + ",note",
        "r1," + ANSWERS_3 + ",ok",
        "r2,0,0,0,0,0,0,0,0,0,2,\"" + longCell + "\"",
        "r3," + ANSWERS_12 + ",ok"));

    assertThat(run.exit()).as("exit").isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "r1," + SCORED_3,
        "r2,,,,,self_harm,invalid,row:cell_too_long,",
        "r3," + SCORED_12);
  }

  @Test
  void csv_unquotedCellLongerThanOneMebibyte_makesThatRowInvalidOnly() {
    String longCell = "y".repeat((1 << 20) + 10);
    Cli.Run run = score(lines(EPDS_IN + ",note",
        "r2,0,0,0,0,0,0,0,0,0,2," + longCell,
        "r3," + ANSWERS_12 + ",ok"));

    assertThat(run.exit()).as("exit").isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "r2,,,,,self_harm,invalid,row:cell_too_long,",
        "r3," + SCORED_12);
  }

  @Test
  void csv_quotedCellOfExactlyOneMebibyte_isRead() {
    String cell = "z".repeat(1 << 20);
    Cli.Run run = score(lines(EPDS_IN + ",note", "r1," + ANSWERS_3 + ",\"" + cell + "\""));

    assertThat(run.exit()).as("exit").isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "r1," + SCORED_3);
  }
}
