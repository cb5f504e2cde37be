package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a rule comes from and how well that was checked.
 *
 * @param refs ids of {@link Citation}s in the instrument's references
 * @param evidence how the rule was confirmed
 * @param note where in the source (table, page) or what is uncertain; may be null
 * @since 0.1.0
 */
public record Source(List<String> refs, Evidence evidence, String note) {

  public Source {
    refs = List.copyOf(refs);
    requireNonNull(evidence, "evidence");
  }
}
