package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The published JSON Schema for text packs names exactly the fields the reader accepts. */
class TextPackSchemaTest {
  private static final JsonNode SCHEMA = read();

  private static JsonNode read() {
    try (InputStream in = org.attune.Attune.class.getResourceAsStream("textpack.schema.json")) {
      return DemoPack.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] fields(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
  }

  @Test
  void schema_pack_namesExactlyTheReadersFields() {
    assertThat(SCHEMA.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(SCHEMA.get("properties").propertyNames())
        .containsExactlyInAnyOrder(fields(TextPackReader.PackDoc.class));
    assertThat(SCHEMA.get("required").values()).extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("textPackVersion", "instrument", "locale", "source", "items");
    assertThat(SCHEMA.get("properties").get("textPackVersion").get("const").asInt()).isEqualTo(TextPack.FORMAT_VERSION);
  }

  @Test
  void schema_item_namesExactlyTheReadersFields() {
    JsonNode item = SCHEMA.get("$defs").get("item");
    assertThat(item.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(item.get("properties").propertyNames()).containsExactlyInAnyOrder(fields(TextPackReader.ItemDoc.class));
  }
}
