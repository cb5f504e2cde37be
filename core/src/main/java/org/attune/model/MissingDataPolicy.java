package org.attune.model;

/**
 * What a scale does when some of its items are not answered.
 *
 * @since 0.1.0
 */
public sealed interface MissingDataPolicy
    permits MissingDataPolicy.None, MissingDataPolicy.ProrateUpTo, MissingDataPolicy.CountAsZero {

  /** The stable type id used in definition documents. */
  String type();

  /** Any missing item leaves the scale unscored (incomplete). */
  static MissingDataPolicy none() {
    return new None();
  }

  /**
   * Prorate when at most {@code maxMissing} items are missing: the mean of the answered item
   * scores times the number of items.
   */
  static MissingDataPolicy prorateUpTo(int maxMissing) {
    return new ProrateUpTo(maxMissing);
  }

  /** A missing item counts as zero, as the BPSC's scoring directions say. */
  static MissingDataPolicy countAsZero() {
    return new CountAsZero();
  }

  /**
   * A missing item counts as zero ({@code "type": "count_as_zero"}); the scale is scored if at
   * least one of its items is answered, and the response is then {@code prorated}.
   */
  record CountAsZero() implements MissingDataPolicy {
    @Override
    public String type() {
      return "count_as_zero";
    }
  }

  /** No missing item is allowed ({@code "type": "none"}). */
  record None() implements MissingDataPolicy {
    @Override
    public String type() {
      return "none";
    }
  }

  /** Prorate when at most {@code maxMissing} items are missing ({@code "type": "prorate"}). */
  record ProrateUpTo(int maxMissing) implements MissingDataPolicy {
    public ProrateUpTo {
      if (maxMissing < 1) {
        throw new IllegalArgumentException("maxMissing must be at least 1, was " + maxMissing);
      }
    }

    @Override
    public String type() {
      return "prorate";
    }
  }
}
