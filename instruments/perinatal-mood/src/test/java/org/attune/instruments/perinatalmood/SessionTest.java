package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.attune.catalog.Catalog;
import org.attune.model.AnswerType;
import org.attune.model.Item;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.response.Responses;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.attune.session.InvalidSessionException;
import org.attune.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sessions on the perinatal mood instruments: skip logic as the definitions declare it (the
 * Whooley help question only after a yes; the PHQ-9 and GAD-7 difficulty items only after a
 * problem), navigation, saving and resuming, and the property that a session's live result is
 * always what batch scoring gives for the same answers, over seeded-random answer paths.
 */
class SessionTest {
  private static final Catalog CATALOG = Catalog.of(new PerinatalMoodInstruments());

  @Test
  void whooley_helpQuestionShownOnlyAfterAYes_andClearedWhenTheYesIsTakenBack() {
    Session session = Session.start(CATALOG.scorer("whooley"));
    assertThat(session.step()).extracting(Item::id).containsExactly("whooley_1");
    session.answer("whooley_1", "0");
    session.next();
    session.answer("whooley_2", "0");
    session.next();
    assertThat(session.isFinished()).as("two noes: no help question").isTrue();
    assertThat(session.result().scale("whooley_total").band()).isEqualTo("negative");

    session.back();
    session.answer("whooley_2", "1");
    session.next();
    assertThat(session.step()).extracting(Item::id).containsExactly("whooley_help");
    session.answer("whooley_help", "1");
    assertThat(session.answers()).containsKeys("whooley_1", "whooley_2", "whooley_help");

    session.answer("whooley_2", "0");
    assertThat(session.isShown("whooley_help")).isFalse();
    assertThat(session.answers()).as("the hidden item's answer is cleared").doesNotContainKey("whooley_help");
    assertThatThrownBy(() -> session.answer("whooley_help", "1")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("whooley_help is not shown");
  }

  @Test
  void phq9_difficultyItemOnlyAfterAProblem_pagesAndBack() {
    Session session = Session.start(CATALOG.scorer("phq9"), AnswerCoding.SCORE, 4);
    assertThat(session.step()).extracting(Item::id).containsExactly("phq9_1", "phq9_2", "phq9_3", "phq9_4");
    for (int i = 1; i <= 9; i++) {
      session.answer("phq9_" + i, "0");
    }
    session.next();
    session.next();
    assertThat(session.step()).as("all nine at 0: no difficulty question").extracting(Item::id).containsExactly("phq9_9");
    session.answer("phq9_9", "1");
    assertThat(session.step()).extracting(Item::id).containsExactly("phq9_9", "phq9_difficulty");
    session.back();
    assertThat(session.step()).extracting(Item::id).containsExactly("phq9_5", "phq9_6", "phq9_7", "phq9_8");
    Result result = session.result();
    assertThat(result.scale("phq9_total").score()).isEqualByComparingTo("1");
    assertThat(result.flags()).extracting(f -> f.code()).containsExactly("self_harm");
  }

  @Test
  void answer_invalidValue_isRefusedWithTheViolation_andNothingChanges() {
    Session session = Session.start(CATALOG.scorer("epds"));
    session.answer("epds_1", "2");
    assertThatThrownBy(() -> session.answer("epds_1", "7")).isInstanceOf(InvalidResponsesException.class)
        .hasMessageContaining("epds_1").hasMessageContaining("[7]");
    assertThat(session.answerOf("epds_1")).contains("2");
    assertThatThrownBy(() -> session.answer("epds_11", "1")).isInstanceOf(IllegalArgumentException.class);
    // a session saves answers as typed, which an option code is not
    assertThatThrownBy(() -> session.answer("epds_1", new org.attune.response.OptionCode("option_1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option codes");
    assertThat(session.answerOf("epds_1")).contains("2");
  }

  @Test
  void resume_restoresAnswersHistoryAndStep_andRefusesAnotherVersion() {
    Session session = Session.start(CATALOG.scorer("gad7", "default"), AnswerCoding.POSITION, 2);
    session.answer("gad7_1", "2");
    session.next();
    session.answer("gad7_3", "4");
    String saved = session.toJson();
    assertThat(saved).contains("\"sessionVersion\":1").contains("\"instrumentVersion\":\"1.1.0\"")
        .contains("\"history\":[\"gad7_1\"]").contains("\"current\":\"gad7_3\"");

    Session resumed = Session.resume(saved, CATALOG);
    assertThat(resumed.toJson()).isEqualTo(saved);
    assertThat(resumed.step()).extracting(Item::id).containsExactly("gad7_3", "gad7_4");
    resumed.back();
    assertThat(resumed.step()).extracting(Item::id).containsExactly("gad7_1", "gad7_2");
    assertThat(resumed.result()).isEqualTo(session.result());

    assertThatThrownBy(() -> Session.resume(saved.replace("\"1.1.0\"", "\"0.9.0\""), CATALOG))
        .isInstanceOf(InvalidSessionException.class).hasMessageContaining("version 0.9.0")
        .hasMessageContaining("catalogue has version 1.1.0");
    assertThatThrownBy(() -> Session.resume("{\"sessionVersion\": 2}", CATALOG))
        .isInstanceOf(InvalidSessionException.class).hasMessageContaining("session format 2");
  }

  /**
   * Property, over seeded-random paths of answers, changes, clearings, steps forward and back,
   * and save-and-resume: after every action the live result is the batch result of the same
   * answers, no hidden item keeps an answer, and a resumed copy behaves exactly like the original.
   */
  @ParameterizedTest
  @ValueSource(strings = {"epds", "phq9", "gad7", "whooley", "phq2", "gad2"})
  void randomPaths_liveResultIsAlwaysTheBatchResultOfTheSameAnswers(String id) {
    Scorer scorer = CATALOG.scorer(id);
    Random random = new Random(20_261_123L + id.hashCode());
    for (int path = 0; path < 200; path++) {
      AnswerCoding coding = random.nextBoolean() ? AnswerCoding.SCORE : AnswerCoding.POSITION;
      Session session = Session.start(scorer, coding, 1 + random.nextInt(3));
      for (int action = 0; action < 40; action++) {
        List<Item> step = session.step();
        int roll = random.nextInt(10);
        if (roll < 5 && !step.isEmpty()) {
          Item item = step.get(random.nextInt(step.size()));
          session.answer(item.id(), random.nextInt(8) == 0 ? null : validValue(item, coding, random));
        } else if (roll < 7 && !session.isFinished()) {
          session.next();
        } else if (roll < 9 && session.canGoBack()) {
          session.back();
        } else {
          Session resumed = Session.resume(session.toJson(), CATALOG);
          assertThat(resumed.toJson()).isEqualTo(session.toJson());
          session = resumed;
        }
        Result batch = scorer.evaluate(Responses.of(coding, session.answers()));
        assertThat(session.result()).as("%s path %d action %d", id, path, action).isEqualTo(batch);
        Session now = session;
        assertThat(session.answers().keySet()).allSatisfy(item -> assertThat(now.isShown(item)).isTrue());
        assertThat(batch.status()).isNotEqualTo(Completeness.INVALID);
      }
    }
  }

  private static String validValue(Item item, AnswerCoding coding, Random random) {
    int options = item.answerType().options().size();
    int position = 1 + random.nextInt(options);
    if (coding == AnswerCoding.POSITION) {
      return Integer.toString(position);
    }
    if (item.answerType() instanceof AnswerType.YesNo) {
      return position == 1 ? "1" : "0";
    }
    var score = item.answerType().options().get(position - 1).score();
    return score == null ? Integer.toString(position - 1) : score.spelling();
  }
}
