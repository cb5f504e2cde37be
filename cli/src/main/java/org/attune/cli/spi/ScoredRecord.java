package org.attune.cli.spi;

import java.util.List;
import org.attune.scoring.Result;

/**
 * One input record, scored by each instrument.
 *
 * @param id the record's id; null when the input has none (a CSV file without an id column)
 * @param origin what an input format of an extension read the record from
 *     ({@link InputRecord#origin()}); null for CSV and JSON Lines input
 * @param results one result per instrument, in the order given. A record that could not be read
 *     whole is {@code INVALID} for every instrument: its problems come first among the
 *     violations, no scale is scored, and the flags its readable answers raise are kept
 * @since 0.1.0
 */
public record ScoredRecord(String id, Object origin, List<Result> results) {

  public ScoredRecord {
    results = List.copyOf(results);
  }
}
