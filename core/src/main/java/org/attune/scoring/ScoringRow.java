package org.attune.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.attune.model.Flag;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;

/**
 * One response being scored, reusable for the next: the batch fast path. Answers go in by item
 * index (as bytes or values), {@link #score()} computes every scale, band and flag, and the
 * figures are read back by index with no allocation. Not thread-safe: use one row per thread
 * ({@link Scorer#newRow}). {@link Scorer#evaluate} runs on this same code.
 *
 * @since 0.1.0
 */
public final class ScoringRow {
  private static final int MISSING = -1;
  private static final int INVALID = -2;

  private final CompiledScorer c;
  private final AnswerCoding coding;
  private final int[] chosen;
  /** digitOption[item * 10 + d]: the option a one-digit answer d chooses under this row's coding; -1 if none. */
  private final int[] digitOption;
  private final ResponseViolation[] itemViolations;
  private final List<ResponseViolation> unknown = new ArrayList<>(0);
  private final long[] numerator;
  private final int[] denominator;
  private final int[] scaleAnswered;
  private final Completeness[] scaleStatus;
  private final boolean[] raised;
  private int violations;
  private Completeness status;
  /** The child's age in completed months, or -1 when not given. */
  private int ageMonths = -1;

  ScoringRow(CompiledScorer compiled, AnswerCoding coding) {
    this.c = compiled;
    this.coding = coding;
    int items = c.decoders.length;
    int scales = c.scaleItems.length;
    chosen = new int[items];
    digitOption = new int[items * 10];
    for (int i = 0; i < items; i++) {
      for (int d = 0; d < 10; d++) {
        digitOption[i * 10 + d] = Math.max(-1, c.decoders[i].decodeDigit(d, coding));
      }
    }
    itemViolations = new ResponseViolation[items];
    numerator = new long[scales];
    denominator = new int[scales];
    scaleAnswered = new int[scales];
    scaleStatus = new Completeness[scales];
    raised = new boolean[c.flags.length];
    clear();
  }

  /** Forgets every answer, ready for the next response. */
  public void clear() {
    Arrays.fill(chosen, MISSING);
    ageMonths = -1;
    if (violations > 0) {
      Arrays.fill(itemViolations, null);
      unknown.clear();
      violations = 0;
    }
    status = null;
  }

  /** The index of the item with this id, in the instrument's item order; -1 when there is none. */
  public int itemIndex(String itemId) {
    return c.itemIndex.getOrDefault(itemId, -1);
  }

  /**
   * Records an answer typed as ASCII or UTF-8 bytes (a trimmed CSV cell, say). A later
   * answer to the same item replaces this one.
   */
  public void answer(int item, byte[] bytes, int offset, int length) {
    if (length == 1) {
      int d = bytes[offset] - '0';
      int option = d >= 0 && d <= 9 ? digitOption[item * 10 + d] : -1;
      if (option >= 0) {
        accept(item, option); // the usual cell: one digit that is an option
        return;
      }
    }
    int result = c.decoders[item].decode(bytes, offset, length, coding);
    if (result < 0) {
      reject(item, result, new String(bytes, offset, length, StandardCharsets.UTF_8));
    } else {
      accept(item, result);
    }
  }

  /** Records an answer given as a value: a string as typed, or a number; null is no answer. */
  public void answer(int item, Object value) {
    if (value == null) {
      accept(item, MISSING);
      return;
    }
    int result = c.decoders[item].decode(value, coding);
    if (result < 0) {
      reject(item, result, String.valueOf(value));
    } else {
      accept(item, result);
    }
  }

  /**
   * Records the child's age in completed months, for instruments that apply to some ages only
   * (-1: not given, and nothing is assumed). Cleared with the answers.
   */
  public void ageMonths(int months) {
    if (months < -1) {
      throw new IllegalArgumentException("an age in months cannot be negative: " + months);
    }
    ageMonths = months;
  }

  /** Records an answer to an item the instrument does not have. */
  public void unknownItem(String key, Object value) {
    unknown.add(new ResponseViolation(ResponseViolation.truncate(key), ViolationCode.UNKNOWN_ITEM,
        String.valueOf(value), c.expectedItemIds));
    violations++;
  }

  private void accept(int item, int option) {
    if (violations > 0 && itemViolations[item] != null) {
      itemViolations[item] = null;
      violations--;
    }
    chosen[item] = option;
  }

