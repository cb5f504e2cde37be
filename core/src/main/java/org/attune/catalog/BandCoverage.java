package org.attune.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a scale's bands, lowest first, cover its whole range with no gap and no overlap.
 * Bands are written with inclusive bounds in the scale's finest step (1 for whole-number
 * scales), so each band must start one step above where the previous one ends.
 */
final class BandCoverage {
  private BandCoverage() {}

  static void check(String path, Doc.Scale scale, List<Doc.Band> bands, Problems problems) {
    if (bands == null || bands.isEmpty() || scale.min() == null || scale.max() == null
        || bands.stream().anyMatch(b -> b == null || b.min() == null || b.max() == null)) {
      return;
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(finestScale(scale, bands));
    Set<String> codes = new HashSet<>();
    BigDecimal expectedMin = scale.min();
    for (int i = 0; i < bands.size(); i++) {
      Doc.Band band = bands.get(i);
      String at = path + ".bands[" + i + "]";
      if (band.code() != null && !codes.add(band.code())) {
        problems.add(at + ".code", "duplicate band code " + band.code());
      }
      int cmp = band.min().compareTo(expectedMin);
      if (cmp > 0) {
        problems.add(at + ".min", "gap: scores from " + expectedMin.toPlainString() + " to "
            + band.min().subtract(step).toPlainString() + " are in no band");
      } else if (cmp < 0) {
        problems.add(at + ".min", i == 0
            ? "below the scale's minimum " + scale.min().toPlainString()
            : "overlap: " + band.min().toPlainString() + " is already in the band before");
      }
      if (band.max().compareTo(band.min()) < 0) {
        problems.add(at + ".max", "is below this band's min " + band.min().toPlainString());
      }
      expectedMin = band.max().add(step);
    }
    BigDecimal lastMax = bands.get(bands.size() - 1).max();
    if (lastMax.compareTo(scale.max()) != 0) {
      problems.add(path + ".bands[" + (bands.size() - 1) + "].max", "the last band must end at the scale's maximum "
          + scale.max().toPlainString() + ", not " + lastMax.toPlainString());
    }
  }

  private static int finestScale(Doc.Scale scale, List<Doc.Band> bands) {
    int decimals = Math.max(decimals(scale.min()), decimals(scale.max()));
    for (Doc.Band b : bands) {
      decimals = Math.max(decimals, Math.max(decimals(b.min()), decimals(b.max())));
    }
    return decimals;
  }

  private static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
