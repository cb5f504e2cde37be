package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.concat;
import static org.attune.cli.Cli.utf8;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One output row per input row for every kind of damaged input, with the right status and
 * exit code (CONTRACT.md "Reading CSV input": a row whose cell count differs from the
 * header's is {@code row:wrong_cell_count}; bytes that are not UTF-8, a quoted field longer
 * than 1 MiB or never closed make that row invalid and reading resumes at the next line; a
 * 0-byte file is a usage error; a header with no rows gives a header and exit 0). Each damaged
 * row sits between two good rows, so the table also shows that reading recovers.
 *
 * <p>Good rows, by the EPDS key: {@code 0,0,1,1,0,1,0,0,0,0} scores total 3 and anxiety
 * 1+1+0 = 2; {@code 1,1,2,2,2,1,1,1,1,0} scores 12 (10-12 possible) and anxiety 2+2+2 = 6.
 * Damaged rows that answer item 10 with 1 or more raise self_harm where item 10 can still be
 * read (flags are evaluated on every valid answer whatever the status).
 */
class DamagedInputTest {
  static final String HEADER = EPDS_IN + ",note";
  static final String BEFORE = "a,0,0,1,1,0,1,0,0,0,0,fine";
  static final String BEFORE_OUT = "a,3,below_threshold,2,below_threshold,,complete,,";
  static final String AFTER = "z,1,1,2,2,2,1,1,1,1,0,fine";
  static final String AFTER_OUT = "z,12,possible_depression,6,above_threshold,,complete,,";
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final String HUGE = "h".repeat((1 << 20) + 1);

  @TempDir Path dir;

