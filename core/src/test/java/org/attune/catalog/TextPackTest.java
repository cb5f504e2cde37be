package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.attune.model.Instrument;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class TextPackTest {
  private static final Instrument DEMO = Demo.instrument();

  private static List<DefinitionProblem> problems(UnaryOperator<ObjectNode> edit) {
    return problems(DemoPack.edited("en-GB", edit));
  }

  private static List<DefinitionProblem> problems(InputStream in) {
    try {
      TextPack.read("demo.en-GB.json", in, DEMO);
    } catch (InvalidTextPackException e) {
      return e.problems();
    }
    throw new AssertionError("expected the pack to be rejected");
  }

  private static ObjectNode item(ObjectNode doc, String id) {
    return (ObjectNode) doc.get("items").get(id);
  }

  @Test
  void read_validPack_givesModel() {
    TextPack pack = DemoPack.of("en-GB");

    assertThat(pack.instrument()).isEqualTo("demo");
    assertThat(pack.definitionVersion()).isEqualTo("1.0.0");
    assertThat(pack.locale()).isEqualTo(Locale.UK);
    assertThat(pack.source()).isEqualTo("Made up for tests: placeholder wording, no licensed text");
    assertThat(pack.instructions()).isEqualTo("[en-GB] Test wording for the instructions");
    assertThat(pack.items()).containsOnlyKeys("demo_1", "demo_2", "demo_3", "demo_4", "demo_5");
    assertThat(pack.items().keySet()).containsExactly("demo_1", "demo_2", "demo_3", "demo_4", "demo_5");
    assertThat(pack.items().get("demo_1").text()).isEqualTo("[en-GB] Test wording for item demo_1");
    assertThat(pack.items().get("demo_1").options()).containsExactly(
        "[en-GB] Test wording for item demo_1, option 1", "[en-GB] Test wording for item demo_1, option 2",
        "[en-GB] Test wording for item demo_1, option 3", "[en-GB] Test wording for item demo_1, option 4");
    assertThat(pack.items().get("demo_4").options()).hasSize(2); // yes/no: Yes, then No
    assertThat(pack.items().get("demo_5").options()).hasSize(3);
  }

  @Test
  void read_withoutDefinitionVersionOrInstructions_fitsAnyVersion() {
    TextPack pack = TextPack.read("demo.json", DemoPack.edited("cy", doc -> {
      doc.remove("definitionVersion");
      doc.remove("instructions");
      return doc;
    }), DEMO);

    assertThat(pack.definitionVersion()).isNull();
    assertThat(pack.instructions()).isNull();
    assertThat(pack.locale()).isEqualTo(Locale.forLanguageTag("cy"));
  }

  @Test
  void read_withoutInstrument_checksFormatOnly() {
    TextPack pack = TextPack.read("demo.json", DemoPack.edited("en", doc -> {
      item(doc, "demo_1").putArray("options").add("Test wording");
      return doc;
    }));

    assertThat(pack.items().get("demo_1").options()).hasSize(1);
    assertThatThrownBy(() -> pack.checkAgainst(DEMO))
        .isInstanceOf(InvalidTextPackException.class)
        .hasMessage("1 problem in text pack:\n  text pack demo en: items.demo_1.options: item demo_1 has 4 options, found 1");
  }

  @Test
  void read_unknownItem_failsNamingPath() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("items")).putObject("demo_9").put("text", "Test wording for item 9");
      return doc;
    })).singleElement().satisfies(p -> {
      assertThat(p.resource()).isEqualTo("demo.en-GB.json");
      assertThat(p.path()).isEqualTo("items.demo_9");
      assertThat(p.message()).isEqualTo("unknown item: demo has no item demo_9");
    });
  }

  @Test
  void read_missingItem_failsNamingPath() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("items")).remove("demo_3");
      return doc;
    })).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("items.demo_3");
      assertThat(p.message()).isEqualTo("missing: every item of demo needs its wording");
    });
  }

  @Test
  void read_optionCountDiffers_failsNamingPath() {
    List<DefinitionProblem> problems = problems(doc -> {
      item(doc, "demo_1").withArray("options").remove(3);
      item(doc, "demo_4").withArray("options").add("Test wording for a third answer");
      item(doc, "demo_5").remove("options");
      return doc;
    });

    assertThat(problems).extracting(DefinitionProblem::path, DefinitionProblem::message).containsExactly(
        Tuple.tuple("items.demo_1.options", "item demo_1 has 4 options, found 3"),
        Tuple.tuple("items.demo_4.options", "item demo_4 has 2 options, found 3"),
        Tuple.tuple("items.demo_5.options", "missing: item demo_5 has 3 options"));
  }

  @Test
  void read_optionsForAnItemAnsweredWithANumber_fails() {
    Instrument withNumber = Definitions.read("demo.json", Demo.edited(doc -> {
      ObjectNode item = doc.withArray("items").addObject();
      item.put("id", "demo_6").put("label", "How many");
      item.putObject("answer").put("type", "integer").put("min", 0).put("max", 10);
      return doc;
    }));
    ObjectNode doc = DemoPack.document(withNumber, "en");

    assertThat(doc.get("items").get("demo_6").has("options")).isFalse();
    assertThat(TextPack.read("demo.json", DemoPack.bytes(doc.toString()), withNumber).items().get("demo_6").options())
        .isEmpty();

    item(doc, "demo_6").putArray("options").add("Test wording").add("Test wording");
    assertThatThrownBy(() -> TextPack.read("demo.json", DemoPack.bytes(doc.toString()), withNumber))
        .isInstanceOfSatisfying(InvalidTextPackException.class, e -> assertThat(e.problems())
            .extracting(DefinitionProblem::path, DefinitionProblem::message)
            .containsExactly(Tuple.tuple("items.demo_6.options",
                "item demo_6 has no options (it is answered with a number), found 2")));
  }

  @Test
  void read_wrongInstrument_failsOnInstrumentAlone() {
    assertThat(problems(doc -> {
      doc.put("instrument", "epds");
      return doc;
    })).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("instrument");
      assertThat(p.message()).isEqualTo("the pack is for instrument epds, not demo");
    });
  }

  @Test
  void read_wrongDefinitionVersion_failsNamingPath() {
    assertThat(problems(doc -> {
      doc.put("definitionVersion", "0.9.0");
      return doc;
    })).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("definitionVersion");
      assertThat(p.message()).isEqualTo("the pack was written for version 0.9.0 of the demo definition; this is version 1.0.0");
    });
  }

  @Test
  void read_malformedJson_failsWithLocation() {
    String json = "{\"textPackVersion\": 1,\n \"instructions\": Test wording for the instructions}";

    assertThat(problems(DemoPack.bytes(json))).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("instructions");
      assertThat(p.message()).isEqualTo("not well-formed JSON (line 2, column 18)");
    });
  }

  @Test
  void read_trailingContent_fails() {
    String json = DemoPack.document(DEMO, "en").toString() + " {}";

    assertThat(problems(DemoPack.bytes(json))).singleElement().satisfies(p -> {
      assertThat(p.path()).isEmpty();
      assertThat(p.message()).startsWith("content after the end of the document (line 1, column ");
    });
  }

  @Test
  void read_emptyDocument_fails() {
    assertThat(problems(DemoPack.bytes(""))).extracting(DefinitionProblem::message).containsExactly("empty document");
  }

  @Test
  void read_duplicateItem_failsNamingDuplicate() {
    String json = "{\"items\": {\"demo_1\": {\"text\": \"Test wording\"}, \"demo_1\": {\"text\": \"Test wording\"}}}";

    assertThat(problems(DemoPack.bytes(json))).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("duplicate field (line 1,"));
  }

  @Test
  void read_unknownFields_listsEveryOne() {
    List<DefinitionProblem> problems = problems(doc -> {
      doc.put("colour", "blue");
      item(doc, "demo_2").set("optoins", item(doc, "demo_2").remove("options"));
      return doc;
    });

    assertThat(problems).extracting(DefinitionProblem::path).containsExactlyInAnyOrder("colour", "items.demo_2.optoins");
    assertThat(problems).extracting(DefinitionProblem::message).containsOnly("unknown field (misspelt?)");
  }

  @Test
  void read_numberAsString_failsNamingPathAndExpectedType() {
    assertThat(problems(doc -> {
      doc.put("textPackVersion", "1");
      return doc;
    })).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("textPackVersion");
      assertThat(p.message()).startsWith("expected a whole number, found a string (line 1, column ");
    });
  }

  @Test
  void read_optionsAsString_failsNamingPathAndExpectedType() {
    // A wrong token type stops Jackson's reading, so the problems after it are not reached.
    assertThat(problems(doc -> {
      item(doc, "demo_2").put("options", "Test wording for every option");
      return doc;
    })).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("items.demo_2.options");
      assertThat(p.message()).startsWith("expected an array of strings, found a string (line 1, column ");
    });
  }

  @Test
  void read_formatProblems_areAllReported() {
    List<DefinitionProblem> problems = problems(doc -> {
      doc.put("textPackVersion", 2);
      doc.put("locale", "en_GB");
      doc.put("source", " ");
      doc.put("instructions", "");
      item(doc, "demo_2").put("text", " ");
      item(doc, "demo_3").withArray("options").set(1, "");
      return doc;
    });

    assertThat(problems).extracting(DefinitionProblem::path, DefinitionProblem::message).containsExactly(
        Tuple.tuple("textPackVersion", "unsupported version 2; this library reads version 1"),
        Tuple.tuple("locale",
            "must be a BCP 47 language tag with a language and no extensions, e.g. en-GB"),
        Tuple.tuple("source", "must not be blank"),
        Tuple.tuple("instructions", "must not be blank (leave it out when there are none)"),
        Tuple.tuple("items.demo_2.text", "must not be blank"),
        Tuple.tuple("items.demo_3.options[1]", "must not be blank"));
  }

  @Test
  void read_requiredFieldsAbsent_areAllReported() {
    assertThat(problems(DemoPack.bytes("{}"))).extracting(DefinitionProblem::path)
        .containsExactly("textPackVersion", "instrument", "locale", "source", "items");
  }

  @Test
  void read_severalMismatches_reportsAllAtOnceWithExactMessage() {
    assertThatThrownBy(() -> TextPack.read("demo.en-GB.json", DemoPack.edited("en-GB", doc -> {
      doc.put("definitionVersion", "2.0.0");
      ((ObjectNode) doc.get("items")).remove("demo_5");
      ((ObjectNode) doc.get("items")).putObject("demo_10").put("text", "Test wording for item 10");
      item(doc, "demo_1").withArray("options").remove(0);
      return doc;
    }), DEMO)).isInstanceOf(InvalidTextPackException.class).hasMessage("""
        4 problems in text pack:
          demo.en-GB.json: definitionVersion: the pack was written for version 2.0.0 of the demo definition; \
        this is version 1.0.0
          demo.en-GB.json: items.demo_1.options: item demo_1 has 4 options, found 3
          demo.en-GB.json: items.demo_10: unknown item: demo has no item demo_10
          demo.en-GB.json: items.demo_5: missing: every item of demo needs its wording""");
  }

  static Stream<Arguments> brokenPacks() {
    String word = "PLACEHOLDER Test wording";
    return Stream.of(
        Arguments.of("unquoted wording", "{\"instructions\": " + word + "}"),
        Arguments.of("wording where a number belongs", "{\"textPackVersion\": \"" + word + "\"}"),
        Arguments.of("wording where options belong",
            "{\"items\": {\"demo_1\": {\"text\": \"x\", \"options\": \"" + word + "\"}}}"),
        Arguments.of("wording where an item belongs", "{\"items\": {\"demo_1\": \"" + word + "\"}}"),
        Arguments.of("wording as a locale", "{\"locale\": \"" + word + "\"}"),
        Arguments.of("wording as an instrument", "{\"instrument\": \"" + word + "\"}"),
        Arguments.of("wording after the document", "{} \"" + word + "\""),
        Arguments.of("unclosed wording", "{\"instructions\": \"" + word));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPacks")
  void read_brokenPack_neverQuotesWordingInMessages(String name, String json) {
    assertThatThrownBy(() -> TextPack.read("pack.json", DemoPack.bytes(json), DEMO))
        .isInstanceOf(InvalidTextPackException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("placeholder")
            .doesNotContainIgnoringCase("wording"));
  }

  @Test
  void toString_showsIdsAndCountsButNoWording() {
    TextPack pack = DemoPack.of("en-GB");

    assertThat(pack).hasToString("TextPack[instrument=demo, definitionVersion=1.0.0, locale=en-GB, instructions=true, items=5]");
    assertThat(pack.items().get("demo_1")).hasToString("ItemText[options=4]");
  }

  @Test
  void checkAgainst_packBuiltInCode_usesTheSameRules() {
    TextPack pack = new TextPack("demo", null, Locale.forLanguageTag("cy-GB"), "Made up for tests", null,
        Map.of("demo_1", new TextPack.ItemText(" ", List.of("a", "b", "c", "d"))));

    assertThatThrownBy(() -> pack.checkAgainst(DEMO)).isInstanceOfSatisfying(InvalidTextPackException.class, e -> {
      assertThat(e.problems()).extracting(DefinitionProblem::resource).containsOnly("text pack demo cy-GB");
      assertThat(e.problems()).extracting(DefinitionProblem::path)
          .containsExactly("items.demo_1.text", "items.demo_2", "items.demo_3", "items.demo_4", "items.demo_5");
    });
  }

  @Test
  void new_localeWithoutLanguage_isRejected() {
    assertThatThrownBy(() -> new TextPack("demo", null, Locale.ROOT, "s", null, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a text pack's locale names a language and has no extensions, was und");
  }
}
