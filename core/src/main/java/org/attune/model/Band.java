package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A range of scale scores read the same way. A score belongs to the highest band whose
 * {@code min} it reaches, so a cut-off reads as "score &ge; min" even for prorated,
 * fractional scores.
 *
 * @param code stable lower snake case code, e.g. {@code probable_depression}
 * @param label our label; a screening result, never a diagnosis
 * @param min lowest score in the band
 * @param max highest score in the band
 * @param severity 0 for the lowest band, rising with concern
 * @since 0.1.0
 */
public record Band(String code, String label, BigDecimal min, BigDecimal max, int severity) {

  public Band {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
  }
}
