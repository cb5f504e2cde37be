package org.attune.catalog;

import java.math.BigDecimal;
import java.util.List;

/** The score range of an item as its document states it. */
final class DocScores {
  private DocScores() {}

  /** {lowest, highest} option score, or null when the item is unscored or its answer is malformed. */
  static BigDecimal[] range(Doc.Item item) {
    Doc.Answer answer = item.answer();
    if (answer == null || answer.type() == null) {
      return null;
    }
    if ("yes_no".equals(answer.type())) {
      return answer.yesScore() == null || answer.noScore() == null
          ? null
          : new BigDecimal[] {answer.yesScore().min(answer.noScore()), answer.yesScore().max(answer.noScore())};
    }
    List<Doc.Option> options = answer.options();
    if (options == null || options.isEmpty()) {
      return null;
    }
    BigDecimal min = null;
    BigDecimal max = null;
    for (Doc.Option o : options) {
      if (o == null || o.score() == null) {
        return null;
      }
      min = min == null ? o.score() : min.min(o.score());
      max = max == null ? o.score() : max.max(o.score());
    }
    return new BigDecimal[] {min, max};
  }
}
