package org.attune.scoring;

import java.util.Locale;

/**
 * How a scale's score moved between two results, judged against a change threshold.
 *
 * @since 0.1.0
 */
public enum ChangeOutcome {
  /** The change meets the threshold, in the scale's better direction. */
  IMPROVED,
  /** The change meets the threshold, in the scale's worse direction. */
  DETERIORATED,
  /** Both scores exist, but the change is smaller than the threshold (or none). */
  NO_RELIABLE_CHANGE,
  /** One result or both have no score for the scale (incomplete or invalid): nothing to judge. */
  NOT_SCORED,
  /** The scale has no threshold of the kinds the caller chose: nothing to judge against. */
  NO_THRESHOLD;

  /** The lower snake case code, e.g. {@code no_reliable_change}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the change met the threshold ({@link #IMPROVED} or {@link #DETERIORATED}). */
  public boolean isReliable() {
    return this == IMPROVED || this == DETERIORATED;
  }
}
