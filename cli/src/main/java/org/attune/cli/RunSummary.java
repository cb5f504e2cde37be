package org.attune.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.scoring.Completeness;
import org.attune.scoring.ScoringRow;

/** Counts rows per status and flags raised, per instrument; prints the closing summary. */
final class RunSummary {
  private final List<Instrument> instruments;
  private final long[][] statuses;
  private final long[][] flags;
  private long rows;
  private long invalidRows;

  RunSummary(List<Instrument> instruments) {
    this.instruments = instruments;
    this.statuses = new long[instruments.size()][Completeness.values().length];
    this.flags = new long[instruments.size()][];
    for (int i = 0; i < instruments.size(); i++) {
      flags[i] = new long[instruments.get(i).flags().size()];
    }
  }

  void count(RowInfo info, ScoringRow[] scored) {
    rows++;
    boolean invalid = false;
    for (int i = 0; i < scored.length; i++) {
      Completeness status = ResultSink.status(info, scored[i]);
      statuses[i][status.ordinal()]++;
      invalid |= status == Completeness.INVALID;
      for (int f = 0; f < flags[i].length; f++) {
        if (scored[i].isRaised(f)) {
          flags[i][f]++;
        }
      }
    }
    if (invalid) {
      invalidRows++;
    }
  }

  /** Adds another summary's counts (of the same instruments) to this one's. */
  void add(RunSummary other) {
    rows += other.rows;
    invalidRows += other.invalidRows;
    for (int i = 0; i < statuses.length; i++) {
      for (int c = 0; c < statuses[i].length; c++) {
        statuses[i][c] += other.statuses[i][c];
      }
      for (int f = 0; f < flags[i].length; f++) {
        flags[i][f] += other.flags[i][f];
      }
    }
  }

  /** Rows counted. */
  long rows() {
    return rows;
  }

  /** Rows that were invalid for at least one instrument. */
  long invalidRows() {
    return invalidRows;
  }

  /** E.g. {@code attune: 1,000 rows in 0.4 s}, then per instrument its statuses and flags. */
  void print(PrintWriter err, long nanos) {
    err.printf(Locale.ROOT, "attune: %,d rows in %.1f s%n", rows, nanos / 1e9);
    for (int i = 0; i < instruments.size(); i++) {
      StringBuilder line = new StringBuilder("  ").append(instruments.get(i).id()).append(':');
      String sep = " ";
      for (Completeness c : Completeness.values()) {
        if (statuses[i][c.ordinal()] > 0) {
          line.append(sep).append(String.format(Locale.ROOT, "%,d %s", statuses[i][c.ordinal()], c.code()));
          sep = ", ";
        }
      }
      if (sep.equals(" ")) {
        line.append(" no rows");
      }
      List<Flag> defined = instruments.get(i).flags();
      for (int f = 0; f < defined.size(); f++) {
        line.append(f == 0 ? "; flags: " : ", ")
            .append(String.format(Locale.ROOT, "%s %,d", defined.get(f).code(), flags[i][f]));
      }
      err.println(line);
    }
    err.flush();
  }
}
