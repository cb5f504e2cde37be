package org.attune.model;

import java.util.List;
import java.util.Map;

/**
 * How an item is answered. Every answer type resolves an answer to one of a fixed list of
 * {@link Option}s; number and duration answers will join as further variants.
 *
 * @since 0.1.0
 */
public sealed interface AnswerType permits AnswerType.SingleChoice, AnswerType.YesNo {

  /** The options in printed order, each with its explicit score (or none, when unscored). */
  List<Option> options();

  /** Whether answers to this item carry scores. */
  default boolean scored() {
    return options().stream().allMatch(o -> o.score() != null);
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
          new Option("yes", "Yes", Map.of(), yesScore),
          new Option("no", "No", Map.of(), noScore));
    }
  }
}
