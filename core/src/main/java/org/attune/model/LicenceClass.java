package org.attune.model;

/**
 * Licence classes as listed by {@code attune list}.
 *
 * @since 0.1.0
 */
public enum LicenceClass {
  /** Reproduce, display and distribute without permission. */
  FREE("free"),
  /** Free, but a notice or citation is required, or no alteration is allowed. */
  FREE_WITH_CITATION("free-with-citation"),
  /** Permission, a licence or training is needed to distribute it in software. */
  RESTRICTED("restricted"),
  /** No authoritative statement was found. */
  UNCLEAR("unclear");

  private final String code;

  LicenceClass(String code) {
    this.code = code;
  }

  /** The code used in definition documents and by {@code attune list}. */
  public String code() {
    return code;
  }
}
