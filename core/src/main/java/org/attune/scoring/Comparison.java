package org.attune.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.NoSuchElementException;
import org.attune.model.ChangeKind;
import org.attune.model.Instrument;

/**
 * How two results of the same instrument, definition version and profile compare: for each
 * scale that has change thresholds, in definition order, the difference, whether it is reliable
 * (|&Delta;| &ge; the threshold), improved or deteriorated, and whether it is clinically
 * significant (reliable, and crossing the profile's clinical cut-off).
 *
 * <pre>{@code
 * Comparison c = Comparison.between(epds, first, second);          // each scale's first threshold
 * Comparison c = Comparison.between(phq9, first, second, ChangeKind.RELIABLE_IMPROVEMENT);
 * c.scale("epds_total").outcome();                                 // IMPROVED
 * }</pre>
 *
 * @param instrumentId the instrument both results are of
 * @param instrumentVersion the definition version both were scored with
 * @param profileId the profile both were scored under (its clinical cut-offs apply), or null
 * @param scales one change per scale with change thresholds, in definition order
 * @since 0.1.0
 */
public record Comparison(String instrumentId, String instrumentVersion, String profileId, List<ScaleChange> scales) {

  public Comparison {
    requireNonNull(instrumentId, "instrumentId");
    requireNonNull(instrumentVersion, "instrumentVersion");
    scales = List.copyOf(scales);
  }

  /**
   * Compares an earlier and a later result of this instrument. Each scale is judged against the
   * first of the {@code preferred} kinds it has a threshold of or, when none are given, against
   * its first threshold in the definition; a scale with none of the preferred kinds gets
   * {@link ChangeOutcome#NO_THRESHOLD}, and one unscored in either result
   * {@link ChangeOutcome#NOT_SCORED}.
   *
   * @param instrument the instrument both results are of, whose thresholds and cut-offs apply
   * @param before the earlier result
   * @param after the later result
   * @param preferred the kinds of threshold to use, most preferred first (e.g. the PHQ-9's
   *     {@code RELIABLE_IMPROVEMENT} 6 rather than its {@code MCID} 5)
   * @throws IllegalArgumentException when the results are of different instruments, definition
   *     versions or profiles, or not of the instrument given: such scores need not mean the same
   */
  public static Comparison between(Instrument instrument, Result before, Result after, ChangeKind... preferred) {
    return ChangeJudge.compare(instrument, before, after, List.of(preferred));
  }

  /**
   * The change of the scale with this id.
   *
   * @throws NoSuchElementException when the scale has no change thresholds, or no such scale exists
   */
  public ScaleChange scale(String scaleId) {
    for (ScaleChange s : scales) {
      if (s.scaleId().equals(scaleId)) {
        return s;
      }
    }
    throw new NoSuchElementException("no change thresholds on scale " + scaleId + " of " + instrumentId);
  }
}
