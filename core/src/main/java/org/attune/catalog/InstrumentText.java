package org.attune.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;

/**
 * The wording of an instrument in every locale it is available in: the definition's own text,
 * where its licence lets the wording ship (the PHQ-9, in {@code en}), and the
 * {@linkplain TextPack text packs} attached at run time by an organisation that holds
 * permission (the EPDS, whose definition is scoring only).
 *
 * <p><b>Lookup.</b> For a requested locale, the text comes from the first locale of
 * {@link #lookupOrder(Locale)} that has it:
 * <ol>
 *   <li>the requested locale exactly, e.g. {@code cy-GB};
 *   <li>its parents, dropping in turn the variant, the region and the script, e.g. {@code cy};
 *   <li>the default locales, each followed by its parents: the locale of each attached pack, in
 *       the order given (so the first pack is the organisation's default), then each locale of
 *       the definition's own text, in tag order — e.g. {@code en-GB}, {@code en}.
 * </ol>
 * Within one locale, a pack's text wins over the definition's own: the definition's text for
 * that locale is used only for what the pack leaves out (its instructions).
 *
 * <p><b>No invented wording.</b> Because every locale with text is among the defaults, a
 * lookup is empty only when no locale at all has that text: for a scoring-only instrument
 * without a pack, every lookup is empty and {@link #hasText()} is false. Attune never makes up
 * wording; fall back to Attune's own short labels, which every item and option has
 * ({@link #itemOrLabel}, {@link #optionOrLabel}), and tell the user that the published wording
 * is not available.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} never shows wording.
 *
 * <pre>{@code
 * Instrument epds = Attune.catalog().get("epds");
 * TextPack pack = TextPack.read("epds.en-GB.json", in, epds);   // the organisation's licensed wording
 * InstrumentText text = InstrumentText.of(epds, pack);
 * text.item("epds_1", Locale.forLanguageTag("cy-GB"));           // cy-GB, cy, then en-GB, en
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InstrumentText {
  private final Instrument instrument;
  private final List<TextPack> packs;
  private final Map<Locale, TextPack> packByLocale;
  private final Map<String, Item> items;
  private final Definition definition;
  private final List<Locale> defaults;

  private InstrumentText(Instrument instrument, List<TextPack> packs) {
    this.instrument = instrument;
    this.packs = List.copyOf(packs);
    this.packByLocale = new HashMap<>();
    for (TextPack pack : this.packs) {
      if (packByLocale.put(pack.locale(), pack) != null) {
        throw new IllegalArgumentException("two text packs for " + instrument.id() + " in locale "
            + pack.locale().toLanguageTag());
      }
    }
    this.items = new HashMap<>();
    instrument.items().forEach(i -> items.put(i.id(), i));
    this.definition = new Definition(instrument);
    Set<Locale> defaults = new LinkedHashSet<>();
    this.packs.forEach(p -> defaults.add(p.locale()));
    defaults.addAll(definition.locales);
    this.defaults = List.copyOf(defaults);
  }

  /**
   * The definition's own text together with these packs. The first pack given is the default
   * locale.
   *
   * @param instrument the definition
   * @param packs the packs to attach, none or more, each checked against the definition
   * @return the wording of the instrument from the definition and the packs
   * @throws InvalidTextPackException when a pack does not fit the definition (listing every
   *     problem of every pack)
   * @throws IllegalArgumentException when two packs have the same locale
   */
  public static InstrumentText of(Instrument instrument, TextPack... packs) {
    return of(instrument, List.of(packs));
  }

  /**
   * The definition's own text together with these packs. The first pack given is the default
   * locale.
   *
   * @param instrument the definition
   * @param packs the packs to attach, none or more, each checked against the definition
   * @return the wording of the instrument from the definition and the packs
   * @throws InvalidTextPackException when a pack does not fit the definition (listing every
   *     problem of every pack)
   * @throws IllegalArgumentException when two packs have the same locale
   */
  public static InstrumentText of(Instrument instrument, List<TextPack> packs) {
    requireNonNull(instrument, "instrument");
    List<DefinitionProblem> problems = new ArrayList<>();
    for (TextPack pack : packs) {
      try {
        pack.checkAgainst(instrument);
      } catch (InvalidTextPackException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidTextPackException(problems);
    }
    return new InstrumentText(instrument, packs);
  }

  /** The instrument whose wording this is. */
  public Instrument instrument() {
    return instrument;
  }

  /** The attached packs, in the order given. */
  public List<TextPack> packs() {
    return packs;
  }

  /**
   * Every locale that has some text: the packs' locales in the order given, then the
   * definition's own in tag order. Empty when there is no wording at all.
   */
  public List<Locale> locales() {
    return defaults;
  }

  /**
   * Whether any wording is available. False for a scoring-only instrument (its licence forbids
   * shipping the wording) with no pack attached: then every lookup is empty.
   */
  public boolean hasText() {
    return !defaults.isEmpty();
  }

  /**
   * The locales tried, in order, for a requested locale: the locale itself (without
   * extensions), its parents, then the default locales each followed by its parents (see the
   * class description). Includes locales that may have no text.
   */
  public List<Locale> lookupOrder(Locale requested) {
    requireNonNull(requested, "requested");
    Set<Locale> order = new LinkedHashSet<>(withParents(requested));
    defaults.forEach(d -> order.addAll(withParents(d)));
    return List.copyOf(order);
  }

  /**
   * The instructions to the respondent.
   *
   * @param locale the locale wanted; see {@link #lookupOrder(Locale)}
   * @return the instructions in the first locale that has them, or empty when none has
   */
  public Optional<String> instructions(Locale locale) {
    return find(locale, TextPack::instructions, definition.instructions);
  }

  /**
   * The item's wording.
   *
   * @param itemId the item's id, e.g. {@code epds_1}
   * @param locale the locale wanted; see {@link #lookupOrder(Locale)}
   * @return the wording in the first locale that has it, or empty when none has (e.g. a
   *     scoring-only instrument with no pack)
   * @throws IllegalArgumentException when the instrument has no such item
   */
  public Optional<String> item(String itemId, Locale locale) {
    itemNamed(itemId);
    return find(locale, p -> p.items().get(itemId).text(), definition.items.get(itemId));
  }

  /**
   * An option's wording.
   *
   * @param itemId the item's id, e.g. {@code epds_1}
   * @param index the option's position in printed order, from 0, as in
   *     {@link org.attune.model.AnswerType#options()}
   * @param locale the locale wanted; see {@link #lookupOrder(Locale)}
   * @return the wording in the first locale that has it, or empty when none has
   * @throws IllegalArgumentException when the instrument has no such item
   * @throws IndexOutOfBoundsException when the item has no option at {@code index}
   */
  public Optional<String> option(String itemId, int index, Locale locale) {
    Objects.checkIndex(index, itemNamed(itemId).answerType().options().size());
    return find(locale, p -> p.items().get(itemId).options().get(index), definition.options.get(itemId).get(index));
  }

  /**
   * The item's wording, or else Attune's own short label for it (never empty).
   *
   * @throws IllegalArgumentException when the instrument has no such item
   */
  public String itemOrLabel(String itemId, Locale locale) {
    return item(itemId, locale).orElse(itemNamed(itemId).label());
  }

  /**
   * The option's wording, or else Attune's own short label for it (never empty).
   *
   * @throws IllegalArgumentException when the instrument has no such item
   * @throws IndexOutOfBoundsException when the item has no option at {@code index}
   */
  public String optionOrLabel(String itemId, int index, Locale locale) {
    return option(itemId, index, locale).orElse(itemNamed(itemId).answerType().options().get(index).label());
  }

  /** Ids and locales only: never the wording. */
  @Override
  public String toString() {
    return "InstrumentText[instrument=" + instrument.id() + ", packs=" + packs.size() + ", locales="
        + defaults.stream().map(Locale::toLanguageTag).toList() + "]";
  }

  private Item itemNamed(String itemId) {
    Item item = items.get(requireNonNull(itemId, "itemId"));
    if (item == null) {
      throw new IllegalArgumentException("no item " + itemId + " in " + instrument.id());
    }
    return item;
  }

  private Optional<String> find(Locale requested, Function<TextPack, String> inPack, Map<Locale, String> inDefinition) {
    for (Locale locale : lookupOrder(requested)) {
      TextPack pack = packByLocale.get(locale);
      String text = pack == null ? null : inPack.apply(pack);
      if (text == null) {
        text = inDefinition.get(locale);
      }
      if (text != null) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** The locale without extensions, then its parents: without variant, region, script in turn. */
  static List<Locale> withParents(Locale locale) {
    Set<Locale> out = new LinkedHashSet<>();
    String language = locale.getLanguage();
    if (!language.isEmpty()) {
      add(out, language, locale.getScript(), locale.getCountry(), locale.getVariant());
      add(out, language, locale.getScript(), locale.getCountry(), "");
      add(out, language, locale.getScript(), "", "");
      add(out, language, "", "", "");
    }
    return List.copyOf(out);
  }

  private static void add(Set<Locale> out, String language, String script, String region, String variant) {
    try {
      out.add(new Locale.Builder().setLanguage(language).setScript(script).setRegion(region).setVariant(variant)
          .build());
    } catch (IllformedLocaleException e) {
      // a legacy locale that is no BCP 47 tag: try its shorter forms only
    }
  }

  /** The definition's own text, by locale, with its tags read as locales once. */
  private static final class Definition {
    final Map<Locale, String> instructions;
    final Map<String, Map<Locale, String>> items = new HashMap<>();
    final Map<String, List<Map<Locale, String>>> options = new HashMap<>();
    final List<Locale> locales;

    Definition(Instrument instrument) {
      Map<String, Locale> seen = new TreeMap<>(); // by tag: the definition's locales in tag order
      instructions = byLocale(instrument.instructions(), seen);
      for (Item item : instrument.items()) {
        items.put(item.id(), byLocale(item.text(), seen));
        List<Map<Locale, String>> texts = new ArrayList<>();
        for (Option option : item.answerType().options()) {
          texts.add(byLocale(option.text(), seen));
        }
        options.put(item.id(), List.copyOf(texts));
      }
      locales = List.copyOf(seen.values());
    }

    private static Map<Locale, String> byLocale(Map<String, String> texts, Map<String, Locale> seen) {
      Map<Locale, String> out = new LinkedHashMap<>();
      texts.forEach((tag, text) -> {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getLanguage().isEmpty()) {
          out.put(locale, text);
          seen.put(locale.toLanguageTag(), locale);
        }
      });
      return out;
    }
  }
}