  static byte[] b(int... bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = (byte) bytes[i];
    }
    return out;
  }

  /** The header, the good row a, the damaged row's bytes, a line end, the good row z. */
  static byte[] between(byte[]... damaged) {
    return concat(utf8(HEADER + "\n" + BEFORE + "\n"), concat(damaged), utf8("\n" + AFTER + "\n"));
  }

  static byte[] between(String damaged) {
    return between(utf8(damaged));
  }

  /** A damaged row between the good ones: expected exit 3, and the damaged row's output between theirs. */
  static Arguments damaged(String name, byte[] input, String out) {
    return Arguments.of(name, input, ExitCodes.INVALID_ROWS, new String[] {EPDS_OUT, BEFORE_OUT, out, AFTER_OUT});
  }

  static Arguments whole(String name, byte[] input, int exit, String... out) {
    return Arguments.of(name, input, exit, out);
  }

  static Stream<Arguments> damagedInputs() {
    return Stream.of(
        // -- ragged rows
        damaged("too few cells", between("d,0,0"), "d,,,,,,invalid,row:wrong_cell_count,"),
        damaged("too few cells, item 10 still read at its header position",
            concat(utf8("epds_10,id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9\n"
                + "0,a,0,0,1,1,0,1,0,0,0\n2,d,0\n0,z,1,1,2,2,2,1,1,1,1\n")),
            "d,,,,,self_harm,invalid,row:wrong_cell_count,"),
        damaged("too many cells", between("d,0,0,0,0,0,0,0,0,0,1,n,surplus"),
            "d,,,,,self_harm,invalid,row:wrong_cell_count,"),
        damaged("one cell only", between("d"), "d,,,,,,invalid,row:wrong_cell_count,"),
        damaged("a line of spaces is a row of one empty cell", between("   "), ",,,,,,invalid,row:wrong_cell_count,"),
        damaged("a hundred thousand cells", between("d" + ",".repeat(100_000)), "d,,,,,,invalid,row:wrong_cell_count,"),
        // -- bytes that are not UTF-8
        damaged("0xFF in an ignored column", between(utf8("d,0,0,0,0,0,0,0,0,0,1,caf"), b(0xFF)),
            "d,,,,,self_harm,invalid,row:bad_encoding,"),
        damaged("Latin-1 e-acute in an ignored column", between(utf8("d,0,0,0,0,0,0,0,0,0,0,caf"), b(0xE9)),
            "d,,,,,,invalid,row:bad_encoding,"),
        damaged("lone 0xC3 in an item cell", between(utf8("d,0,0,0,0,"), b(0xC3), utf8(",0,0,0,0,1,n")),
            "d,,,,,self_harm,invalid,row:bad_encoding,"),
        damaged("overlong encoding of NUL", between(utf8("d,0,0,0,0,0,0,0,0,0,0,"), b(0xC0, 0x80)),
            "d,,,,,,invalid,row:bad_encoding,"),
        damaged("encoded UTF-16 surrogate", between(utf8("d,0,0,0,0,0,0,0,0,0,0,"), b(0xED, 0xA0, 0x80)),
            "d,,,,,,invalid,row:bad_encoding,"),
        damaged("UTF-8 character split by a delimiter", between(utf8("d,0,0,0,0,0,0,0,0,0,"), b(0xC3),
            utf8(","), b(0xA9)), "d,,,,,,invalid,row:bad_encoding,"),
        whole("lone 0xC3 at the very end of the file, no line end",
            concat(utf8(HEADER + "\n" + BEFORE + "\nd,0,0,0,0,0,0,0,0,0,2,caf"), b(0xC3)), ExitCodes.INVALID_ROWS,
            EPDS_OUT, BEFORE_OUT, "d,,,,,self_harm,invalid,row:bad_encoding,"),
        // -- huge cells
        damaged("unquoted cell over 1 MiB in an ignored column", between("d,0,0,0,0,0,0,0,0,0,1," + HUGE),
            "d,,,,,self_harm,invalid,row:cell_too_long,"),
        damaged("quoted cell over 1 MiB in an ignored column", between("d,0,0,0,0,0,0,0,0,0,1,\"" + HUGE + "\""),
            "d,,,,,self_harm,invalid,row:cell_too_long,"),
        // -- unbalanced quotes
        damaged("quote never closed in the last cell", between("d,0,0,0,0,0,0,0,0,0,1,\"never closed"),
            "d,,,,,self_harm,invalid,row:unclosed_quote,"),
        damaged("quote never closed in the first cell", between("\"d,0,0,0,0,0,0,0,0,0,1,n"),
            ",,,,,,invalid,row:unclosed_quote,"),
        whole("quote never closed on the last line, no line end",
            utf8(HEADER + "\n" + BEFORE + "\nd,0,0,0,0,0,0,0,0,0,1,\"open"), ExitCodes.INVALID_ROWS,
            EPDS_OUT, BEFORE_OUT, "d,,,,,self_harm,invalid,row:unclosed_quote,"),
        whole("stray quote inside an unquoted cell is an ordinary character",
            utf8(HEADER + "\n" + BEFORE + "\nd,0,0,1,1,0,1,0,0,0,0,5\" tall\n" + AFTER + "\n"), ExitCodes.OK,
            EPDS_OUT, BEFORE_OUT, "d,3,below_threshold,2,below_threshold,,complete,,", AFTER_OUT),
        // -- whole files
        whole("empty file", new byte[0], ExitCodes.USAGE),
        whole("byte order mark only", BOM, ExitCodes.USAGE),
        whole("empty lines only", utf8("\n\r\n\n"), ExitCodes.USAGE),
        whole("header with bytes that are not UTF-8", concat(utf8(HEADER), b(0xFF), utf8("\n" + BEFORE + "\n")),
            ExitCodes.USAGE),
        whole("header with a quote never closed", utf8(EPDS_IN + ",\"note\n" + BEFORE + "\n"), ExitCodes.USAGE),
        whole("header only, LF", utf8(EPDS_IN + "\n"), ExitCodes.OK, EPDS_OUT),
        whole("header only, CRLF and BOM", concat(BOM, utf8(EPDS_IN + "\r\n")), ExitCodes.OK, EPDS_OUT),
        whole("header only, no line end", utf8(EPDS_IN), ExitCodes.OK, EPDS_OUT),
        whole("header and empty lines", utf8(EPDS_IN + "\n\n\r\n"), ExitCodes.OK, EPDS_OUT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedInputs")
  void score_damagedInput_oneOutputRowPerInputRowWithStatusAndExitCode(String name, byte[] input, int exit,
      String[] out) {
    Cli.Run run = Cli.scoreFile(dir, "epds", input);

    if (exit == ExitCodes.USAGE) {
      assertUsageError(run);
      return;
    }
    assertThat(run.exit()).as("exit code; standard error: %s", run.err()).isEqualTo(exit);
    assertThat(run.lines()).containsExactly(out);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void score_everyDamageInOneFile_oneOutputRowEachInInputOrder() {
    List<byte[]> lines = new ArrayList<>();
    lines.add(utf8(HEADER + "\n"));
    lines.add(utf8(BEFORE + "\n"));
    lines.add(utf8("d1,0,0\n")); // ragged
    lines.add(utf8("d2,0,0,0,0,0,0,0,0,0,1,n,surplus\n")); // ragged, self_harm
    lines.add(concat(utf8("d3,0,0,0,0,0,0,0,0,0,0,"), b(0xFF, 0xFE), utf8("\n"))); // bad bytes
    lines.add(utf8("d4,0,0,0,0,0,0,0,0,0,2,\"" + HUGE + "\"\n")); // huge, self_harm
    lines.add(utf8("\n\r\n")); // empty lines: not rows
    lines.add(utf8("d5,,,,,,,,,,,\n")); // no answer at all: incomplete, not damaged
    lines.add(utf8(AFTER + "\n"));
    // the file's last quote, so nothing after it can close it; no line end after the last line
    lines.add(utf8("d6,0,0,0,0,0,0,0,0,0,3,\"never closed\n"));
    lines.add(utf8("d7,0,0,0,0,0,0,0,0,0,0")); // ragged, no line end

    Cli.Run run = Cli.scoreFile(dir, "epds", concat(lines.toArray(byte[][]::new)));

    assertThat(run.exit()).as("exit code; standard error: %s", run.err()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        BEFORE_OUT,
        "d1,,,,,,invalid,row:wrong_cell_count,",
        "d2,,,,,self_harm,invalid,row:wrong_cell_count,",
        "d3,,,,,,invalid,row:bad_encoding,",
        "d4,,,,,self_harm,invalid,row:cell_too_long,",
        "d5,,,,,,incomplete,,",
        AFTER_OUT,
        "d6,,,,,self_harm,invalid,row:unclosed_quote,",
        "d7,,,,,,invalid,row:wrong_cell_count,");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void score_bytesThatAreNotUtf8InTheIdCell_rowIsInvalidAndTheOutputIsStillUtf8() {
    // CONTRACT.md: the output is UTF-8; the row is invalid (row:bad_encoding). What the id
    // cell then shows is not specified, but it cannot be the raw bytes.
    byte[] input = between(utf8("d"), b(0xFF), utf8(",0,0,0,0,0,0,0,0,0,1,n"));

    Cli.Run run = Cli.scoreFile(dir, "epds", input);

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(Utf8.isValid(run.outBytes(), 0, run.outBytes().length)).as("output is UTF-8: %s", run.out()).isTrue();
    List<String> lines = run.lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(EPDS_OUT);
    assertThat(lines.get(1)).isEqualTo(BEFORE_OUT);
    assertThat(lines.get(2)).endsWith(",,,,,self_harm,invalid,row:bad_encoding,");
    assertThat(lines.get(3)).isEqualTo(AFTER_OUT);
  }

  @Test
  void score_itemCellOverOneMebibyte_rowIsInvalidCellTooLong() {
    // the errors list the row's problem first; what else it lists about the cut cell is not specified
    Cli.Run run = Cli.scoreFile(dir, "epds", between("d,0,0,0,0," + HUGE + ",0,0,0,0,0,n"));

    assertThat(run.exit()).as("exit code").isEqualTo(ExitCodes.INVALID_ROWS);
    List<String> lines = run.lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).isEqualTo(BEFORE_OUT);
    assertThat(lines.get(2)).startsWith("d,,,,,,invalid,row:cell_too_long,");
    assertThat(lines.get(3)).isEqualTo(AFTER_OUT);
  }

  @Test
  void score_idCellOverOneMebibyteCutInsideACharacter_outputIsStillUtf8() {
    // "x" then 2^19 two-byte characters: the first 1 MiB ends in the middle of the last one
    String id = "x" + "\u00e9".repeat(1 << 19);
    Cli.Run run = Cli.scoreFile(dir, "epds", between(id + ",0,0,0,0,0,0,0,0,0,1,n"));

    assertThat(run.exit()).as("exit code").isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(Utf8.isValid(run.outBytes(), 0, run.outBytes().length)).as("output is UTF-8").isTrue();
    List<String> lines = run.lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).endsWith(",,,,,self_harm,invalid,row:cell_too_long,");
    assertThat(lines.get(3)).isEqualTo(AFTER_OUT);
  }

  @Test
  void score_idCellOverOneMebibyte_rowIsInvalidAndOtherRowsAreFine() {
    Cli.Run run = Cli.scoreFile(dir, "epds", between(HUGE + ",0,0,0,0,0,0,0,0,0,1,n"));

    assertThat(run.exit()).as("exit code").isEqualTo(ExitCodes.INVALID_ROWS);
    List<String> lines = run.lines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).endsWith(",,,,,self_harm,invalid,row:cell_too_long,");
    assertThat(lines.get(3)).isEqualTo(AFTER_OUT);
  }
}
