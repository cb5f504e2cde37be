package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published policy schema names exactly the fields the policy reader accepts, object by object. */
class PolicySchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode read(String name) {
    try (InputStream in = org.attune.Attune.class.getResourceAsStream(name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final JsonNode SCHEMA = read("policy.schema.json");

  static Stream<Arguments> objects() {
    JsonNode defs = SCHEMA.get("$defs");
    return Stream.of(
        Arguments.of(PolicyDoc.Policy.class, SCHEMA),
        Arguments.of(PolicyDoc.Instrument.class, defs.get("instrument")),
        Arguments.of(PolicyDoc.Threshold.class, defs.get("threshold")),
        Arguments.of(PolicyDoc.Alert.class, defs.get("alert")),
        Arguments.of(Doc.FlagRule.class, defs.get("flagRule")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objects")
  void schema_object_namesExactlyTheReadersFields(Class<? extends Record> type, JsonNode object) {
    assertThat(object.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(object.get("properties").propertyNames())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
  }

  @Test
  void flagRule_isTheDefinitionSchemasOwn() {
    assertThat(SCHEMA.get("$defs").get("flagRule")).isEqualTo(read("definition.schema.json").get("$defs").get("flagRule"));
  }
}
