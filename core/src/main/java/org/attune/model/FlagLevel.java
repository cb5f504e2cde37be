package org.attune.model;

/**
 * How urgently a raised flag needs attention.
 *
 * @since 0.1.0
 */
public enum FlagLevel {
  /** Worth noting. */
  INFO,
  /** Needs a follow-up. */
  WARNING,
  /** Needs attention now (e.g. a self-harm answer). */
  URGENT;

  /** The lower-case code used in definition documents. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
