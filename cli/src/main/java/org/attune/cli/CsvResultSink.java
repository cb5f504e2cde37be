package org.attune.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.CutoffProfile;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.model.Scale;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.scoring.Completeness;
import org.attune.scoring.Scorer;
import org.attune.scoring.ScoringRow;

/**
 * Scored rows as CSV: the id column, then per instrument {@code <scale>} and
 * {@code <scale>_band} for each scale, then {@code flags}, {@code status}, {@code errors},
 * {@code warnings} (prefixed {@code <instrument>_} when several instruments are scored). Our own codes are
 * encoded once, so a row is written from the scoring rows without building strings.
 */
final class CsvResultSink implements ResultSink {
  private static final byte[][] STATUS = new byte[Completeness.values().length][];
  /** {@code :<code>} for each violation code. */
  private static final byte[][] CODE = new byte[ViolationCode.values().length][];
  private static final byte[] ROW = ascii(ResponseViolation.ROW);
  private static final byte[] AGE_OUT_OF_RANGE = ascii(ScoringRow.AGE_OUT_OF_RANGE);

  static {
    for (Completeness c : Completeness.values()) {
      STATUS[c.ordinal()] = ascii(c.code());
    }
    for (ViolationCode v : ViolationCode.values()) {
      CODE[v.ordinal()] = ascii(":" + v.code());
    }
  }

  private static final int CACHED_SCORES = 256;

  private final Encoding encoding;
  private final CsvWriter csv;
  private final ListCell list = new ListCell();
  /** This thread's encoded cells (see {@link Encoding#caches}). */
  private final Cache cache;

  CsvResultSink(OutputStream out, char delimiter, List<Scorer> scorers, boolean ids, String idColumn) {
    this(out, new Encoding(delimiter, scorers, ids, idColumn));
  }

  private CsvResultSink(OutputStream out, Encoding encoding) {
    this.encoding = encoding;
    this.csv = new CsvWriter(out, encoding.delimiter.charAt(0));
    this.cache = encoding.caches.computeIfAbsent(Thread.currentThread(), thread -> new Cache(encoding));
  }

  /**
   * Sinks that write as one run's do, each to its own stream (the pieces of a parallel run),
   * sharing what has been encoded: per thread, so a sink is to be used on the thread that makes it.
   */
  static ParallelCsv.SinkFactory factory(char delimiter, List<Scorer> scorers, boolean ids, String idColumn) {
    Encoding encoding = new Encoding(delimiter, scorers, ids, idColumn);
    return out -> new CsvResultSink(out, encoding);
  }

  /** What every sink of one run shares: the header and our codes, encoded once. */
  private static final class Encoding {
    final boolean ids;
    final String delimiter;
    final byte[][][] flagCodes;
    /** itemIds[instrument][item], encoded once. */
    final byte[][][] itemIds;
    /** statusTail[status]: the status cell, then empty errors and warnings cells. */
    final byte[][] statusTail = new byte[Completeness.values().length][];
    final List<String> header;
    /** bandCodes[instrument][scale][band], encoded once; empty for a scale without bands. */
    final byte[][][][] bandCodes;
    final int[] scaleCounts;
    /** Each thread's cells encoded as they are first met; gone with the run (no thread keeps them). */
    final Map<Thread, Cache> caches = new ConcurrentHashMap<>();

    Encoding(char delimiter, List<Scorer> scorers, boolean ids, String idColumn) {
      List<Instrument> instruments = scorers.stream().map(Scorer::instrument).toList();
      List<CutoffProfile> profiles = scorers.stream().map(sc -> sc.profile().orElse(null)).toList();
      this.ids = ids;
      this.delimiter = String.valueOf(delimiter);
      this.flagCodes = new byte[instruments.size()][][];
      this.itemIds = new byte[instruments.size()][][];
      this.bandCodes = new byte[instruments.size()][][][];
      this.scaleCounts = instruments.stream().mapToInt(instrument -> instrument.scales().size()).toArray();
      List<String> header = new ArrayList<>();
      if (ids) {
        header.add(idColumn);
      }
      boolean prefixed = instruments.size() > 1;
      for (int i = 0; i < instruments.size(); i++) {
        Instrument instrument = instruments.get(i);
        for (Scale scale : instrument.scales()) {
          header.add(scale.id());
          header.add(scale.id() + "_band");
        }
        String prefix = prefixed ? instrument.id() + "_" : "";
        header.add(prefix + "flags");
        header.add(prefix + "status");
        header.add(prefix + "errors");
        header.add(prefix + "warnings");
        itemIds[i] = instrument.items().stream().map(item -> ascii(item.id())).toArray(byte[][]::new);
        flagCodes[i] = instrument.flags().stream().map(Flag::code).map(CsvResultSink::ascii).toArray(byte[][]::new);
        CutoffProfile profile = profiles.get(i);
        bandCodes[i] = instrument.scales().stream()
            .map(scale -> profile == null ? new byte[0][] : profile.bandsFor(scale.id())
                .map(b -> b.bands().stream().map(band -> ascii(band.code())).toArray(byte[][]::new))
                .orElse(new byte[0][]))
            .toArray(byte[][][]::new);
      }
      this.header = List.copyOf(header);
      for (Completeness c : Completeness.values()) {
        statusTail[c.ordinal()] = ascii(c.code() + delimiter + delimiter);
      }
    }
  }

  /** One thread's encoded cells: per instrument, by outcome, and per scale, by whole score. */
  private static final class Cache {
    final OutcomeCells[] outcomes;
    /** wholeCells[instrument][scale][score]: the score and band cells, encoded when first written. */
    final byte[][][][] wholeCells;
    /** Where an outcome's cells are encoded. */
    final ByteArrayOutputStream scratch = new ByteArrayOutputStream();
    final CsvWriter scratchCsv;