  private void reject(int item, int result, String value) {
    if (itemViolations[item] == null) {
      violations++;
    }
    itemViolations[item] = c.decoders[item].violation(result, value, coding);
    chosen[item] = INVALID;
  }

  /** Scores every scale, band and flag from the valid answers. */
  public void score() {
    int answered = 0;
    for (int option : chosen) {
      if (option >= 0) {
        answered++;
      }
    }
    for (int s = 0; s < numerator.length; s++) {
      scoreScale(s);
    }
    Arrays.fill(raised, false);
    for (int k = 0; k < c.clauseFlag.length; k++) {
      int f = c.clauseFlag[k];
      raised[f] = raised[f] || holds(k);
    }
    status = status(answered);
  }

  /** The score of item i's valid answer (an option index, or a number's value), in units. */
  private long itemScore(int item, int answer) {
    return c.numeric[item] ? answer * c.unit : c.optionScore[item][answer];
  }

  private void scoreScale(int s) {
    int[] members = c.scaleItems[s];
    long sum = 0;
    int answered = 0;
    for (int item : members) {
      int option = chosen[item];
      if (option >= 0) {
        long score = itemScore(item, option);
        sum += c.countEndorsed[s] ? (score > 0 ? c.unit : 0) : score;
        answered++;
      }
    }
    sum *= c.factor[s];
    int missing = members.length - answered;
    scaleAnswered[s] = answered;
    if (missing == 0) {
      numerator[s] = sum;
      denominator[s] = 1;
      scaleStatus[s] = Completeness.COMPLETE;
    } else if (answered > 0 && c.countAsZero[s]) {
      numerator[s] = sum; // the missing items count as zero
      denominator[s] = 1;
      scaleStatus[s] = Completeness.PRORATED;
    } else if (answered > 0 && missing <= c.maxMissing[s]) {
      numerator[s] = sum * members.length;
      denominator[s] = answered;
      scaleStatus[s] = Completeness.PRORATED;
    } else {
      denominator[s] = 0;
      scaleStatus[s] = Completeness.INCOMPLETE;
    }
  }

  private boolean holds(int k) {
    if (c.clauseOnScale[k]) {
      int s = c.clauseTargets[k][0];
      return denominator[s] > 0 && numerator[s] >= c.clauseAtLeast[k] * denominator[s];
    }
    if (c.clauseSumBelow[k]) {
      long sum = 0;
      for (int item : c.clauseTargets[k]) {
        if (chosen[item] < 0) {
          return false; // every item must be validly answered
        }
        sum += itemScore(item, chosen[item]);
      }
      return sum < c.clauseAtLeast[k];
    }
    for (int item : c.clauseTargets[k]) {
      int option = chosen[item];
      if (option >= 0 && itemScore(item, option) >= c.clauseAtLeast[k]) {
        return true;
      }
    }
    return false;
  }

  private Completeness status(int answered) {
    if (violations > 0) {
      return Completeness.INVALID;
    }
    if (answered == 0) {
      return Completeness.INCOMPLETE;
    }
    if (scaleStatus.length == 0) {
      // no scales (answers read for their flags): every item is needed
      return answered == chosen.length ? Completeness.COMPLETE : Completeness.INCOMPLETE;
    }
    Completeness result = Completeness.COMPLETE;
    for (Completeness s : scaleStatus) {
      if (s == Completeness.INCOMPLETE) {
        return Completeness.INCOMPLETE;
      }
      if (s == Completeness.PRORATED) {
        result = Completeness.PRORATED;
      }
    }
    return result;
  }

  private void requireScored() {
    if (status == null) {
      throw new IllegalStateException("call score() first");
    }
  }

  /** The response's completeness; {@code INVALID} when any answer was rejected. */
  public Completeness status() {
    requireScored();
    return status;
  }

  /** The number of scales, in definition order. */
  public int scaleCount() {
    return numerator.length;
  }

  /** Whether scale s has a score to report (never, in an invalid response). */
  public boolean isScored(int s) {
    requireScored();
    return status != Completeness.INVALID && denominator[s] > 0;
  }

  /** Whether scale s's score is a whole number (always, unless prorated or decimal-scored). */
  public boolean isWhole(int s) {
    if (!isScored(s)) {
      return false;
    }
    long units = (long) denominator[s] * c.unit;
    return units == 1 || numerator[s] % units == 0;
  }

