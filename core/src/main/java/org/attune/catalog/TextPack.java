package org.attune.catalog;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.model.Instrument;

/**
 * The wording of one instrument in one locale, supplied at run time by an organisation that
 * holds permission to use it. Where a licence forbids shipping the wording (the EPDS, for
 * which the Royal College of Psychiatrists grants permission), Attune ships scoring only; a
 * deploying organisation with permission supplies the text as a pack, and Attune never ships
 * one. Attach packs to a definition with {@link InstrumentText#of}.
 *
 * <p>The JSON format, version {@value #FORMAT_VERSION} (schema:
 * {@code org/attune/textpack.schema.json} in this artifact):
 *
 * <pre>{@code
 * {
 *   "textPackVersion": 1,
 *   "instrument": "epds",
 *   "definitionVersion": "1.0.0",
 *   "locale": "en-GB",
 *   "source": "Wording as licensed to <organisation> by <holder>, <date>",
 *   "instructions": "...",
 *   "items": {
 *     "epds_1": {"text": "...", "options": ["...", "...", "...", "..."]},
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code definitionVersion} is optional: a pack that names one fits only that version of
 *       the definition ({@link Instrument#version()}); one that does not fits any version with
 *       the same items and option counts.
 *   <li>{@code instructions} is optional.
 *   <li>{@code items} gives every item of the definition and no other; each item's
 *       {@code options} lists the option texts in printed order, exactly as many as the item
 *       has options (two for a yes/no item, printed Yes then No), and is left out for an item
 *       answered with a number.
 *   <li>Unknown fields are errors, so a misspelt field is never ignored silently.
 * </ul>
 *
 * <p>The wording is licensed text: {@link #toString()} shows ids, the locale and counts only,
 * and problems name ids, paths and counts, so a pack can never leak into a log.
 *
 * @param instrument id of the instrument the wording is for, e.g. {@code epds}
 * @param definitionVersion the definition version the pack was written for, or null when it
 *     fits any version with the same items and options
 * @param locale the locale of the wording, naming at least a language
 * @param source who holds the wording and on what permission, in the holder's words (show it
 *     where the permission requires an acknowledgement)
 * @param instructions the instructions to the respondent, or null when the pack gives none
 * @param items each item's wording by item id, in the order given
 * @since 0.1.0
 */
public record TextPack(
    String instrument,
    String definitionVersion,
    Locale locale,
    String source,
    String instructions,
    Map<String, ItemText> items) {

  /** The text pack format this library reads ({@code "textPackVersion"}). */
  public static final int FORMAT_VERSION = 1;

  /**
   * @throws IllegalArgumentException when {@code locale} names no language or has extensions
   */
  public TextPack {
    requireNonNull(instrument, "instrument");
    requireNonNull(locale, "locale");
    requireNonNull(source, "source");
    requireNonNull(items, "items");
    if (locale.getLanguage().isEmpty() || locale.hasExtensions()) {
      throw new IllegalArgumentException("a text pack's locale names a language and has no extensions, was "
          + locale.toLanguageTag());
    }
    Map<String, ItemText> copy = new LinkedHashMap<>();
    items.forEach((id, text) -> copy.put(requireNonNull(id, "item id"), requireNonNull(text, "item text")));
    items = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a text pack and checks its format, not its fit with a definition: check that with
   * {@link #checkAgainst} or read with {@link #read(String, InputStream, Instrument)}. The
   * stream is closed.
   *
   * @param resource the pack's name, used in problem reports (e.g. {@code epds.en-GB.json})
   * @throws InvalidTextPackException listing every problem, each with its JSON path
   */
  public static TextPack read(String resource, InputStream in) {
    return parse(resource, in, null);
  }

  /**
   * Reads a text pack and checks it against the definition it is for; problems of format and
   * of fit are reported together. The stream is closed.
   *
   * @param resource the pack's name, used in problem reports (e.g. {@code epds.en-GB.json})
   * @throws InvalidTextPackException listing every problem, each with its JSON path: unknown or
   *     misspelt fields, malformed JSON, a different instrument or definition version, unknown
   *     or missing items, option counts that differ from the definition's
   */
  public static TextPack read(String resource, InputStream in, Instrument instrument) {
    return parse(resource, in, requireNonNull(instrument, "instrument"));
  }

  private static TextPack parse(String resource, InputStream in, Instrument instrument) {
    requireNonNull(resource, "resource");
    requireNonNull(in, "in");
    Problems problems = new Problems(resource);
    TextPackReader.PackDoc doc = TextPackReader.read(in, problems);
    if (doc != null) {
      TextPackChecks.format(doc, problems);
      if (instrument != null) {
        TextPackChecks.against(doc, instrument, problems);
      }
    }
    problems.throwIfAny(InvalidTextPackException::new);
    return TextPackReader.toModel(doc);
  }

  /**
   * Checks that this pack fits the definition: the same instrument id, the same definition
   * version when the pack names one, every item and no other, and for each item as many option
   * texts as it has options. Also checks what {@link #read(String, InputStream)} checks of a
   * pack built in code (no blank text).
   *
   * @return this pack
   * @throws InvalidTextPackException listing every problem, each with its JSON path
   */
  public TextPack checkAgainst(Instrument instrument) {
    requireNonNull(instrument, "instrument");
    Problems problems = new Problems(name());
    TextPackReader.PackDoc doc = TextPackReader.toDoc(this);
    TextPackChecks.format(doc, problems);
    TextPackChecks.against(doc, instrument, problems);
    problems.throwIfAny(InvalidTextPackException::new);
    return this;
  }

  /** How problems name a pack that was not read from a named resource. */
  String name() {
    return "text pack " + instrument + " " + locale.toLanguageTag();
  }

  /** Ids, locale and counts only: never the wording, which is licensed text. */
  @Override
  public String toString() {
    return "TextPack[instrument=" + instrument + ", definitionVersion=" + definitionVersion + ", locale="
        + locale.toLanguageTag() + ", instructions=" + (instructions != null) + ", items=" + items.size() + "]";
  }

  /**
   * One item's wording.
   *
   * @param text the item's text
   * @param options the options' texts in printed order; empty for an item answered with a number
   * @since 0.1.0
   */
  public record ItemText(String text, List<String> options) {

    public ItemText {
      requireNonNull(text, "text");
      options = List.copyOf(options);
    }

    /** The item's wording as {@code text} with no options. */
    public ItemText(String text) {
      this(text, List.of());
    }

    /** The count of options only: never the wording, which is licensed text. */
    @Override
    public String toString() {
      return "ItemText[options=" + options.size() + "]";
    }
  }
}
