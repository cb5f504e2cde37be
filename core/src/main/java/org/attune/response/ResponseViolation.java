package org.attune.response;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a response. Its message is rendered from these fields alone, so no
 * other respondent data can leak through it.
 *
 * @param itemId the item's id, or {@value #ROW} for the whole input row
 * @param code what is wrong
 * @param value the offending value as given, cut to {@value #MAX_VALUE_LENGTH} characters (may be empty)
 * @param expected what would have been accepted, e.g. {@code one of [0, 1, 2, 3]}
 * @since 0.1.0
 */
public record ResponseViolation(String itemId, ViolationCode code, String value, String expected) {

  /** The item id used for violations of a whole row. */
  public static final String ROW = "row";

  /** Values quoted in violations are cut to this many characters. */
  public static final int MAX_VALUE_LENGTH = 40;

  public ResponseViolation {
    requireNonNull(itemId, "itemId");
    requireNonNull(code, "code");
    value = truncate(requireNonNull(value, "value"));
    requireNonNull(expected, "expected");
  }

  /** The value cut to {@value #MAX_VALUE_LENGTH} characters, marking the cut with an ellipsis. */
  public static String truncate(String value) {
    if (value.length() <= MAX_VALUE_LENGTH) {
      return value;
    }
    int end = MAX_VALUE_LENGTH - 1;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "…";
  }

  /** {@code <item>:<code>}, as batch output's errors column writes it. */
  public String shortForm() {
    return itemId + ":" + code.code();
  }

  /** E.g. {@code item [epds_3]: value [7] is not an allowed option; expected one of [0, 1, 2, 3]}. */
  public String message() {
    String subject = ROW.equals(itemId) ? "row" : "item [" + itemId + "]";
    String what = ROW.equals(itemId) ? "" : "value [" + value + "] ";
    String tail = ROW.equals(itemId) && !value.isEmpty() ? " (" + value + ")" : "";
    return subject + ": " + what + code.phrase() + tail + "; expected " + expected;
  }

  @Override
  public String toString() {
    return message();
  }
}
