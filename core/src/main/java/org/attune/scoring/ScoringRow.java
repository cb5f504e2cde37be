package org.attune.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.attune.model.Flag;
import org.attune.model.Score;
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
  /** digitOption[item * 10 + d]: the option a one-digit answer d chooses under this row's coding; -1 if none. Shared: read only. */
  private final int[] digitOption;
  private final ResponseViolation[] itemViolations;
  private final List<ResponseViolation> unknown = new ArrayList<>(0);
  private final long[] numerator;
  private final int[] denominator;
  private final int[] scaleAnswered;
  private final Completeness[] scaleStatus;
  private final boolean[] raised;
  /** Per scale, the sum of the answered items' scores (before any factor) and how many are answered. */
  private final long[] scaleSum;
  /** Per item or sum_below clause of a flag: how many of its items meet the threshold, or the sum of their scores. */
  private final long[] clauseTally;
  /** Per clause: how many of its items are validly answered. */
  private final int[] clauseAnswered;
  private int answeredItems;
  private int incompleteScales;
  private int proratedScales;
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
    digitOption = c.digitOptions[coding.ordinal()];
    itemViolations = new ResponseViolation[items];
    numerator = new long[scales];
    denominator = new int[scales];
    scaleAnswered = new int[scales];
    scaleStatus = new Completeness[scales];
    raised = new boolean[c.flags.length];
    scaleSum = new long[scales];
    clauseTally = new long[c.clauseFlag.length];
    clauseAnswered = new int[c.clauseFlag.length];
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
      if (option >= 0) { // the usual cell: one digit that is an option
        if (violations == 0) {
          chosen[item] = option; // no violation to clear
        } else {
          accept(item, option);
        }
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

  /**
   * Scores every scale, band and flag from the valid answers. Arrays are read into locals once:
   * the quick compiler (C1), which compiles the batch loop of a short run, reloads a field at
   * every use.
   */
  public void score() {
    CompiledScorer c = this.c;
    int[] chosen = this.chosen;
    int answered = 0;
    for (int option : chosen) {
      if (option >= 0) {
        answered++;
      }
    }
    answeredItems = answered;
    incompleteScales = 0;
    proratedScales = 0;
    int[][] scaleItems = c.scaleItems;
    long[][] scaleTable = c.scaleTable;
    for (int s = 0; s < scaleItems.length; s++) {
      long sum = 0;
      int scaleAnswers = 0;
      int[] items = scaleItems[s];
      long[] table = scaleTable[s];
      if (table != null) {
        int stride = c.scaleStride[s];
        for (int p = 0, at = 0; p < items.length; p++, at += stride) {
          int answer = chosen[items[p]];
          if (answer >= 0) {
            sum += table[at + answer];
            scaleAnswers++;
          }
        }
      } else {
        for (int item : items) {
          int answer = chosen[item];
          if (answer >= 0) {
            sum += c.contribution(s, item, answer);
            scaleAnswers++;
          }
        }
      }
      scaleSum[s] = sum;
      scaleAnswered[s] = scaleAnswers;
      scaleStatus[s] = null;
      derive(s);
    }
    int[] clauseFlag = c.clauseFlag;
    for (int k = 0; k < clauseFlag.length; k++) {
      long tally = 0;
      int clauseAnswers = 0;
      if (!c.clauseOnScale[k]) {
        for (int item : c.clauseTargets[k]) {
          int answer = chosen[item];
          if (answer >= 0) {
            tally += clauseCount(k, c.itemScore(item, answer));
            clauseAnswers++;
          }
        }
      }
      clauseTally[k] = tally;
      clauseAnswered[k] = clauseAnswers;
    }
    boolean[] raised = this.raised;
    for (int f = 0; f < raised.length; f++) {
      raised[f] = raises(f);
    }
    status = deriveStatus();
  }

  /**
   * Sets one answer and updates the figures it touches, and only those: the scales that hold
   * the item, the flags that name it or those scales, and the status. For live scoring while
   * a questionnaire is filled in (a session), after {@link #score()} has run once. An invalid
   * value changes nothing and is returned as the violation; null clears the answer.
   *
   * @return the violation, or null when the answer was recorded
   */
  public ResponseViolation set(int item, Object value) {
    requireScored();
    int next = MISSING;
    if (value != null) {
      int result = c.decoders[item].decode(value, coding);
      if (result < 0) {
        return c.decoders[item].violation(result, String.valueOf(value), coding);
      }
      next = result;
    }
    int previous = chosen[item];
    if (previous == next) {
      return null;
    }
    if (itemViolations[item] != null) {
      itemViolations[item] = null;
      violations--;
    }
    chosen[item] = next;
    answeredItems += (next >= 0 ? 1 : 0) - (previous >= 0 ? 1 : 0);
    for (int s : c.itemScales[item]) {
      scaleSum[s] += (next >= 0 ? c.contribution(s, item, next) : 0) - (previous >= 0 ? c.contribution(s, item, previous) : 0);
      scaleAnswered[s] += (next >= 0 ? 1 : 0) - (previous >= 0 ? 1 : 0);
      derive(s);
      for (int k : c.scaleClauses[s]) {
        raised[c.clauseFlag[k]] = raises(c.clauseFlag[k]);
      }
    }
    for (int k : c.itemClauses[item]) {
      tally(k, item, previous, -1);
      tally(k, item, next, 1);
      raised[c.clauseFlag[k]] = raises(c.clauseFlag[k]);
    }
    status = deriveStatus();
    return null;
  }

  /** Counts (sign 1) or uncounts (sign -1) item i's answer in clause k's tally. */
  private void tally(int k, int item, int answer, int sign) {
    if (answer < 0) {
      return;
    }
    clauseAnswered[k] += sign;
    clauseTally[k] += sign * clauseCount(k, c.itemScore(item, answer));
  }

  /** What an item's score adds to clause k's tally: the score for a sum_below clause, else 1 if it meets the threshold. */
  private long clauseCount(int k, long score) {
    return c.clauseSumBelow[k] ? score : score >= c.clauseAtLeast[k] ? 1 : 0;
  }

  /** Whether flag f is raised: any of its clauses holds. */
  private boolean raises(int f) {
    for (int k : c.flagClauses[f]) {
      if (holds(k)) {
        return true;
      }
    }
    return false;
  }

  /** Scale s's score and status from its sum and answered count; keeps the count of incomplete and prorated scales. */
  private void derive(int s) {
    int members = c.scaleItems[s].length;
    int answered = scaleAnswered[s];
    long sum = scaleSum[s] * c.factor[s];
    int missing = members - answered;
    count(scaleStatus[s], -1);
    if (missing == 0) {
      numerator[s] = sum;
      denominator[s] = 1;
      scaleStatus[s] = Completeness.COMPLETE;
    } else if (answered > 0 && c.countAsZero[s]) {
      numerator[s] = sum; // the missing items count as zero
      denominator[s] = 1;
      scaleStatus[s] = Completeness.PRORATED;
    } else if (answered > 0 && missing <= c.maxMissing[s]) {
      numerator[s] = sum * members;
      denominator[s] = answered;
      scaleStatus[s] = Completeness.PRORATED;
    } else {
      denominator[s] = 0;
      scaleStatus[s] = Completeness.INCOMPLETE;
    }
    count(scaleStatus[s], 1);
  }

  private void count(Completeness scale, int sign) {
    if (scale == Completeness.INCOMPLETE) {
      incompleteScales += sign;
    } else if (scale == Completeness.PRORATED) {
      proratedScales += sign;
    }
  }

  private boolean holds(int k) {
    if (c.clauseOnScale[k]) {
      int s = c.clauseTargets[k][0];
      return denominator[s] > 0 && numerator[s] >= c.clauseAtLeast[k] * denominator[s];
    }
    if (c.clauseSumBelow[k]) {
      // every item must be validly answered, their sum below the threshold
      return clauseAnswered[k] == c.clauseTargets[k].length && clauseTally[k] < c.clauseAtLeast[k];
    }
    return clauseTally[k] > 0; // some item's valid answer meets the threshold
  }

  private Completeness deriveStatus() {
    if (violations > 0) {
      return Completeness.INVALID;
    }
    if (answeredItems == 0) {
      return Completeness.INCOMPLETE;
    }
    if (scaleStatus.length == 0) {
      // no scales (answers read for their flags): every item is needed
      return answeredItems == chosen.length ? Completeness.COMPLETE : Completeness.INCOMPLETE;
    }
    return incompleteScales > 0 ? Completeness.INCOMPLETE
        : proratedScales > 0 ? Completeness.PRORATED : Completeness.COMPLETE;
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

  /**
   * A number that is the same for two scored responses exactly when their status, flags raised
   * and every scale's score (or none) are, and, for invalid responses, each item's violation
   * code (not the value that was given): for callers that keep what they derive from an
   * outcome (encoded output, say) and meet the same outcomes again and again. -1 when the
   * outcome is not keyed: a warning, a score that is not a whole number from 0 to
   * {@value #KEYED_SCORE_MAX}, more than {@value #KEYED_SCALES} scales or {@value #KEYED_FLAGS}
   * flags, or an invalid response with an unknown item, more than {@value #KEYED_INVALID_ITEMS}
   * items or more than {@value #KEYED_INVALID_FLAGS} flags.
   */
  public long outcomeKey() {
    requireScored();
    long[] numerators = numerator;
    int[] denominators = denominator;
    boolean[] flags = raised;
    if (ageOutOfRange()) {
      return -1;
    }
    if (status == Completeness.INVALID) {
      return invalidKey(flags);
    }
    if (numerators.length > KEYED_SCALES || flags.length > KEYED_FLAGS) {
      return -1;
    }
    long key = status.ordinal() | flagBits(flags);
    int shift = KEY_STATUS_BITS + KEYED_FLAGS;
    for (int s = 0; s < numerators.length; s++, shift += KEY_SCORE_BITS) {
      if (denominators[s] > 0) {
        long units = (long) denominators[s] * c.unit;
        long score = units == 1 ? numerators[s] : numerators[s] / units;
        if (score * units != numerators[s] || score < 0 || score > KEYED_SCORE_MAX) {
          return -1;
        }
        key |= (score + 1) << shift;
      }
    }
    return key;
  }

  /** {@link #outcomeKey} of an invalid response: its status, flags, and each item's violation code. */
  private long invalidKey(boolean[] flags) {
    ResponseViolation[] items = itemViolations;
    if (!unknown.isEmpty() || items.length > KEYED_INVALID_ITEMS || flags.length > KEYED_INVALID_FLAGS) {
      return -1;
    }
    long key = Completeness.INVALID.ordinal() | flagBits(flags);
    int shift = KEY_STATUS_BITS + KEYED_INVALID_FLAGS;
    for (int i = 0; i < items.length; i++, shift += KEY_CODE_BITS) {
      if (items[i] != null) {
        key |= (long) (items[i].code().ordinal() + 1) << shift;
      }
    }
    return key;
  }

  /** A bit for each flag raised, after the status bits of {@link #outcomeKey}. */
  private static long flagBits(boolean[] flags) {
    long bits = 0;
    for (int f = 0; f < flags.length; f++) {
      if (flags[f]) {
        bits |= 1L << (KEY_STATUS_BITS + f);
      }
    }
    return bits;
  }

  /**
   * What {@link #outcomeKey} holds: 3 status bits, a bit per flag, then 8 bits per scale (0:
   * unscored) or, for an invalid response, 4 bits per item (0: no violation, else the code's
   * ordinal + 1).
   */
  private static final int KEY_STATUS_BITS = 3;
  private static final int KEY_SCORE_BITS = 8;
  private static final int KEYED_FLAGS = 16;
  private static final int KEYED_SCALES = 5;
  private static final int KEYED_SCORE_MAX = (1 << KEY_SCORE_BITS) - 2;
  private static final int KEY_CODE_BITS = 4;
  private static final int KEYED_INVALID_FLAGS = 4;
  private static final int KEYED_INVALID_ITEMS = 14;

  static {
    if (ViolationCode.values().length >= 1 << KEY_CODE_BITS) {
      throw new AssertionError("outcomeKey holds a violation code in " + KEY_CODE_BITS + " bits");
    }
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

  /** Whether any flag was raised (then {@link #isRaised} says which). */
  public boolean anyRaised() {
    requireScored();
    for (boolean r : raised) {
      if (r) {
        return true;
      }
    }
    return false;
  }

  /** Whether flag f (in {@link Scorer#flags()} order) was raised by the valid answers, whatever the status. */
  public boolean isRaised(int f) {
    requireScored();
    return raised[f];
  }

  /**
   * The score of item i's valid answer (a number's value, for number answers), or null when it
   * is not answered, not validly, or its options carry no scores.
   */
  public Score answerScore(int item) {
    int answer = chosen[item];
    if (answer < 0 || (!c.numeric[item] && c.optionScore[item][answer] == Long.MIN_VALUE)) {
      return null;
    }
    return new Score(BigInteger.valueOf(c.itemScore(item, answer)), BigInteger.valueOf(c.unit));
  }

  /**
   * The option item i's valid answer chose, as its index among the item's options in the
   * definition's order (for a number answer, the number itself); -1 when the item is not
   * validly answered. For output that writes answers rather than scores (SDTM QS).
   */
  public int chosen(int item) {
    return Math.max(chosen[item], -1);
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
    // One or two scales (most instruments) fit List.of's own small lists, with no array to copy.
    int scaleCount = numerator.length;
    List<ScaleResult> scales;
    if (scaleCount == 1) {
      scales = List.of(scaleResult(0));
    } else if (scaleCount == 2) {
      scales = List.of(scaleResult(0), scaleResult(1));
    } else {
      ScaleResult[] all = new ScaleResult[scaleCount];
      for (int s = 0; s < scaleCount; s++) {
        all[s] = scaleResult(s);
      }
      scales = List.of(all);
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
    return new Result(c.provenance, status, scales, flags, violations == 0 ? List.of() : List.copyOf(violations()),
        warnings());
  }

  /**
   * Scale s's result. A complete scale's result is a function of its whole score alone (the
   * scorer's profile fixes the band), so the usual ones are made once per scorer and shared:
   * they are immutable.
   */
  private ScaleResult scaleResult(int s) {
    boolean complete = status != Completeness.INVALID && scaleStatus[s] == Completeness.COMPLETE;
    long whole = complete && isWhole(s) ? wholeScore(s) : -1;
    ScaleResult[] shared = c.completeResults[s];
    if (whole >= 0 && whole < shared.length) {
      ScaleResult result = shared[(int) whole];
      if (result == null) {
        result = shared[(int) whole] = newScaleResult(s);
      }
      return result;
    }
    return newScaleResult(s);
  }

  private ScaleResult newScaleResult(int s) {
    Completeness scaleState = status == Completeness.INVALID ? Completeness.INVALID : scaleStatus[s];
    return new ScaleResult(c.scaleIds[s], score(s), band(s), scaleAnswered[s], scaleState);
  }
}
