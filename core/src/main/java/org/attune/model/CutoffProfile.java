package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A named set of cut-offs (e.g. postnatal women, fathers) that maps scale scores to bands.
 *
 * @param id stable id; the instrument's default profile is {@code default}
 * @param label what the profile is for, in words
 * @param isDefault whether this is the instrument's default profile (exactly one is)
 * @param population the population the cut-offs were validated in
 * @param scales the bands of each scale that has cut-offs in this profile
 * @since 0.1.0
 */
public record CutoffProfile(
    String id, String label, boolean isDefault, String population, List<ScaleBands> scales) {

  public CutoffProfile {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(population, "population");
    scales = List.copyOf(scales);
  }

  /** The bands of this scale in this profile; empty when the profile has none for it. */
  public Optional<ScaleBands> bandsFor(String scaleId) {
    for (ScaleBands bands : scales) {
      if (bands.scale().equals(scaleId)) {
        return Optional.of(bands);
      }
    }
    return Optional.empty();
  }
}
