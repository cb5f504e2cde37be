package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The bands of one scale in one profile, in ascending order, covering the scale's range with
 * no gap and no overlap.
 *
 * @param scale id of the scale
 * @param source where these cut-offs come from
 * @param bands the bands, lowest first
 * @param clinicalCutoff the cut-off this profile uses for clinically significant change on the
 *     scale, or null when it names none
 * @since 0.1.0
 */
public record ScaleBands(String scale, Source source, List<Band> bands, ClinicalCutoff clinicalCutoff) {

  public ScaleBands {
    requireNonNull(scale, "scale");
    requireNonNull(source, "source");
    bands = List.copyOf(bands);
  }

  /** Bands without a cut-off for clinically significant change. */
  public ScaleBands(String scale, Source source, List<Band> bands) {
    this(scale, source, bands, null);
  }
}
