package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.attune.Attune;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.junit.jupiter.api.Test;

class AdministerAtConsoleTest {

  private String output;

  private Result administer(String instrument, String... lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String input = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
    Result result = AdministerAtConsole.run(Attune.catalog().scorer(instrument),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
    return result;
  }

  @Test
  void phq9_yesOnItem9_showsSafetyWarningFirstWithScoreBandAndProvenance() {
    // Positions 2,2,2,2,1,1,1,1 then 2 (several days) on item 9; the difficulty item is asked
    // after any problem: position 2 (somewhat difficult). Scores 1+1+1+1+0+0+0+0+1 = 5, mild.
    Result result = administer("phq9", "2", "2", "2", "2", "1", "1", "1", "1", "2", "2");

    assertThat(result.status()).isEqualTo(Completeness.COMPLETE);
    assertThat(result.scale("phq9_total").score()).isEqualByComparingTo(BigDecimal.valueOf(5));
    assertThat(result.hasFlag("self_harm")).isTrue();
    assertThat(output)
        .contains("Question 1 of 10 (phq9_1)\nLittle interest or pleasure in doing things\n"
            + "  1  Not at all\n  2  Several days\n  3  More than half the days\n  4  Nearly every day\n> ")
        .contains("Over the last 2 weeks, how often have you been bothered by any of the following problems?")
        .doesNotContain("licensed wording must be supplied")
        .contains("!!! SEEK HELP NOW. Self-harm answer (self_harm)\n"
            + "!!! This answer needs attention now: talk with the person today about their safety and the safety of"
            + " the baby, and follow your local safeguarding or crisis procedure.\n"
            + "!!! Item 9 (thoughts of being better off dead or of self-harm) was answered above 0: assess risk now,"
            + " whatever the total.\n")
        .contains("Result: PHQ-9. These are screening results, not diagnoses.")
        .contains("  PHQ-9 total [phq9_total]: 5 (9 answered, complete)\n"
            + "    band mild: Mild symptoms (5-9): screening result, not a diagnosis\n")
        .contains("  Status: complete\n")
        .endsWith("  Scored by Attune " + Attune.version() + ": phq9 version 1.2.0, profile default\n");
    assertThat(output.indexOf("SEEK HELP NOW")).isLessThan(output.indexOf("Result: PHQ-9"));
  }

  @Test
  void phq9_notAtAllOnItem9_noSafetyWarning() {
    Result result = administer("phq9", "4", "4", "4", "4", "4", "4", "4", "4", "1", "3");

    assertThat(result.scale("phq9_total").score()).isEqualByComparingTo(BigDecimal.valueOf(24));
    assertThat(result.flags()).isEmpty();
    assertThat(output).doesNotContain("SEEK HELP NOW").contains("[phq9_total]: 24 (9 answered, complete)\n    band severe: ");
  }

  @Test
  void whooley_twoNoes_helpQuestionNeverAsked() {
    Result result = administer("whooley", "2", "2");

    assertThat(result.status()).isEqualTo(Completeness.COMPLETE);
    assertThat(result.scale("whooley_total").band()).isEqualTo("negative");
    assertThat(output)
        .contains("Question 2 of 3 (whooley_2)")
        .doesNotContain("Question 3 of 3")
        .contains("[whooley_total]: 0 (2 answered, complete)\n    band negative: Negative (no to both questions)");
  }

  @Test
  void whooley_yes_asksHelpQuestionWithOurLabelAndLicenceNote() {
    Result result = administer("whooley", "1", "2", "1");

    assertThat(result.scale("whooley_total").band()).isEqualTo("positive");
    assertThat(output)
        .contains(Wording.LICENSED_WORDING)
        .contains("Question 3 of 3 (whooley_help)\nWants help with this\n"
            + "  [our short label: the licensed wording must be supplied by the service]\n  1  Yes\n  2  No\n> ")
        .contains("[whooley_total]: 1 (2 answered, complete)\n    band positive: ");
  }

  @Test
  void back_changesAnEarlierAnswer_andAnAnswerThatHidesTheHelpQuestionSkipsIt() {
    // Yes, then back to question 1 (shown with its answer), no, no: the help question is hidden again.
    Result result = administer("whooley", "1", "b", "2", "2");

    assertThat(result.scale("whooley_total").score()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(output).contains("(answered: 1)").doesNotContain("whooley_help)");
  }

  @Test
  void badAnswer_isExplainedAndAskedAgain_andBackOnFirstQuestionIsRefused() {
    Result result = administer("phq2", "b", "7", "x", "1", "1");

    assertThat(result.scale("phq2_total").score()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(output)
        .contains("  This is the first question.")
        .contains("  Not an answer to this question: item [phq2_1]: value [7] is out of range; expected")
        .contains("  Not an answer to this question: item [phq2_1]: value [x] is not a number written as expected;");
  }

  @Test
  void bisq_numbersAndDurations_acceptMinutesAndHoursAndMinutes() {
    Result result = administer("bisq", "4", "1:30", "8:00", "90");

    assertThat(result.flags()).extracting(f -> f.code())
        .containsExactly("frequent_wakings", "long_night_waking");
    assertThat(output).contains("  Answer with minutes (e.g. 90) or hours and minutes (e.g. 1:30), from 0 to 1440 minutes")
        .contains("  Answer with a whole number from 0 to 20 (wakings)")
        .contains("  Flag: ");
  }

  @Test
  void inputEndsEarly_printsTheResultSoFar() {
    Result result = administer("epds", "1", "1");

    assertThat(result.status()).isEqualTo(Completeness.INCOMPLETE);
    assertThat(output).contains("Input ended before the last question").contains("  Status: incomplete");
  }
}
