package org.attune.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.NoSuchElementException;
import org.attune.model.Flag;
import org.attune.response.ResponseViolation;

/**
 * The screening result of one response: per-scale scores and bands, the flags raised, how
 * complete it was, what was wrong with it, and what produced it. It is a screening result,
 * not a diagnosis.
 *
 * @param provenance instrument, definition version, profile and library version
 * @param status the response's completeness; {@code INVALID} when any violation
 * @param scales one result per scale, in definition order
 * @param flags the flags raised from the valid answers, in definition order, whatever the status
 * @param violations every violation in item order; empty unless the status is {@code INVALID}
 * @param warnings warning codes, e.g. {@code age_out_of_range}: the result stands, but read it with care
 * @since 0.1.0
 */
public record Result(
    Provenance provenance,
    Completeness status,
    List<ScaleResult> scales,
    List<Flag> flags,
    List<ResponseViolation> violations,
    List<String> warnings) {

  public Result {
    requireNonNull(provenance, "provenance");
    requireNonNull(status, "status");
    scales = List.copyOf(scales);
    flags = List.copyOf(flags);
    violations = List.copyOf(violations);
    warnings = List.copyOf(warnings);
  }

  /**
   * The result of the scale with this id.
   *
   * @throws NoSuchElementException when the instrument has no such scale
   */
  public ScaleResult scale(String scaleId) {
    for (ScaleResult s : scales) {
      if (s.scaleId().equals(scaleId)) {
        return s;
      }
    }
    throw new NoSuchElementException("no scale " + scaleId + " in " + provenance.instrumentId());
  }

  /** Whether a flag with this code was raised. */
  public boolean hasFlag(String code) {
    return flags.stream().anyMatch(f -> f.code().equals(code));
  }

  /** Whether the response had no violations. */
  public boolean isValid() {
    return violations.isEmpty();
  }
}
