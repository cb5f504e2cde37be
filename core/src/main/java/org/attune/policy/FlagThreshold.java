package org.attune.policy;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A site's more sensitive threshold for one of the instrument's flags: for an {@code item} or
 * {@code scale} flag the new {@code atLeast}, which may only go down; for a {@code sum_below}
 * flag the new {@code below}, which may only go up. A flag whose rule is {@code any_of} has no
 * single threshold to change.
 *
 * @param flag the code of the instrument's flag, e.g. {@code self_harm}
 * @param threshold the new threshold
 * @since 0.1.0
 */
public record FlagThreshold(String flag, BigDecimal threshold) {

  public FlagThreshold {
    requireNonNull(flag, "flag");
    requireNonNull(threshold, "threshold");
  }
}
