package org.attune.model;

import java.util.List;
import java.util.Map;

/**
 * How an item is answered: by choosing one of a fixed list of {@link Option}s (single choice,
 * yes/no), or by giving a number (a count, or a duration in minutes) whose value is its score.
 *
 * @since 0.1.0
 */
public sealed interface AnswerType permits AnswerType.SingleChoice, AnswerType.YesNo, AnswerType.Numeric {

  /** The options in printed order, each with its explicit score (or none, when unscored); empty for numbers. */
  List<Option> options();

  /** Whether answers to this item carry scores. */
  default boolean scored() {
    return options().stream().allMatch(o -> o.score() != null);
  }

  /**
   * A number answered as such, whose value is its score: the same under score and position
   * coding. {@code min} and {@code max} are inclusive.
   */
  sealed interface Numeric extends AnswerType permits WholeNumber, Duration {
    int min();

    int max();

    @Override
    default List<Option> options() {
      return List.of();
    }

    @Override
    default boolean scored() {
      return true;
    }
  }

  /**
   * A whole number, e.g. of night wakings ({@code "type": "integer"}).
   *
   * @param unit what is counted, in words (e.g. "wakings"), or null
   */
  record WholeNumber(int min, int max, String unit) implements Numeric {
    public WholeNumber {
      checkRange(min, max);
    }
  }

  /**
   * A duration in whole minutes ({@code "type": "duration"}), given as minutes ({@code 90}) or
   * as hours and minutes ({@code 1:30}).
   */
  record Duration(int min, int max) implements Numeric {
    public Duration {
      checkRange(min, max);
    }
  }

  private static void checkRange(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("a number's range must satisfy 0 <= min <= max, was " + min + ".." + max);
    }
  }

  /** One option chosen from a printed list, each option scoring exactly what the published key says. */
  record SingleChoice(List<Option> options) implements AnswerType {
    public SingleChoice {
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("a single-choice item needs at least one option");
      }
    }
  }

  /**
   * Yes or no, printed Yes then No. Answers are coded by the answer, never by its score:
   * {@code 1} yes and {@code 0} no under score coding.
   *
   * @param yesScore score of "yes", or null when the item is not scored
   * @param noScore score of "no", or null when the item is not scored
   */
  record YesNo(Score yesScore, Score noScore) implements AnswerType {
    public YesNo {
      if ((yesScore == null) != (noScore == null)) {
        throw new IllegalArgumentException("yes and no are either both scored or both unscored");
      }
    }

    @Override
    public List<Option> options() {
      return List.of(
          new Option("yes", "Yes", Map.of(), yesScore, false),
          new Option("no", "No", Map.of(), noScore, false));
    }
  }
}
