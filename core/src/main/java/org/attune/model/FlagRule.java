package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * When a flag is raised.
 *
 * @since 0.1.0
 */
public sealed interface FlagRule permits FlagRule.ItemThreshold, FlagRule.ScaleThreshold, FlagRule.SumBelow {

  /** The stable type id used in definition documents. */
  String type();

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
}
