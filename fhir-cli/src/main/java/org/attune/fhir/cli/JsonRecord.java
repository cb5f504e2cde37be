package org.attune.fhir.cli;

import org.attune.response.ResponseViolation;
import tools.jackson.databind.JsonNode;

/**
 * One input record as JSON: an NDJSON line, or an entry of a Bundle.
 *
 * @param node the resource; null when the record could not be read as JSON
 * @param text the resource as written in the input, or null when it is to be written from the node
 *     (a Bundle entry)
 * @param fullUrl the Bundle entry's fullUrl, or null
 * @param problem what makes the record unreadable, or null
 */
record JsonRecord(JsonNode node, String text, String fullUrl, ResponseViolation problem) {

  static JsonRecord invalid(ResponseViolation problem) {
    return new JsonRecord(null, null, null, problem);
  }

  /** The resource's JSON, for HAPI's parser. */
  String json() {
    return text != null ? text : JsonRecords.JSON.writeValueAsString(node);
  }

  /** The resource's {@code resourceType}; "" when it has none. */
  String resourceType() {
    return string(node, "resourceType");
  }

  static String string(JsonNode node, String field) {
    JsonNode value = node == null || !node.isObject() ? null : node.get(field);
    return value != null && value.isString() ? value.stringValue() : "";
  }
}
