package org.attune.response;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of one respondent to one instrument: item id to value, in the order given.
 *
 * <p>A value is a {@link String} as typed (e.g. a CSV cell), which must be spelled canonically
 * ({@code 2}, not {@code 02}, {@code +2} or {@code 2.0}; an empty string is an invalid answer,
 * not a missing one), or a {@link Number}, which is compared by value ({@code 2.0d} means 2).
 * {@code null} means not answered, as does an absent item. Nothing is
 * validated here: {@link org.attune.scoring.Scorer} validates against the instrument and
 * reports every violation at once.
 *
 * @since 0.1.0
 */
public final class Responses {
  private final AnswerCoding coding;
  private final Map<String, Object> answers;

  private Responses(AnswerCoding coding, Map<String, Object> answers) {
    this.coding = coding;
    this.answers = Collections.unmodifiableMap(answers);
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
    return new Responses(coding, copy);
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
    return "Responses[coding=" + coding + ", " + answers.size() + " answers]";
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
      return new Responses(coding, new LinkedHashMap<>(answers));
    }
  }
}
