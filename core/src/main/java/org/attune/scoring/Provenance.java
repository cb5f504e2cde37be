package org.attune.scoring;

import static java.util.Objects.requireNonNull;

/**
 * What produced a result, so that any figure can be traced back.
 *
 * @param instrumentId the instrument's id
 * @param instrumentVersion the version of our definition of it
 * @param profileId the cut-off profile applied, or null when the instrument has none
 * @param libraryVersion the Attune version that scored it
 * @param policyId the site policy applied, or null when none
 * @param policyVersion that policy's version, or null when none
 * @since 0.1.0
 */
public record Provenance(String instrumentId, String instrumentVersion, String profileId, String libraryVersion,
    String policyId, String policyVersion) {

  public Provenance {
    requireNonNull(instrumentId, "instrumentId");
    requireNonNull(instrumentVersion, "instrumentVersion");
    requireNonNull(libraryVersion, "libraryVersion");
    if ((policyId == null) != (policyVersion == null)) {
      throw new IllegalArgumentException("a policy is recorded with both its id and its version, or not at all");
    }
  }

  /** The provenance of a result scored without a site policy. */
  public Provenance(String instrumentId, String instrumentVersion, String profileId, String libraryVersion) {
    this(instrumentId, instrumentVersion, profileId, libraryVersion, null, null);
  }
}
