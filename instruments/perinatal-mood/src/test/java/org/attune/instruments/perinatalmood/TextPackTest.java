package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.Attune;
import org.attune.catalog.DefinitionProblem;
import org.attune.catalog.InstrumentText;
import org.attune.catalog.InvalidTextPackException;
import org.attune.catalog.TextPack;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.junit.jupiter.api.Test;

/**
 * Text packs on the bundled EPDS (scoring only: its wording is licensed by the Royal College of
 * Psychiatrists and never ships) and PHQ-9 (wording ships, in {@code en}). The EPDS pack is made
 * up: PLACEHOLDER wording only, never the real text.
 */
class TextPackTest {
  private static final Instrument EPDS = Attune.catalog().get("epds");
  private static final Instrument PHQ9 = Attune.catalog().get("phq9");
  private static final String PACK = "/textpacks/epds.en-GB.placeholder.json";

  private static final Locale EN = Locale.forLanguageTag("en");
  private static final Locale EN_GB = Locale.forLanguageTag("en-GB");
  private static final Locale CY_GB = Locale.forLanguageTag("cy-GB");

  private static TextPack placeholderPack() {
    return TextPack.read("epds.en-GB.placeholder.json", TextPackTest.class.getResourceAsStream(PACK), EPDS);
  }

  private static String placeholderJson() {
    try (InputStream in = TextPackTest.class.getResourceAsStream(PACK)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void epds_withoutPack_hasNoWordingAndFallsBackToOurLabels() {
    InstrumentText text = InstrumentText.of(EPDS);

    assertThat(EPDS.licence().textIncluded()).isFalse();
    assertThat(text.hasText()).isFalse();
    assertThat(text.locales()).isEmpty();
    assertThat(text.instructions(EN_GB)).isEmpty();
    for (Item item : EPDS.items()) {
      assertThat(text.item(item.id(), EN_GB)).isEmpty();
      assertThat(text.itemOrLabel(item.id(), EN_GB)).isEqualTo(item.label());
      List<Option> options = item.answerType().options();
      for (int k = 0; k < options.size(); k++) {
        assertThat(text.option(item.id(), k, EN)).isEmpty();
        assertThat(text.optionOrLabel(item.id(), k, EN)).isEqualTo(options.get(k).label());
      }
    }
    assertThat(text.itemOrLabel("epds_1", EN)).isEqualTo("Laughter and humour");
    assertThat(text.optionOrLabel("epds_1", 0, EN)).isEqualTo("Printed option 1");
  }

  @Test
  void epds_withPlaceholderPack_givesThePacksText() {
    InstrumentText text = InstrumentText.of(EPDS, placeholderPack());

    assertThat(text.hasText()).isTrue();
    assertThat(text.locales()).containsExactly(EN_GB);
    assertThat(text.instructions(EN_GB)).hasValue("PLACEHOLDER Test wording for the instructions");
    assertThat(text.item("epds_1", EN_GB)).hasValue("PLACEHOLDER Test wording for item 1");
    assertThat(text.option("epds_10", 3, EN_GB)).hasValue("PLACEHOLDER Test wording for item 10, option 4");
    // cy-GB, cy, then the pack's en-GB
    assertThat(text.item("epds_3", CY_GB)).hasValue("PLACEHOLDER Test wording for item 3");
    assertThat(text.itemOrLabel("epds_3", EN)).isEqualTo("PLACEHOLDER Test wording for item 3");
  }

  @Test
  void epds_packForAnotherDefinitionVersion_isRejected() {
    String json = placeholderJson().replace("\"definitionVersion\": \"1.1.0\"", "\"definitionVersion\": \"0.9.0\"");

    assertThatThrownBy(() -> TextPack.read("epds.json", stream(json), EPDS))
        .isInstanceOf(InvalidTextPackException.class)
        .hasMessage("1 problem in text pack:\n  epds.json: definitionVersion: the pack was written for version 0.9.0 "
            + "of the epds definition; this is version 1.1.0");
  }

  @Test
  void epds_packWithAMissingOption_isRejectedWithoutQuotingItsWording() {
    String json = placeholderJson().replace(",\n        \"PLACEHOLDER Test wording for item 10, option 4\"", "");

    assertThatThrownBy(() -> TextPack.read("epds.json", stream(json), EPDS))
        .isInstanceOfSatisfying(InvalidTextPackException.class, e -> {
          assertThat(e.problems()).extracting(DefinitionProblem::path).containsExactly("items.epds_10.options");
          assertThat(e.getMessage()).endsWith("item epds_10 has 4 options, found 3").doesNotContain("PLACEHOLDER");
        });
  }

  @Test
  void epds_packForPhq9_isRejected() {
    assertThatThrownBy(() -> InstrumentText.of(PHQ9, placeholderPack()))
        .isInstanceOf(InvalidTextPackException.class)
        .hasMessage("1 problem in text pack:\n  text pack epds en-GB: instrument: the pack is for instrument epds, not phq9");
  }

  @Test
  void phq9_withoutPack_usesItsOwnEnglishInEveryLocale() {
    InstrumentText text = InstrumentText.of(PHQ9);
    Item first = PHQ9.item("phq9_1").orElseThrow();

    assertThat(PHQ9.licence().textIncluded()).isTrue();
    assertThat(text.locales()).containsExactly(EN);
    assertThat(text.instructions(CY_GB)).hasValue(PHQ9.instructions().get("en"));
    assertThat(text.item("phq9_1", EN_GB)).hasValue(first.text().get("en")).isNotEmpty();
    assertThat(text.option("phq9_1", 3, CY_GB)).hasValue(first.answerType().options().get(3).text().get("en"));
    assertThat(text.item("phq9_difficulty", EN)).hasValue(PHQ9.item("phq9_difficulty").orElseThrow().text().get("en"));
  }

  @Test
  void phq9_packInEnglish_winsOverTheDefinitionsEnglish() {
    InstrumentText text = InstrumentText.of(PHQ9, placeholderFor(PHQ9, EN));

    assertThat(text.item("phq9_1", EN)).hasValue("PLACEHOLDER Test wording for phq9_1");
    assertThat(text.option("phq9_9", 0, EN_GB)).hasValue("PLACEHOLDER Test wording for phq9_9, option 1");
    // the pack gives no instructions: the definition's, in the same locale, remain
    assertThat(text.instructions(EN)).hasValue(PHQ9.instructions().get("en"));
  }

  @Test
  void phq9_packInWelsh_isUsedForWelshAndEnglishStaysTheDefinitions() {
    InstrumentText text = InstrumentText.of(PHQ9, placeholderFor(PHQ9, CY_GB));

    assertThat(text.locales()).containsExactly(CY_GB, EN);
    assertThat(text.item("phq9_2", CY_GB)).hasValue("PLACEHOLDER Test wording for phq9_2");
    assertThat(text.item("phq9_2", EN_GB)).hasValue(PHQ9.item("phq9_2").orElseThrow().text().get("en"));
  }

  /** A pack built in code for every item of the instrument, without instructions. */
  private static TextPack placeholderFor(Instrument instrument, Locale locale) {
    Map<String, TextPack.ItemText> items = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      List<String> options = new java.util.ArrayList<>();
      for (int k = 1; k <= item.answerType().options().size(); k++) {
        options.add("PLACEHOLDER Test wording for " + item.id() + ", option " + k);
      }
      items.put(item.id(), new TextPack.ItemText("PLACEHOLDER Test wording for " + item.id(), options));
    }
    return new TextPack(instrument.id(), instrument.version(), locale, "Made up for tests", null, items);
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
