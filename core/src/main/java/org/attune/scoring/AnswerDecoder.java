package org.attune.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.model.AnswerType;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.response.AnswerCoding;
import org.attune.response.OptionCode;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.response.WholeNumbers;

/**
 * Turns one item's answer into the index of the chosen option, under either coding. Built
 * once per item. Decoding bytes or a string that spells a whole number is a table lookup with
 * no allocation; only a violation allocates (to quote the value).
 */
final class AnswerDecoder {
  /** Results below zero: what is wrong. */
  static final int NOT_A_NUMBER = -2;
  static final int NOT_AN_OPTION = -3;
  static final int OUT_OF_RANGE = -4;
  static final int WRONG_TYPE = -5;
  /** An {@link OptionCode} that is none of the item's option codes. */
  static final int NOT_A_CODE = -6;
  private static final int MAX_TABLE = 1024;

  private final String itemId;
  private final int optionCount;
  /** Score code to option index, for codes spelled as canonical whole numbers; -1 where none. */
  private final int[] byWholeCode;
  /** Every score code as spelled, for codes with a decimal point (the Condon recoding, say). */
  private final Map<String, Integer> byCode = new HashMap<>();
  private final boolean decimalCodes;
  /**
   * Whether decimals and fractions are numbers in this instrument (some option of it scores
   * one): then {@code 7/3} given for an item whose scores are whole is no option of that item,
   * rather than not a number.
   */
  private final boolean otherNumbers;
  private final String expectedScore;
  private final String expectedPosition;
  /** Option code to option index (the first option with the code), for {@link OptionCode} answers. */
  private final Map<String, Integer> byOptionCode = new HashMap<>();
  private final String expectedCode;
  /** For a number answer: its type, else null. */
  private final AnswerType.Numeric number;

  AnswerDecoder(Item item, boolean fractionalInstrument) {
    this.itemId = item.id();
    AnswerType type = item.answerType();
    this.number = type instanceof AnswerType.Numeric n ? n : null;
    List<Option> options = type.options();
    this.optionCount = options.size();
    String[] codes = new String[optionCount];
    int max = -1;
    boolean decimal = false;
    for (int i = 0; i < optionCount; i++) {
      codes[i] = scoreCode(type, options.get(i), i);
      byCode.put(codes[i], i);
      if (isCanonicalWhole(codes[i]) && codes[i].length() <= 3) {
        max = Math.max(max, Integer.parseInt(codes[i]));
      } else {
        decimal = true;
      }
    }
    this.decimalCodes = decimal || max >= MAX_TABLE;
    this.otherNumbers = decimalCodes || fractionalInstrument;
    this.byWholeCode = new int[decimalCodes ? 0 : max + 1];
    java.util.Arrays.fill(byWholeCode, -1);
    if (!decimalCodes) {
      for (int i = 0; i < optionCount; i++) {
        byWholeCode[Integer.parseInt(codes[i])] = i;
      }
    }
    if (number instanceof AnswerType.Duration) {
      this.expectedScore = "minutes from " + number.min() + " to " + number.max() + ", as minutes (90) or h:mm (1:30)";
    } else if (number != null) {
      this.expectedScore = "a whole number from " + number.min() + " to " + number.max();
    } else {
      this.expectedScore = "one of " + List.of(codes);
    }
    this.expectedPosition = number != null ? expectedScore : "a position from 1 to " + optionCount + " (digits only)";
    String[] optionCodes = new String[optionCount];
    for (int i = 0; i < optionCount; i++) {
      optionCodes[i] = options.get(i).code();
      byOptionCode.putIfAbsent(optionCodes[i], i);
    }
    this.expectedCode = "one of the option codes " + Arrays.asList(optionCodes);
  }

  /**
   * The value that means this option under score coding: its score as the definition spells
   * it; for yes/no, 1 yes and 0 no; for an unscored choice, its 0-based printed position.
   */
  static String scoreCode(AnswerType type, Option option, int index) {
    if (type instanceof AnswerType.YesNo) {
      return index == 0 ? "1" : "0";
    }
    return option.score() == null ? Integer.toString(index) : option.score().spelling();
  }

  /** Decodes a one-digit answer. */
  int decodeDigit(int digit, AnswerCoding coding) {
    return number != null ? inRange(digit) : byWhole(digit, coding);
  }

  /** Decodes ASCII bytes as typed (e.g. a trimmed CSV cell). */
  int decode(byte[] b, int off, int len, AnswerCoding coding) {
    if (number != null) {
      return decodeNumber(new String(b, off, len, StandardCharsets.UTF_8));
    }
    if (len == 1) {
      int digit = b[off] - '0';
      if (digit >= 0 && digit <= 9) {
        return byWhole(digit, coding); // the usual cell: one digit
      }
    }
    int whole = WholeNumbers.parse(b, off, len);
    if (whole < 0 && otherNumbers && coding == AnswerCoding.SCORE) {
      return byDecimalCode(new String(b, off, len, StandardCharsets.UTF_8));
    }
    return byWhole(whole, coding);
  }

