package org.attune.catalog;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.catalog.TextPackReader.ItemDoc;
import org.attune.catalog.TextPackReader.PackDoc;
import org.attune.model.Instrument;
import org.attune.model.Item;

/**
 * The rules of a text pack: its own format, then its fit with a definition. Every problem is
 * collected with its JSON path. Messages name ids, paths and counts, never the wording.
 */
final class TextPackChecks {
  private TextPackChecks() {}

  /** Rules of the pack itself, whatever it is for. */
  static void format(PackDoc doc, Problems problems) {
    if (doc.textPackVersion() == null) {
      problems.add("textPackVersion", "missing");
    } else if (doc.textPackVersion() != TextPack.FORMAT_VERSION) {
      problems.add("textPackVersion", "unsupported version " + doc.textPackVersion()
          + "; this library reads version " + TextPack.FORMAT_VERSION);
    }
    if (doc.instrument() == null) {
      problems.add("instrument", "missing");
    } else if (!doc.instrument().matches(Doc.ID)) {
      problems.add("instrument", Doc.ID_MESSAGE);
    }
    if (doc.definitionVersion() != null && doc.definitionVersion().isBlank()) {
      problems.add("definitionVersion", "must not be blank (leave it out to fit any version)");
    }
    if (doc.locale() == null) {
      problems.add("locale", "missing");
    } else if (locale(doc.locale()) == null) {
      problems.add("locale", "must be a BCP 47 language tag with a language and no extensions, e.g. en-GB");
    }
    required(doc.source(), "source", problems);
    if (doc.instructions() != null && doc.instructions().isBlank()) {
      problems.add("instructions", "must not be blank (leave it out when there are none)");
    }
    if (doc.items() == null) {
      problems.add("items", "missing");
      return;
    }
    if (doc.items().isEmpty()) {
      problems.add("items", "must give the wording of at least one item");
    }
    doc.items().forEach((id, item) -> {
      String path = "items." + id;
      if (item == null) {
        problems.add(path, "must not be null");
        return;
      }
      required(item.text(), path + ".text", problems);
      if (item.options() != null) {
        for (int k = 0; k < item.options().size(); k++) {
          String option = item.options().get(k);
          if (option == null || option.isBlank()) {
            problems.add(path + ".options[" + k + "]", option == null ? "must not be null" : "must not be blank");
          }
        }
      }
    });
  }

  /**
   * The pack's fit with a definition: the same instrument (and definition version, when the
   * pack names one), every item and no other, each with as many option texts as it has options.
   */
  static void against(PackDoc doc, Instrument instrument, Problems problems) {
    if (doc.instrument() != null && !doc.instrument().equals(instrument.id())) {
      problems.add("instrument", "the pack is for instrument " + doc.instrument() + ", not " + instrument.id());
      return;
    }
    if (doc.definitionVersion() != null && !doc.definitionVersion().equals(instrument.version())) {
      problems.add("definitionVersion", "the pack was written for version " + doc.definitionVersion() + " of the "
          + instrument.id() + " definition; this is version " + instrument.version());
    }
    if (doc.items() == null) {
      return;
    }
    Map<String, Item> items = instrument.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
    doc.items().forEach((id, given) -> {
      Item item = items.get(id);
      if (item == null) {
        problems.add("items." + id, "unknown item: " + instrument.id() + " has no item " + id);
      } else if (given != null) {
        optionCount(item, given, problems);
      }
    });
    for (Item item : instrument.items()) {
      if (!doc.items().containsKey(item.id())) {
        problems.add("items." + item.id(), "missing: every item of " + instrument.id() + " needs its wording");
      }
    }
  }

  private static void optionCount(Item item, ItemDoc given, Problems problems) {
    int expected = item.answerType().options().size();
    List<String> options = given.options();
    String path = "items." + item.id() + ".options";
    if (options == null && expected > 0) {
      problems.add(path, "missing: item " + item.id() + " has " + count(expected));
    } else if (options != null && options.size() != expected) {
      problems.add(path, expected == 0
          ? "item " + item.id() + " has no options (it is answered with a number), found " + options.size()
          : "item " + item.id() + " has " + count(expected) + ", found " + options.size());
    }
  }

  private static String count(int options) {
    return options + (options == 1 ? " option" : " options");
  }

  private static void required(String value, String path, Problems problems) {
    if (value == null) {
      problems.add(path, "missing");
    } else if (value.isBlank()) {
      problems.add(path, "must not be blank");
    }
  }

  /**
   * The locale of a well-formed BCP 47 tag that names a language and has no extensions, or
   * null. Stricter than {@link Locale#forLanguageTag}, which turns anything into some locale.
   */
  static Locale locale(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() || locale.hasExtensions() ? null : locale;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }
}
