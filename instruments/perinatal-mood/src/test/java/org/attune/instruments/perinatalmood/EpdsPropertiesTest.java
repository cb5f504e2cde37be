package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attune.Attune;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Seeded-random properties of the EPDS against the published key (FACTS §B1 §3; the seed is in
 * every assertion's description). Answers are held as printed positions 1-4, 0 meaning blank.
 */
class EpdsPropertiesTest {
  private static final long SEED = 1987L;
  private static final int ITERATIONS = 20_000;

  /** Option scores in printed order: items 1, 2, 4 score 0,1,2,3; items 3, 5-10 (marked *) score 3,2,1,0. */
  private static final int[][] KEY = {
      {0, 1, 2, 3}, {0, 1, 2, 3}, {3, 2, 1, 0}, {0, 1, 2, 3}, {3, 2, 1, 0},
      {3, 2, 1, 0}, {3, 2, 1, 0}, {3, 2, 1, 0}, {3, 2, 1, 0}, {3, 2, 1, 0}};
  private static final List<Integer> FORWARD = List.of(0, 1, 3);
  private static final List<Integer> ANXIETY = List.of(2, 3, 4);
  /** CONTRACT.md default profile: total 10 possible, 13 probable (Cox 1987; scoring notes). */
  private static final List<String> TOTAL_BANDS = List.of("below_threshold", "possible_depression", "probable_depression");

  private final Scorer scorer = Attune.catalog().scorer("epds");
  private final Random random = new Random(SEED);

  @Test
  void positionCoding_randomCompleteAnswers_scoreThePublishedKey() {
    for (int it = 0; it < ITERATIONS; it++) {
      int[] positions = complete();
      Result r = evaluate(AnswerCoding.POSITION, positions);
      int total = keySum(positions, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
      int anxiety = keySum(positions, ANXIETY);
      String what = "seed " + SEED + ", iteration " + it + ", positions " + Arrays.toString(positions);
      assertThat(r.status()).as(what).isEqualTo(Completeness.COMPLETE);
      assertThat(r.scale("epds_total").score()).as(what).isEqualByComparingTo(BigDecimal.valueOf(total))
          .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(30));
      assertThat(r.scale("epds_anxiety").score()).as(what).isEqualByComparingTo(BigDecimal.valueOf(anxiety))
          .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(9));
      assertThat(r.scale("epds_total").band()).as(what).isEqualTo(totalBand(total));
      assertThat(r.scale("epds_anxiety").band()).as(what).isEqualTo(anxiety >= 6 ? "above_threshold" : "below_threshold");
      assertThat(r.hasFlag("self_harm")).as(what).isEqualTo(KEY[9][positions[9] - 1] >= 1);
    }
  }

  @Test
  void scoreAndPositionCoding_sameOptions_giveSameResult() {
    for (int it = 0; it < ITERATIONS; it++) {
      int[] positions = complete();
      for (int i = 0; i < positions.length; i++) {
        positions[i] = random.nextInt(8) == 0 ? 0 : positions[i];
      }
      Result byScore = evaluate(AnswerCoding.SCORE, positions);
      Result byPosition = evaluate(AnswerCoding.POSITION, positions);
      String what = "seed " + SEED + ", iteration " + it + ", positions " + Arrays.toString(positions);
      assertThat(byPosition.scales()).as(what).isEqualTo(byScore.scales());
      assertThat(byPosition.flags()).as(what).isEqualTo(byScore.flags());
      assertThat(byPosition.status()).as(what).isEqualTo(byScore.status());
      assertThat(byScore.violations()).as(what).isEmpty();
    }
  }

  @Test
  void missingScoredItem_nothingInvalid_leavesTotalEmptyAndIncomplete() {
    for (int it = 0; it < ITERATIONS; it++) {
      int[] positions = complete();
      positions[random.nextInt(10)] = 0;
      for (int i = 0; i < positions.length; i++) {
        positions[i] = random.nextInt(4) == 0 ? 0 : positions[i];
      }
      Result r = evaluate(random.nextBoolean() ? AnswerCoding.SCORE : AnswerCoding.POSITION, positions);
      String what = "seed " + SEED + ", iteration " + it + ", positions " + Arrays.toString(positions);
      ScaleResult total = r.scale("epds_total");
      assertThat(r.status()).as(what).isEqualTo(Completeness.INCOMPLETE);
      assertThat(r.violations()).as(what).isEmpty();
      assertThat(total.score()).as(what).isNull();
      assertThat(total.band()).as(what).isNull();
      assertThat(total.status()).as(what).isEqualTo(Completeness.INCOMPLETE);
      assertThat(total.answered()).as(what).isEqualTo((int) Arrays.stream(positions).filter(p -> p > 0).count());
      boolean anxietyComplete = ANXIETY.stream().allMatch(i -> positions[i] > 0);
      assertThat(r.scale("epds_anxiety").scored()).as(what).isEqualTo(anxietyComplete);
      if (anxietyComplete) {
        assertThat(r.scale("epds_anxiety").score()).as(what)
            .isEqualByComparingTo(BigDecimal.valueOf(keySum(positions, ANXIETY)));
      }
      assertThat(r.hasFlag("self_harm")).as(what).isEqualTo(positions[9] > 0 && KEY[9][positions[9] - 1] >= 1);
    }
  }

  @Test
  void raisingForwardScoredAnswer_neverLowersTotalOrBand() {
    for (int it = 0; it < ITERATIONS / 4; it++) {
      int[] positions = complete();
      Result before = evaluate(AnswerCoding.POSITION, positions);
      for (int i : FORWARD) {
        for (int raised = positions[i] + 1; raised <= 4; raised++) {
          int[] changed = positions.clone();
          changed[i] = raised;
          Result after = evaluate(AnswerCoding.POSITION, changed);
          String what = "seed " + SEED + ", iteration " + it + ", item " + (i + 1) + " from "
              + Arrays.toString(positions) + " to " + Arrays.toString(changed);
          assertThat(after.scale("epds_total").score()).as(what)
              .isGreaterThanOrEqualTo(before.scale("epds_total").score());
          assertThat(TOTAL_BANDS.indexOf(after.scale("epds_total").band())).as(what)
              .isGreaterThanOrEqualTo(TOTAL_BANDS.indexOf(before.scale("epds_total").band()));
          assertThat(after.scale("epds_anxiety").score()).as(what)
              .isGreaterThanOrEqualTo(before.scale("epds_anxiety").score());
        }
      }
    }
  }

  private int[] complete() {
    int[] positions = new int[10];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = 1 + random.nextInt(4);
    }
    return positions;
  }

  /** Blank items are left out or given as null; answers are strings or numbers at random. */
  private Result evaluate(AnswerCoding coding, int[] positions) {
    Map<String, Object> answers = new HashMap<>();
    for (int i = 0; i < positions.length; i++) {
      String item = "epds_" + (i + 1);
      if (positions[i] == 0) {
        if (random.nextBoolean()) {
          answers.put(item, null);
        }
        continue;
      }
      int value = coding == AnswerCoding.POSITION ? positions[i] : KEY[i][positions[i] - 1];
      if (random.nextBoolean()) {
        answers.put(item, value);
      } else {
        answers.put(item, Integer.toString(value));
      }
    }
    return scorer.evaluate(Responses.of(coding, answers));
  }

  private static int keySum(int[] positions, List<Integer> items) {
    return items.stream().mapToInt(i -> KEY[i][positions[i] - 1]).sum();
  }

  private static String totalBand(int total) {
    return TOTAL_BANDS.get(total >= 13 ? 2 : total >= 10 ? 1 : 0);
  }
}
