package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV writer (CONTRACT.md "Scored output (CSV)"): LF, minimal RFC 4180 quoting, formula safety. */
class CsvWriterTest {

  static String write(char delimiter, List<String> row) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter writer = new CsvWriter(out, delimiter);
    writer.row(row);
    writer.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  static String write(String... cells) throws IOException {
    return write(',', Arrays.asList(cells));
  }

  @Test
  void row_plainCells_joinedWithDelimiterAndEndedWithLf() throws IOException {
    assertThat(write("a", "b", "", "c")).isEqualTo("a,b,,c\n");
  }

  @Test
  void row_nullCell_isEmpty() throws IOException {
    assertThat(write("a", null, "b")).isEqualTo("a,,b\n");
  }

  @Test
  void row_cellsNeedingQuotes_areQuotedWithDoubledQuotes() throws IOException {
    assertThat(write("a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain"))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\n");
  }

  @Test
  void row_spacesAndSemicolons_needNoQuotesUnderComma() throws IOException {
    assertThat(write(" a ", "self_harm;x")).isEqualTo(" a ,self_harm;x\n");
  }

  @Test
  void row_semicolonDelimiter_quotesSemicolonsNotCommas() throws IOException {
    assertThat(write(';', List.of("a,b", "c;d", "e"))).isEqualTo("a,b;\"c;d\";e\n");
  }

  @Test
  void row_tabDelimiter_quotesTabs() throws IOException {
    assertThat(write('\t', List.of("a b", "c\td"))).isEqualTo("a b\t\"c\td\"\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=cmd|calc", "+1", "@x", "-x", "-", "=", "+", "-1-1", "--1", "-1.", "-.5", "@SUM(A1)"})
  void formulaSafe_riskyNonNumber_getsLeadingQuote(String value) {
    assertThat(CsvWriter.formulaSafe(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3", "-3.25", "-0", "12", "a=b", "x@y", "", "'=quoted", " =spaced"})
  void formulaSafe_numberOrSafeStart_isUnchanged(String value) {
    assertThat(CsvWriter.formulaSafe(value)).isEqualTo(value);
  }

  @Test
  void formulaSafe_tabOrCarriageReturnFirst_getsLeadingQuote() {
    assertThat(CsvWriter.formulaSafe("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.formulaSafe("\rx")).isEqualTo("'\rx");
  }

  @Test
  void row_formulaCellNeedingQuotes_isMadeSafeThenQuoted() throws IOException {
    assertThat(write("=1+2,3", "=\"x\"", "\rcmd")).isEqualTo("\"'=1+2,3\",\"'=\"\"x\"\"\",\"'\rcmd\"\n");
  }

  @Test
  void row_tabFirstUnderTabDelimiter_isMadeSafeThenQuoted() throws IOException {
    assertThat(write('\t', List.of("\tx", "y"))).isEqualTo("\"'\tx\"\ty\n");
  }

  @Test
  void row_nonAscii_isWrittenAsIs() throws IOException {
    assertThat(write("Jos\u00e9", "\u4e2d")).isEqualTo("Jos\u00e9,\u4e2d\n");
  }
}
