package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * When a flag is raised.
 *
 * @since 0.1.0
 */
public sealed interface FlagRule permits FlagRule.ItemThreshold, FlagRule.ScaleThreshold {

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
