package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property: random text after a valid EPDS header never makes the reader throw, and the
 * command always finishes with one output row per record (CONTRACT.md "Reading CSV input":
 * every line that is not completely empty is a row and yields exactly one output row; damaged
 * rows are {@code invalid}, never a failure of the run). Output rows are counted as records read
 * back with {@link CsvReader}, since an id may hold a quoted line break. The seed of each case is in every
 * assertion's description; set {@code -Dattune.test.seed=N} to replay from another base seed.
 */
class RandomCsvTest {
  static final long BASE_SEED = Long.getLong("attune.test.seed", 0x5eed_a77e_0001L);
  static final int ITERATIONS = 300;
  static final int OUT_CELLS = EPDS_OUT.split(",").length;
  static final int IN_CELLS = EPDS_IN.split(",").length;
  /** CONTRACT.md formula safety: cells that are numbers are left alone. */
  static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The alphabet: CSV syntax, answers, missing tokens, multi-byte UTF-8 and bytes that are not UTF-8. */
  static final byte[][] TOKENS = {
      utf8("0"), utf8("1"), utf8("2"), utf8("3"), utf8("7"), utf8("12"), utf8(","), utf8(","), utf8(","),
      utf8(";"), utf8("\""), utf8("\"\""), utf8(" "), utf8("\t"), utf8("\r"), utf8("\n"), utf8("\r\n"),
      utf8("NA"), utf8("x"), utf8("="), utf8("-"), utf8("\u00e9"), utf8("\u0662"), utf8("\uFEFF"),
      {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      utf8("r1,0,0,1,1,0,1,0,0,0,0\n"), utf8("r2,0,0,0,0,0,0,0,0,0,1\n"), utf8(",,,,,,,,,,\n")};
  /** Now and then only whole rows and line ends, so that runs without a damaged row come up too. */
  static final byte[][] BENIGN = {utf8("r1,0,0,1,1,0,1,0,0,0,0\n"), utf8("r2,0,0,0,0,0,0,0,0,0,1\r\n"),
      utf8(" r3 ,\"1\",NA,,3,0,0,0,0,0,0\n"), utf8(",,,,,,,,,,\n"), utf8("\n"), utf8("\r\n")};
  /** What the very long runs are made of (over 1 MiB in a handful of iterations only). */
  static final byte[][] LONG_RUN_UNITS = {utf8("x"), utf8("\""), utf8("\u00e9"), {(byte) 0xFF}, utf8(",")};

  /** Random bytes for one case: the header line, then tokens, with now and then a run over 1 MiB. */
  static byte[] input(long seed, int iteration) {
    Random random = new Random(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8(EPDS_IN + "\n"));
    int tokens = random.nextInt(random.nextInt(10) == 0 ? 3000 : 300);
    boolean longRun = iteration % 60 == 30;
    boolean benign = !longRun && random.nextInt(10) == 0;
    int longAt = longRun ? random.nextInt(tokens + 1) : -1;
    for (int t = 0; t <= tokens; t++) {
      if (t == longAt) {
        if (random.nextBoolean()) {
          bytes.writeBytes(utf8("r9,0,0,0,0,0,0,0,0,0,1,"));
        }
        if (random.nextBoolean()) {
          bytes.write('"');
        }
        byte[] unit = LONG_RUN_UNITS[(iteration / 60) % LONG_RUN_UNITS.length];
        int length = (1 << 20) + random.nextInt(4096);
        for (int n = 0; n < length; n += unit.length) {
          bytes.write(unit, 0, unit.length);
        }
      }
      if (t < tokens) {
        byte[][] alphabet = benign ? BENIGN : TOKENS;
        byte[] token = alphabet[random.nextInt(alphabet.length)];
        bytes.write(token, 0, token.length);
      }
    }
    return bytes.toByteArray();
  }

  /** Every record the reader yields, read with {@link CsvReader#next()}; anything thrown fails the case. */
  static List<CsvRecord> records(byte[] input, String what) {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(input), ',')) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    } catch (Throwable e) {
      fail("CsvReader.next threw on " + what, e);
    }
    return records;
  }

  /** How many records {@link CsvReader#read(CsvRow)} yields; anything thrown fails the case. */
  static long countWithRead(byte[] input, String what) {
    long count = 0;
    try (CsvReader reader = new CsvReader(new ByteArrayInputStream(input), ',')) {
      CsvRow row = new CsvRow();
      while (reader.read(row)) {
        count++;
      }
    } catch (Throwable e) {
      fail("CsvReader.read threw on " + what, e);
    }
    return count;
  }

  /** The id as CONTRACT.md says it is written: trimmed, a leading ' before a formula-like start. */
  static String writtenId(String cell) {
    String id = Cells.trim(cell);
    boolean formula = !id.isEmpty() && "=+-@\t\r".indexOf(id.charAt(0)) >= 0 && !NUMBER.matcher(id).matches();
    return formula ? "'" + id : id;
  }

  @Test
  void randomText_readerNeverThrows_andEveryRecordYieldsOneOutputRow() {
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = BASE_SEED + i;
      String what = "seed " + seed + " (iteration " + i + ")";
      byte[] input = input(seed, i);

      long readCount = countWithRead(input, what);
      List<CsvRecord> records = records(input, what);
      assertThat(records).as("next() and read() agree on %s", what).hasSize((int) readCount);
      assertThat(records.get(0).cells()).as("header of %s", what).containsExactly(EPDS_IN.split(","));
      List<CsvRecord> rows = records.subList(1, records.size());

      Cli.Run run = Cli.runWithInput(input, "score", "epds", "-");

      assertThat(run.exit()).as("exit of %s: %s", what, run.err()).isIn(ExitCodes.OK, ExitCodes.INVALID_ROWS);
      assertThat(run.err()).as("standard error of %s", what).isEmpty();
      assertThat(run.out()).as("output of %s ends with a line end", what).endsWith("\n");
      assertThat(Utf8.isValid(run.outBytes(), 0, run.outBytes().length))
          .as("output of %s is UTF-8 (CONTRACT.md: UTF-8 without BOM)", what).isTrue();

      List<List<String>> out = new ArrayList<>();
      try (CsvReader reader = new CsvReader(new ByteArrayInputStream(run.outBytes()), ',')) {
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
          assertThat(r.problem()).as("output record at line %d of %s", r.line(), what).isNull();
          out.add(Arrays.asList(r.cells()));
        }
      } catch (Throwable e) {
        fail("reading back the output of " + what, e);
      }
      assertThat(out).as("output records of %s: the header and one per input record", what)
          .hasSize(1 + rows.size());
      assertThat(String.join(",", out.get(0))).as("output header of %s", what).isEqualTo(EPDS_OUT);
      boolean anyInvalid = false;
      for (int r = 0; r < rows.size(); r++) {
        CsvRecord in = rows.get(r);
        List<String> cells = out.get(r + 1);
        String where = "output row " + (r + 1) + " (input line " + in.line() + ") of " + what;
        assertThat(cells).as("cells of %s", where).hasSize(OUT_CELLS);
        String status = cells.get(6);
        String errors = cells.get(7);
        assertThat(status).as("status of %s", where).isIn("complete", "incomplete", "invalid");
        anyInvalid |= status.equals("invalid");
        seen.add(in.problem() != null ? in.problem().code() : status);
        if (in.problem() != null) {
          assertThat(status).as("status of %s, a record with %s", where, in.problem()).isEqualTo("invalid");
          assertThat(errors).as("errors of %s", where).startsWith("row:" + in.problem().code());
        } else {
          assertThat(cells.get(0)).as("id of %s", where).isEqualTo(writtenId(in.cells()[0]));
          if (in.cells().length != IN_CELLS) {
            seen.add("wrong_cell_count");
            assertThat(status).as("status of %s, %d cells", where, in.cells().length).isEqualTo("invalid");
            assertThat(errors).as("errors of %s", where).startsWith("row:wrong_cell_count");
          }
        }
      }
      assertThat(run.exit()).as("exit of %s: 3 iff some row is invalid", what)
          .isEqualTo(anyInvalid ? ExitCodes.INVALID_ROWS : ExitCodes.OK);
      seen.add("exit " + run.exit());
    }
    assertThat(seen).as("what the generated inputs exercised (base seed %d)", BASE_SEED)
        .contains("bad_encoding", "cell_too_long", "unclosed_quote", "wrong_cell_count", "complete", "incomplete",
            "exit 0", "exit 3");
  }
}
