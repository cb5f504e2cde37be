package org.attune.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attune.model.ChangeKind;
import org.attune.model.ChangeThreshold;
import org.attune.model.ClinicalCutoff;
import org.attune.model.Instrument;
import org.attune.model.Scale;
import org.attune.model.ScaleBands;

/** Works out a {@link Comparison}: checks the two results belong together, then judges each scale. */
final class ChangeJudge {
  private ChangeJudge() {}

  static Comparison compare(Instrument instrument, Result before, Result after, List<ChangeKind> preferred) {
    requireNonNull(instrument, "instrument");
    Provenance was = requireNonNull(before, "before").provenance();
    Provenance now = requireNonNull(after, "after").provenance();
    comparable(instrument, was, now);
    List<ScaleChange> changes = new ArrayList<>();
    for (Scale scale : instrument.scales()) {
      if (!scale.change().isEmpty()) {
        changes.add(judge(scale, threshold(scale, preferred), cutoff(instrument, was.profileId(), scale.id()),
            before.scale(scale.id()).score(), after.scale(scale.id()).score()));
      }
    }
    return new Comparison(instrument.id(), instrument.version(), was.profileId(), changes);
  }

  /** Ids and versions only in messages: never a score. */
  private static void comparable(Instrument instrument, Provenance was, Provenance now) {
    if (!was.instrumentId().equals(now.instrumentId())) {
      throw new IllegalArgumentException("cannot compare results of different instruments: " + was.instrumentId()
          + " and " + now.instrumentId());
    }
    if (!was.instrumentVersion().equals(now.instrumentVersion())) {
      throw new IllegalArgumentException("cannot compare results of different versions of " + was.instrumentId()
          + ": " + was.instrumentVersion() + " and " + now.instrumentVersion() + "; score both with one version");
    }
    if (!Objects.equals(was.profileId(), now.profileId())) {
      throw new IllegalArgumentException("cannot compare results of " + was.instrumentId()
          + " scored under different profiles: " + was.profileId() + " and " + now.profileId()
          + "; their clinical cut-offs differ");
    }
    if (!instrument.id().equals(was.instrumentId()) || !instrument.version().equals(was.instrumentVersion())) {
      throw new IllegalArgumentException("the results are of " + was.instrumentId() + " " + was.instrumentVersion()
          + ", not of the instrument given, " + instrument.id() + " " + instrument.version());
    }
  }

  private static ChangeThreshold threshold(Scale scale, List<ChangeKind> preferred) {
    if (preferred.isEmpty()) {
      return scale.change().get(0);
    }
    for (ChangeKind kind : preferred) {
      var found = scale.change(requireNonNull(kind, "preferred kind"));
      if (found.isPresent()) {
        return found.get();
      }
    }
    return null;
  }

  private static ClinicalCutoff cutoff(Instrument instrument, String profileId, String scaleId) {
    return profileId == null ? null : instrument.profile(profileId).flatMap(p -> p.bandsFor(scaleId))
        .map(ScaleBands::clinicalCutoff).orElse(null);
  }

  private static ScaleChange judge(Scale scale, ChangeThreshold threshold, ClinicalCutoff cutoff, BigDecimal before,
      BigDecimal after) {
    BigDecimal delta = before == null || after == null ? null : after.subtract(before);
    ChangeOutcome outcome;
    if (delta == null) {
      outcome = ChangeOutcome.NOT_SCORED;
    } else if (threshold == null) {
      outcome = ChangeOutcome.NO_THRESHOLD;
    } else if (!threshold.isMetBy(delta)) {
      outcome = ChangeOutcome.NO_RELIABLE_CHANGE;
    } else {
      outcome = threshold.better().improves(delta) ? ChangeOutcome.IMPROVED : ChangeOutcome.DETERIORATED;
    }
    // A reliable change is never zero, so crossing the cut-off is always in the change's direction.
    boolean significant = outcome.isReliable() && cutoff != null && cutoff.isCrossed(before, after);
    return new ScaleChange(scale.id(), before, after, delta, threshold, outcome, cutoff, significant);
  }
}