    Cache(Encoding encoding) {
      int instruments = encoding.scaleCounts.length;
      outcomes = new OutcomeCells[instruments];
      wholeCells = new byte[instruments][][][];
      for (int i = 0; i < instruments; i++) {
        outcomes[i] = new OutcomeCells();
        wholeCells[i] = new byte[encoding.scaleCounts[i]][CACHED_SCORES][];
      }
      scratchCsv = new CsvWriter(scratch, encoding.delimiter.charAt(0));
    }
  }

  @Override
  public void begin() throws IOException {
    csv.row(encoding.header);
  }

  @Override
  public void write(RowInfo info, ScoringRow[] rows) throws IOException {
    if (encoding.ids) {
      info.writeId(csv);
    }
    boolean readable = info.rowViolations.isEmpty();
    for (int i = 0; i < rows.length; i++) {
      ScoringRow row = rows[i];
      long key = readable ? row.outcomeKey() : -1;
      OutcomeCells kept = cache.outcomes[i];
      byte[] cells = key >= 0 ? kept.get(key) : null;
      if (cells == null) {
        Completeness status = readable ? row.status() : Completeness.INVALID;
        if (key < 0) {
          writeCells(csv, info, i, row, status);
          continue;
        }
        cells = encode(info, i, row, status);
        kept.put(key, cells);
      }
      csv.plainCells(cells);
    }
    csv.endRow();
  }

  /** The instrument's cells for this row, encoded as one run of joined cells. */
  private byte[] encode(RowInfo info, int i, ScoringRow row, Completeness status) throws IOException {
    writeCells(cache.scratchCsv, info, i, row, status);
    cache.scratchCsv.endRow();
    cache.scratchCsv.flush();
    byte[] line = cache.scratch.toByteArray();
    cache.scratch.reset();
    return Arrays.copyOf(line, line.length - 1); // without the line end
  }

  /** The instrument's cells, from its first scale to its warnings. */
  private void writeCells(CsvWriter csv, RowInfo info, int i, ScoringRow row, Completeness status)
      throws IOException {
    boolean show = status != Completeness.INVALID;
    for (int s = 0; s < row.scaleCount(); s++) {
      if (!show || !row.isScored(s)) {
        csv.plainCell(EMPTY);
        csv.plainCell(EMPTY);
      } else if (row.isWhole(s)) {
        csv.plainCells(wholeCells(i, s, row));
      } else {
        csv.plainCell(ascii(Scores.format(row.score(s))));
        int band = row.bandIndex(s);
        csv.plainCell(band < 0 ? EMPTY : encoding.bandCodes[i][s][band]);
      }
    }
    if (row.anyRaised()) {
      list.clear();
      for (int f = 0; f < row.flagCount(); f++) {
        if (row.isRaised(f)) {
          list.add(encoding.flagCodes[i][f]);
        }
      }
      list.writeTo(csv);
    } else {
      csv.plainCell(EMPTY);
    }
    if (status == Completeness.INVALID) {
      csv.plainCell(STATUS[status.ordinal()]);
      errors(csv, info, row, encoding.itemIds[i]);
      csv.plainCell(row.ageOutOfRange() ? AGE_OUT_OF_RANGE : EMPTY);
    } else if (row.ageOutOfRange()) {
      csv.plainCell(STATUS[status.ordinal()]);
      csv.plainCell(EMPTY);
      csv.plainCell(AGE_OUT_OF_RANGE);
    } else {
      csv.plainCells(encoding.statusTail[status.ordinal()]); // status, no errors, no warnings
    }
  }

  /**
   * Scale s's score and band cells for a whole score: a function of the score alone, so encoded
   * once per score seen (scores from 0 to {@link #CACHED_SCORES} - 1; others each time).
   */
  private byte[] wholeCells(int instrument, int s, ScoringRow row) {
    long score = row.wholeScore(s);
    byte[][] kept = cache.wholeCells[instrument][s];
    byte[] cells = score >= 0 && score < CACHED_SCORES ? kept[(int) score] : null;
    if (cells == null) {
      int band = row.bandIndex(s);
      String code = band < 0 ? "" : new String(encoding.bandCodes[instrument][s][band], StandardCharsets.US_ASCII);
      cells = ascii(score + encoding.delimiter + code);
      if (score >= 0 && score < CACHED_SCORES) {
        kept[(int) score] = cells;
      }
    }
    return cells;
  }

  /** The errors cell: {@code <item>:<code>} for the row's problems, then item by item, then unknown items. */
  private void errors(CsvWriter csv, RowInfo info, ScoringRow row, byte[][] items) throws IOException {
    list.clear();
    for (ResponseViolation v : info.rowViolations) {
      // the row as a whole, or a column of the row that is not an item (the child's age)
      list.add(ResponseViolation.ROW.equals(v.itemId()) ? ROW : ascii(v.itemId()), CODE[v.code().ordinal()]);
    }
    for (int item = 0; item < row.itemCount(); item++) {
      ViolationCode code = row.violationCode(item);
      if (code != null) {
        list.add(items[item], CODE[code.ordinal()]);
      }
    }
    for (ResponseViolation v : row.unknownItems()) {
      // from the input (JSON Lines keys): the cell as a whole goes through quoting and formula safety
      list.add(v.shortForm().getBytes(StandardCharsets.UTF_8));
    }
    list.writeTo(csv);
  }

  private static final byte[] EMPTY = new byte[0];

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void finish() throws IOException {
    csv.flush();
  }
}
