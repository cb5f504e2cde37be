package org.attune.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Scale;

/**
 * What reading a response to one instrument's Questionnaire needs, worked out once: the
 * canonical URL, the code system, and each linkId's item with its option positions by code, or
 * that the linkId is to be skipped (the read-only totals). Immutable; one per instrument, kept
 * while the same instrument object is asked for.
 */
final class QuestionnaireIndex {
  private static final Map<String, QuestionnaireIndex> INDEXES = new ConcurrentHashMap<>();

  /**
   * An item and its options' 1-based positions by code; {@link #SKIPPED} for a linkId whose
   * answers are not read.
   */
  record Target(Item item, Map<String, Long> positions) {}

  static final Target SKIPPED = new Target(null, Map.of());

  final Instrument instrument;
  final String canonical;
  final String codeSystem;
  private final Map<String, Target> targets = new HashMap<>();

  private QuestionnaireIndex(Instrument instrument) {
    this.instrument = instrument;
    this.canonical = Fhir.canonical(instrument);
    this.codeSystem = Fhir.codeSystem(instrument);
    for (Item item : instrument.items()) {
      Map<String, Long> positions = new HashMap<>();
      List<Option> options = item.answerType().options();
      for (int p = 0; p < options.size(); p++) {
        positions.putIfAbsent(options.get(p).code(), (long) (p + 1));
      }
      targets.put(item.id(), new Target(item, positions));
    }
    targets.put(instrument.id(), SKIPPED);
    instrument.scales().stream().map(Scale::id).forEach(id -> targets.put(id, SKIPPED));
  }

  /** The index of this instrument (the very object: another with the same id gets its own). */
  static QuestionnaireIndex of(Instrument instrument) {
    QuestionnaireIndex index = INDEXES.get(instrument.id());
    if (index == null || index.instrument != instrument) {
      index = new QuestionnaireIndex(instrument);
      INDEXES.put(instrument.id(), index);
    }
    return index;
  }

  /** The linkId's item, {@link #SKIPPED} for a total or the root group, or null when the instrument has no such item. */
  Target target(String linkId) {
    return targets.get(linkId);
  }
}
