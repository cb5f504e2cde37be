package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Property: scoring a CSV file on several threads writes byte for byte what one thread writes,
 * with the same counts, whatever the input. The inputs are {@link RandomCsvTest}'s random
 * texts (damaged rows, quotes, carriage returns, byte order marks and bytes that are not UTF-8
 * mid-file, lines over 1 MiB), as they are and with every quote removed (so that the input
 * is cut into pieces to its end); pieces of a few bytes make every input many pieces and
 * bring up each way a piece can end: at a line end, at the end of input without one, inside
 * quotes, at a line too long to cut. The seed of each case is in every assertion's description.
 */
class ParallelCsvTest {
  static final Scorer EPDS = Attune.catalog().scorer("epds");
  static final List<Scorer> SCORERS = List.of(EPDS);
  static final List<Instrument> INSTRUMENTS = List.of(EPDS.instrument());

  @Test
  void pieces_inputEndingAtAPieceEnd_endWithoutAnEmptyPiece() throws IOException {
    byte[] input = Cli.utf8("r1,0\nr2,1\nr3,2\nr4,3\n"); // four lines of 5 bytes: two pieces of 10
    ParallelCsv.Pieces pieces = new ParallelCsv.Pieces(new ByteArrayInputStream(input), 10);

    ParallelCsv.Piece first = pieces.next();
    assertThat(text(first)).isEqualTo("r1,0\nr2,1\n");
    pieces.reuse(first);
    ParallelCsv.Piece second = pieces.next();
    assertThat(text(second)).isEqualTo("r3,2\nr4,3\n");
    assertThat(second.bytes()).as("the first piece's buffer, used again").isSameAs(first.bytes());
    assertThat(second.uncut()).isFalse();
    assertThat(pieces.next()).isNull();
  }

  @Test
  void pieces_aLineLongerThanTheCuttingAllows_isOneUncutPiece() throws IOException {
    byte[] input = Cli.utf8("r1,0\n" + "x".repeat(200) + "\nr3,2\n");
    ParallelCsv.Pieces pieces = new ParallelCsv.Pieces(new ByteArrayInputStream(input), 8);

    assertThat(text(pieces.next())).isEqualTo("r1,0\n");
    ParallelCsv.Piece uncut = pieces.next();
    assertThat(uncut.uncut()).isTrue();
    assertThat(text(uncut)).isEqualTo("x".repeat(ParallelCsv.MAX_LINE_PIECES * 8));
  }

  @Test
  void reader_metQuotedLineEnd_onlyForALineEndInQuotesOrAQuoteThatDoesNotClose() throws IOException {
    assertThat(quotedLineEnd("\"r1\",0,1\n\"r2\",\"2\",3\nr3,\"a\"\"b\",1\n")).as("quoted ids and cells, as R writes them").isFalse();
    assertThat(quotedLineEnd("r1,0,1\n\"q\nr\",3\n")).as("a line end in quotes").isTrue();
    assertThat(quotedLineEnd("r1,0,1\n\"q\r\nr\",3\n")).as("CRLF in quotes").isTrue();
    assertThat(quotedLineEnd("r1,0,1\nr2,\"3\n")).as("a quote that does not close").isTrue();
  }

  private static boolean quotedLineEnd(String text) throws IOException {
    CsvReader reader = new CsvReader(new ByteArrayInputStream(Cli.utf8(text)), ',', false);
    while (reader.read(new CsvRow())) {
      // read every record
    }
    return reader.metQuotedLineEnd();
  }

  private static String text(ParallelCsv.Piece piece) {
    return new String(piece.bytes(), 0, piece.length(), StandardCharsets.US_ASCII);
  }

  @Test
  void severalThreads_writeWhatOneThreadWrites_forRandomInput() throws IOException {
    for (int i = 0; i < RandomCsvTest.ITERATIONS; i++) {
      long seed = RandomCsvTest.BASE_SEED + i;
      byte[] input = RandomCsvTest.input(seed, i);
      Random random = new Random(~seed);
      int piece = 8 + random.nextInt(300);
      int threads = 1 + random.nextInt(4);
      for (byte[] variant : List.of(input, withoutQuotes(input))) {
        Run one = oneThread(variant);
        Run several = severalThreads(variant, piece, threads);
        String what = "seed " + seed + ", pieces of " + piece + " bytes, " + threads + " threads"
            + (variant == input ? "" : ", quotes removed");
        assertThat(several.output()).as(what).isEqualTo(one.output());
        assertThat(several.summary().rows()).as(what).isEqualTo(one.summary().rows());
        assertThat(several.summary().invalidRows()).as(what).isEqualTo(one.summary().invalidRows());
      }
    }
  }

  @Test
  void aQuoteAfterManyPieces_theRestIsReadByOneThread_fromThePieceHoldingIt() throws IOException {
    StringBuilder text = new StringBuilder(Cli.EPDS_IN).append('\n');
    for (int r = 0; r < 200; r++) {
      text.append('r').append(r).append(",0,1,2,3,0,1,2,3,0,").append(r % 4).append('\n');
    }
    // a quoted line break: cutting at its line end would split the record in two
    text.append("\"q\nr\",3,3,3,3,3,3,3,3,3,3\nlast,0,0,0,0,0,0,0,0,0,0\n");
    byte[] input = Cli.utf8(text.toString());

    Run one = oneThread(input);
    Run several = severalThreads(input, 64, 3);

    assertThat(several.output()).isEqualTo(one.output());
    assertThat(new String(one.output(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"q\nr\",30,probable_depression,9,above_threshold,self_harm,complete,,\n")
        .endsWith("last,0,below_threshold,0,below_threshold,,complete,,\n");
    assertThat(several.summary().rows()).isEqualTo(202);
  }

  record Run(byte[] output, RunSummary summary) {}

  static Run oneThread(byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunSummary summary = new RunSummary(INSTRUMENTS);
    CsvReader reader = new CsvReader(new ByteArrayInputStream(input), ',');
    CsvSource source = new CsvSource(reader, layout(reader));
    ResultSink sink = sink(out);
    sink.begin();
    new Batch(SCORERS, AnswerCoding.SCORE).run(source, sink, summary, Progress.NONE);
    return new Run(out.toByteArray(), summary);
  }

  static Run severalThreads(byte[] input, int piece, int threads) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunSummary summary = new RunSummary(INSTRUMENTS);
    CsvReader reader = new CsvReader(new ByteArrayInputStream(input), ',');
    CsvLayout layout = layout(reader);
    ResultSink sink = sink(out);
    sink.begin();
    sink.finish();
    new ParallelCsv(SCORERS, AnswerCoding.SCORE, layout, ',', ParallelCsvTest::sink, threads, piece)
        .run(reader.rest(), out, summary, Progress.NONE);
    return new Run(out.toByteArray(), summary);
  }

  static CsvLayout layout(CsvReader reader) throws IOException {
    return new CsvLayout(reader, INSTRUMENTS, ColumnMap.of(List.of(), null, Set.of()), "id", false,
        Cells.missingTokens(null));
  }

  static ResultSink sink(java.io.OutputStream out) {
    return CsvResultSink.factory(',', SCORERS, true, "id").open(out);
  }

  static byte[] withoutQuotes(byte[] input) {
    byte[] copy = input.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == '"') {
        copy[i] = 'q';
      }
    }
    return copy;
  }
}
