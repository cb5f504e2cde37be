package org.attune.fhir.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.attune.cli.UsageException;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of a FHIR input, in input order: NDJSON, one resource a line, where a line that
 * holds a Bundle gives one record per entry; or one JSON document over several lines (a
 * pretty-printed Bundle, or a single resource). The input is NDJSON when its first or second
 * non-blank line is JSON by itself; otherwise it is read whole, as one document if it parses
 * as one, else as lines after all (each line that is not JSON one invalid record). Only a
 * document is held in memory whole; NDJSON streams. A line that is not JSON, not UTF-8, or a
 * Bundle entry without a resource is one invalid record; blank lines are not records.
 */
final class JsonRecords {
  /** Decimals kept as written, so that a resource written again from its node says the same. */
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final String EXPECTED = "one FHIR resource as JSON a line (NDJSON), or one Bundle";

  private BufferedReader lines;
  private final Deque<String> ahead = new ArrayDeque<>(2);
  private final Deque<JsonRecord> pending = new ArrayDeque<>();

  JsonRecords(InputStream input) throws IOException {
    PushbackInputStream in = new PushbackInputStream(input, 3);
    byte[] head = in.readNBytes(3);
    boolean bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    if (!bom) {
      in.unread(head);
    }
    lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    String first = nextLine();
    if (first == null) {
      lines.close();
      throw new UsageException("the input is empty: expected FHIR QuestionnaireResponses as NDJSON or a Bundle");
    }
    boolean ndjson = parse(first) != null;
    String second = null;
    if (!ndjson) {
      second = nextLine();
      ndjson = second != null && parse(second) != null;
    }
    if (ndjson) {
      ahead.add(first);
      if (second != null) {
        ahead.add(second);
      }
      return;
    }
    StringWriter all = new StringWriter().append(first).append('\n');
    if (second != null) {
      all.append(second).append('\n');
    }
    lines.transferTo(all);
    lines.close();
    String text = all.toString();
    JsonNode document = parse(text);
    if (document != null) {
      expand(document, text);
      text = "";
    }
    lines = new BufferedReader(new StringReader(text));
  }

  /** The next record, or null at the end of the input. */
  JsonRecord next() throws IOException {
    while (pending.isEmpty()) {
      String line = nextLine();
      if (line == null) {
        return null;
      }
      if (line.indexOf('\uFFFD') >= 0) {
        return JsonRecord.invalid(new ResponseViolation(ResponseViolation.ROW, ViolationCode.BAD_ENCODING, "",
            "UTF-8 text"));
      }
      JsonNode node = parse(line);
      if (node == null) {
        return JsonRecord.invalid(new ResponseViolation(ResponseViolation.ROW, ViolationCode.MALFORMED_ROW, "",
            EXPECTED));
      }
      expand(node, line);
    }
    return pending.poll();
  }

  /** A Bundle's entries as records, or the resource itself. */
  private void expand(JsonNode node, String text) {
    if (!"Bundle".equals(JsonRecord.string(node, "resourceType"))) {
      pending.add(new JsonRecord(node, text, null, null));
      return;
    }
    JsonNode entries = node.get("entry");
    if (entries == null) {
      return; // an empty Bundle holds no record
    }
    if (!entries.isArray()) {
      pending.add(JsonRecord.invalid(new ResponseViolation(ResponseViolation.ROW, ViolationCode.MALFORMED_ROW, "",
          "a Bundle whose entry is a list")));
      return;
    }
    for (JsonNode entry : entries) {
      JsonNode resource = entry.isObject() ? entry.get("resource") : null;
      String fullUrl = JsonRecord.string(entry, "fullUrl");
      if (resource == null || !resource.isObject()) {
        pending.add(new JsonRecord(null, null, fullUrl.isEmpty() ? null : fullUrl, new ResponseViolation(
            ResponseViolation.ROW, ViolationCode.MALFORMED_ROW, "", "a Bundle entry with a resource")));
      } else {
        pending.add(new JsonRecord(resource, null, fullUrl.isEmpty() ? null : fullUrl, null));
      }
    }
  }

  /** The next non-blank line, or null at the end. */
  private String nextLine() throws IOException {
    String line;
    do {
      line = ahead.isEmpty() ? lines.readLine() : ahead.poll();
    } while (line != null && line.isBlank());
    return line;
  }

  /** The JSON value, or null when the text is not one JSON value. */
  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  void close() throws IOException {
    lines.close();
  }
}
