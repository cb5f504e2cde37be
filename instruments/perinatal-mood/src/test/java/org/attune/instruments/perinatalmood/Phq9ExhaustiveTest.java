package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.Attune;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * All 4^9 = 262,144 complete PHQ-9 answer sets, checked against Kroenke 2001: each item scores
 * 0-3 (Not at all … Nearly every day, printed in that order), the total is their sum, and
 * "scores of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe".
 */
class Phq9ExhaustiveTest {
  private static final int ITEMS = 9;
  private static final int ANSWER_SETS = 1 << (2 * ITEMS);

  /** Kroenke 2001 severity, computed from the published cut points 5/10/15/20. */
  static String kroenkeBand(int total) {
    if (total >= 20) {
      return "severe";
    } else if (total >= 15) {
      return "moderately_severe";
    } else if (total >= 10) {
      return "moderate";
    } else if (total >= 5) {
      return "mild";
    }
    return "minimal";
  }

  @ParameterizedTest(name = "{0} coding")
  @EnumSource(AnswerCoding.class)
  void everyAnswerSet_scored_givesSumKroenkeBandAndItem9Flag(AnswerCoding coding) {
    Scorer scorer = Attune.catalog().scorer("phq9");
    // Pfizer form: positions 1-4 are Not at all … Nearly every day, so position = score + 1.
    int offset = coding == AnswerCoding.POSITION ? 1 : 0;
    List<String> examples = new ArrayList<>();
    int failed = 0;
    int[] answer = new int[ITEMS];
    for (int code = 0; code < ANSWER_SETS; code++) {
      Map<String, Object> answers = new HashMap<>();
      int sum = 0;
      for (int i = 0; i < ITEMS; i++) {
        answer[i] = (code >> (2 * i)) & 3;
        sum += answer[i];
        answers.put("phq9_" + (i + 1), answer[i] + offset);
      }
      Result result = scorer.evaluate(Responses.of(coding, answers));
      String problem = check(result, sum, answer[8] >= 1);
      if (problem != null) {
        failed++;
        if (examples.size() < 10) {
          examples.add(Arrays.toString(answer) + ": " + problem);
        }
      }
    }
    assertThat(failed).as("answer sets disagreeing with Kroenke 2001, first ones: %s", examples).isZero();
  }

  private static String check(Result result, int sum, boolean selfHarm) {
    ScaleResult total = result.scale("phq9_total");
    if (result.status() != Completeness.COMPLETE || total.status() != Completeness.COMPLETE) {
      return "status " + result.status() + "/" + total.status() + ", violations " + result.violations();
    }
    if (total.score() == null || total.score().compareTo(BigDecimal.valueOf(sum)) != 0) {
      return "total " + total.score() + ", expected " + sum;
    }
    if (total.score().signum() < 0 || total.score().compareTo(BigDecimal.valueOf(27)) > 0) {
      return "total " + total.score() + " outside 0-27";
    }
    if (!kroenkeBand(sum).equals(total.band())) {
      return "band " + total.band() + ", expected " + kroenkeBand(sum);
    }
    if (result.hasFlag("self_harm") != selfHarm || result.flags().size() != (selfHarm ? 1 : 0)) {
      return "flags " + result.flags().stream().map(f -> f.code()).toList() + ", self_harm expected " + selfHarm;
    }
    return null;
  }
}
