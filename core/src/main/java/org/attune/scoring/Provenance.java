package org.attune.scoring;

import static java.util.Objects.requireNonNull;

/**
 * What produced a result, so that any figure can be traced back.
 *
 * @param instrumentId the instrument's id
 * @param instrumentVersion the version of our definition of it
 * @param profileId the cut-off profile applied, or null when the instrument has none
 * @param libraryVersion the Attune version that scored it
 * @since 0.1.0
 */
public record Provenance(String instrumentId, String instrumentVersion, String profileId, String libraryVersion) {

  public Provenance {
    requireNonNull(instrumentId, "instrumentId");
    requireNonNull(instrumentVersion, "instrumentVersion");
    requireNonNull(libraryVersion, "libraryVersion");
  }
}
