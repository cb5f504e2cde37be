package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A total or subscale: which items it combines, how, what happens when some are missing, and
 * the range its score can take.
 *
 * @param id stable id, {@code <instrument>_<name>}
 * @param label our own short label
 * @param items ids of the items it combines
 * @param rule how item scores combine
 * @param missing what happens when items are not answered
 * @param min lowest possible score (checked against the items' option scores)
 * @param max highest possible score (checked against the items' option scores)
 * @param codes codes in external systems (e.g. {@code loinc}) for this score
 * @param source where the scale's membership and rule come from
 * @param change published thresholds for change between two administrations, in the
 *     definition's order (the first is used unless the caller chooses a kind); empty when none
 * @since 0.1.0
 */
public record Scale(
    String id,
    String label,
    List<String> items,
    ScoringRule rule,
    MissingDataPolicy missing,
    BigDecimal min,
    BigDecimal max,
    Map<String, String> codes,
    Source source,
    List<ChangeThreshold> change) {

  public Scale {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    items = List.copyOf(items);
    requireNonNull(rule, "rule");
    requireNonNull(missing, "missing");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("scale " + id + ": min " + min + " > max " + max);
    }
    codes = Map.copyOf(codes);
    requireNonNull(source, "source");
    change = List.copyOf(change);
  }

  /** A scale without change thresholds. */
  public Scale(String id, String label, List<String> items, ScoringRule rule, MissingDataPolicy missing,
      BigDecimal min, BigDecimal max, Map<String, String> codes, Source source) {
    this(id, label, items, rule, missing, min, max, codes, source, List.of());
  }

  /** The change threshold of this kind, if the scale has one. */
  public Optional<ChangeThreshold> change(ChangeKind kind) {
    return change.stream().filter(c -> c.kind() == kind).findFirst();
  }
}
