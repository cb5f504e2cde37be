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
 * @since 0.1.0
 */
public record ScaleBands(String scale, Source source, List<Band> bands) {

  public ScaleBands {
    requireNonNull(scale, "scale");
    requireNonNull(source, "source");
    bands = List.copyOf(bands);
  }
}
