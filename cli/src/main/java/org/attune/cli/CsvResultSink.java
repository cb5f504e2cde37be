package org.attune.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.model.Scale;
import org.attune.response.ResponseViolation;
import org.attune.scoring.Completeness;
import org.attune.scoring.ScoringRow;

/**
 * Scored rows as CSV: the id column, then per instrument {@code <scale>} and
 * {@code <scale>_band} for each scale, then {@code flags}, {@code status}, {@code errors}
 * (prefixed {@code <instrument>_} when several instruments are scored). Our own codes are
 * encoded once, so a row is written from the scoring rows without building strings.
 */
final class CsvResultSink implements ResultSink {
  private static final byte[][] STATUS = new byte[Completeness.values().length][];

  static {
    for (Completeness c : Completeness.values()) {
      STATUS[c.ordinal()] = ascii(c.code());
    }
  }

  private final CsvWriter csv;
  private final boolean ids;
  private final byte[][][] flagCodes;
  private final Map<String, byte[]> bandBytes = new HashMap<>();

  CsvResultSink(OutputStream out, char delimiter, List<Instrument> instruments, boolean ids, String idColumn)
      throws IOException {
    this.csv = new CsvWriter(out, delimiter);
    this.ids = ids;
    this.flagCodes = new byte[instruments.size()][][];
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
      flagCodes[i] = instrument.flags().stream().map(Flag::code).map(CsvResultSink::ascii).toArray(byte[][]::new);
    }
    csv.row(header);
  }

  @Override
  public void write(RowInfo info, ScoringRow[] rows) throws IOException {
    if (ids) {
      csv.cell(info.id);
    }
    for (int i = 0; i < rows.length; i++) {
      ScoringRow row = rows[i];
      Completeness status = ResultSink.status(info, row);
      boolean show = status != Completeness.INVALID;
      for (int s = 0; s < row.scaleCount(); s++) {
        if (!show || !row.isScored(s)) {
          csv.plainCell(EMPTY);
          csv.plainCell(EMPTY);
          continue;
        }
        if (row.isWhole(s)) {
          csv.number(row.wholeScore(s));
        } else {
          csv.plainCell(ascii(Scores.format(row.score(s))));
        }
        String band = row.band(s);
        csv.plainCell(band == null ? EMPTY : bandBytes(band));
      }
      csv.startList();
      boolean first = true;
      for (int f = 0; f < row.flagCount(); f++) {
        if (row.isRaised(f)) {
          csv.listItem(flagCodes[i][f], first);
          first = false;
        }
      }
      csv.plainCell(STATUS[status.ordinal()]);
      if (status == Completeness.INVALID) {
        // Unknown item ids come from the input: write them through the quoting, formula-safe path.
        csv.cell(ResultSink.errors(info, row).stream().map(ResponseViolation::shortForm)
            .collect(Collectors.joining(";")));
      } else {
        csv.plainCell(EMPTY);
      }
    }
    csv.endRow();
  }

  private static final byte[] EMPTY = new byte[0];

  /** Band codes are few: encode each once. */
  private byte[] bandBytes(String band) {
    return bandBytes.computeIfAbsent(band, CsvResultSink::ascii);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void finish() throws IOException {
    csv.flush();
  }
}
