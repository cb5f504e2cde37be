package org.attune.scoring;

import java.util.List;
import java.util.Optional;
import org.attune.catalog.Policies;
import org.attune.model.CutoffProfile;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;

/**
 * An instrument compiled for scoring under one cut-off profile. Thread-safe and reusable:
 * compile once, score many responses.
 *
 * @since 0.1.0
 */
public interface Scorer {

  /**
   * Compiles the instrument under its default profile (or none when it has no profiles).
   * The instrument must be valid, as every instrument from a {@link org.attune.catalog.Catalog} is.
   */
  static Scorer of(Instrument instrument) {
    return new CompiledScorer(instrument, instrument.defaultProfile().orElse(null));
  }

  /**
   * Compiles the instrument under the named profile.
   *
   * @throws IllegalArgumentException when the instrument has no such profile
   */
  static Scorer of(Instrument instrument, String profileId) {
    CutoffProfile profile = instrument.profile(profileId).orElseThrow(() -> new IllegalArgumentException(
        "instrument " + instrument.id() + " has no profile " + profileId + "; profiles: "
            + instrument.profiles().stream().map(CutoffProfile::id).toList()));
    return new CompiledScorer(instrument, profile);
  }

  /**
   * Compiles the instrument under a site policy: the profile the policy names for it (or the
   * default), the instrument's flags with the policy's lower thresholds and messages and
   * without the flags it removes, then the policy's alerts. Results record the policy's id and
   * version in their provenance. A policy with no entry for this instrument changes nothing
   * but is still recorded.
   *
   * @throws org.attune.catalog.InvalidDefinitionException when the policy does not fit the
   *     instrument (unknown profile, flag, item or scale; a threshold raised; a safety flag
   *     removed; an alert code already used), listing every problem with its JSON path
   */
  static Scorer of(Instrument instrument, SitePolicy policy) {
    Policies.check(policy, instrument); // null-checks both
    String profileId = policy.forInstrument(instrument.id()).map(InstrumentPolicy::profile).orElse(null);
    CutoffProfile profile = profileId == null ? instrument.defaultProfile().orElse(null)
        : instrument.profile(profileId).orElseThrow();
    return new CompiledScorer(instrument, profile, policy);
  }

  /** The instrument scored. */
  Instrument instrument();

  /** The cut-off profile applied; empty when the instrument has no profiles. */
  Optional<CutoffProfile> profile();

  /** The site policy applied; empty when none. */
  default Optional<SitePolicy> policy() {
    return Optional.empty();
  }

  /**
   * The flags evaluated, in the order results list them: the instrument's (as a site policy
   * leaves them), then the policy's alerts. {@link ScoringRow#isRaised} counts in this order.
   */
  default List<Flag> flags() {
    return instrument().flags();
  }

  /** Every violation in the response, in item order (unknown items last); empty when valid. */
  List<ResponseViolation> validate(Responses responses);

  /**
   * Scores a response, never throwing for bad data: an invalid response gives a result with
   * status {@link Completeness#INVALID}, its violations, no scale scores, and every flag the
   * valid answers raise. This is the batch path.
   */
  Result evaluate(Responses responses);

  /**
   * A reusable row for scoring many responses quickly, one after another, with answers coded
   * as given: the batch fast path. Not thread-safe; take one row per thread.
   */
  ScoringRow newRow(AnswerCoding coding);

  /**
   * Scores a valid response.
   *
   * @throws InvalidResponsesException when any answer is invalid; it carries every violation
   *     and every flag raised from the valid answers
   */
  default Result score(Responses responses) {
    Result result = evaluate(responses);
    if (!result.isValid()) {
      throw new InvalidResponsesException(
          result.provenance().instrumentId(),
          result.provenance().instrumentVersion(),
          result.violations(),
          result.flags());
    }
    return result;
  }
}
