package org.attune.instruments.bonding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attune.catalog.Catalog;
import org.attune.model.Item;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CONTRACT.md: a safety flag is never lost to other missing or invalid answers. Seeded-random
 * PBQ responses leave out or corrupt any item, items 18 and 24 included; harm_to_infant must be
 * raised exactly when item 18 or 24 is validly answered above Never (FACTS §5: both items score
 * Always 5 ... Never 0, so any printed option but the last scores 1 or more).
 */
class HarmToInfantFlagTest {
  private static final long SEED = 20_261_123L;
  private static final int ITERATIONS = 20_000;
  private static final Scorer PBQ = Catalog.of(new BondingInstruments()).scorer("pbq");
  private static final List<String> CORRUPT = List.of("6", "7", "abc", "2.0", "", "-1", "03", "\u0662");

  @ParameterizedTest
  @EnumSource(AnswerCoding.class)
  void harmToInfant_raisedExactlyWhenItem18Or24IsValidAndAboveNever(AnswerCoding coding) {
    Random random = new Random(SEED + coding.ordinal());
    for (int n = 0; n < ITERATIONS; n++) {
      Map<String, Object> answers = new LinkedHashMap<>();
      boolean expected = false;
      for (Item item : PBQ.instrument().items()) {
        int roll = random.nextInt(10);
        if (roll == 0) {
          continue; // missing
        }
        if (roll == 1) {
          answers.put(item.id(), CORRUPT.get(random.nextInt(CORRUPT.size())));
          continue;
        }
        int position = 1 + random.nextInt(6);
        int score = item.answerType().options().get(position - 1).score().numerator().intValueExact();
        answers.put(item.id(), coding == AnswerCoding.POSITION ? Integer.toString(position) : Integer.toString(score));
        boolean flagItem = item.id().equals("pbq_18") || item.id().equals("pbq_24");
        expected |= flagItem && score >= 1;
      }
      Result result = PBQ.evaluate(Responses.of(coding, answers));
      assertThat(result.hasFlag("harm_to_infant")).as("case %d (seed %d): %s", n, SEED + coding.ordinal(), answers)
          .isEqualTo(expected);
    }
  }
}
