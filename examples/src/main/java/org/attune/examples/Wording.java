package org.attune.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.attune.model.AnswerType;
import org.attune.model.Band;
import org.attune.model.EnableWhen;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Score;
import org.attune.scoring.Scorer;

/**
 * What the examples show a person: the published wording where the licence lets it ship, our
 * labels otherwise, and our own safety and screening sentences. Shared by the console and the
 * web app so that both say the same thing.
 */
final class Wording {
  /** The locale whose wording the examples show. */
  static final String LOCALE = "en";

  /** Our words (not an instrument's) for a raised safety flag. */
  static final String SEEK_HELP_NOW = "Seek help now.";

  static final String SAFETY_NOW = "This answer needs attention now: talk with the person today about their safety"
      + " and the safety of the baby, and follow your local safeguarding or crisis procedure.";

  static final String NOT_A_DIAGNOSIS = "These are screening results, not diagnoses.";

  static final String LICENSED_WORDING = "The licensed wording must be supplied by the service: Attune does not"
      + " ship this instrument's questions, so its own short labels are shown instead.";

  private Wording() {}

  /** Whether the instrument's published wording ships with Attune. */
  static boolean shipsWording(Instrument instrument) {
    return instrument.licence().textIncluded();
  }

  /** The item's published wording, or our short label where the wording does not ship. */
  static String itemText(Instrument instrument, Item item) {
    String text = shipsWording(instrument) ? item.text().get(LOCALE) : null;
    return text != null ? text : item.label();
  }

  /** The option's published wording, or our label. */
  static String optionText(Instrument instrument, Option option) {
    String text = shipsWording(instrument) ? option.text().get(LOCALE) : null;
    return text != null ? text : option.label();
  }

  /** The instructions to the respondent, or null where none ship. */
  static String instructions(Instrument instrument) {
    return shipsWording(instrument) ? instrument.instructions().get(LOCALE) : null;
  }

  /** How a number or duration item is answered, e.g. "minutes (e.g. 90) or hours and minutes (1:30)". */
  static String numberHint(AnswerType.Numeric numeric) {
    if (numeric instanceof AnswerType.Duration) {
      return "minutes (e.g. 90) or hours and minutes (e.g. 1:30), from " + numeric.min() + " to " + numeric.max()
          + " minutes";
    }
    String unit = ((AnswerType.WholeNumber) numeric).unit();
    return "a whole number from " + numeric.min() + " to " + numeric.max() + (unit == null ? "" : " (" + unit + ")");
  }

  /** When a session shows the item, in words; null for an item always shown. */
  static String condition(Instrument instrument, Item item) {
    if (item.enableWhen() == null) {
      return null;
    }
    List<String> numbers = item.enableWhen().items().stream()
        .map(id -> String.valueOf(number(instrument, id)))
        .toList();
    String which = numbers.size() == 1 ? "question " + numbers.get(0)
        : "question " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " or " + numbers.get(numbers.size() - 1);
    return "Asked only when the answer to " + which
        + (meansYes(instrument, item.enableWhen()) ? " is Yes." : " scores " + plain(item.enableWhen().atLeast()) + " or more.");
  }

  /** Whether the condition means "a yes to any of these yes/no items". */
  private static boolean meansYes(Instrument instrument, EnableWhen when) {
    Score atLeast = Score.of(when.atLeast());
    return when.items().stream().map(id -> instrument.item(id).orElseThrow().answerType()).allMatch(type ->
        type instanceof AnswerType.YesNo yesNo && yesNo.yesScore() != null
            && yesNo.yesScore().compareTo(atLeast) >= 0 && yesNo.noScore().compareTo(atLeast) < 0);
  }

  /** Whether the item counts in no scale and raises no flag (the PHQ-9 difficulty item): optional, unscored. */
  static boolean informationOnly(Instrument instrument, Item item) {
    if (instrument.isScored(item.id())) {
      return false;
    }
    return instrument.flags().stream().map(Flag::rule).noneMatch(rule ->
        rule instanceof FlagRule.ItemThreshold t && t.items().contains(item.id())
            || rule instanceof FlagRule.SumBelow b && b.items().contains(item.id()));
  }

  /** The item's 1-based printed number. */
  static int number(Instrument instrument, String itemId) {
    for (int i = 0; i < instrument.items().size(); i++) {
      if (instrument.items().get(i).id().equals(itemId)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no item " + itemId);
  }

  /** A score as batch output writes it: an integer when whole, else two decimals rounded half up. */
  static String score(BigDecimal score) {
    BigDecimal plain = score.stripTrailingZeros();
    return plain.scale() <= 0 ? plain.toPlainString() : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The band's label in the scorer's profile, e.g. "Moderate", or the code when none is found. */
  static String bandLabel(Scorer scorer, String scaleId, String bandCode) {
    return scorer.profile()
        .flatMap(p -> p.bandsFor(scaleId))
        .flatMap(b -> b.bands().stream().filter(band -> band.code().equals(bandCode)).findFirst())
        .map(Band::label)
        .orElse(bandCode);
  }

  /** The scale's label, e.g. "PHQ-9 total". */
  static String scaleLabel(Instrument instrument, String scaleId) {
    return instrument.scale(scaleId).map(s -> s.label()).orElse(scaleId);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
