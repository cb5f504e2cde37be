package org.attune.catalog;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a definition document, a site policy or a {@linkplain TextPack text
 * pack}. For a text pack the message names ids, paths and counts only, never the pack's wording.
 *
 * @param resource the document's name, e.g. {@code epds.json}, or for a policy built in code
 *     {@code policy <id> version <version>}
 * @param path the JSON path of the offending value, e.g. {@code scales[1].bands[2].max} or
 *     {@code items.epds_1.options}; empty for the whole document
 * @param message what is wrong
 * @since 0.1.0
 */
public record DefinitionProblem(String resource, String path, String message) {

  public DefinitionProblem {
    requireNonNull(resource, "resource");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return resource + (path.isEmpty() ? "" : ": " + path) + ": " + message;
  }
}
