package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema names exactly the fields the reader accepts, object by object. */
class DefinitionSchemaTest {
  private static final JsonNode SCHEMA = read();

  private static JsonNode read() {
    try (InputStream in = org.attune.Attune.class.getResourceAsStream("definition.schema.json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> objects() {
    JsonNode defs = SCHEMA.get("$defs");
    return Stream.of(
        Arguments.of(Doc.Instrument.class, SCHEMA),
        Arguments.of(Doc.Licence.class, defs.get("licence")),
        Arguments.of(Doc.Citation.class, defs.get("citation")),
        Arguments.of(Doc.Source.class, defs.get("source")),
        Arguments.of(Doc.Item.class, defs.get("item")),
        Arguments.of(Doc.Answer.class, defs.get("answer")),
        Arguments.of(Doc.Option.class, defs.get("option")),
        Arguments.of(Doc.Scale.class, defs.get("scale")),
        Arguments.of(Doc.ChangeThreshold.class, defs.get("changeThreshold")),
        Arguments.of(Doc.ClinicalCutoff.class, defs.get("clinicalCutoff")),
        Arguments.of(Doc.Rule.class, defs.get("scale").get("properties").get("rule")),
        Arguments.of(Doc.Missing.class, defs.get("scale").get("properties").get("missing")),
        Arguments.of(Doc.Profile.class, defs.get("profile")),
        Arguments.of(Doc.ScaleBands.class, defs.get("scaleBands")),
        Arguments.of(Doc.Band.class, defs.get("band")),
        Arguments.of(Doc.Flag.class, defs.get("flag")),
        Arguments.of(Doc.FlagRule.class, defs.get("flagRule")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void schema_object_namesExactlyTheReadersFields(Class<? extends Record> type, JsonNode object) {
    Set<String> fields = new LinkedHashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      JsonProperty renamed = fieldAnnotation(type, c.getName());
      fields.add(renamed != null ? renamed.value() : c.getName());
    }
    assertThat(object.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(object.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(fields);
  }

  private static JsonProperty fieldAnnotation(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst()
        .map(f -> f.getAnnotation(JsonProperty.class)).orElse(null);
  }
}
