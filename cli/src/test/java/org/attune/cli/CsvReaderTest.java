package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.cli.Cli.concat;
import static org.attune.cli.Cli.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.response.ViolationCode;
import org.junit.jupiter.api.Test;

/** The byte-level CSV reader (CONTRACT.md "Reading CSV input"). */
class CsvReaderTest {
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static List<CsvRecord> read(byte[] input, char delimiter) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(input), delimiter)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }

  static List<CsvRecord> read(String input) throws IOException {
    return read(utf8(input), ',');
  }

  static List<List<String>> cells(List<CsvRecord> records) {
    return records.stream().map(r -> Arrays.asList(r.cells())).toList();
  }

  @Test
  void next_plainCells_splitAtTheDelimiter() throws IOException {
    List<CsvRecord> records = read("a,b,c\n1,2,3\n");

    assertThat(cells(records)).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
  }

  @Test
  void next_emptyCells_areEmptyStrings() throws IOException {
    assertThat(cells(read("a,,b\n,,\n"))).containsExactly(List.of("a", "", "b"), List.of("", "", ""));
  }

  @Test
  void next_quotedCells_keepDelimitersQuotesAndLineBreaks() throws IOException {
    List<CsvRecord> records = read("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\nnext,row,here,x\n");

    assertThat(cells(records)).containsExactly(List.of("a,b", "say \"hi\"", "two\nlines", ""),
        List.of("next", "row", "here", "x"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L);
  }

  @Test
  void next_cellsAreNotTrimmedByTheReader() throws IOException {
    assertThat(cells(read(" 2 ,\" 3 \"\n"))).containsExactly(List.of(" 2 ", " 3 "));
  }

  @Test
  void next_semicolonDelimiter_commaIsOrdinary() throws IOException {
    List<CsvRecord> records = read(utf8("a;b,c;\"d;e\"\n"), ';');

    assertThat(cells(records)).containsExactly(List.of("a", "b,c", "d;e"));
  }

  @Test
  void next_tabDelimiter_splitsAtTabs() throws IOException {
    assertThat(cells(read(utf8("a\tb c\t\n"), '\t'))).containsExactly(List.of("a", "b c", ""));
  }

  @Test
  void constructor_quoteAsDelimiter_isRejected() {
    assertThatThrownBy(() -> new CsvReader(new ByteArrayInputStream(new byte[0]), '"'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void next_utf8Bom_isStripped() throws IOException {
    assertThat(cells(read(concat(BOM, utf8("id,x\n1,2\n")), ','))).containsExactly(List.of("id", "x"),
        List.of("1", "2"));
  }

  @Test
  void next_bomOnly_isNoRecord() throws IOException {
    assertThat(read(BOM, ',')).isEmpty();
  }

  @Test
  void next_bomInTheMiddle_isKept() throws IOException {
    assertThat(cells(read(concat(utf8("a\n"), BOM, utf8("b\n")), ','))).containsExactly(List.of("a"),
        List.of("\uFEFFb"));
  }

  @Test
  void next_crlf_isALineEnd() throws IOException {
    List<CsvRecord> records = read("a,b\r\n\"c\",d\r\n\"e\r\nf\",g\r\n");

    assertThat(cells(records)).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e\r\nf", "g"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
  }

  @Test
  void next_completelyEmptyLines_areSkippedButCounted() throws IOException {
    List<CsvRecord> records = read("\n\na\n\n\r\nb\n\n");

    assertThat(cells(records)).containsExactly(List.of("a"), List.of("b"));
    assertThat(records).extracting(CsvRecord::line).containsExactly(3L, 6L);
  }

  @Test
  void next_lastLineWithoutLineEnd_isARecord() throws IOException {
    assertThat(cells(read("a,b\nc,d"))).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void next_emptyInput_isNoRecord() throws IOException {
    assertThat(read("")).isEmpty();
  }

  @Test
  void next_invalidUtf8_marksThatRecordOnly() throws IOException {
    List<CsvRecord> records = read(concat(utf8("a,b\nok,caf"), new byte[] {(byte) 0xC3, (byte) 0x28},
        utf8("\nc,caf\u00e9\n")), ',');

    assertThat(records).hasSize(3);
    assertThat(records).extracting(CsvRecord::problem).containsExactly(null, ViolationCode.BAD_ENCODING, null);
    assertThat(records.get(1).cells()[0]).isEqualTo("ok");
    assertThat(records.get(1).cells()[1]).isNull();
    assertThat(cells(records.subList(2, 3))).containsExactly(List.of("c", "caf\u00e9"));
  }

  @Test
  void next_unclosedQuote_marksThatRecordAndResumesAtTheNextLine() throws IOException {
    List<CsvRecord> records = read("a,\"never closed\nb,c\nd,e\n");

    assertThat(records).hasSize(3);
    assertThat(records.get(0).problem()).isEqualTo(ViolationCode.UNCLOSED_QUOTE);
    assertThat(records.get(0).cells()).containsExactly("a");
    assertThat(cells(records.subList(1, 3))).containsExactly(List.of("b", "c"), List.of("d", "e"));
    assertThat(records.get(1).problem()).isNull();
    assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
  }

  @Test
  void next_unclosedQuoteOnLastLine_isOneRecord() throws IOException {
    List<CsvRecord> records = read("a,b\nc,\"d");

    assertThat(records).hasSize(2);
    assertThat(records.get(1).problem()).isEqualTo(ViolationCode.UNCLOSED_QUOTE);
  }

  @Test
  void next_quotedCellOverOneMebibyte_marksThatRecordAndTheNextLineIsARecord() throws IOException {
    String longCell = "x".repeat(CsvReader.MAX_FIELD + 10);
    List<CsvRecord> records = read("a,\"" + longCell + "\"\nb,c\n");

    assertThat(records).extracting(CsvRecord::problem).containsExactly(ViolationCode.CELL_TOO_LONG, null);
    assertThat(cells(records.subList(1, 2))).containsExactly(List.of("b", "c"));
  }

  @Test
  void next_unquotedCellOverOneMebibyte_marksThatRecordAndTheNextLineIsARecord() throws IOException {
    String longCell = "x".repeat(CsvReader.MAX_FIELD + 10);
    List<CsvRecord> records = read("a," + longCell + ",z\nb,c\n");

    assertThat(records).extracting(CsvRecord::problem).containsExactly(ViolationCode.CELL_TOO_LONG, null);
    assertThat(cells(records.subList(1, 2))).containsExactly(List.of("b", "c"));
  }

  @Test
  void next_cellOfExactlyOneMebibyte_isRead() throws IOException {
    String cell = "x".repeat(CsvReader.MAX_FIELD);
    List<CsvRecord> records = read("\"" + cell + "\"," + cell + "\nb\n");

    assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
    assertThat(records.get(0).cells()).containsExactly(cell, cell);
  }

  @Test
  void next_inputArrivingInSmallPieces_readsTheSame() throws IOException {
    byte[] bytes = concat(BOM, utf8("id,\"a\r\nb\",c\r\n\r\nx,\"y\"\"\",z\r\n"));
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(trickle(bytes), ',')) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }

    assertThat(cells(records)).containsExactly(List.of("id", "a\r\nb", "c"), List.of("x", "y\"", "z"));
  }

  /**
   * Property: the fast path (a record whole in the buffer, quoted cells that close on their line)
   * reads every record as the byte-by-byte path does. A stream that gives one byte at a time
   * never holds a whole record, so it takes the byte-by-byte path only; the inputs are
   * {@link RandomCsvTest}'s random texts and quoted cells as R and Excel write them, with their
   * near misses.
   */
  @Test
  void read_fastPath_readsAsTheByteByBytePathDoes() throws IOException {
    List<byte[]> inputs = new ArrayList<>();
    inputs.add(utf8("\"id\",\"a\",\"b\"\n\"r1\",0,\"1\"\n\"r2\",\"\",2\r\n\"r3\",\"x\"\r\n"));
    inputs.add(utf8("id,a\n\"r\"\"1\",0\n\"r2\"x,1\n\"r3\" ,2\n\"r4\"\r3\n \"r5\",4\n\"r\n6\",5\n\"r7\",\"\u00e9\"\n"));
    inputs.add(concat(utf8("id,a\n\"r1\",\""), new byte[] {(byte) 0xff}, utf8("\"\n\""), new byte[] {(byte) 0xff},
        utf8("\",1\n\"r2\",\"unclosed\n")));
    for (int i = 0; i < RandomCsvTest.ITERATIONS; i++) {
      inputs.add(RandomCsvTest.input(RandomCsvTest.BASE_SEED + i, i));
    }
    for (int k = 0; k < inputs.size(); k++) {
      byte[] input = inputs.get(k);
      List<String> fast = rows(new CsvReader(new ByteArrayInputStream(input), ','));
      List<String> slow = rows(new CsvReader(trickle(input), ','));
      String what = k < 3 ? "crafted input " + k : "seed " + (RandomCsvTest.BASE_SEED + k - 3);
      assertThat(fast).as(what).hasSameSizeAs(slow);
      for (int r = 0; r < fast.size(); r++) {
        // compared whole and without a diff: cells can be a mebibyte long
        assertThat(fast.get(r).equals(slow.get(r))).as("%s, record %d", what, r).isTrue();
      }
    }
  }

  /** Each record as read into a row: its line, its problem and its cells' bytes (as ISO-8859-1, one char a byte). */
  private static List<String> rows(CsvReader reader) throws IOException {
    List<String> rows = new ArrayList<>();
    CsvRow row = new CsvRow();
    while (reader.read(row)) {
      StringBuilder text = new StringBuilder().append(row.line).append(' ').append(row.problem);
      for (int c = 0; c < row.cells; c++) {
        text.append('|').append(new String(row.data, row.start[c], row.end[c] - row.start[c],
            java.nio.charset.StandardCharsets.ISO_8859_1));
      }
      rows.add(text.toString());
    }
    return rows;
  }

  /** The bytes one at a time. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }
}
