package org.attune.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.CutoffProfile;
import org.attune.model.Instrument;
import org.attune.model.Scale;
import org.attune.model.ScaleBands;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.scoring.Completeness;
import org.attune.scoring.Scorer;
import org.attune.scoring.ScoringRow;

/**
 * Scored rows as CSV: the id column, then per instrument {@code <scale>} and
 * {@code <scale>_band} for each scale, then {@code flags}, {@code status}, {@code errors},
 * {@code warnings} (prefixed {@code <instrument>_} when several instruments are scored). Our own
 * codes are encoded once, and an instrument's cells once per outcome ({@link OutcomeCells}), so
 * most rows are written with a copy and none builds a string.
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

  private final Encoding encoding;
  private final CsvWriter csv;
  private final ListCell list = new ListCell();
  /** This thread's encoded cells (see {@link Encoding#caches}). */
  private final Cache cache;

  private CsvResultSink(OutputStream out, Encoding encoding) {
    this.encoding = encoding;
    this.csv = new CsvWriter(out, encoding.delimiter);
    Cache mine = encoding.caches.get(Thread.currentThread());
    if (mine == null) { // only this thread puts its own
      mine = new Cache(encoding);
      encoding.caches.put(Thread.currentThread(), mine);
    }
    this.cache = mine;
  }

  /**
   * Sinks that write as one run's do, each to its own stream (the pieces of a parallel run),
   * sharing what has been encoded: per thread, so a sink is to be used on the thread that makes
   * it. A run opens its first sink for the header.
   */
  static ParallelCsv.SinkFactory factory(char delimiter, List<Scorer> scorers, boolean ids, String idColumn) {
    Encoding encoding = new Encoding(delimiter, scorers, ids, idColumn);
    return out -> new CsvResultSink(out, encoding);
  }

  /** What every sink of one run shares: the header and our codes, encoded once. */
  private static final class Encoding {
    final boolean ids;
    final char delimiter;
    final byte[][][] flagCodes;
    /** itemIds[instrument][item], encoded once. */
    final byte[][][] itemIds;
    final List<String> header;
    /** bandCodes[instrument][scale][band], encoded once; empty for a scale without bands. */
    final byte[][][][] bandCodes;
    /** Each thread's cells encoded as they are first met; gone with the run (no thread keeps them). */
    final Map<Thread, Cache> caches = new ConcurrentHashMap<>();

    Encoding(char delimiter, List<Scorer> scorers, boolean ids, String idColumn) {
      List<Instrument> instruments = Batch.instruments(scorers);
      this.ids = ids;
      this.delimiter = delimiter;
      this.flagCodes = new byte[instruments.size()][][];
      this.itemIds = new byte[instruments.size()][][];
      this.bandCodes = new byte[instruments.size()][][][];
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
        itemIds[i] = new byte[instrument.items().size()][];
        for (int j = 0; j < itemIds[i].length; j++) {
          itemIds[i][j] = ascii(instrument.items().get(j).id());
        }
        flagCodes[i] = new byte[instrument.flags().size()][];
        for (int j = 0; j < flagCodes[i].length; j++) {
          flagCodes[i][j] = ascii(instrument.flags().get(j).code());
        }
        CutoffProfile profile = scorers.get(i).profile().orElse(null);
        bandCodes[i] = new byte[instrument.scales().size()][][];
        for (int j = 0; j < bandCodes[i].length; j++) {
          Optional<ScaleBands> bands = profile == null ? Optional.empty()
              : profile.bandsFor(instrument.scales().get(j).id());
          bandCodes[i][j] = new byte[bands.isPresent() ? bands.get().bands().size() : 0][];
          for (int b = 0; b < bandCodes[i][j].length; b++) {
            bandCodes[i][j][b] = ascii(bands.get().bands().get(b).code());
          }
        }
      }
      this.header = List.copyOf(header);
    }
  }

  /** One thread's encoded cells: per instrument, by outcome. */
  private static final class Cache {
    final OutcomeCells[] outcomes;
    /** Where an outcome's cells are encoded. */
    final ByteArrayOutputStream scratch = new ByteArrayOutputStream();
    final CsvWriter scratchCsv;

    Cache(Encoding encoding) {
      outcomes = new OutcomeCells[encoding.flagCodes.length];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = new OutcomeCells();
      }
      scratchCsv = new CsvWriter(scratch, encoding.delimiter);
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
      } else {
        if (row.isWhole(s)) {
          csv.number(row.wholeScore(s));
        } else {
          csv.plainCell(ascii(Scores.format(row.score(s))));
        }
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
    csv.plainCell(STATUS[status.ordinal()]);
    if (status == Completeness.INVALID) {
      errors(csv, info, row, encoding.itemIds[i]);
    } else {
      csv.plainCell(EMPTY);
    }
    csv.plainCell(row.ageOutOfRange() ? AGE_OUT_OF_RANGE : EMPTY);
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
