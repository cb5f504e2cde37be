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
    return new Sum();
  }

  /** The number of items whose score is above zero (e.g. "yes" answers). */
  static ScoringRule countEndorsed() {
    return new CountEndorsed();
  }

  /** The sum of the item scores ({@code "type": "sum"}). */
  record Sum() implements ScoringRule {
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
