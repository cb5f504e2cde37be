package org.attune.policy;

import static java.util.Objects.requireNonNull;

import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;

/**
 * A site's own alert, evaluated like a flag on every valid answer and listed in a result's
 * flags after the instrument's own. It is never a safety flag. In results it appears as a
 * {@link org.attune.model.Flag} with these fields, {@code safety} false, and a source whose note
 * names the policy and this alert's source (its evidence is {@code CONFIRMED}: the policy is its
 * own primary source; it cites no work of the instrument's).
 *
 * <p>A cohort protocol that alerts on an EPDS total above 11 or item 10 above 1:
 * <pre>{@code
 * new Alert("cohort_epds", "Cohort protocol alert", FlagLevel.WARNING,
 *     FlagRule.anyOf(FlagRule.scaleAtLeast("epds_total", 12), FlagRule.itemAtLeast("epds_10", 2)),
 *     "Contact the participant within 24 hours.", "Cohort protocol v3, section 4.2");
 * }</pre>
 *
 * @param code stable lower snake case code, unlike any flag code of the instrument
 * @param label short label
 * @param level how urgent the alert is
 * @param rule when it is raised: the rule types of flags, {@code any_of} for "this or that"
 * @param message what the person reviewing the result should do
 * @param source where the rule comes from (e.g. the study protocol and its section)
 * @since 0.1.0
 */
public record Alert(String code, String label, FlagLevel level, FlagRule rule, String message, String source) {

  public Alert {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    requireNonNull(level, "level");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
    requireNonNull(source, "source");
  }
}
