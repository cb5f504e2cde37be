package org.attune.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.response.ViolationCode;
import org.attune.response.WholeNumbers;

/**
 * The child's age from an input row (CONTRACT.md "Reading CSV input"): {@code age_months} in
 * completed months, or {@code date_of_birth} and {@code assessment_date} as ISO
 * {@code yyyy-mm-dd}. Empty means not given, and nothing is assumed; anything unreadable is a
 * violation of the row, naming the column, the value and what was expected.
 */
final class Age {
  static final String MONTHS = "age_months";
  static final String BIRTH = "date_of_birth";
  static final String ASSESSMENT = "assessment_date";
  /** Not given. */
  static final int NONE = -1;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private Age() {}

  /** The age in months from an {@code age_months} cell (trimmed; null or empty: not given). */
  static int months(String cell, List<ResponseViolation> problems) {
    if (cell == null || cell.isEmpty()) {
      return NONE;
    }
    int months = WholeNumbers.parse(cell);
    if (months < 0) {
      problems.add(new ResponseViolation(MONTHS, ViolationCode.NOT_A_NUMBER, cell,
          "the child's age in completed months, a whole number such as 4"));
      return NONE;
    }
    return months;
  }

  /** The age in completed months from the two date cells (trimmed; either empty: not given). */
  static int months(String birth, String assessment, List<ResponseViolation> problems) {
    LocalDate born = date(BIRTH, birth, problems);
    LocalDate seen = date(ASSESSMENT, assessment, problems);
    if (born == null || seen == null) {
      return NONE;
    }
    if (seen.isBefore(born)) {
      problems.add(new ResponseViolation(ASSESSMENT, ViolationCode.OUT_OF_RANGE, assessment,
          "a date on or after the date of birth"));
      return NONE;
    }
    return Responses.completedMonths(born, seen);
  }

  private static LocalDate date(String column, String cell, List<ResponseViolation> problems) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(cell, ISO);
    } catch (DateTimeParseException e) {
      problems.add(new ResponseViolation(column, ViolationCode.NOT_A_DATE, cell, "a date as yyyy-mm-dd"));
      return null;
    }
  }
}
