package org.attune.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The limit for scoring one EPDS response in memory: a hand-coded scorer written straight from
 * the scoring key (instruments/FACTS.md §B1 §3-§7; CONTRACT.md for ids and bands), taking the
 * same input as {@code Scorer.evaluate(Responses.of(answers))} — a map of item id to a
 * score-coded answer — and giving the same information as Attune's {@code Result}: both scale
 * scores and bands, the {@code self_harm} flag, the completeness status, and which items hold
 * invalid values (and whether any key is not an EPDS item). It allocates the result and nothing else.
 *
 * <p>Under score coding the answer is the item score, and every EPDS item's scores are
 * {0, 1, 2, 3} whichever direction its options are printed in (items 1, 2, 4 score 0-3,
 * items 3 and 5-10 score 3-0), so a value is valid exactly when it is one of 0-3.
 */
public final class HandCodedEpds {
  static final String[] ITEMS =
      {"epds_1", "epds_2", "epds_3", "epds_4", "epds_5", "epds_6", "epds_7", "epds_8", "epds_9", "epds_10"};
  private static final int ANXIETY_ITEMS = 0b0000011100; // items 3, 4, 5 (bit i-1 for item i)
  private static final int ALL_ITEMS = 0b1111111111;

  /** Overall status, as Attune's {@code Completeness} (EPDS has no prorating). */
  public enum Status { COMPLETE, INCOMPLETE, INVALID }

  /**
   * One response's result.
   *
   * @param total total score 0-30, or -1 when not scored (any item missing, or the response invalid)
   * @param totalBand band of the total in the default profile, or null when not scored
   * @param anxiety EPDS-3A (items 3+4+5) 0-9, or -1 when not scored
   * @param anxietyBand band of EPDS-3A, or null when not scored
   * @param selfHarm item 10 validly answered with a score of 1 or more, whatever else is wrong
   * @param status complete, incomplete (some item missing, or nothing answered) or invalid
   * @param notAnOption items (bit i-1 for epds_i) holding a whole number that is not a score 0-3
   * @param notANumber items holding anything else that is not an answer (wrong spelling or type)
   * @param unknownItems whether the map has a key that is not an EPDS item
   */
  public record Result(int total, String totalBand, int anxiety, String anxietyBand, boolean selfHarm,
      Status status, int notAnOption, int notANumber, boolean unknownItems) {

    /** The ids of the items with an invalid value, in item order (allocates; not for hot paths). */
    public List<String> invalidItemIds() {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < ITEMS.length; i++) {
        if (((notAnOption | notANumber) & (1 << i)) != 0) {
          ids.add(ITEMS[i]);
        }
      }
      return ids;
    }
  }

  private HandCodedEpds() {}

  /** Scores one response: item id to score-coded answer ({@link Integer} or its canonical string); null or absent means missing. */
  public static Result score(Map<String, ?> answers) {
    int sum = 0;
    int anxiety = 0;
    int present = 0;
    int notAnOption = 0;
    int notANumber = 0;
    int known = 0;
    boolean selfHarm = false;
    for (int i = 0; i < ITEMS.length; i++) {
      Object value = answers.get(ITEMS[i]);
      if (value == null) {
        if (answers.containsKey(ITEMS[i])) {
          known++;
        }
        continue;
      }
      known++;
      int score = scoreOf(value);
      if (score >= 0) {
        present |= 1 << i;
        sum += score;
        if ((ANXIETY_ITEMS & (1 << i)) != 0) {
          anxiety += score;
        }
        if (i == 9 && score >= 1) {
          selfHarm = true;
        }
      } else if (score == NOT_AN_OPTION) {
        notAnOption |= 1 << i;
      } else {
        notANumber |= 1 << i;
      }
    }
    boolean unknownItems = answers.size() > known;
    if ((notAnOption | notANumber) != 0 || unknownItems) {
      return new Result(-1, null, -1, null, selfHarm, Status.INVALID, notAnOption, notANumber, unknownItems);
    }
    boolean totalScored = present == ALL_ITEMS;
    boolean anxietyScored = (present & ANXIETY_ITEMS) == ANXIETY_ITEMS;
    return new Result(
        totalScored ? sum : -1, totalScored ? totalBand(sum) : null,
        anxietyScored ? anxiety : -1, anxietyScored ? anxietyBand(anxiety) : null,
        selfHarm, totalScored ? Status.COMPLETE : Status.INCOMPLETE, 0, 0, false);
  }

  private static final int NOT_AN_OPTION = -1;
  private static final int NOT_A_NUMBER = -2;

  /**
   * The item score 0-3, or {@link #NOT_AN_OPTION} / {@link #NOT_A_NUMBER}. A whole number
   * given as a number is compared by value (any other is not an option); a string must be
   * spelled canonically (CONTRACT.md).
   */
  private static int scoreOf(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      long v = ((Number) value).longValue();
      return v >= 0 && v <= 3 ? (int) v : NOT_AN_OPTION;
    }
    if (value instanceof String s) {
      if (s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '3') {
        return s.charAt(0) - '0';
      }
      return canonicalWhole(s) ? NOT_AN_OPTION : NOT_A_NUMBER;
    }
    return NOT_A_NUMBER; // decimals and other types: not used by the benchmarks
  }

  private static boolean canonicalWhole(String s) {
    if (s.isEmpty() || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Default profile: 0-9 below_threshold, 10-12 possible_depression, 13-30 probable_depression. */
  static String totalBand(int total) {
    return total >= 13 ? "probable_depression" : total >= 10 ? "possible_depression" : "below_threshold";
  }

  /** EPDS-3A, default profile: 0-5 below_threshold, 6-9 above_threshold. */
  static String anxietyBand(int anxiety) {
    return anxiety >= 6 ? "above_threshold" : "below_threshold";
  }
}
