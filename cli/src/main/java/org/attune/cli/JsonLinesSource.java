package org.attune.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of a JSON Lines file: {@code {"id": "r1", "answers": {"epds_1": 0, ...}}} a line.
 * Numbers and strings are answers, {@code null} or an absent key is not answered; a line that
 * does not parse is one invalid row. Blank lines are not rows.
 */
final class JsonLinesSource implements RecordSource {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BufferedReader lines;

  JsonLinesSource(InputStream input) throws IOException {
    PushbackInputStream in = new PushbackInputStream(input, 3);
    byte[] head = in.readNBytes(3);
    if (head.length == 0) {
      throw new UsageException("the input is empty: expected one JSON object a line");
    }
    boolean bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    if (!bom) {
      in.unread(head);
    }
    this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  @Override
  public boolean hasIds() {
    return true;
  }

  @Override
  public String idColumn() {
    return "id";
  }

  @Override
  public InputRecord next() throws IOException {
    String line;
    do {
      line = lines.readLine();
      if (line == null) {
        return null;
      }
    } while (Cells.trim(line).isEmpty());
    if (line.indexOf('\uFFFD') >= 0) {
      return invalid(ViolationCode.BAD_ENCODING, "UTF-8 text");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return invalid(ViolationCode.MALFORMED_ROW, "one JSON object a line");
    }
    if (!node.isObject() || (node.has("answers") && !node.get("answers").isObject())) {
      return invalid(ViolationCode.MALFORMED_ROW, "an object with an \"answers\" object");
    }
    JsonNode id = node.get("id");
    Map<String, Object> answers = new LinkedHashMap<>();
    JsonNode given = node.get("answers");
    if (given != null) {
      for (Map.Entry<String, JsonNode> answer : given.properties()) {
        JsonNode value = answer.getValue();
        if (!value.isNull()) {
          answers.put(answer.getKey(), answerValue(value));
        }
      }
    }
    return new InputRecord(id == null || id.isNull() ? "" : id.asString(), answers, List.of());
  }

  /** Whole numbers as numbers; other numbers as spelled, so that 2.0 is not taken for 2. */
  private static Object answerValue(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isNumber() || value.isString()) {
      return value.isString() ? value.stringValue() : value.asString();
    }
    return value.isBoolean() ? value.booleanValue() : value;
  }

  private static InputRecord invalid(ViolationCode code, String expected) {
    return new InputRecord("", Map.of(), List.of(new ResponseViolation(ResponseViolation.ROW, code, "", expected)));
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
