package org.attune.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

  private final CsvWriter csv;
  private final boolean ids;
  private final byte[][][] flagCodes;
  /** itemIds[instrument][item], encoded once. */
  private final byte[][][] itemIds;
  private final ListCell list = new ListCell();
  private final String delimiter;
  /** wholeCells[instrument][scale][score]: the score and band cells, encoded when first written. */
  private final byte[][][][] wholeCells;
  private static final int CACHED_SCORES = 256;
  /** statusTail[status]: the status cell, then empty errors and warnings cells. */
  private final byte[][] statusTail = new byte[Completeness.values().length][];
  private final List<String> header;
  /** bandCodes[instrument][scale][band], encoded once; empty for a scale without bands. */
  private final byte[][][][] bandCodes;

  CsvResultSink(OutputStream out, char delimiter, List<Scorer> scorers, boolean ids, String idColumn) {
    List<Instrument> instruments = scorers.stream().map(Scorer::instrument).toList();
    List<CutoffProfile> profiles = scorers.stream().map(sc -> sc.profile().orElse(null)).toList();
    this.csv = new CsvWriter(out, delimiter);
    this.ids = ids;
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
    this.delimiter = String.valueOf(delimiter);
    this.wholeCells = new byte[instruments.size()][][][];
    for (int i = 0; i < instruments.size(); i++) {
      wholeCells[i] = new byte[instruments.get(i).scales().size()][CACHED_SCORES][];
    }
    for (Completeness c : Completeness.values()) {
      statusTail[c.ordinal()] = ascii(c.code() + delimiter + delimiter);
    }
  }

  @Override
  public void begin() throws IOException {
    csv.row(header);
  }

  @Override
  public void write(RowInfo info, ScoringRow[] rows) throws IOException {
    if (ids) {
      info.writeId(csv);
    }
    for (int i = 0; i < rows.length; i++) {
      ScoringRow row = rows[i];
      Completeness status = ResultSink.status(info, row);
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
          csv.plainCell(band < 0 ? EMPTY : bandCodes[i][s][band]);
        }
      }
      if (row.anyRaised()) {
        list.clear();
        for (int f = 0; f < row.flagCount(); f++) {
          if (row.isRaised(f)) {
            list.add(flagCodes[i][f]);
          }
        }
        list.writeTo(csv);
      } else {
        csv.plainCell(EMPTY);
      }
      if (status == Completeness.INVALID) {
        csv.plainCell(STATUS[status.ordinal()]);
        errors(info, row, itemIds[i]);
        csv.plainCell(row.ageOutOfRange() ? AGE_OUT_OF_RANGE : EMPTY);
      } else if (row.ageOutOfRange()) {
        csv.plainCell(STATUS[status.ordinal()]);
        csv.plainCell(EMPTY);
        csv.plainCell(AGE_OUT_OF_RANGE);
      } else {
        csv.plainCells(statusTail[status.ordinal()]); // status, no errors, no warnings
      }
    }
    csv.endRow();
  }

  /**
   * Scale s's score and band cells for a whole score: a function of the score alone, so encoded
   * once per score seen (scores from 0 to {@link #CACHED_SCORES} - 1; others each time).
   */
  private byte[] wholeCells(int instrument, int s, ScoringRow row) {
    long score = row.wholeScore(s);
    byte[][] cache = wholeCells[instrument][s];
    byte[] cells = score >= 0 && score < CACHED_SCORES ? cache[(int) score] : null;
    if (cells == null) {
      int band = row.bandIndex(s);
      String code = band < 0 ? "" : new String(bandCodes[instrument][s][band], StandardCharsets.US_ASCII);
      cells = ascii(score + delimiter + code);
      if (score >= 0 && score < CACHED_SCORES) {
        cache[(int) score] = cells;
      }
    }
    return cells;
  }

  /** The errors cell: {@code <item>:<code>} for the row's problems, then item by item, then unknown items. */
  private void errors(RowInfo info, ScoringRow row, byte[][] items) throws IOException {
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