  /**
   * Decodes a value given through the API: a string as typed, a number compared by value, or an
   * {@link OptionCode}, whatever the coding.
   */
  int decode(Object value, AnswerCoding coding) {
    if (value instanceof OptionCode code) {
      Integer index = number == null ? byOptionCode.get(code.code()) : null;
      return index != null ? index : number == null ? NOT_A_CODE : WRONG_TYPE;
    }
    if (number != null) {
      return value instanceof String s ? decodeNumber(s) : decodeNumber(value);
    }
    if (value instanceof String s) {
      int whole = WholeNumbers.parse(s);
      return whole < 0 && otherNumbers && coding == AnswerCoding.SCORE ? byDecimalCode(s) : byWhole(whole, coding);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      long v = ((Number) value).longValue();
      return byWhole(v < 0 ? NOT_AN_OPTION_VALUE : v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v, coding);
    }
    if (value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      String plain = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
      int whole = WholeNumbers.parse(plain);
      if (whole >= 0 || plain.startsWith("-")) {
        return byWhole(whole >= 0 ? whole : NOT_AN_OPTION_VALUE, coding);
      }
      return coding == AnswerCoding.SCORE ? (decimalCodes ? byDecimalCode(plain) : NOT_AN_OPTION) : OUT_OF_RANGE;
    }
    return WRONG_TYPE;
  }

  /** A number answer typed as text: a canonical whole number, or for durations also h:mm. */
  private int decodeNumber(String s) {
    int colon = s.indexOf(':');
    if (colon >= 0 && number instanceof AnswerType.Duration) {
      int hours = WholeNumbers.parse(s.substring(0, colon));
      String mm = s.substring(colon + 1);
      int minutes = mm.length() == 2 && Character.isDigit(mm.charAt(0)) && Character.isDigit(mm.charAt(1))
          ? Integer.parseInt(mm) : -1;
      if (hours < 0 || minutes < 0 || minutes > 59) {
        return NOT_A_NUMBER;
      }
      return inRange((long) hours * 60 + minutes);
    }
    int whole = WholeNumbers.parse(s);
    return whole < 0 ? NOT_A_NUMBER : inRange(whole);
  }

  /** A number answer given as a number: whole numbers only. */
  private int decodeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      long v = ((Number) value).longValue();
      return inRange(v);
    }
    if (value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
      BigDecimal exact = new BigDecimal(value.toString()).stripTrailingZeros();
      return exact.scale() <= 0 ? inRange(exact.max(BigDecimal.valueOf(-1)).min(BigDecimal.valueOf(Integer.MAX_VALUE))
          .longValueExact()) : NOT_A_NUMBER;
    }
    return WRONG_TYPE;
  }

  private int inRange(long value) {
    return value >= number.min() && value <= number.max() ? (int) value : OUT_OF_RANGE;
  }

  /** A number that is no option under either coding (negative numbers, say). */
  private static final int NOT_AN_OPTION_VALUE = Integer.MAX_VALUE;

  private int byWhole(int whole, AnswerCoding coding) {
    if (whole == -1) {
      return NOT_A_NUMBER;
    }
    if (coding == AnswerCoding.POSITION) {
      return whole >= 1 && whole <= optionCount ? whole - 1 : OUT_OF_RANGE;
    }
    if (whole < byWholeCode.length && byWholeCode[whole] >= 0) {
      return byWholeCode[whole];
    }
    return decimalCodes ? byDecimalCode(Integer.toString(whole)) : NOT_AN_OPTION;
  }

  private int byDecimalCode(String text) {
    Integer index = byCode.get(text);
    if (index != null) {
      return index;
    }
    return isCanonicalNumber(text) ? NOT_AN_OPTION : NOT_A_NUMBER;
  }

  /** The violation for a negative decode result, quoting the value as given. */
  ResponseViolation violation(int result, String value, AnswerCoding coding) {
    String expected = coding == AnswerCoding.POSITION ? expectedPosition : expectedScore;
    return switch (result) {
      case NOT_AN_OPTION -> new ResponseViolation(itemId, ViolationCode.NOT_AN_OPTION, value, expected);
      case OUT_OF_RANGE -> new ResponseViolation(itemId, ViolationCode.OUT_OF_RANGE, value, expected);
      case NOT_A_CODE -> new ResponseViolation(itemId, ViolationCode.NOT_AN_OPTION, value, expectedCode);
      case WRONG_TYPE -> new ResponseViolation(itemId, ViolationCode.WRONG_TYPE, value, "a number or a string");
      default -> new ResponseViolation(itemId, ViolationCode.NOT_A_NUMBER, value, expected);
    };
  }

  static boolean isCanonicalWhole(String s) {
    return WholeNumbers.parse(s) >= 0;
  }

  /**
   * A canonical whole number, optionally followed by a point and digits that do not end in
   * zero, or a fraction of canonical whole numbers in lowest terms ({@code 7/3}).
   */
  static boolean isCanonicalNumber(String s) {
    int slash = s.indexOf('/');
    if (slash >= 0) {
      int top = WholeNumbers.parse(s.substring(0, slash));
      int bottom = WholeNumbers.parse(s.substring(slash + 1));
      return top >= 0 && bottom >= 2 && BigInteger.valueOf(top).gcd(BigInteger.valueOf(bottom)).intValue() == 1;
    }
    int dot = s.indexOf('.');
    if (dot < 0) {
      return isCanonicalWhole(s);
    }
    String fraction = s.substring(dot + 1);
    return isCanonicalWhole(s.substring(0, dot)) && !fraction.isEmpty() && !fraction.endsWith("0")
        && fraction.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
