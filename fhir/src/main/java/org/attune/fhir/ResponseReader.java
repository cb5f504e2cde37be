package org.attune.fhir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Scale;

/**
 * What reading a response to one instrument's Questionnaire needs, worked out once: the
 * canonical URL, the code system, each item by linkId with its option positions by code, and
 * the linkIds to skip (the read-only totals). Immutable; one per instrument, kept while the
 * same instrument object is asked for.
 */
final class ResponseReader {
  private static final Map<String, ResponseReader> READERS = new ConcurrentHashMap<>();

  final Instrument instrument;
  final String canonical;
  final String codeSystem;
  private final Map<String, Item> items = new HashMap<>();
  /** Per item id, its options' 1-based positions by code. */
  private final Map<String, Map<String, Long>> positions = new HashMap<>();
  private final Set<String> skipped = new HashSet<>();

  private ResponseReader(Instrument instrument) {
    this.instrument = instrument;
    this.canonical = Fhir.canonical(instrument);
    this.codeSystem = Fhir.codeSystem(instrument);
    for (Item item : instrument.items()) {
      items.put(item.id(), item);
      Map<String, Long> byCode = new HashMap<>();
      List<Option> options = item.answerType().options();
      for (int p = 0; p < options.size(); p++) {
        byCode.putIfAbsent(options.get(p).code(), (long) (p + 1));
      }
      positions.put(item.id(), byCode);
    }
    skipped.add(instrument.id());
    instrument.scales().stream().map(Scale::id).forEach(skipped::add);
  }

  /** The reader of this instrument (the very object: another with the same id gets its own). */
  static ResponseReader of(Instrument instrument) {
    ResponseReader reader = READERS.get(instrument.id());
    if (reader == null || reader.instrument != instrument) {
      reader = new ResponseReader(instrument);
      READERS.put(instrument.id(), reader);
    }
    return reader;
  }

  /** The item with this linkId, or null when the instrument has none. */
  Item item(String linkId) {
    return items.get(linkId);
  }

  /** Whether the linkId is a total or the root group, whose answers are not read. */
  boolean isSkipped(String linkId) {
    return skipped.contains(linkId);
  }

  /** The 1-based position of the option of the item with this code, or null when it has none. */
  Long position(Item item, String code) {
    return positions.get(item.id()).get(code);
  }
}
