package org.attune.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.model.AnswerType;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;

/**
 * Turns one item's answer value into the index of the chosen option, under either coding.
 * Built once per item; decoding a canonical string is a hash lookup with no allocation.
 */
final class AnswerDecoder {
  static final int INVALID = -2;

  private final String itemId;
  private final int optionCount;
  private final Map<String, Integer> byScoreCode = new HashMap<>();
  private final String expectedScore;
  private final String expectedPosition;
  /** Whether some option's score code has a decimal point (the Condon recoding, say). */
  private final boolean decimalCodes;

  AnswerDecoder(Item item) {
    this.itemId = item.id();
    AnswerType type = item.answerType();
    List<Option> options = type.options();
    this.optionCount = options.size();
    for (int i = 0; i < optionCount; i++) {
      byScoreCode.put(scoreCode(type, options.get(i), i), i);
    }
    List<String> codes = scoreCodes(type, options);
    this.decimalCodes = codes.stream().anyMatch(c -> c.indexOf('.') >= 0);
    this.expectedScore = "one of " + codes;
    this.expectedPosition = "a position from 1 to " + optionCount + " (digits only)";
  }

  /**
   * The value that means this option under score coding: its score as the definition spells
   * it; for yes/no, 1 yes and 0 no; for an unscored choice, its 0-based printed position.
   */
  static String scoreCode(AnswerType type, Option option, int index) {
    if (type instanceof AnswerType.YesNo) {
      return index == 0 ? "1" : "0";
    }
    return option.score() == null ? Integer.toString(index) : option.score().toPlainString();
  }

  private static List<String> scoreCodes(AnswerType type, List<Option> options) {
    String[] codes = new String[options.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = scoreCode(type, options.get(i), i);
    }
    return List.of(codes);
  }

  /**
   * The chosen option's index, or {@link #INVALID} after putting the violation in
   * {@code violations[slot]}.
   */
  int decode(Object value, AnswerCoding coding, ResponseViolation[] violations, int slot) {
    String text;
    if (value instanceof String s) {
      text = s;
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      text = value.toString();
    } else if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      text = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    } else {
      violations[slot] = violation(ViolationCode.WRONG_TYPE, String.valueOf(value), "a number or a string");
      return INVALID;
    }
    return coding == AnswerCoding.POSITION ? byPosition(text, violations, slot) : byScore(text, violations, slot);
  }

  private int byScore(String text, ResponseViolation[] violations, int slot) {
    Integer index = byScoreCode.get(text);
    if (index != null) {
      return index;
    }
    boolean canonical = decimalCodes ? isCanonicalNumber(text) : isCanonicalWhole(text);
    ViolationCode code = canonical ? ViolationCode.NOT_AN_OPTION : ViolationCode.NOT_A_NUMBER;
    violations[slot] = violation(code, text, expectedScore);
    return INVALID;
  }

  private int byPosition(String text, ResponseViolation[] violations, int slot) {
    if (!isCanonicalWhole(text)) {
      violations[slot] = violation(ViolationCode.NOT_A_NUMBER, text, expectedPosition);
      return INVALID;
    }
    if (text.length() <= 9) {
      int position = Integer.parseInt(text);
      if (position >= 1 && position <= optionCount) {
        return position - 1;
      }
    }
    violations[slot] = violation(ViolationCode.OUT_OF_RANGE, text, expectedPosition);
    return INVALID;
  }

  private ResponseViolation violation(ViolationCode code, String value, String expected) {
    return new ResponseViolation(itemId, code, value, expected);
  }

  /** ASCII digits, no sign, no leading zero (0 itself allowed), no decimal point. */
  static boolean isCanonicalWhole(String s) {
    int n = s.length();
    if (n == 0 || (n > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A canonical whole number, optionally followed by a point and digits. */
  static boolean isCanonicalNumber(String s) {
    int dot = s.indexOf('.');
    if (dot < 0) {
      return isCanonicalWhole(s);
    }
    String fraction = s.substring(dot + 1);
    return isCanonicalWhole(s.substring(0, dot)) && !fraction.isEmpty() && fraction.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
