package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * A rule that raises an alert, evaluated on every validly answered item whatever the rest of
 * the response, so that a safety answer is never lost to other missing or invalid answers.
 *
 * @param code stable lower snake case code, e.g. {@code self_harm}
 * @param label short label
 * @param level how urgent the alert is
 * @param safety whether this is a safety flag, which a site's policy may never remove or weaken
 * @param rule when the flag is raised
 * @param message what the person reviewing the result should do
 * @param source where the rule comes from
 * @since 0.1.0
 */
public record Flag(
    String code, String label, FlagLevel level, boolean safety, FlagRule rule, String message, Source source) {

  public Flag {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    requireNonNull(level, "level");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
    requireNonNull(source, "source");
  }
}
