package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One printed answer option. Its score is stored explicitly, never derived from its position:
 * sources use "reverse-scored" in opposite senses.
 *
 * @param code stable lower-case code of the option within its item
 * @param label our own short label
 * @param text the published wording per locale; empty when the licence forbids shipping it
 * @param score the score from the published key, exact; null for an unscored item
 * @param notApplicable whether this is an explicit "not applicable" option, whose score may be
 *     another option's too: it is then chosen by position only (score coding means the other)
 * @since 0.1.0
 */
public record Option(String code, String label, Map<String, String> text, Score score, boolean notApplicable) {

  public Option {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    text = Map.copyOf(text);
  }
}
