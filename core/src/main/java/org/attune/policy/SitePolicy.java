package org.attune.policy;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A service's own rules for the instruments it uses: alerts of its own, lower flag thresholds,
 * its own messages and its choice of cut-off profile, without editing any definition. Applying
 * it checks it against the instrument and refuses to remove a safety flag or to make any flag
 * less sensitive; results record its id and version in their provenance.
 *
 * <p>As JSON ({@code org/attune/policy.schema.json} in this artifact; read with
 * {@link org.attune.catalog.Policies#read} or {@link org.attune.catalog.Catalog#readPolicy}):
 * <pre>{@code
 * {"schemaVersion": 1, "id": "cohort_2026", "version": "1",
 *  "instruments": {"epds": {"profile": "default", "alerts": [{"code": "cohort_epds", ...}]}}}
 * }</pre>
 *
 * @param id stable id, lower case ({@code [a-z][a-z0-9_-]*})
 * @param version the site's version of the policy, recorded in results
 * @param instruments what the policy changes, per instrument id
 * @since 0.1.0
 */
public record SitePolicy(String id, String version, Map<String, InstrumentPolicy> instruments) {

  /** The policy format this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  public SitePolicy {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    instruments = Map.copyOf(instruments);
  }

  /** What the policy changes for this instrument; empty when it leaves the instrument as defined. */
  public Optional<InstrumentPolicy> forInstrument(String instrumentId) {
    return Optional.ofNullable(instruments.get(instrumentId));
  }

  /** A builder for a policy with this id and version. */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * Builds a {@link SitePolicy}. Nothing is checked against instruments here: that happens when
   * the policy is applied, or by {@link org.attune.catalog.Catalog#check(SitePolicy)}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private final Map<String, InstrumentPolicy> instruments = new LinkedHashMap<>();

    private Builder(String id, String version) {
      this.id = requireNonNull(id, "id");
      this.version = requireNonNull(version, "version");
    }

    /**
     * What the policy changes for this instrument.
     *
     * @throws IllegalArgumentException when the instrument is already named
     */
    public Builder instrument(String instrumentId, InstrumentPolicy policy) {
      if (instruments.putIfAbsent(requireNonNull(instrumentId, "instrumentId"), requireNonNull(policy, "policy"))
          != null) {
        throw new IllegalArgumentException("instrument " + instrumentId + " is already in policy " + id);
      }
      return this;
    }

    public SitePolicy build() {
      return new SitePolicy(id, version, instruments);
    }
  }
}
