package org.attune.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.attune.model.ChangeThreshold;
import org.attune.model.ClinicalCutoff;

/**
 * The change of one scale between two results of the same instrument.
 *
 * @param scaleId the scale's id
 * @param before the earlier score, or null when the earlier result has none
 * @param after the later score, or null when the later result has none
 * @param delta {@code after - before}, exact; null unless both scores exist
 * @param threshold the threshold judged against, naming its kind and source; null when the scale
 *     has none of the kinds the caller chose ({@link ChangeOutcome#NO_THRESHOLD})
 * @param outcome improved, deteriorated, no reliable change, or why the change was not judged
 * @param clinicalCutoff the profile's cut-off for clinically significant change on this scale,
 *     or null when the profile names none
 * @param clinicallySignificant whether the change is reliable and crosses the clinical cut-off
 *     (from the clinical side to the other when improved, the other way when deteriorated);
 *     false when there is no cut-off
 * @since 0.1.0
 */
public record ScaleChange(
    String scaleId,
    BigDecimal before,
    BigDecimal after,
    BigDecimal delta,
    ChangeThreshold threshold,
    ChangeOutcome outcome,
    ClinicalCutoff clinicalCutoff,
    boolean clinicallySignificant) {

  public ScaleChange {
    requireNonNull(scaleId, "scaleId");
    requireNonNull(outcome, "outcome");
  }

  /** Whether the change met the threshold, |&Delta;| &ge; threshold, in either direction. */
  public boolean reliable() {
    return outcome.isReliable();
  }
}
