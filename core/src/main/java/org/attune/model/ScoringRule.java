package org.attune.model;

/**
 * How a scale combines the scores of its items. Mean and scaled sum will join as variants.
 *
 * @since 0.1.0
 */
public sealed interface ScoringRule permits ScoringRule.Sum, ScoringRule.CountEndorsed {

  /** The stable type id used in definition documents. */
  String type();

  /** The sum of the item scores. */
  static ScoringRule sum() {
    return new Sum(1);
  }

  /** The number of items whose score is above zero (e.g. "yes" answers). */
  static ScoringRule countEndorsed() {
    return new CountEndorsed();
  }

  /**
   * The sum of the item scores, times {@code factor} ({@code "type": "sum"}, with
   * {@code "factor"} when it is not 1: the WHO-5 percentage is its raw score times 4).
   */
  record Sum(int factor) implements ScoringRule {
    public Sum {
      if (factor < 1) {
        throw new IllegalArgumentException("a sum's factor must be at least 1, was " + factor);
      }
    }

    @Override
    public String type() {
      return "sum";
    }
  }

  /** The number of items scoring above zero ({@code "type": "count_endorsed"}). */
  record CountEndorsed() implements ScoringRule {
    @Override
    public String type() {
      return "count_endorsed";
    }
  }
}
