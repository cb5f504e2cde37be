package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child's age (CONTRACT.md "Reading CSV input"): an {@code age_months} column, or
 * {@code date_of_birth} and {@code assessment_date} (age in completed months). Outside the
 * instrument's range the row carries the warning {@code age_out_of_range} and keeps its scores;
 * an empty age assumes nothing; an unreadable one is a violation naming the column. The BPSC
 * applies to children of 0 to 17 months; its answers below score 1, 1, 2, 0 per subscale.
 */
class AgeTest {
  static final String ITEMS = "bpsc_1,bpsc_2,bpsc_3,bpsc_4,bpsc_5,bpsc_6,bpsc_7,bpsc_8,bpsc_9,bpsc_10,bpsc_11,bpsc_12";
  static final String ANSWERS = "1,1,2,0,1,1,2,0,1,1,2,0";
  static final String OUT = "id,bpsc_irritability,bpsc_irritability_band,bpsc_inflexibility,bpsc_inflexibility_band,"
      + "bpsc_routines,bpsc_routines_band,flags,status,errors,warnings";
  static final String SCORED = "4,at_risk,4,at_risk,4,at_risk,,complete,";

  @TempDir Path dir;

  private Cli.Run score(String input, String... options) {
    return Cli.scoreFile(dir, "bpsc", input, options);
  }

  @Test
  void ageMonths_atTheEdgesOfTheRange_warnsOnlyOutside() {
    Cli.Run run = score(lines("id,age_months," + ITEMS, "a,0," + ANSWERS, "b,17," + ANSWERS, "c,18," + ANSWERS,
        "d,," + ANSWERS, "e,NA," + ANSWERS));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(OUT, "a," + SCORED + ",", "b," + SCORED + ",",
        "c," + SCORED + ",age_out_of_range", "d," + SCORED + ",", "e," + SCORED + ",");
  }

  @Test
  void dates_giveTheAgeInCompletedMonths() {
    // born 2025-01-31: on 2026-06-30 the child is 16 completed months, on 2026-07-31 18
    Cli.Run run = score(lines("id,date_of_birth,assessment_date," + ITEMS, "a,2025-01-31,2026-06-30," + ANSWERS,
        "b,2025-01-31,2026-07-31," + ANSWERS));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(OUT, "a," + SCORED + ",", "b," + SCORED + ",age_out_of_range");
  }

  @Test
  void unreadableAge_isAViolationNamingTheColumn_andFlagsAndOtherRowsGoOn() {
    Cli.Run months = score(lines("id,age_months," + ITEMS, "a,4.5," + ANSWERS, "b,4," + ANSWERS));
    assertThat(months.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(months.lines()).containsExactly(OUT, "a,,,,,,,,invalid,age_months:not_a_number,", "b," + SCORED + ",");

    Cli.Run dates = score(lines("id,date_of_birth,assessment_date," + ITEMS, "a,2025-02-30,2026-01-01," + ANSWERS,
        "b,2026-02-01,2026-01-01," + ANSWERS));
    assertThat(dates.lines()).containsExactly(OUT, "a,,,,,,,,invalid,date_of_birth:not_a_date,",
        "b,,,,,,,,invalid,assessment_date:out_of_range,");
  }

  @Test
  void jsonLines_ageMonths_warnsWithTheMessageFreeCode() {
    Cli.Run run = Cli.runWithInput(lines(
        "{\"id\": \"a\", \"answers\": {\"bpsc_1\": 2}, \"age_months\": 24}",
        "{\"id\": \"b\", \"answers\": {\"bpsc_1\": 2}, \"age_months\": \"6\"}"),
        "score", "bpsc", "--input-format", "jsonl", "--format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    // one answer: the two subscales without any answered item are unscored, so incomplete
    assertThat(run.lines().get(0)).contains("\"status\":\"incomplete\"").contains("\"warnings\":[\"age_out_of_range\"]");
    assertThat(run.lines().get(1)).contains("\"warnings\":[]");
  }

  @Test
  void severalInstruments_eachHasItsOwnWarningsColumn() {
    String kpcsItems = java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(n -> "kpcs_" + n)
        .collect(java.util.stream.Collectors.joining(","));
    Cli.Run run = Cli.scoreFile(dir, "bpsc,kpcs", lines("id,age_months," + ITEMS + "," + kpcsItems,
        "a,14," + ANSWERS + ",3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"));

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines().get(0)).endsWith("bpsc_flags,bpsc_status,bpsc_errors,bpsc_warnings,kpcs_total,"
        + "kpcs_total_band,kpcs_flags,kpcs_status,kpcs_errors,kpcs_warnings");
    // 14 months: within the BPSC's 0-17, above the KPCS's 0-12
    assertThat(run.lines().get(1)).isEqualTo("a," + SCORED + ",,45,not_low,,complete,,age_out_of_range");
  }

  @Test
  void header_withOneDateOnly_orBothWays_isAUsageError() {
    assertUsageError(score(lines("id,date_of_birth," + ITEMS, "a,2025-01-01," + ANSWERS)),
        "assessment_date", "both dates");
    assertUsageError(score(lines("id,age_months,date_of_birth,assessment_date," + ITEMS, "a,4,,," + ANSWERS)),
        "one way only");
  }

  @Test
  void list_showsRespondentsAndAgeRanges() {
    Cli.Run run = run("list");

    assertThat(run.lines()).contains(
        "bpsc\tBaby Pediatric Symptom Checklist\t12\tparent-report\tunclear\t0-17 months",
        "adbb\tAlarm Distress Baby Scale\t8\tclinician-observer\trestricted\t2-24 months",
        "who5\tWorld Health Organization-Five Well-Being Index\t5\tself\trestricted\t-");
  }
}
