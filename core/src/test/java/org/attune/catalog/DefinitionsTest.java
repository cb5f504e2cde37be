package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.catalog.Demo.problems;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.model.Instrument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DefinitionsTest {

  private static ObjectNode band(ObjectNode doc, int profile, int band) {
    return (ObjectNode) doc.get("profiles").get(profile).get("scales").get(0).get("bands").get(band);
  }

  @Test
  void read_validDocument_givesModel() {
    Instrument demo = Demo.instrument();
    assertThat(demo.id()).isEqualTo("demo");
    assertThat(demo.items()).extracting(i -> i.id())
        .containsExactly("demo_1", "demo_2", "demo_3", "demo_4", "demo_5");
    assertThat(demo.defaultProfile()).map(p -> p.id()).hasValue("default");
    assertThat(demo.isScored("demo_5")).isFalse();
  }

  @Test
  void read_misspeltField_failsNamingPath() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("items").get(1)).put("lable", "x");
      return doc;
    })).extracting(DefinitionProblem::path).containsExactly("items[1].lable");
  }

  @Test
  void read_unknownFieldsInSeveralPlaces_listsEveryOne() {
    List<DefinitionProblem> problems = problems(doc -> {
      doc.put("colour", "blue");
      ((ObjectNode) doc.get("scales").get(0)).put("weight", 2);
      return doc;
    });
    assertThat(problems).extracting(DefinitionProblem::path).containsExactlyInAnyOrder("colour", "scales[0].weight");
    assertThat(problems).allSatisfy(p -> assertThat(p.resource()).isEqualTo("demo.json"));
  }

  @Test
  void read_bandGap_failsNamingPath() {
    List<DefinitionProblem> problems = problems(doc -> {
      band(doc, 0, 1).put("min", 5);
      return doc;
    });
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("profiles[0].scales[0].bands[1].min");
      assertThat(p.message()).isEqualTo("gap: scores from 4 to 4 are in no band");
    });
  }

  @Test
  void read_bandOverlap_failsNamingPath() {
    List<DefinitionProblem> problems = problems(doc -> {
      band(doc, 0, 2).put("min", 6);
      return doc;
    });
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("profiles[0].scales[0].bands[2].min");
      assertThat(p.message()).isEqualTo("overlap: 6 is already in the band before");
    });
  }

  @Test
  void read_lastBandShort_failsNamingPath() {
    assertThat(problems(doc -> {
      band(doc, 1, 1).put("max", 8);
      return doc;
    })).extracting(DefinitionProblem::toString)
        .containsExactly("demo.json: profiles[1].scales[0].bands[1].max: the last band must end at the scale's maximum 9, not 8");
  }

  @Test
  void read_unknownItemInScale_failsNamingPath() {
    assertThat(problems(doc -> {
      ((tools.jackson.databind.node.ArrayNode) doc.get("scales").get(1).get("items")).set(1, "demo_9");
      return doc;
    })).extracting(DefinitionProblem::toString)
        .containsExactly("demo.json: scales[1].items[1]: unknown item demo_9");
  }

  @Test
  void read_severalRuleProblems_reportsAllAtOnce() {
    List<DefinitionProblem> problems = problems(doc -> {
      ((ObjectNode) doc.get("items").get(0)).remove("label");
      ((ObjectNode) doc.get("scales").get(1)).put("max", 10);
      ((ObjectNode) doc.get("profiles").get(1)).put("default", true);
      ((ObjectNode) doc.get("flags").get(0).get("source")).putArray("refs").add("nobody1999");
      return doc;
    });
    assertThat(problems).extracting(DefinitionProblem::path).containsExactlyInAnyOrder(
        "items[0].label", "scales[1].max", "profiles", "profiles[1].id", "flags[0].source.refs[0]");
  }

  @Test
  void read_optionScoreOutsideScaleRange_failsOnScaleRange() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("items").get(0).get("answer").get("options").get(3)).put("score", 4);
      return doc;
    })).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
        "demo.json: scales[0].max: is 9 but the highest possible score of its items give 10",
        "demo.json: scales[1].max: is 6 but the highest possible score of its items give 7");
  }

  @Test
  void read_textWhereLicenceForbidsIt_fails() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("licence")).put("textIncluded", false);
      return doc;
    })).extracting(DefinitionProblem::path).containsExactlyInAnyOrder("instructions", "items[0].text");
  }

  @Test
  void read_stringWhereNumberExpected_failsNamingPath() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("scales").get(0)).put("min", "zero");
      return doc;
    })).extracting(DefinitionProblem::path).containsExactly("scales[0].min");
  }

  @Test
  void read_malformedJson_failsWithLocation() {
    byte[] broken = "{\"id\": \"demo\",,}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Definitions.read("broken.json", new ByteArrayInputStream(broken)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("1 problem in definition:\n  broken.json")
        .hasMessageContaining("line 1");
  }

  @Test
  void toJson_thenRead_givesEqualInstrument() {
    Instrument demo = Demo.instrument();
    String json = Definitions.toJson(demo);
    Instrument again = Definitions.read("again.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(again).isEqualTo(demo);
  }
}
