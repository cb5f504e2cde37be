package org.attune.model;

import java.util.Locale;

/**
 * How a rule of a definition was confirmed.
 *
 * @since 0.1.0
 */
public enum Evidence {
  /** Seen in the primary source or a faithful copy of it. */
  CONFIRMED,
  /** Seen only in secondary sources that cite the primary one. */
  SECONDARY,
  /** Not confirmed from any source we could read; shipped marked as unverified. */
  UNVERIFIED;

  /** The lower-case code used in definition documents. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
