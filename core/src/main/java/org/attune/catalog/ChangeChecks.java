package org.attune.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a scale's change thresholds (known kinds, each once, positive and within the scale's
 * range, one direction of improvement) and a profile's cut-off for clinically significant
 * change (inside the range, on a scale that has change thresholds). Sources are checked by
 * {@link DefinitionChecks} with the rest.
 */
final class ChangeChecks {
  static final List<String> KINDS = List.of("reliable_change", "mcid", "reliable_improvement");
  static final List<String> BETTER = List.of("lower", "higher");

  private ChangeChecks() {}

  static void thresholds(String path, Doc.Scale scale, Problems problems) {
    if (scale.change() == null) {
      return;
    }
    Set<String> kinds = new HashSet<>();
    String better = null;
    for (int i = 0; i < scale.change().size(); i++) {
      Doc.ChangeThreshold c = scale.change().get(i);
      String at = path + "[" + i + "]";
      if (c == null) {
        continue;
      }
      if (c.kind() != null && !KINDS.contains(c.kind())) {
        problems.add(at + ".kind", "unknown change kind " + c.kind() + "; expected one of " + KINDS);
      } else if (c.kind() != null && !kinds.add(c.kind())) {
        problems.add(at + ".kind", "duplicate change kind " + c.kind() + "; a scale has at most one threshold of each kind");
      }
      if (c.better() != null && !BETTER.contains(c.better())) {
        problems.add(at + ".better", "unknown value " + c.better() + "; expected one of " + BETTER);
      } else if (c.better() != null && better != null && !better.equals(c.better())) {
        problems.add(at + ".better", "is " + c.better() + " but an earlier threshold of this scale says " + better
            + "; a scale improves in one direction");
      } else if (c.better() != null) {
        better = c.better();
      }
      threshold(at + ".threshold", c.threshold(), scale, problems);
    }
  }

  private static void threshold(String path, BigDecimal threshold, Doc.Scale scale, Problems problems) {
    if (threshold == null) {
      return;
    }
    if (threshold.signum() <= 0) {
      problems.add(path, "a change threshold must be positive, was " + threshold.toPlainString());
    } else if (scale.min() != null && scale.max() != null
        && threshold.compareTo(scale.max().subtract(scale.min())) > 0) {
      problems.add(path, "threshold " + threshold.toPlainString() + " is more than the scale's range "
          + scale.min().toPlainString() + "-" + scale.max().toPlainString() + " allows");
    }
  }

  static void clinicalCutoff(String path, Doc.Scale scale, Doc.ClinicalCutoff cutoff, Problems problems) {
    if (scale.change() == null || scale.change().isEmpty()) {
      problems.add(path, "scale " + scale.id() + " has no change thresholds, so no change on it can be judged"
          + " clinically significant");
    }
    BigDecimal atLeast = cutoff.atLeast();
    if (atLeast != null && scale.min() != null && scale.max() != null
        && (atLeast.compareTo(scale.min()) <= 0 || atLeast.compareTo(scale.max()) > 0)) {
      problems.add(path + ".atLeast", "cut-off " + atLeast.toPlainString() + " must be above the scale's minimum "
          + scale.min().toPlainString() + " and at most its maximum " + scale.max().toPlainString());
    }
  }
}
