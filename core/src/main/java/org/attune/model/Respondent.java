package org.attune.model;

/**
 * Who answers an instrument.
 *
 * @since 0.1.0
 */
public enum Respondent {
  /** The person the questions are about. */
  SELF("self"),
  /** A parent, about a child. */
  PARENT_REPORT("parent-report"),
  /** A trained clinician, by observation. */
  CLINICIAN_OBSERVER("clinician-observer");

  private final String code;

  Respondent(String code) {
    this.code = code;
  }

  /** The code used in definition documents and by {@code attune list}. */
  public String code() {
    return code;
  }
}
