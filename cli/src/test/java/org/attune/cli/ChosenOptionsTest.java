package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.attune.Attune;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Score;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import org.attune.scoring.ScoringRow;
import org.junit.jupiter.api.Test;

/**
 * Scorers made {@link ChosenOptions#tellable} score exactly as the definitions do (every scale,
 * band, flag, status and error, for every instrument, under both codings, on seeded random
 * rows), and their rows tell which option each answer chose, unscored items included.
 */
class ChosenOptionsTest {
  static final long SEED = 0x51A7E5L;
  static final int ROWS = 300;
  static final List<String> CELLS = List.of("", "NA", "0", "1", "2", "3", "4", "5", "x", "12", "7/3", "1:30");

  @Test
  void tellableScorers_scoreEveryInstrumentAsItsDefinitionDoes() throws IOException {
    for (Instrument instrument : Attune.catalog().instruments()) {
      List<Scorer> scorers = List.of(Attune.catalog().scorer(instrument.id()));
      long seed = SEED + instrument.id().hashCode();
      for (AnswerCoding coding : AnswerCoding.values()) {
        byte[] input = randomRows(instrument, coding, new Random(seed));
        assertThat(scored(input, ChosenOptions.tellable(scorers), coding))
            .as("%s, %s coding, seed %d", instrument.id(), coding, seed)
            .isEqualTo(scored(input, scorers, coding));
      }
    }
  }

  @Test
  void tellableRow_unscoredItemsAnswer_isItsPrintedPosition() {
    Instrument phq9 = Attune.catalog().get("phq9");
    ScoringRow row = ChosenOptions.tellable(List.of(Attune.catalog().scorer("phq9"))).get(0)
        .newRow(AnswerCoding.POSITION);
    int difficulty = row.itemIndex("phq9_difficulty");
    row.answer(difficulty, "3"); // "Very difficult", printed third
    row.score();

    Score score = row.answerScore(difficulty);
    assertThat(ChosenOptions.index(phq9.items().get(difficulty), score)).isEqualTo(2);
    assertThat(Attune.catalog().scorer("phq9").newRow(AnswerCoding.POSITION).answerScore(difficulty))
        .as("the definition's own scorer cannot tell it").isNull();
  }

  @Test
  void index_scoredItem_isTheOptionWithThatScore_orNoneWhenShared() {
    Item epds3 = Attune.catalog().get("epds").items().get(2); // printed options score 3, 2, 1, 0
    assertThat(ChosenOptions.index(epds3, Score.of(3))).isEqualTo(0);
    assertThat(ChosenOptions.index(epds3, Score.of(0))).isEqualTo(3);

    Item kpcs1 = Attune.catalog().get("kpcs").items().get(0); // "not applicable" scores as another option does
    List<Option> options = kpcs1.answerType().options();
    Score shared = options.stream().filter(o -> o.notApplicable()).findFirst().orElseThrow().score();
    assertThat(ChosenOptions.index(kpcs1, shared)).isEqualTo(-1);

    Item wakings = Attune.catalog().get("bisq").items().get(0);
    assertThat(wakings.answerType()).isInstanceOf(AnswerType.Numeric.class);
    assertThat(ChosenOptions.index(wakings, Score.of(2))).isEqualTo(-1);
  }

  /**
   * A header naming every item, then rows: most hold valid answers with a few missing (so
   * that scales are scored), the rest any of {@link #CELLS} (missing tokens, invalid values).
   */
  static byte[] randomRows(Instrument instrument, AnswerCoding coding, Random random) {
    StringBuilder text = new StringBuilder("id");
    instrument.items().forEach(item -> text.append(',').append(item.id()));
    text.append('\n');
    for (int r = 0; r < ROWS; r++) {
      boolean clean = random.nextInt(10) < 7;
      text.append('r').append(r);
      for (Item item : instrument.items()) {
        text.append(',').append(clean && random.nextInt(10) > 0 ? validAnswer(item, coding, random)
            : CELLS.get(random.nextInt(CELLS.size())));
      }
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A random valid answer to the item under the coding (CONTRACT.md "Reading CSV input"). */
  static String validAnswer(Item item, AnswerCoding coding, Random random) {
    if (item.answerType() instanceof AnswerType.Numeric n) {
      return Integer.toString(n.min() + random.nextInt(n.max() - n.min() + 1));
    }
    List<Option> options = item.answerType().options();
    int o = random.nextInt(options.size());
    if (coding == AnswerCoding.POSITION) {
      return Integer.toString(o + 1);
    }
    if (item.answerType() instanceof AnswerType.YesNo) {
      return o == 0 ? "1" : "0";
    }
    Score score = options.get(o).score();
    return score == null ? Integer.toString(o) : score.spelling();
  }

  static String scored(byte[] input, List<Scorer> scorers, AnswerCoding coding) throws IOException {
    List<Instrument> instruments = scorers.stream().map(Scorer::instrument).toList();
    CsvReader reader = new CsvReader(new ByteArrayInputStream(input), ',');
    CsvLayout layout = Cli.layout(reader, instruments);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultSink sink = new CsvResultSink(out, ',', scorers, true, "id");
    sink.begin();
    new Batch(scorers, coding).run(new CsvSource(reader, layout), sink, new RunSummary(instruments), Progress.NONE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
