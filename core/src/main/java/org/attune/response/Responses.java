package org.attune.response;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The answers of one respondent to one instrument: item id to value, in the order given.
 *
 * <p>A value is a {@link String} as typed (e.g. a CSV cell), which must be spelled canonically
 * ({@code 2}, not {@code 02}, {@code +2} or {@code 2.0}; an empty string is an invalid answer,
 * not a missing one), a {@link Number}, which is compared by value ({@code 2.0d} means 2), or an
 * {@link OptionCode}, the chosen option's code whatever the coding.
 * {@code null} means not answered, as does an absent item. Nothing is
 * validated here: {@link org.attune.scoring.Scorer} validates against the instrument and
 * reports every violation at once.
 *
 * @since 0.1.0
 */
public final class Responses {
  private final AnswerCoding coding;
  private final Map<String, Object> answers;
  /** The child's age in completed months, or -1 when not given. */
  private final int ageMonths;

  private Responses(AnswerCoding coding, Map<String, Object> answers, int ageMonths) {
    this.coding = coding;
    this.answers = Collections.unmodifiableMap(answers);
    this.ageMonths = ageMonths;
  }

  /** Answers coded by score (see {@link AnswerCoding#SCORE}). */
  public static Responses of(Map<String, ?> answers) {
    return of(AnswerCoding.SCORE, answers);
  }

  /** Answers coded as given. Null values mean not answered. */
  public static Responses of(AnswerCoding coding, Map<String, ?> answers) {
    requireNonNull(coding, "coding");
    Map<String, Object> copy = new LinkedHashMap<>();
    answers.forEach((item, value) -> copy.put(requireNonNull(item, "item id"), value));
    return new Responses(coding, copy, -1);
  }

  /**
   * These answers, with the child's age in completed months: scoring an instrument that applies
   * to some ages only then warns ({@code age_out_of_range}) when the age is outside them.
   *
   * @throws IllegalArgumentException when the age is negative
   */
  public Responses withAgeMonths(int months) {
    if (months < 0) {
      throw new IllegalArgumentException("an age in months cannot be negative: " + months);
    }
    return new Responses(coding, answers, months);
  }

  /**
   * These answers, with the child's age in completed months from the date of birth to the date
   * of the assessment.
   *
   * @throws IllegalArgumentException when the assessment is before the birth
   */
  public Responses withAge(LocalDate dateOfBirth, LocalDate assessmentDate) {
    return withAgeMonths(completedMonths(dateOfBirth, assessmentDate));
  }

  /**
   * Completed months from one date to another (born 2026-01-31, assessed 2026-02-28: 0 months;
   * assessed 2026-03-01: 1 month).
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public static int completedMonths(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the assessment date is before the date of birth");
    }
    return Math.toIntExact(Period.between(from, to).toTotalMonths());
  }

  /** The child's age in completed months, if given. */
  public OptionalInt ageMonths() {
    return ageMonths < 0 ? OptionalInt.empty() : OptionalInt.of(ageMonths);
  }

  /** A builder for answers coded by score. */
  public static Builder builder() {
    return new Builder(AnswerCoding.SCORE);
  }

  /** A builder for answers coded as given. */
  public static Builder builder(AnswerCoding coding) {
    return new Builder(requireNonNull(coding, "coding"));
  }

  /** How the values are coded. */
  public AnswerCoding coding() {
    return coding;
  }

  /** Item id to value (null when not answered), unmodifiable, in the order given. */
  public Map<String, Object> answers() {
    return answers;
  }

  /** Only the count: answers are respondent data and are kept out of logs. */
  @Override
  public String toString() {
    return "Responses[coding=" + coding + ", " + answers.size() + " answers" + (ageMonths < 0 ? "" : ", age given")
        + "]";
  }

  /** Collects answers; a later answer to the same item replaces an earlier one. */
  public static final class Builder {
    private final AnswerCoding coding;
    private final Map<String, Object> answers = new LinkedHashMap<>();

    private Builder(AnswerCoding coding) {
      this.coding = coding;
    }

    /** Records a number answer. */
    public Builder put(String itemId, long value) {
      answers.put(requireNonNull(itemId, "itemId"), value);
      return this;
    }

    /** Records an answer as typed; null means not answered. */
    public Builder put(String itemId, String value) {
      answers.put(requireNonNull(itemId, "itemId"), value);
      return this;
    }

    /** The answers collected so far. */
    public Responses build() {
      return new Responses(coding, new LinkedHashMap<>(answers), -1);
    }
  }
}
