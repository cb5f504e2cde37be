package org.attune.response;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.attune.AttuneException;
import org.attune.model.Flag;

/**
 * A response broke the instrument's rules. Carries every violation in item order and every
 * flag already raised from the valid answers, so catching it can never lose a safety flag.
 *
 * @since 0.1.0
 */
public final class InvalidResponsesException extends AttuneException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

  private final String instrumentId;
  private final String instrumentVersion;
  private final transient List<ResponseViolation> violations;
  private final transient List<Flag> flags;

  public InvalidResponsesException(
      String instrumentId, String instrumentVersion, List<ResponseViolation> violations, List<Flag> flags) {
    super(message(instrumentId, instrumentVersion, violations, flags));
    this.instrumentId = requireNonNull(instrumentId, "instrumentId");
    this.instrumentVersion = requireNonNull(instrumentVersion, "instrumentVersion");
    this.violations = List.copyOf(violations);
    this.flags = List.copyOf(flags);
  }

  private static String message(
      String id, String version, List<ResponseViolation> violations, List<Flag> flags) {
    int n = violations.size();
    String shown = violations.stream()
        .limit(SHOWN)
        .map(ResponseViolation::message)
        .collect(Collectors.joining("; "));
    String more = n > SHOWN ? "; …and " + (n - SHOWN) + " more" : "";
    String raised = flags.isEmpty()
        ? ""
        : " Flags raised: " + flags.stream().map(Flag::code).collect(Collectors.joining(", ")) + ".";
    return id + " " + version + ": " + n + (n == 1 ? " invalid answer: " : " invalid answers: ")
        + shown + more + "." + raised;
  }

  /** The instrument's id. */
  public String instrumentId() {
    return instrumentId;
  }

  /** The instrument definition's version. */
  public String instrumentVersion() {
    return instrumentVersion;
  }

  /** Every violation, in item order. */
  public List<ResponseViolation> violations() {
    return violations;
  }

  /** The flags raised from the valid answers, in definition order. */
  public List<Flag> flags() {
    return flags;
  }
}