  /** Scale s's score when {@link #isWhole} holds. */
  public long wholeScore(int s) {
    long units = (long) denominator[s] * c.unit;
    return units == 1 ? numerator[s] : numerator[s] / units;
  }

  /** Scale s's score, exact (34 significant digits where a prorated score does not terminate); null when unscored. */
  public BigDecimal score(int s) {
    if (!isScored(s)) {
      return null;
    }
    if (c.decimals >= 0 && denominator[s] == 1) {
      return BigDecimal.valueOf(numerator[s], c.decimals);
    }
    long units = (long) denominator[s] * c.unit;
    return BigDecimal.valueOf(numerator[s]).divide(BigDecimal.valueOf(units), MathContext.DECIMAL128);
  }

  /** Scale s's band code in the profile (the highest band whose minimum the score reaches); null when none. */
  public String band(int s) {
    int b = bandIndex(s);
    return b < 0 ? null : c.bandCode[s][b];
  }

  /**
   * The index of scale s's band among the profile's bands for that scale (lowest first), or
   * -1 when unscored or the profile has no bands for it.
   */
  public int bandIndex(int s) {
    if (!isScored(s) || c.bandMin[s] == null) {
      return -1;
    }
    long[] mins = c.bandMin[s];
    int band = -1;
    for (int b = 0; b < mins.length && numerator[s] >= mins[b] * denominator[s]; b++) {
      band = b;
    }
    return band;
  }

  /** How many of scale s's items were validly answered. */
  public int answered(int s) {
    requireScored();
    return scaleAnswered[s];
  }

  /** The number of flags evaluated: the instrument's, then any site policy's alerts ({@link Scorer#flags()}). */
  public int flagCount() {
    return raised.length;
  }

  /** Whether flag f (in {@link Scorer#flags()} order) was raised by the valid answers, whatever the status. */
  public boolean isRaised(int f) {
    requireScored();
    return raised[f];
  }

  /** The number of items, in definition order. */
  public int itemCount() {
    return chosen.length;
  }

  /** The code of the violation recorded for item i's answer, or null if it has none. */
  public ViolationCode violationCode(int item) {
    ResponseViolation v = itemViolations[item];
    return v == null ? null : v.code();
  }

  /** The answers to items the instrument does not have, as violations (read-only view). */
  public List<ResponseViolation> unknownItems() {
    return Collections.unmodifiableList(unknown);
  }

  /** Whether the child's age was given and is outside the instrument's age range. */
  public boolean ageOutOfRange() {
    return ageMonths >= 0 && c.ageRange != null && !c.ageRange.includes(ageMonths);
  }

  /** Warning codes (e.g. {@code age_out_of_range}); they leave the scores as they are. */
  public List<String> warnings() {
    return ageOutOfRange() ? AGE_WARNING : List.of();
  }

  /** The warning raised when the child's age is outside the instrument's range. */
  public static final String AGE_OUT_OF_RANGE = "age_out_of_range";
  private static final List<String> AGE_WARNING = List.of(AGE_OUT_OF_RANGE);

  /** Every violation, in item order, then unknown items. */
  public List<ResponseViolation> violations() {
    if (violations == 0) {
      return List.of();
    }
    List<ResponseViolation> all = new ArrayList<>(violations);
    for (ResponseViolation v : itemViolations) {
      if (v != null) {
        all.add(v);
      }
    }
    all.addAll(unknown);
    return all;
  }

  /** The result as an immutable {@link Result}. */
  public Result toResult() {
    requireScored();
    ScaleResult[] scales = new ScaleResult[numerator.length];
    for (int s = 0; s < numerator.length; s++) {
      Completeness scaleState = status == Completeness.INVALID ? Completeness.INVALID : scaleStatus[s];
      scales[s] = new ScaleResult(c.scaleIds[s], score(s), band(s), scaleAnswered[s], scaleState);
    }
    int count = 0;
    for (boolean r : raised) {
      count += r ? 1 : 0;
    }
    List<Flag> flags = List.of();
    if (count > 0) {
      Flag[] up = new Flag[count];
      for (int f = 0, n = 0; f < raised.length; f++) {
        if (raised[f]) {
          up[n++] = c.flags[f];
        }
      }
      flags = List.of(up);
    }
    // Immutable lists: Result's defensive copies return them as they are.
    return new Result(c.provenance, status, List.of(scales), flags, violations == 0 ? List.of() : List.copyOf(violations()),
        warnings());
  }
}
