package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * When an item is shown in a session: when any of {@code items} has a valid answer scoring at
 * least {@code atLeast} (the Whooley help question after a yes to either question; the PHQ-9
 * difficulty item after any problem). Sessions hide the item otherwise and clear its answer;
 * batch scoring does not apply it (an answer to a hidden item is validated but changes no
 * score).
 *
 * @param items the items whose answers decide
 * @param atLeast the score that one of them must reach
 * @since 0.1.0
 */
public record EnableWhen(List<String> items, BigDecimal atLeast) {

  public EnableWhen {
    items = List.copyOf(items);
    requireNonNull(atLeast, "atLeast");
  }
}
