package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.attune.model.Instrument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class InstrumentTextTest {
  /** Made up, with its own text in {@code en}: instructions and item demo_1 only. */
  private static final Instrument DEMO = Demo.instrument();

  /** The demo as a scoring-only instrument: its licence forbids shipping wording, and none ships. */
  private static final Instrument SCORING_ONLY = Definitions.read("demo.json", Demo.edited(doc -> {
    ((ObjectNode) doc.get("licence")).put("textIncluded", false);
    doc.remove("instructions");
    for (JsonNode item : doc.get("items")) {
      ((ObjectNode) item).remove("text");
    }
    return doc;
  }));

  private static final Locale CY_GB = Locale.forLanguageTag("cy-GB");
  private static final Locale CY = Locale.forLanguageTag("cy");
  private static final Locale EN_GB = Locale.forLanguageTag("en-GB");
  private static final Locale EN = Locale.forLanguageTag("en");

  private static TextPack pack(String locale) {
    return TextPack.read("demo." + locale + ".json",
        DemoPack.bytes(DemoPack.document(SCORING_ONLY, locale).toString()), SCORING_ONLY);
  }

  private static InstrumentText scoringOnly(String... packLocales) {
    return InstrumentText.of(SCORING_ONLY, List.of(packLocales).stream().map(InstrumentTextTest::pack).toList());
  }

  @Test
  void scoringOnly_withoutPack_hasNoTextAndFallsBackToLabels() {
    InstrumentText text = InstrumentText.of(SCORING_ONLY);

    assertThat(text.hasText()).isFalse();
    assertThat(text.locales()).isEmpty();
    for (Locale locale : List.of(EN, EN_GB, CY_GB, Locale.ROOT)) {
      assertThat(text.instructions(locale)).isEmpty();
      assertThat(text.item("demo_1", locale)).isEmpty();
      assertThat(text.option("demo_1", 0, locale)).isEmpty();
      assertThat(text.option("demo_4", 1, locale)).isEmpty();
    }
    assertThat(text.itemOrLabel("demo_1", EN)).isEqualTo("Forward");
    assertThat(text.optionOrLabel("demo_1", 3, EN)).isEqualTo("Option 4");
    assertThat(text.optionOrLabel("demo_4", 0, EN)).isEqualTo("Yes");
  }

  @Test
  void scoringOnly_withPack_givesThePacksPlaceholderText() {
    InstrumentText text = scoringOnly("en-GB");

    assertThat(text.hasText()).isTrue();
    assertThat(text.locales()).containsExactly(EN_GB);
    assertThat(text.instructions(EN_GB)).hasValue("[en-GB] Test wording for the instructions");
    assertThat(text.item("demo_3", EN_GB)).hasValue("[en-GB] Test wording for item demo_3");
    assertThat(text.option("demo_3", 2, EN_GB)).hasValue("[en-GB] Test wording for item demo_3, option 3");
    assertThat(text.option("demo_4", 1, EN_GB)).hasValue("[en-GB] Test wording for item demo_4, option 2");
    assertThat(text.itemOrLabel("demo_3", EN_GB)).isEqualTo("[en-GB] Test wording for item demo_3");
    assertThat(text.optionOrLabel("demo_5", 0, EN_GB)).isEqualTo("[en-GB] Test wording for item demo_5, option 1");
  }

  @Test
  void lookupOrder_welshInBritain_triesExactThenParentThenDefaults() {
    assertThat(scoringOnly("en-GB", "en").lookupOrder(CY_GB)).containsExactly(CY_GB, CY, EN_GB, EN);
  }

  @Test
  void lookupOrder_scriptVariantAndExtensions_areDroppedInTurn() {
    InstrumentText text = scoringOnly("en");

    assertThat(text.lookupOrder(Locale.forLanguageTag("sr-Latn-RS-1996"))).containsExactly(
        Locale.forLanguageTag("sr-Latn-RS-1996"), Locale.forLanguageTag("sr-Latn-RS"),
        Locale.forLanguageTag("sr-Latn"), Locale.forLanguageTag("sr"), EN);
    assertThat(text.lookupOrder(Locale.forLanguageTag("en-GB-u-ca-gregory"))).containsExactly(EN_GB, EN);
    assertThat(text.lookupOrder(Locale.ROOT)).containsExactly(EN);
  }

  @Test
  void item_welshInBritain_fallsBackCyGbThenEnGbThenEn() {
    assertThat(scoringOnly("en-GB", "en", "cy-GB").item("demo_1", CY_GB))
        .hasValue("[cy-GB] Test wording for item demo_1");
    assertThat(scoringOnly("en-GB", "en").item("demo_1", CY_GB)).hasValue("[en-GB] Test wording for item demo_1");
    assertThat(scoringOnly("en").item("demo_1", CY_GB)).hasValue("[en] Test wording for item demo_1");
  }

  @Test
  void item_parentLocale_comesBeforeTheDefault() {
    assertThat(scoringOnly("en-GB", "cy").option("demo_2", 1, CY_GB))
        .hasValue("[cy] Test wording for item demo_2, option 2");
  }

  @Test
  void item_exactMatch_winsOverTheDefaultPack() {
    InstrumentText text = scoringOnly("en", "en-GB"); // the first pack, en, is the default

    assertThat(text.item("demo_1", EN_GB)).hasValue("[en-GB] Test wording for item demo_1");
    assertThat(text.item("demo_1", Locale.forLanguageTag("en-AU"))).hasValue("[en] Test wording for item demo_1");
    assertThat(text.item("demo_1", CY_GB)).hasValue("[en] Test wording for item demo_1");
    assertThat(scoringOnly("en-GB", "en").item("demo_1", EN)).hasValue("[en] Test wording for item demo_1");
  }

  @Test
  void definitionText_withoutPack_isUsedInEveryLocale() {
    InstrumentText text = InstrumentText.of(DEMO);

    assertThat(text.locales()).containsExactly(EN);
    assertThat(text.instructions(CY_GB)).hasValue("Answer each question.");
    assertThat(text.item("demo_1", EN_GB)).hasValue("First question");
    assertThat(text.item("demo_2", EN)).isEmpty(); // the definition has no text for demo_2
    assertThat(text.itemOrLabel("demo_2", EN)).isEqualTo("Reversed");
    assertThat(text.option("demo_1", 0, EN)).isEmpty();
  }

  @Test
  void pack_sameLocaleAsDefinition_winsOverDefinitionText() {
    TextPack en = TextPack.read("demo.en.json", DemoPack.edited("en", doc -> {
      doc.remove("instructions");
      return doc;
    }), DEMO);
    InstrumentText text = InstrumentText.of(DEMO, en);

    assertThat(text.locales()).containsExactly(EN);
    assertThat(text.item("demo_1", EN)).hasValue("[en] Test wording for item demo_1");
    // what the pack leaves out, the definition's text in the same locale gives
    assertThat(text.instructions(EN)).hasValue("Answer each question.");
  }

  @Test
  void definitionText_exactLocale_winsOverAPackInAnotherLocale() {
    InstrumentText text = InstrumentText.of(DEMO, DemoPack.of("en-GB"));

    assertThat(text.locales()).containsExactly(EN_GB, EN);
    assertThat(text.item("demo_1", EN)).hasValue("First question");
    assertThat(text.item("demo_1", EN_GB)).hasValue("[en-GB] Test wording for item demo_1");
    assertThat(text.item("demo_1", CY_GB)).hasValue("[en-GB] Test wording for item demo_1");
  }

  @Test
  void of_packThatDoesNotFit_failsListingEveryPacksProblems() {
    TextPack other = new TextPack("epds", null, CY_GB, "Made up for tests", null, java.util.Map.of());

    assertThatThrownBy(() -> InstrumentText.of(SCORING_ONLY, pack("en"), other, pack("en-GB")))
        .isInstanceOf(InvalidTextPackException.class)
        .hasMessage("2 problems in text pack:\n"
            + "  text pack epds cy-GB: items: must give the wording of at least one item\n"
            + "  text pack epds cy-GB: instrument: the pack is for instrument epds, not demo");
  }

  @Test
  void of_twoPacksInOneLocale_isRejected() {
    assertThatThrownBy(() -> scoringOnly("en-GB", "cy", "en-GB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two text packs for demo in locale en-GB");
  }

  @Test
  void lookups_unknownItemOrOption_areProgrammingErrors() {
    InstrumentText text = scoringOnly("en");

    assertThatThrownBy(() -> text.item("demo_9", EN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no item demo_9 in demo");
    assertThatThrownBy(() -> text.option("demo_5", 3, EN)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> text.optionOrLabel("demo_1", -1, EN)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void toString_namesLocalesButNoWording() {
    assertThat(scoringOnly("en-GB", "cy")).hasToString("InstrumentText[instrument=demo, packs=2, locales=[en-GB, cy]]");
  }
}
