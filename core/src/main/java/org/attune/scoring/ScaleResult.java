package org.attune.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The score of one scale.
 *
 * @param scaleId the scale's id
 * @param score the score, exact (a prorated score is a fraction, kept to 34 significant digits
 *     where it does not terminate); null when the scale could not be scored
 * @param band the band code in the applied profile; null when unscored or the profile has no
 *     bands for this scale
 * @param answered how many of the scale's items were validly answered
 * @param status complete, prorated, incomplete, or invalid
 * @since 0.1.0
 */
public record ScaleResult(String scaleId, BigDecimal score, String band, int answered, Completeness status) {

  public ScaleResult {
    requireNonNull(scaleId, "scaleId");
    requireNonNull(status, "status");
  }

  /** Whether the scale has a score. */
  public boolean scored() {
    return score != null;
  }
}
