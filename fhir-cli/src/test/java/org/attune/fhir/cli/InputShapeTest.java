package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How FHIR input is told apart (NDJSON or one document) and what it cannot be. */
class InputShapeTest {
  private static final String HEADER =
      "id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings";
  private static final String OK = "ok,18,probable_depression,6,above_threshold,,complete,,";

  @TempDir Path dir;

  private static String ok(String id) {
    return DamagedInputTest.line(DamagedInputTest.epds(id, "10", "option_4"));
  }

  private Cli.Run score(String input) {
    return Cli.run("score", "epds", Cli.write(dir, "in", input).toString(), "--input-format", "fhir");
  }

  @Test
  void document_prettyPrintedResponse_isOneRecord() {
    String pretty = Cli.strict().setPrettyPrint(true).encodeResourceToString(DamagedInputTest.epds("ok", "10",
        "option_4"));
    assertThat(pretty).contains("\n");

    assertThat(score(pretty).lines()).containsExactly(HEADER, OK);
  }

  @Test
  void ndjson_lineHoldingABundle_givesEachEntryThenTheNextLine() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.addEntry().setResource(DamagedInputTest.epds("a", "10", "option_4"));
    bundle.addEntry().setResource(DamagedInputTest.epds("b", "10", "option_4"));

    Cli.Run run = score(DamagedInputTest.line(bundle) + ok("c"));

    assertThat(run.lines()).containsExactly(HEADER, OK.replace("ok", "a"), OK.replace("ok", "b"),
        OK.replace("ok", "c"));
  }

  @Test
  void ndjson_brokenFirstLine_isOneInvalidRecordAndTheRestIsRead() {
    Cli.Run run = score("{\"resourceType\": \"QuestionnaireResponse\", \"id\": \"cut\n" + ok("ok"));

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.lines()).containsExactly(HEADER, ",,,,,,invalid,row:malformed_row,", OK);
  }

  @Test
  void ndjson_twoLinesThatAreNotJsonFirst_eachIsOneInvalidRecord() {
    Cli.Run run = score("not JSON\nnor this\n" + ok("ok"));

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.lines()).containsExactly(HEADER, ",,,,,,invalid,row:malformed_row,",
        ",,,,,,invalid,row:malformed_row,", OK);
  }

  @Test
  void ndjson_byteOrderMarkAndCrlf_areRead() {
    Cli.Run run = score("\uFEFF" + ok("ok").replace("\n", "\r\n") + ok("ok").replace("\n", "\r\n"));

    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.lines()).containsExactly(HEADER, OK, OK);
  }

  @Test
  void ndjson_fromStandardInput_isRead() {
    Cli.Run run = Cli.runWithInput(ok("ok"), "score", "epds", "-", "--input-format", "fhir");

    assertThat(run.lines()).containsExactly(HEADER, OK);
  }

  @Test
  void emptyBundle_givesNoRowsAndExitsZero() {
    Cli.Run run = score("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}\n");

    assertThat(run.exit()).isZero();
    assertThat(run.lines()).containsExactly(HEADER);
  }

  @Test
  void emptyInput_isUsageError() {
    Cli.assertUsageError(score(" \n\n"),
        "attune: the input is empty: expected FHIR QuestionnaireResponses as NDJSON or a Bundle");
  }

  @Test
  void severalInstruments_isUsageError() {
    Cli.Run run = Cli.run("score", "epds,phq9", Cli.write(dir, "in", ok("ok")).toString(), "--input-format=fhir");

    Cli.assertUsageError(run, "attune: FHIR input takes one instrument, not [epds, phq9]: each"
        + " QuestionnaireResponse answers one Questionnaire");
  }
}
