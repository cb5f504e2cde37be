package org.attune.response;

import java.util.Locale;

/**
 * What is wrong with an answer, or with a whole input row. The lower snake case
 * {@link #code()} is what batch output writes.
 *
 * @since 0.1.0
 */
public enum ViolationCode {
  /** The answer names an item the instrument does not have. */
  UNKNOWN_ITEM("is not an item of this instrument"),
  /** A whole number that is not among the item's option codes (score coding). */
  NOT_AN_OPTION("is not an allowed option"),
  /** A whole number outside the item's range (e.g. a position past the last option). */
  OUT_OF_RANGE("is out of range"),
  /** Not a number written the canonical way (digits only; no sign, leading zero or decimal point). */
  NOT_A_NUMBER("is not a number written as expected"),
  /** A date that is not written as {@code yyyy-mm-dd}, or no such day. */
  NOT_A_DATE("is not a date written as expected"),
  /** A value of a type that cannot be an answer (e.g. a boolean or a list). */
  WRONG_TYPE("has the wrong type"),
  /** An input row whose number of cells differs from the header's. */
  WRONG_CELL_COUNT("has the wrong number of cells"),
  /** An input row with bytes that are not UTF-8. */
  BAD_ENCODING("is not valid UTF-8"),
  /** An input row with a cell longer than the reader accepts. */
  CELL_TOO_LONG("has a cell that is too long"),
  /** An input row with a quoted field that is never closed. */
  UNCLOSED_QUOTE("has a quoted field that is never closed"),
  /** An input line that cannot be read as a response (e.g. JSON that does not parse). */
  MALFORMED_ROW("cannot be read"),
  /** A response to another questionnaire, or another version of it (e.g. a FHIR QuestionnaireResponse). */
  WRONG_QUESTIONNAIRE("answers another questionnaire");

  private final String phrase;

  ViolationCode(String phrase) {
    this.phrase = phrase;
  }

  /** The lower snake case code, e.g. {@code not_an_option}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the violation means, as a predicate of the value ("is not an allowed option"). */
  public String phrase() {
    return phrase;
  }
}
