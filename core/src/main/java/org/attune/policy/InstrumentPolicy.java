package org.attune.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a site policy changes for one instrument. Everything is optional; what is not named
 * stays as the definition has it.
 *
 * @param profile the cut-off profile to score under, or null for the instrument's default
 * @param thresholds more sensitive thresholds for the instrument's flags, at most one per flag
 * @param removedFlags codes of flags not to raise; never a safety flag
 * @param messages the site's own message per flag code, replacing the definition's
 * @param alerts the site's own alerts, listed in results after the instrument's flags
 * @since 0.1.0
 */
public record InstrumentPolicy(
    String profile,
    List<FlagThreshold> thresholds,
    List<String> removedFlags,
    Map<String, String> messages,
    List<Alert> alerts) {

  public InstrumentPolicy {
    thresholds = List.copyOf(thresholds);
    removedFlags = List.copyOf(removedFlags);
    messages = Map.copyOf(messages);
    alerts = List.copyOf(alerts);
  }

  /** The policy's threshold for this flag, if it sets one. */
  public Optional<FlagThreshold> threshold(String flagCode) {
    return thresholds.stream().filter(t -> t.flag().equals(flagCode)).findFirst();
  }

  /** A builder with nothing changed. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InstrumentPolicy}. Nothing is checked against the instrument here: that
   * happens when the policy is applied.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String profile;
    private final List<FlagThreshold> thresholds = new ArrayList<>();
    private final List<String> removedFlags = new ArrayList<>();
    private final Map<String, String> messages = new LinkedHashMap<>();
    private final List<Alert> alerts = new ArrayList<>();

    private Builder() {}

    /** Scores under this cut-off profile instead of the default. */
    public Builder profile(String profileId) {
      this.profile = profileId;
      return this;
    }

    /** A more sensitive threshold for the flag (see {@link FlagThreshold}). */
    public Builder threshold(String flagCode, BigDecimal threshold) {
      thresholds.add(new FlagThreshold(flagCode, threshold));
      return this;
    }

    /** A more sensitive threshold for the flag, as a whole number. */
    public Builder threshold(String flagCode, long threshold) {
      return threshold(flagCode, BigDecimal.valueOf(threshold));
    }

    /** Does not raise this flag, which must not be a safety flag. */
    public Builder removeFlag(String flagCode) {
      removedFlags.add(flagCode);
      return this;
    }

    /** Replaces the flag's message with the site's own. */
    public Builder message(String flagCode, String message) {
      messages.put(flagCode, message);
      return this;
    }

    /** Adds an alert of the site's own. */
    public Builder alert(Alert alert) {
      alerts.add(alert);
      return this;
    }

    public InstrumentPolicy build() {
      return new InstrumentPolicy(profile, thresholds, removedFlags, messages, alerts);
    }
  }
}
