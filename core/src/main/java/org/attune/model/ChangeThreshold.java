package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A published threshold for change on a scale between two administrations: a change is
 * reliable when its size, in either direction, is at least the threshold
 * (|&Delta;| &ge; {@code threshold}).
 *
 * @param kind what the threshold measures (reliable change, MCID, reliable improvement)
 * @param threshold the smallest change, in scale points, that counts; positive
 * @param better which way of moving is an improvement (lower scores, for symptom scales)
 * @param source where the figure comes from
 * @since 0.1.0
 */
public record ChangeThreshold(ChangeKind kind, BigDecimal threshold, Better better, Source source) {

  public ChangeThreshold {
    requireNonNull(kind, "kind");
    requireNonNull(threshold, "threshold");
    requireNonNull(better, "better");
    requireNonNull(source, "source");
    if (threshold.signum() <= 0) {
      throw new IllegalArgumentException("a change threshold must be positive, was " + threshold.toPlainString());
    }
  }

  /** Whether a change of this size (signed) meets the threshold in either direction. */
  public boolean isMetBy(BigDecimal delta) {
    return delta.abs().compareTo(threshold) >= 0;
  }

  /**
   * Which way of moving is an improvement.
   *
   * @since 0.1.0
   */
  public enum Better {
    /** Lower scores are better: a fall is an improvement (symptom scales: EPDS, PHQ-9, GAD-7). */
    LOWER,
    /** Higher scores are better: a rise is an improvement (e.g. wellbeing or confidence scales). */
    HIGHER;

    /** The code used in definition documents: {@code lower} or {@code higher}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a change of this sign (non-zero) is an improvement. */
    public boolean improves(BigDecimal delta) {
      return this == LOWER ? delta.signum() < 0 : delta.signum() > 0;
    }
  }
}
