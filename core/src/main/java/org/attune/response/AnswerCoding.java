package org.attune.response;

/**
 * How an answer value identifies the chosen option.
 *
 * @since 0.1.0
 */
public enum AnswerCoding {
  /**
   * The item score from the published scoring key (EPDS item 3's first option is {@code 3}).
   * Yes/no items take {@code 1} yes and {@code 0} no; unscored choice items take {@code 0} to
   * {@code n-1} in printed order.
   */
  SCORE,
  /**
   * The 1-based position of the option as printed (EPDS item 3's first option is {@code 1}).
   * Yes/no items take {@code 1} yes and {@code 2} no.
   */
  POSITION
}
