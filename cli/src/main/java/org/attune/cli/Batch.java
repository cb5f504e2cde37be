package org.attune.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Item;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Completeness;
import org.attune.scoring.Scorer;

/**
 * The batch loop: every input row yields exactly one output row, scored by each instrument,
 * in input order. Never throws for bad data; counts the invalid rows for the exit code.
 */
final class Batch {
  private final List<Scorer> scorers;
  private final List<Set<String>> itemsOf = new ArrayList<>();
  private final Set<String> allItems = new HashSet<>();
  private final AnswerCoding coding;

  Batch(List<Scorer> scorers, AnswerCoding coding) {
    this.scorers = scorers;
    this.coding = coding;
    for (Scorer scorer : scorers) {
      Set<String> ids = new HashSet<>();
      scorer.instrument().items().stream().map(Item::id).forEach(ids::add);
      itemsOf.add(ids);
      allItems.addAll(ids);
    }
  }

  /** Scores every row; returns the number of rows that were invalid for any instrument. */
  long run(RecordSource source, ResultSink sink) throws IOException {
    long invalid = 0;
    for (InputRecord record = source.next(); record != null; record = source.next()) {
      List<Outcome> outcomes = new ArrayList<>(scorers.size());
      boolean rowInvalid = false;
      for (int i = 0; i < scorers.size(); i++) {
        Outcome outcome = new Outcome(scorers.get(i).evaluate(responsesFor(i, record)), record.rowViolations());
        rowInvalid |= outcome.status() == Completeness.INVALID;
        outcomes.add(outcome);
      }
      sink.write(record, outcomes);
      if (rowInvalid) {
        invalid++;
      }
    }
    sink.finish();
    return invalid;
  }

  /** The instrument's own answers, plus any answer that is an item of none of the instruments. */
  private Responses responsesFor(int instrument, InputRecord record) {
    if (scorers.size() == 1) {
      return Responses.of(coding, record.answers());
    }
    Map<String, Object> mine = new LinkedHashMap<>();
    record.answers().forEach((item, value) -> {
      if (itemsOf.get(instrument).contains(item) || !allItems.contains(item)) {
        mine.put(item, value);
      }
    });
    return Responses.of(coding, mine);
  }
}
