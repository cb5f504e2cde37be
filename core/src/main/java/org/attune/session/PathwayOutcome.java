package org.attune.session;

import java.util.List;

/**
 * Where a pathway led: for each step, whether it was asked, not indicated, or not reached yet,
 * and why. A screening outcome, not a diagnosis: a step that is indicated means the guideline
 * suggests considering that further assessment (or a referral).
 *
 * @param steps one entry per step of the pathway, in order
 * @since 0.1.0
 */
public record PathwayOutcome(List<StepOutcome> steps) {

  public PathwayOutcome {
    steps = List.copyOf(steps);
  }

  /** Whether any step with a condition was indicated (a positive screen somewhere on the pathway). */
  public boolean anyIndicated() {
    return steps.stream().anyMatch(s -> s.conditional() && s.status() == StepStatus.ASKED);
  }

  /** A step's status. */
  public enum StepStatus {
    /** Its condition held (or it has none): it was or is being asked. */
    ASKED,
    /** Its condition did not hold: skipped. */
    NOT_INDICATED,
    /** Not decided yet: an earlier step is still being answered. */
    PENDING
  }

  /**
   * @param step the step's id
   * @param instrument the instrument asked (the one the service chose, for a choice), or null while pending
   * @param conditional whether the step has conditions
   * @param status asked, not indicated or pending
   * @param reason which condition held, or that none did
   */
  public record StepOutcome(String step, String instrument, boolean conditional, StepStatus status, String reason) {}
}
