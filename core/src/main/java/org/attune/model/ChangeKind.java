package org.attune.model;

import java.util.Locale;

/**
 * What a change threshold of a scale measures. Published figures of different kinds disagree
 * (the PHQ-9: an MCID of 5, a reliable improvement of 6), so a definition names the kind of
 * each and a comparison names the one it used.
 *
 * @since 0.1.0
 */
public enum ChangeKind {
  /**
   * A reliable change index: the smallest change unlikely to be measurement error alone
   * (Jacobson and Truax; 95% confidence), e.g. 4 points on the EPDS (Matthey 2004).
   */
  RELIABLE_CHANGE,
  /** A minimal clinically important difference, e.g. 5 points on the PHQ-9 (Löwe 2004). */
  MCID,
  /**
   * A service's definition of reliable improvement, e.g. NHS Talking Therapies' drop of 6 on
   * the PHQ-9; applied to changes in both directions, as every threshold is.
   */
  RELIABLE_IMPROVEMENT;

  /** The lower snake case code used in definition documents, e.g. {@code reliable_change}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this code.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static ChangeKind fromCode(String code) {
    for (ChangeKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown change kind " + code + "; expected one of "
        + java.util.Arrays.stream(values()).map(ChangeKind::code).toList());
  }
}
