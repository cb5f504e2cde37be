package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * The ages of the child an instrument applies to, in completed months, both ends included
 * (the BPSC: under 18 months, so 0 to 17). Scoring outside it gives the warning
 * {@code age_out_of_range}; the scores are still computed.
 *
 * @param minMonths the youngest age, in completed months
 * @param maxMonths the oldest age, in completed months
 * @param source where the range comes from
 * @since 0.1.0
 */
public record AgeRange(int minMonths, int maxMonths, Source source) {

  public AgeRange {
    if (minMonths < 0 || maxMonths < minMonths) {
      throw new IllegalArgumentException("an age range needs 0 <= minMonths <= maxMonths, was "
          + minMonths + ".." + maxMonths);
    }
    requireNonNull(source, "source");
  }

  /** Whether a child of this age, in completed months, is within the range. */
  public boolean includes(int months) {
    return months >= minMonths && months <= maxMonths;
  }

  /** E.g. {@code 0-17 months}. */
  @Override
  public String toString() {
    return minMonths + "-" + maxMonths + " months";
  }
}
