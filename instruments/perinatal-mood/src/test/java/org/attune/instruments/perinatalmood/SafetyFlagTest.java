package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.attune.Attune;
import org.attune.model.Flag;
import org.attune.model.Item;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CONTRACT.md: a safety flag is never lost to other missing or invalid answers. Seeded-random
 * responses blank out and corrupt any item, the flag item included; self_harm must be raised
 * exactly when the flag item is validly answered with a score of 1 or more.
 */
class SafetyFlagTest {
  private static final long SEED = 20_231_104L;
  private static final int ITERATIONS = 20_000;

  /** The flag item and its option scores in printed order (FACTS §B1 §3: EPDS item 10 is marked *; §B2 §3). */
  record FlagItem(String instrument, String item, int[] scores) {
    @Override
    public String toString() {
      return item;
    }
  }

  /** Corrupt values and the violation code each must give, per coding (CONTRACT.md: canonical whole numbers). */
  private static final Map<String, String> CORRUPT_SCORE = Map.of("7", "not_an_option", "4", "not_an_option",
      "abc", "not_a_number", "2.0", "not_a_number", "", "not_a_number", "-1", "not_a_number", "03", "not_a_number");
  private static final Map<String, String> CORRUPT_POSITION = Map.of("0", "out_of_range", "5", "out_of_range",
      "7", "out_of_range", "abc", "not_a_number", "2.0", "not_a_number", "", "not_a_number", "+1", "not_a_number",
      "03", "not_a_number");

  static Stream<Arguments> flagItems() {
    FlagItem epds = new FlagItem("epds", "epds_10", new int[] {3, 2, 1, 0});
    FlagItem phq9 = new FlagItem("phq9", "phq9_9", new int[] {0, 1, 2, 3});
    return Stream.of(AnswerCoding.values()).flatMap(coding -> Stream.of(
        Arguments.of(epds, coding), Arguments.of(phq9, coding)));
  }

  @ParameterizedTest(name = "{0}, {1} coding")
  @MethodSource("flagItems")
  void selfHarm_flagItemValidAtOneOrMore_raisedWhateverElseIsMissingOrInvalid(FlagItem flag, AnswerCoding coding) {
    Scorer scorer = Attune.catalog().scorer(flag.instrument());
    Map<String, String> corrupt = coding == AnswerCoding.SCORE ? CORRUPT_SCORE : CORRUPT_POSITION;
    List<String> corruptValues = corrupt.keySet().stream().sorted().toList();
    Random random = new Random(SEED);
    Set<Completeness> seen = EnumSet.noneOf(Completeness.class);
    int raised = 0;
    for (int it = 0; it < ITERATIONS; it++) {
      int blankRate = random.nextInt(4);
      int corruptRate = random.nextInt(3);
      Map<String, Object> answers = new LinkedHashMap<>();
      List<String> expectedErrors = new ArrayList<>();
      boolean scoredMissing = false;
      boolean expectFlag = false;
      for (Item item : scorer.instrument().items()) {
        int roll = random.nextInt(10);
        if (roll < blankRate) {
          scoredMissing |= scorer.instrument().isScored(item.id());
          if (random.nextBoolean()) {
            answers.put(item.id(), null);
          }
        } else if (roll < blankRate + corruptRate) {
          String value = corruptValues.get(random.nextInt(corruptValues.size()));
          answers.put(item.id(), value);
          expectedErrors.add(item.id() + ":" + corrupt.get(value));
        } else {
          int position = 1 + random.nextInt(4);
          int value = coding == AnswerCoding.POSITION ? position
              : item.id().equals(flag.item()) ? flag.scores()[position - 1] : position - 1;
          answers.put(item.id(), random.nextBoolean() ? Integer.toString(value) : Integer.valueOf(value));
          expectFlag |= item.id().equals(flag.item()) && flag.scores()[position - 1] >= 1;
        }
      }
      Completeness expectedStatus = !expectedErrors.isEmpty() ? Completeness.INVALID
          : scoredMissing ? Completeness.INCOMPLETE : Completeness.COMPLETE;
      Responses responses = Responses.of(coding, answers);
      Result result = scorer.evaluate(responses);
      String what = "seed " + SEED + ", iteration " + it + ", answers " + answers;
      assertThat(result.hasFlag("self_harm")).as(what).isEqualTo(expectFlag);
      assertThat(result.status()).as(what).isEqualTo(expectedStatus);
      assertThat(result.violations()).extracting(ResponseViolation::shortForm).as(what)
          .containsExactlyElementsOf(expectedErrors);
      if (expectedStatus == Completeness.INVALID) {
        assertThat(flagsOfException(scorer, responses)).as(what).isEqualTo(expectFlag ? List.of("self_harm") : List.of());
      }
      seen.add(expectedStatus);
      raised += expectFlag ? 1 : 0;
    }
    assertThat(seen).as("statuses the generator reached").containsExactlyInAnyOrder(
        Completeness.COMPLETE, Completeness.INCOMPLETE, Completeness.INVALID);
    assertThat(raised).as("iterations raising the flag").isBetween(ITERATIONS / 10, ITERATIONS * 9 / 10);
  }

  private static List<String> flagsOfException(Scorer scorer, Responses responses) {
    try {
      scorer.score(responses);
    } catch (InvalidResponsesException e) {
      return e.flags().stream().map(Flag::code).toList();
    }
    throw new AssertionError("score did not throw on an invalid response");
  }
}
