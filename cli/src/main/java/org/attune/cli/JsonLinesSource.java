package org.attune.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.response.ResponseViolation;
import org.attune.scoring.ScoringRow;
import org.attune.response.ViolationCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of a JSON Lines file: {@code {"id": "r1", "answers": {"epds_1": 0, ...}, "age_months": 4}}
 * a line (the age is optional).
 * Numbers and strings are answers, {@code null} or an absent key is not answered; a line that
 * does not parse is one invalid row. Blank lines are not rows.
 */
final class JsonLinesSource implements RecordSource {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BufferedReader lines;
  private final CountingInputStream counted;
  /** Answer key (an item id, or the column it is mapped from) to the (instrument, item) pairs it answers. */
  private final Map<String, int[]> targets = new HashMap<>();

  JsonLinesSource(InputStream input, List<Instrument> instruments, ColumnMap map) throws IOException {
    this.counted = new CountingInputStream(input);
    PushbackInputStream in = new PushbackInputStream(counted, 3);
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
    for (int s = 0; s < instruments.size(); s++) {
      List<Item> items = instruments.get(s).items();
      for (int i = 0; i < items.size(); i++) {
        int packed = s << 16 | i;
        targets.merge(map.columnOf(items.get(i).id()), new int[] {packed}, (a, b) -> {
          int[] both = java.util.Arrays.copyOf(a, a.length + 1);
          both[a.length] = b[0];
          return both;
        });
      }
    }
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public boolean next(ScoringRow[] rows, RowInfo info) throws IOException {
    String line;
    do {
      line = lines.readLine();
      if (line == null) {
        return false;
      }
    } while (Cells.trim(line).isEmpty());
    info.reset();
    for (ScoringRow r : rows) {
      r.clear();
    }
    info.id("");
    if (line.indexOf('\uFFFD') >= 0) {
      return invalid(info, ViolationCode.BAD_ENCODING, "UTF-8 text");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return invalid(info, ViolationCode.MALFORMED_ROW, "one JSON object a line");
    }
    if (!node.isObject() || (node.has("answers") && !node.get("answers").isObject())) {
      return invalid(info, ViolationCode.MALFORMED_ROW, "an object with an \"answers\" object");
    }
    JsonNode id = node.get("id");
    info.id(id == null || id.isNull() ? "" : id.asString());
    JsonNode age = node.get(Age.MONTHS);
    if (age != null && !age.isNull()) {
      int months = Age.months(age.isString() ? Cells.trim(age.stringValue()) : age.asString(), info.rowViolations);
      for (ScoringRow r : rows) {
        r.ageMonths(months);
      }
    }
    JsonNode given = node.get("answers");
    if (given != null) {
      for (Map.Entry<String, JsonNode> answer : given.properties()) {
        Object value = answer.getValue().isNull() ? null : answerValue(answer.getValue());
        int[] to = targets.get(answer.getKey());
        if (to == null) {
          for (ScoringRow r : rows) {
            r.unknownItem(answer.getKey(), value);
          }
        } else {
          for (int target : to) {
            rows[target >>> 16].answer(target & 0xffff, value);
          }
        }
      }
    }
    return true;
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

  private static boolean invalid(RowInfo info, ViolationCode code, String expected) {
    info.rowViolations.add(new ResponseViolation(ResponseViolation.ROW, code, "", expected));
    return true;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
