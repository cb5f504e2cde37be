package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Score;
import org.attune.scoring.Scorer;

/**
 * Which option a scoring row's answer chose, for output that writes answers (SDTM QS). A
 * {@link org.attune.scoring.ScoringRow} tells a valid answer only by its score
 * ({@code answerScore}), and an unscored item (the PHQ-9's difficulty question) has none. So
 * such rows are scored with {@link #tellable} scorers, in which each option of an unscored
 * item scores its 0-based printed position. That changes no figure: definitions keep unscored
 * items out of every scale and flag, score coding already takes an unscored item's position
 * (CONTRACT.md), and yes/no answers are read by the answer, not its score.
 * ChosenOptionsTest checks, for every instrument, that the scored output is the same.
 */
final class ChosenOptions {
  private ChosenOptions() {}

  /** The same scorers (instrument, profile), with each unscored option scoring its position. */
  static List<Scorer> tellable(List<Scorer> scorers) {
    List<Scorer> tellable = new ArrayList<>();
    for (Scorer scorer : scorers) {
      Instrument numbered = numbered(scorer.instrument());
      tellable.add(scorer.profile().isEmpty() ? Scorer.of(numbered) : Scorer.of(numbered, scorer.profile().get().id()));
    }
    return tellable;
  }

  /**
   * The index of the option of {@code item} (as its definition has it) that an answer with
   * this score chose, under {@link #tellable} scorers; -1 when several options share the
   * score (the KPCS's "not applicable") or the item is a number.
   */
  static int index(Item item, Score score) {
    List<Option> options = item.answerType().options();
    if (!item.answerType().scored()) {
      return score.numerator().intValueExact();
    }
    int found = -1;
    for (int o = 0; o < options.size(); o++) {
      if (score.equals(options.get(o).score())) {
        if (found >= 0) {
          return -1;
        }
        found = o;
      }
    }
    return found;
  }

  private static Instrument numbered(Instrument i) {
    List<Item> items = i.items().stream().map(ChosenOptions::numberedItem).toList();
    return new Instrument(i.schemaVersion(), i.id(), i.version(), i.publishedVersion(), i.name(), i.shortName(),
        i.respondent(), i.population(), i.recallPeriod(), i.instructions(), i.licence(), i.references(),
        i.scoringSource(), i.codes(), items, i.scales(), i.profiles(), i.flags(), i.notes(), i.ageRange());
  }

  private static Item numberedItem(Item item) {
    AnswerType type = item.answerType();
    if (type.scored()) {
      return item;
    }
    AnswerType numbered;
    if (type instanceof AnswerType.YesNo) {
      numbered = new AnswerType.YesNo(Score.of(0), Score.of(1));
    } else {
      List<Option> options = new ArrayList<>();
      for (Option o : type.options()) {
        options.add(new Option(o.code(), o.label(), o.text(), Score.of(options.size()), o.notApplicable()));
      }
      numbered = new AnswerType.SingleChoice(options);
    }
    return new Item(item.id(), item.label(), item.text(), numbered, item.codes(), item.recallPeriod(),
        item.enableWhen());
  }
}
