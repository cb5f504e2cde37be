package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * A published work that a rule of the definition relies on.
 *
 * @param id short id that {@link Source}s refer to, e.g. {@code cox1987}
 * @param text the reference as usually cited
 * @param doi the DOI, or null
 * @param url a URL where it can be read, or null
 * @since 0.1.0
 */
public record Citation(String id, String text, String doi, String url) {

  public Citation {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
  }
}
