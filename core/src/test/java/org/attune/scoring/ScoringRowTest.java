package org.attune.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.attune.catalog.Demo;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.junit.jupiter.api.Test;

/** The batch fast path on the demo instrument: demo_1 scores 0-3, demo_2 3-0, demo_3 0-3 (total prorates 1 missing). */
class ScoringRowTest {
  private final ScoringRow row = Scorer.of(Demo.instrument()).newRow(AnswerCoding.SCORE);

  private void answer(String item, String value) {
    byte[] bytes = ("  " + value + " ").getBytes(StandardCharsets.UTF_8);
    row.answer(row.itemIndex(item), bytes, 2, bytes.length - 3);
  }

  @Test
  void itemIndex_followsItemOrder_andUnknownIsMinusOne() {
    assertThat(row.itemIndex("demo_1")).isZero();
    assertThat(row.itemIndex("demo_5")).isEqualTo(4);
    assertThat(row.itemIndex("demo_9")).isEqualTo(-1);
  }

  @Test
  void score_bytesAnswers_givesWholeScoreBandAndFlags() {
    answer("demo_1", "3");
    answer("demo_2", "2");
    answer("demo_3", "2");
    answer("demo_4", "1");
    row.score();
    // total 3 + 2 + 2 = 7: band "high" (7-9) and flag total_high (>= 7); item_two needs demo_2 >= 2.
    assertThat(row.status()).isEqualTo(Completeness.COMPLETE);
    assertThat(row.isWhole(0)).isTrue();
    assertThat(row.wholeScore(0)).isEqualTo(7);
    assertThat(row.band(0)).isEqualTo("high");
    assertThat(row.bandIndex(0)).isEqualTo(2);
    assertThat(row.isRaised(0)).isTrue();
    assertThat(row.isRaised(1)).isTrue();
  }

  @Test
  void clear_thenNextResponse_forgetsAnswersAndViolations() {
    answer("demo_1", "7");
    row.score();
    assertThat(row.violations()).extracting(ResponseViolation::code).containsExactly(ViolationCode.NOT_AN_OPTION);

    row.clear();
    answer("demo_1", "1");
    answer("demo_3", "2");
    row.score();
    // (1 + 2) * 3 / 2 = 4.5, prorated: not whole, band "mid" (4-6).
    assertThat(row.violations()).isEmpty();
    assertThat(row.status()).isEqualTo(Completeness.INCOMPLETE);
    assertThat(row.isWhole(0)).isFalse();
    assertThat(row.score(0)).isEqualByComparingTo("4.5");
    assertThat(row.band(0)).isEqualTo("mid");
    assertThat(row.isScored(1)).isFalse();
  }

  @Test
  void answer_sameItemAgain_replacesEarlierViolation() {
    answer("demo_1", "abc");
    answer("demo_1", "0");
    row.score();
    assertThat(row.violations()).isEmpty();
  }

  @Test
  void status_beforeScore_isAnError() {
    assertThatThrownBy(row::status).isInstanceOf(IllegalStateException.class).hasMessage("call score() first");
  }

  /** The outcome key after answering demo_1 to demo_4 with these cells ("" leaves one unanswered). */
  private long key(String... cells) {
    row.clear();
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        answer("demo_" + (i + 1), cells[i]);
      }
    }
    row.score();
    return row.outcomeKey();
  }

  @Test
  void outcomeKey_isTheSameExactlyWhenStatusFlagsAndScoresAre() {
    long seven = key("3", "2", "2", "1");
    assertThat(seven).isNotNegative();
    // total 7, pair 5, both flags again, from other answers
    assertThat(key("2", "3", "2", "1")).isEqualTo(seven);
    // total 6 and pair 4 either way; item_two (demo_2 at 2 or more) raised in one only
    assertThat(key("3", "1", "2", "1")).isNotEqualTo(key("2", "2", "2", "1"));
    // another score on one scale only
    assertThat(key("3", "2", "2", "0")).isNotEqualTo(seven);
    // total 6 prorated from two answers (a whole score): kept
    assertThat(key("3", "", "1", "1")).isNotNegative();
    assertThat(row.wholeScore(0)).isEqualTo(6);
  }

  @Test
  void outcomeKey_ofAnInvalidResponse_isItsFlagsAndViolationCodes_notItsValues() {
    long sevenAndNine = key("3", "2", "2", "9");
    assertThat(row.status()).isEqualTo(Completeness.INVALID);
    assertThat(sevenAndNine).isNotNegative();
    // another value with the same code on the same item, other answers with the same flags: the same cells
    assertThat(key("2", "3", "2", "8")).isEqualTo(sevenAndNine);
    // the same value on another item, or another code on the same item
    assertThat(key("9", "2", "2", "1")).isNotEqualTo(sevenAndNine);
    assertThat(key("3", "2", "2", "abc")).isNotEqualTo(sevenAndNine);
    // item_two raised or not (flags are read from valid answers even in an invalid response)
    assertThat(key("3", "0", "2", "9")).isNotEqualTo(sevenAndNine);
    // never the key of a valid response: every key starts with its status (its lowest 3 bits)
    assertThat(sevenAndNine & 7).isEqualTo(Completeness.INVALID.ordinal());
    assertThat(key("3", "2", "2", "1") & 7).isEqualTo(Completeness.COMPLETE.ordinal());
  }

  @Test
  void outcomeKey_isNotKept_forAFractionOrAnUnknownItem() {
    assertThat(key("1", "", "2", "1")).as("4.5, prorated").isEqualTo(-1);
    row.clear();
    answer("demo_1", "1");
    row.unknownItem("demo_99", 1);
    row.score();
    assertThat(row.outcomeKey()).as("an unknown item").isEqualTo(-1);
  }
}
