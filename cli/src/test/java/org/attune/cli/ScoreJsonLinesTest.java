package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.runWithInput;
import static org.attune.cli.Cli.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines in and out (CONTRACT.md "JSON Lines"). Answers {@code 1,1,2,2,2,1,1,1,1,0} score
 * total 12 (possible_depression) and anxiety 2+2+2 = 6 (above_threshold) by the EPDS key.
 */
class ScoreJsonLinesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String ANSWERS_12 = "1,1,2,2,2,1,1,1,1,0";

  @TempDir Path dir;

  static List<JsonNode> objects(Cli.Run run) {
    return run.lines().stream().map(JSON::readTree).toList();
  }

  static List<String> names(JsonNode node) {
    return List.copyOf(node.propertyNames());
  }

  @Test
  void jsonlOutput_completeRow_hasEveryContractField() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, "r1," + ANSWERS_12));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    List<JsonNode> rows = objects(run);
    assertThat(rows).hasSize(1);
    JsonNode row = rows.get(0);
    assertThat(names(row)).contains("id", "instrument", "instrumentVersion", "profile", "status", "scales", "flags",
        "errors", "warnings");
    assertThat(row.get("id").stringValue()).isEqualTo("r1");
    assertThat(row.get("instrument").stringValue()).isEqualTo("epds");
    // the definition's own version (epds.json "version")
    assertThat(row.get("instrumentVersion").stringValue()).isEqualTo("1.1.0");
    assertThat(row.get("profile").stringValue()).isEqualTo("default");
    assertThat(row.get("status").stringValue()).isEqualTo("complete");
    assertThat(names(row.get("scales"))).containsExactly("epds_total", "epds_anxiety");
    JsonNode total = row.get("scales").get("epds_total");
    assertThat(total.get("score").isIntegralNumber()).as("score written as an integer: %s", total).isTrue();
    assertThat(total.get("score").intValue()).isEqualTo(12);
    assertThat(total.get("band").stringValue()).isEqualTo("possible_depression");
    assertThat(total.get("answered").intValue()).isEqualTo(10);
    JsonNode anxiety = row.get("scales").get("epds_anxiety");
    assertThat(anxiety.get("score").intValue()).isEqualTo(6);
    assertThat(anxiety.get("band").stringValue()).isEqualTo("above_threshold");
    assertThat(anxiety.get("answered").intValue()).isEqualTo(3);
    assertThat(row.get("flags").isArray()).isTrue();
    assertThat(row.get("flags").size()).isZero();
    assertThat(row.get("errors").isArray()).isTrue();
    assertThat(row.get("errors").size()).isZero();
    assertThat(row.get("warnings").isArray()).isTrue();
    assertThat(row.get("warnings").size()).isZero();
  }

  @Test
  void jsonlOutput_invalidRow_errorsCarryItemCodeValueAndMessage() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, "r2,0,0,7,0,0,0,0,0,0,1"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    JsonNode row = objects(run).get(0);
    assertThat(row.get("status").stringValue()).isEqualTo("invalid");
    assertThat(row.get("scales").get("epds_total").get("score").isNull()).isTrue();
    assertThat(row.get("scales").get("epds_total").get("band").isNull()).isTrue();
    assertThat(row.get("scales").get("epds_anxiety").get("score").isNull()).isTrue();
    assertThat(row.get("scales").get("epds_anxiety").get("band").isNull()).isTrue();
    assertThat(row.get("flags").size()).isEqualTo(1);
    assertThat(row.get("flags").get(0).stringValue()).isEqualTo("self_harm");
    assertThat(row.get("errors").size()).isEqualTo(1);
    JsonNode error = row.get("errors").get(0);
    assertThat(error.get("item").stringValue()).isEqualTo("epds_3");
    assertThat(error.get("code").stringValue()).isEqualTo("not_an_option");
    assertThat(error.get("value").stringValue()).isEqualTo("7");
    // STYLE.md: rendered from the violation's fields only; item 3's scores in printed order 3,2,1,0
    assertThat(error.get("message").stringValue())
        .isEqualTo("item [epds_3]: value [7] is not an allowed option; expected one of [3, 2, 1, 0]");
  }

  @Test
  void jsonlOutput_incompleteRow_unscorableScaleHasNullScoreAndBand() {
    // epds_10 missing: total unscored with 9 answered; anxiety 2+2+2 = 6
    Path in = write(dir, "in.csv", lines(EPDS_IN, "r3,1,1,2,2,2,1,1,1,1,"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    JsonNode row = objects(run).get(0);
    assertThat(row.get("status").stringValue()).isEqualTo("incomplete");
    JsonNode total = row.get("scales").get("epds_total");
    assertThat(total.has("score")).isTrue();
    assertThat(total.get("score").isNull()).isTrue();
    assertThat(total.get("band").isNull()).isTrue();
    assertThat(total.get("answered").intValue()).isEqualTo(9);
    assertThat(row.get("scales").get("epds_anxiety").get("score").intValue()).isEqualTo(6);
  }

  @Test
  void jsonlOutput_profile_isNamed() {
    // 2+0+2+1+1 = 6, anxiety 4: both above under fathers
    Path in = write(dir, "in.csv", lines(EPDS_IN, "f1,2,0,2,1,1,0,0,0,0,0"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl", "--profile", "fathers");

    JsonNode row = objects(run).get(0);
    assertThat(row.get("profile").stringValue()).isEqualTo("fathers");
    assertThat(row.get("scales").get("epds_total").get("band").stringValue()).isEqualTo("above_threshold");
    assertThat(row.get("scales").get("epds_anxiety").get("band").stringValue()).isEqualTo("above_threshold");
  }

  @Test
  void jsonlOutput_oneObjectPerInputRowInOrder() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, "a," + ANSWERS_12, "b,,,,,,,,,,", "c,0,0,9,0,0,0,0,0,0,0"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(objects(run)).extracting(o -> o.get("id").stringValue() + ":" + o.get("status").stringValue())
        .containsExactly("a:complete", "b:incomplete", "c:invalid");
  }

  @Test
  void jsonlInput_numbersStringsNullsUnknownKeysAndMalformedLines_oneOutputRowPerLine() {
    Path in = write(dir, "in.jsonl", lines(
        // numbers and strings mixed: 1,1,2,2,2,1,1,1,1,0 -> 12, anxiety 6
        "{\"id\": \"j1\", \"answers\": {\"epds_1\": 1, \"epds_2\": \"1\", \"epds_3\": 2, \"epds_4\": \"2\", "
            + "\"epds_5\": 2, \"epds_6\": 1, \"epds_7\": \"1\", \"epds_8\": 1, \"epds_9\": 1, \"epds_10\": 0}}",
        // null and an absent key are not answered; item 10 = 2 raises self_harm
        "{\"id\": \"j2\", \"answers\": {\"epds_1\": null, \"epds_3\": 0, \"epds_4\": 0, \"epds_5\": 0, "
            + "\"epds_10\": 2}}",
        // a key that is not an EPDS item is a violation
        "{\"id\": \"j3\", \"answers\": {\"epds_1\": 0, \"epds_2\": 0, \"epds_3\": 0, \"epds_4\": 0, \"epds_5\": 0, "
            + "\"epds_6\": 0, \"epds_7\": 0, \"epds_8\": 0, \"epds_9\": 0, \"epds_10\": 0, \"epds_11\": 0}}",
        "",
        "{\"id\": \"j4\", \"answers\": {\"epds_1\": ",
        "{\"id\": \"j5\", \"answers\": {\"epds_1\": 2.0}, \"age_months\": 4}"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    List<JsonNode> rows = objects(run);
    assertThat(rows).hasSize(5);

    JsonNode j1 = rows.get(0);
    assertThat(j1.get("id").stringValue()).isEqualTo("j1");
    assertThat(j1.get("status").stringValue()).isEqualTo("complete");
    assertThat(j1.get("scales").get("epds_total").get("score").intValue()).isEqualTo(12);
    assertThat(j1.get("scales").get("epds_anxiety").get("score").intValue()).isEqualTo(6);

    JsonNode j2 = rows.get(1);
    assertThat(j2.get("status").stringValue()).isEqualTo("incomplete");
    assertThat(j2.get("scales").get("epds_total").get("score").isNull()).isTrue();
    assertThat(j2.get("scales").get("epds_total").get("answered").intValue()).isEqualTo(4);
    assertThat(j2.get("scales").get("epds_anxiety").get("score").intValue()).isZero();
    assertThat(j2.get("flags").get(0).stringValue()).isEqualTo("self_harm");

    JsonNode j3 = rows.get(2);
    assertThat(j3.get("status").stringValue()).isEqualTo("invalid");
    assertThat(j3.get("errors")).extracting(e -> e.get("item").stringValue() + ":" + e.get("code").stringValue())
        .containsExactly("epds_11:unknown_item");

    JsonNode j4 = rows.get(3);
    assertThat(j4.get("status").stringValue()).isEqualTo("invalid");
    assertThat(j4.get("errors").size()).isEqualTo(1);
    assertThat(j4.get("errors").get(0).get("item").stringValue()).isEqualTo("row");

    // 2.0 is not the canonical spelling of a whole number
    JsonNode j5 = rows.get(4);
    assertThat(j5.get("id").stringValue()).isEqualTo("j5");
    assertThat(j5.get("status").stringValue()).isEqualTo("invalid");
    assertThat(j5.get("errors")).extracting(e -> e.get("item").stringValue() + ":" + e.get("code").stringValue())
        .containsExactly("epds_1:not_a_number");
  }

  @Test
  void jsonlInput_csvOutput_usesTheContractColumns() {
    Path in = write(dir, "in.jsonl", lines(
        "{\"id\": \"j1\", \"answers\": {\"epds_1\": 1, \"epds_2\": 1, \"epds_3\": 2, \"epds_4\": 2, \"epds_5\": 2, "
            + "\"epds_6\": 1, \"epds_7\": 1, \"epds_8\": 1, \"epds_9\": 1, \"epds_10\": 0}}",
        "{\"id\": \"j2\", \"answers\": {\"epds_3\": \"7\", \"epds_10\": 1}}"));

    Cli.Run run = run("score", "epds", in.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        "j1,12,possible_depression,6,above_threshold,,complete,,",
        "j2,,,,,self_harm,invalid,epds_3:not_an_option,");
  }

  @Test
  void jsonlInput_severalInstruments_itemsOfTheOtherAreNotUnknown() {
    // EPDS all 0 except item 10 = 1: total 1, self_harm; PHQ-9 1,1,1,1,1,0,0,0,0: 5 mild
    Path in = write(dir, "in.jsonl", lines("{\"id\": \"m1\", \"answers\": {\"epds_1\": 0, \"epds_2\": 0, "
        + "\"epds_3\": 0, \"epds_4\": 0, \"epds_5\": 0, \"epds_6\": 0, \"epds_7\": 0, \"epds_8\": 0, "
        + "\"epds_9\": 0, \"epds_10\": 1, \"phq9_1\": 1, \"phq9_2\": 1, \"phq9_3\": 1, \"phq9_4\": 1, "
        + "\"phq9_5\": 1, \"phq9_6\": 0, \"phq9_7\": 0, \"phq9_8\": 0, \"phq9_9\": 0, \"gad7_1\": 0}}"));

    Cli.Run run = run("score", "epds,phq9", in.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(ScoreOutputTest.WIDE_OUT,
        "m1,,,,,self_harm,invalid,gad7_1:unknown_item,,,,,invalid,gad7_1:unknown_item,");
  }

  @Test
  void jsonlInput_fromStandardInputWithInputFormat_isRead() {
    String input = lines("{\"id\": \"s1\", \"answers\": {\"epds_1\": 0, \"epds_2\": 0, \"epds_3\": 0, \"epds_4\": 0, "
        + "\"epds_5\": 0, \"epds_6\": 0, \"epds_7\": 0, \"epds_8\": 0, \"epds_9\": 0, \"epds_10\": 0}}");

    Cli.Run run = runWithInput(input, "score", "epds", "--input-format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "s1,0,below_threshold,0,below_threshold,,complete,,");
  }

  @Test
  void jsonlInput_crlfLineEndsAndBlankLines_areRead() {
    String row = "{\"id\": \"c%d\", \"answers\": {\"epds_1\": 0, \"epds_2\": 0, \"epds_3\": 0, \"epds_4\": 0, "
        + "\"epds_5\": 0, \"epds_6\": 0, \"epds_7\": 0, \"epds_8\": 0, \"epds_9\": 0, \"epds_10\": 0}}";
    Path in = write(dir, "in.jsonl", String.format(row, 1) + "\r\n\r\n" + String.format(row, 2) + "\r\n");

    Cli.Run run = run("score", "epds", in.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, "c1,0,below_threshold,0,below_threshold,,complete,,",
        "c2,0,below_threshold,0,below_threshold,,complete,,");
  }

  @Test
  void jsonlOutput_longValueInError_isCutToFortyCharacters() {
    String value = "abcdefghij".repeat(6);
    Path in = write(dir, "in.jsonl", lines("{\"id\": \"v\", \"answers\": {\"epds_2\": \"" + value + "\"}}"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    JsonNode error = objects(run).get(0).get("errors").get(0);
    assertThat(error.get("item").stringValue()).isEqualTo("epds_2");
    assertThat(error.get("code").stringValue()).isEqualTo("not_a_number");
    String quoted = error.get("value").stringValue();
    assertThat(quoted.length()).isLessThanOrEqualTo(40);
    assertThat(value).startsWith(quoted.substring(0, 30));
  }

  @Test
  void jsonlInput_zeroByteFile_isAUsageError() {
    // CONTRACT.md exit 2: "unreadable or empty input"
    Path in = write(dir, "empty.jsonl", new byte[0]);

    assertUsageError(run("score", "epds", in.toString()));
  }

  @Test
  void jsonlInput_answersNotAnObject_isOneInvalidRow() {
    Path in = write(dir, "in.jsonl", lines("{\"id\": \"x\", \"answers\": [0, 1]}", "[1, 2]"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(objects(run)).extracting(o -> o.get("status").stringValue()).containsExactly("invalid", "invalid");
  }

  @Test
  void jsonlOutput_everyLineIsOneJsonObject() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, "\"multi\nline\"," + ANSWERS_12, "b,,,,,,,,,,"));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "jsonl");

    assertThat(run.out()).endsWith("\n").doesNotContain("\r");
    assertThat(objects(run)).hasSize(2).allSatisfy(o -> assertThat(o.isObject()).isTrue());
    assertThat(objects(run).get(0).get("id").stringValue()).isEqualTo("multi\nline");
  }
}
