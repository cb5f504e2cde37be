package org.attune.catalog;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.attune.model.Instrument;
import org.attune.model.Item;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Made-up text packs for the demo instrument. Every text is PLACEHOLDER wording that names its
 * locale ({@code "[cy-GB] Test wording for item demo_1"}), so a test can tell which locale a
 * lookup used. No real instrument wording appears in tests.
 */
final class DemoPack {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private DemoPack() {}

  /** A valid pack document for every item of {@code instrument}, in {@code locale}. */
  static ObjectNode document(Instrument instrument, String locale) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("textPackVersion", 1);
    doc.put("instrument", instrument.id());
    doc.put("definitionVersion", instrument.version());
    doc.put("locale", locale);
    doc.put("source", "Made up for tests: placeholder wording, no licensed text");
    doc.put("instructions", instructions(locale));
    ObjectNode items = doc.putObject("items");
    for (Item item : instrument.items()) {
      ObjectNode text = items.putObject(item.id());
      text.put("text", item(locale, item.id()));
      int count = item.answerType().options().size();
      if (count > 0) {
        ArrayNode options = text.putArray("options");
        for (int k = 0; k < count; k++) {
          options.add(option(locale, item.id(), k));
        }
      }
    }
    return doc;
  }

  static String instructions(String locale) {
    return "[" + locale + "] Test wording for the instructions";
  }

  static String item(String locale, String itemId) {
    return "[" + locale + "] Test wording for item " + itemId;
  }

  static String option(String locale, String itemId, int index) {
    return "[" + locale + "] Test wording for item " + itemId + ", option " + (index + 1);
  }

  /** A valid pack for the demo instrument, read and checked. */
  static TextPack of(String locale) {
    Instrument demo = Demo.instrument();
    return TextPack.read("demo." + locale + ".json", bytes(document(demo, locale).toString()), demo);
  }

  /** The demo pack in {@code locale} with an edit applied, as bytes. */
  static InputStream edited(String locale, UnaryOperator<ObjectNode> edit) {
    return bytes(edit.apply(document(Demo.instrument(), locale)).toString());
  }

  static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
