package org.attune.catalog;

import java.util.List;
import org.attune.model.Score;

/** The score range of an item as its document states it. */
final class DocScores {
  private DocScores() {}

  /** {lowest, highest} option score, or null when the item is unscored or its answer is malformed. */
  static Score[] range(Doc.Item item) {
    Doc.Answer answer = item.answer();
    if (answer == null || answer.type() == null) {
      return null;
    }
    if ("integer".equals(answer.type()) || "duration".equals(answer.type())) {
      return answer.min() == null || answer.max() == null ? null
          : new Score[] {Score.of(answer.min()), Score.of(answer.max())};
    }
    if ("yes_no".equals(answer.type())) {
      return answer.yesScore() == null || answer.noScore() == null
          ? null
          : new Score[] {min(answer.yesScore(), answer.noScore()), max(answer.yesScore(), answer.noScore())};
    }
    List<Doc.Option> options = answer.options();
    if (options == null || options.isEmpty()) {
      return null;
    }
    Score min = null;
    Score max = null;
    for (Doc.Option o : options) {
      if (o == null || o.score() == null) {
        return null;
      }
      min = min == null ? o.score() : min(min, o.score());
      max = max == null ? o.score() : max(max, o.score());
    }
    return new Score[] {min, max};
  }

  private static Score min(Score a, Score b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Score max(Score a, Score b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
