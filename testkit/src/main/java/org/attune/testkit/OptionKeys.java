package org.attune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Scale;
import org.attune.model.Score;
import org.attune.model.ScoringRule;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;

/**
 * Option keys: {@code golden/<instrument>-key.csv} with columns {@code item, position, score,
 * source}, one row per option of every scored item, copied from the published scoring key.
 * Each row is checked against the definition and through the scorer in both codings.
 *
 * @since 0.1.0
 */
public final class OptionKeys {
  private OptionKeys() {}

  /** One row of a key file. */
  public record KeyRow(String item, int position, Score score, String source) {
    @Override
    public String toString() {
      return item + " option " + position + " scores " + score.spelling();
    }
  }

  /** The rows of {@code golden/<instrument>-key.csv} beside {@code anchor}. */
  public static List<KeyRow> rows(Class<?> anchor, String instrument) {
    return CsvTable.read(anchor, "/golden/" + instrument + "-key.csv").stream()
        .map(r -> new KeyRow(r.get("item"), Integer.parseInt(r.get("position")), Score.parse(r.get("score")),
            r.get("source")))
        .toList();
  }

  /** The key covers every option of every scored item, and nothing else. */
  public static void verifyComplete(Instrument instrument, List<KeyRow> key) {
    Map<String, Long> perItem = new HashMap<>();
    key.forEach(r -> perItem.merge(r.item(), 1L, Long::sum));
    Map<String, Long> expected = new HashMap<>();
    instrument.items().stream().filter(i -> instrument.isScored(i.id()))
        .forEach(i -> expected.put(i.id(), (long) i.answerType().options().size()));
    assertThat(perItem).as("options per item in the key of %s", instrument.id()).isEqualTo(expected);
  }

  /**
   * The definition gives the option at this position the key's score, and scoring a response
   * with this option (every other scored item at its lowest-scoring option) gives each scale
   * that contains the item the expected score, in score coding and in position coding alike.
   */
  public static void verify(Instrument instrument, List<KeyRow> key, KeyRow row) {
    Item item = instrument.item(row.item()).orElseThrow();
    assertThat(item.answerType().options().get(row.position() - 1).score())
        .as("definition score of %s", row).isEqualTo(row.score());

    Map<String, KeyRow> lowest = new HashMap<>();
    for (KeyRow r : key) {
      lowest.merge(r.item(), r, (a, b) -> a.score().compareTo(b.score()) <= 0 ? a : b);
    }
    lowest.put(row.item(), row);
    Map<String, Object> byScore = new HashMap<>();
    Map<String, Object> byPosition = new HashMap<>();
    lowest.values().forEach(r -> {
      boolean yesNo = instrument.item(r.item()).orElseThrow().answerType() instanceof AnswerType.YesNo;
      byScore.put(r.item(), yesNo ? (r.position() == 1 ? "1" : "0") : r.score().spelling());
      byPosition.put(r.item(), Integer.toString(r.position()));
    });

    Scorer scorer = Scorer.of(instrument);
    for (Result result : Stream.of(Responses.of(AnswerCoding.SCORE, byScore),
        Responses.of(AnswerCoding.POSITION, byPosition)).map(scorer::score).toList()) {
      for (Scale scale : instrument.scales()) {
        if (scale.items().contains(row.item())) {
          Score expected = scale.rule() instanceof ScoringRule.CountEndorsed
              ? Score.of(scale.items().stream().filter(i -> lowest.get(i).score().signum() > 0).count())
              : scale.items().stream().map(i -> lowest.get(i).score()).reduce(Score.of(0), Score::plus)
                  .times(scale.rule() instanceof ScoringRule.Sum sum ? sum.factor() : 1);
          assertThat(result.scale(scale.id()).score()).as("%s: %s", row, scale.id())
              .isEqualByComparingTo(expected.toBigDecimal());
        }
      }
    }
  }
}
