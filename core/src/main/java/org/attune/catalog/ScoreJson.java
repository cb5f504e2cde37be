package org.attune.catalog;

import org.attune.model.Score;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a {@link Score} is written in a definition: a JSON number when it has a finite decimal
 * expansion ({@code 3}, {@code 2.5}), otherwise a string holding the fraction ({@code "7/3"}).
 */
final class ScoreJson {
  private ScoreJson() {}

  static SimpleModule module() {
    return new SimpleModule("attune-score")
        .addDeserializer(Score.class, new Reader())
        .addSerializer(Score.class, new Writer());
  }

  private static final class Reader extends ValueDeserializer<Score> {
    @Override
    public Score deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return Score.of(p.getDecimalValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getString();
        if (text.contains("/")) {
          try {
            return Score.parse(text);
          } catch (NumberFormatException | ArithmeticException e) {
            // reported below
          }
        }
        return (Score) ctxt.handleWeirdStringValue(Score.class, text,
            "expected a number, or a fraction of whole numbers such as \"7/3\"");
      }
      return (Score) ctxt.handleUnexpectedToken(Score.class, p);
    }
  }

  private static final class Writer extends ValueSerializer<Score> {
    @Override
    public void serialize(Score value, JsonGenerator gen, SerializationContext ctxt) {
      if (value.isDecimal()) {
        gen.writeNumber(value.spelling());
      } else {
        gen.writeString(value.spelling());
      }
    }
  }
}
