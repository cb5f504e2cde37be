package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The cut-off a profile uses to judge whether a reliable change is also clinically
 * significant: a change that crosses it, from one side to the other, in the direction of the
 * change (Jacobson and Truax; for the EPDS the 12/13 cut-off, Matthey 2004). Scores of
 * {@code atLeast} or more lie on one side, lower scores on the other; which side is the
 * clinical one follows from the scale's {@link ChangeThreshold.Better} direction.
 *
 * @param atLeast the lowest score on the upper side (13 for the EPDS's 12/13 cut-off)
 * @param source where the cut-off and its use for clinically significant change come from
 * @since 0.1.0
 */
public record ClinicalCutoff(BigDecimal atLeast, Source source) {

  public ClinicalCutoff {
    requireNonNull(atLeast, "atLeast");
    requireNonNull(source, "source");
  }

  /** Whether moving from {@code before} to {@code after} crosses the cut-off, in either direction. */
  public boolean isCrossed(BigDecimal before, BigDecimal after) {
    return (before.compareTo(atLeast) < 0) != (after.compareTo(atLeast) < 0);
  }
}
