package org.attune.scoring;

import java.util.Locale;

/**
 * How completely a response (or one scale of it) could be scored.
 *
 * @since 0.1.0
 */
public enum Completeness {
  /** Every scored item answered. */
  COMPLETE,
  /** Some items missing, scored under the scale's missing-data rule. */
  PRORATED,
  /** Too many items missing for at least one scale; those scales have no score. */
  INCOMPLETE,
  /** At least one answer broke the instrument's rules; no scale has a score. */
  INVALID;

  /** The lower-case code batch output writes, e.g. {@code complete}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
