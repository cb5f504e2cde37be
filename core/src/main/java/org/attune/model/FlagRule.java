package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * When a flag is raised.
 *
 * @since 0.1.0
 */
public sealed interface FlagRule
    permits FlagRule.ItemThreshold, FlagRule.ScaleThreshold, FlagRule.SumBelow, FlagRule.AnyOf {

  /** The stable type id used in definition documents. */
  String type();

  /** Raised when the item, validly answered, scores at least {@code atLeast}. */
  static FlagRule itemAtLeast(String itemId, long atLeast) {
    return new ItemThreshold(List.of(itemId), BigDecimal.valueOf(atLeast));
  }

  /** Raised when the scale can be scored and scores at least {@code atLeast}. */
  static FlagRule scaleAtLeast(String scaleId, long atLeast) {
    return new ScaleThreshold(scaleId, BigDecimal.valueOf(atLeast));
  }

  /** Raised when any of the rules holds (e.g. a total of 12 or more, or item 10 at 2 or more). */
  static FlagRule anyOf(FlagRule... rules) {
    return new AnyOf(List.of(rules));
  }

  /**
   * Raised when any of the items, validly answered, scores at least {@code atLeast}
   * ({@code "type": "item"}).
   */
  record ItemThreshold(List<String> items, BigDecimal atLeast) implements FlagRule {
    public ItemThreshold {
      items = List.copyOf(items);
      requireNonNull(atLeast, "atLeast");
    }

    @Override
    public String type() {
      return "item";
    }
  }

  /**
   * Raised when every one of the items is validly answered and their scores (values, for
   * numbers) add up to less than {@code below} ({@code "type": "sum_below"}; e.g. night and
   * day sleep under 540 minutes).
   */
  record SumBelow(List<String> items, BigDecimal below) implements FlagRule {
    public SumBelow {
      items = List.copyOf(items);
      requireNonNull(below, "below");
    }

    @Override
    public String type() {
      return "sum_below";
    }
  }

  /** Raised when the scale can be scored and scores at least {@code atLeast} ({@code "type": "scale"}). */
  record ScaleThreshold(String scale, BigDecimal atLeast) implements FlagRule {
    public ScaleThreshold {
      requireNonNull(scale, "scale");
      requireNonNull(atLeast, "atLeast");
    }

    @Override
    public String type() {
      return "scale";
    }
  }

  /**
   * Raised when any of its rules holds, each evaluated as it would be alone
   * ({@code "type": "any_of"}, with {@code "rules"}); the rules are items, scales or sums, not
   * further combinations.
   *
   * @since 0.1.0
   */
  record AnyOf(List<FlagRule> rules) implements FlagRule {
    public AnyOf {
      rules = List.copyOf(rules);
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("an any_of rule needs at least one rule");
      }
    }

    @Override
    public String type() {
      return "any_of";
    }
  }
}
