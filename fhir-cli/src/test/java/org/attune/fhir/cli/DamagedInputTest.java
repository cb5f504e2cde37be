package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attune.Attune;
import org.attune.fhir.Questionnaires;
import org.attune.model.Instrument;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR input that is not what it should be: each record that cannot be scored is one invalid
 * output record saying why, in every output format; reading goes on; the exit code is 3.
 */
class DamagedInputTest {
  private static final Instrument EPDS = Attune.catalog().get("epds");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CANONICAL = "https://w3id.org/attune/fhir/Questionnaire/epds|1.1.0";

  @TempDir Path dir;

  /** An EPDS response: every item at its first printed option except those given (item number to code). */
  static QuestionnaireResponse epds(String id, String... codes) {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId(id);
    qr.setQuestionnaire(Questionnaires.canonical(EPDS));
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    var group = qr.addItem().setLinkId("epds");
    for (int i = 1; i <= 10; i++) {
      String code = "option_1";
      for (int c = 0; c < codes.length; c += 2) {
        if (codes[c].equals(String.valueOf(i))) {
          code = codes[c + 1];
        }
      }
      group.addItem().setLinkId("epds_" + i).addAnswer()
          .setValue(new Coding("https://w3id.org/attune/fhir/CodeSystem/epds", code, null));
    }
    return qr;
  }

  static String line(IBaseResource resource) {
    return Cli.strict().encodeResourceToString(resource) + "\n";
  }

  /**
   * A valid response (item 10 at its fourth option, which scores 0); one with an answer that is no option of item 3 and a self-harm answer
   * (item 10, printed option 1 scores 3); a line that is not JSON; a blank line (no record);
   * another resource; a response to an unknown Questionnaire; one that is not valid R4; JSON
   * that is not a resource.
   */
  private Path damaged() {
    QuestionnaireResponse other = epds("other-url");
    other.setQuestionnaire("https://example.org/fhir/Questionnaire/epds-local|2");
    String notR4 = line(epds("not-r4")).replace("\"status\":\"completed\"", "\"status\":\"completed\",\"answr\":1");
    return Cli.write(dir, "in.ndjson", line(epds("ok", "10", "option_4"))
        + line(epds("bad-option", "3", "option_9", "10", "option_1"))
        + "this is not JSON\n"
        + "   \n"
        + "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n"
        + line(other)
        + notR4
        + "[1, 2]\n");
  }

  @Test
  void csvOutput_damagedNdjson_oneInvalidRowPerBadRecordWithItsReason() {
    Cli.Run run = Cli.run("score", "epds", damaged().toString(), "--input-format", "fhir");

    assertThat(run.exit()).as("%s", run).isEqualTo(3);
    assertThat(run.lines()).containsExactly(
        "id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings",
        "ok,18,probable_depression,6,above_threshold,,complete,,",
        "bad-option,,,,,self_harm,invalid,epds_3:not_an_option,",
        ",,,,,,invalid,row:malformed_row,",
        ",,,,,,invalid,row:malformed_row,",
        "other-url,,,,,,invalid,row:wrong_questionnaire,",
        "not-r4,,,,,,invalid,row:malformed_row,",
        ",,,,,,invalid,row:malformed_row,");
  }

  @Test
  void jsonlOutput_damagedNdjson_messagesSayWhatIsWrongAndWhatWasExpected() {
    Cli.Run run = Cli.run("score", "epds", damaged().toString(), "--input-format", "fhir", "--format", "jsonl");

    assertThat(run.exit()).as("%s", run).isEqualTo(3);
    List<JsonNode> rows = run.lines().stream().map(JSON::readTree).toList();
    assertThat(rows).hasSize(7);
    assertThat(rows.stream().map(r -> r.get("errors").size())).containsExactly(0, 1, 1, 1, 1, 1, 1);
    // An answer that is not one of the item's codes is reported naming the item's codes (attune-fhir).
    assertThat(message(rows.get(1))).isEqualTo("item [epds_3]: value [option_9] is not an allowed option;"
        + " expected one of the option codes [option_1, option_2, option_3, option_4]");
    assertThat(message(rows.get(2)))
        .isEqualTo("row: cannot be read; expected one FHIR resource as JSON a line (NDJSON), or one Bundle");
    assertThat(message(rows.get(3))).isEqualTo("row: cannot be read (Patient); expected a QuestionnaireResponse");
    assertThat(message(rows.get(4))).isEqualTo("row: answers another questionnaire (…ple.org/fhir/Questionnaire/"
        + "epds-local|2); expected the Questionnaire " + CANONICAL);
    assertThat(message(rows.get(5)))
        .matches("row: cannot be read \\(HAPI-[0-9]+\\); expected a QuestionnaireResponse valid in FHIR R4");
    assertThat(message(rows.get(6))).isEqualTo("row: cannot be read; expected a QuestionnaireResponse");
    assertThat(rows.get(1).get("flags").get(0).stringValue()).isEqualTo("self_harm");
  }

  @Test
  void fhirOutput_damagedNdjson_operationOutcomeForEachBadRecordAndTheFlagKept() {
    Cli.Run run = Cli.run("score", "epds", damaged().toString(), "--input-format", "fhir", "--format", "fhir");

    assertThat(run.exit()).as("%s", run).isEqualTo(3);
    List<IBaseResource> lines = run.resources(); // HAPI's strict parser
    assertThat(lines).extracting(r -> r.fhirType()).containsExactly("Observation", "Observation",
        "Flag", "OperationOutcome", // bad-option: the self-harm flag, then why it was not scored
        "OperationOutcome", "OperationOutcome", "OperationOutcome", "OperationOutcome", "OperationOutcome");
    Flag flag = (Flag) lines.get(2);
    assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("self_harm");
    assertThat(((Reference) flag.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/flag-detail").getValue()).getReference())
        .isEqualTo("QuestionnaireResponse/bad-option");

    OperationOutcome badOption = (OperationOutcome) lines.get(3);
    assertThat(response(badOption)).isEqualTo("QuestionnaireResponse/bad-option");
    OperationOutcomeIssueComponent issue = badOption.getIssueFirstRep();
    assertThat(badOption.getIssue()).hasSize(1);
    assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.VALUE);
    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("not_an_option");
    assertThat(issue.getDetails().getText()).startsWith("item [epds_3]: value [");
    assertThat(issue.getExpression()).extracting(e -> e.getValue())
        .containsExactly("QuestionnaireResponse.repeat(item).where(linkId = 'epds_3')");
    assertThat(((org.hl7.fhir.r4.model.CanonicalType) badOption.getExtensionByUrl(Outcomes.QUESTIONNAIRE).getValue())
        .getValue()).isEqualTo(CANONICAL);

    OperationOutcome notJson = (OperationOutcome) lines.get(4);
    assertThat(notJson.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.STRUCTURE);
    assertThat(notJson.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("malformed_row");
    assertThat(notJson.getIssueFirstRep().hasExpression()).isFalse();
    Reference unread = (Reference) notJson.getExtensionByUrl(Outcomes.SCORED_RESPONSE).getValue();
    assertThat(unread.getDisplay()).isEqualTo("an input record that is not a readable QuestionnaireResponse");

    OperationOutcome otherUrl = (OperationOutcome) lines.get(6);
    assertThat(response(otherUrl)).isEqualTo("QuestionnaireResponse/other-url");
    assertThat(otherUrl.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo("wrong_questionnaire");
    assertThat(response((OperationOutcome) lines.get(7))).as("id read leniently").isEqualTo(
        "QuestionnaireResponse/not-r4");
  }

  @Test
  void bundle_withNonResponseEntriesAndUnknownQuestionnaire_oneInvalidRowPerEntry() {
    QuestionnaireResponse other = epds("other-url");
    other.setQuestionnaire("https://w3id.org/attune/fhir/Questionnaire/epds|0.9.0");
    String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [\n"
        + "  {\"fullUrl\": \"urn:uuid:1\", \"resource\": " + line(epds("ok", "10", "option_4")).strip() + "},\n"
        + "  {\"fullUrl\": \"urn:uuid:2\", \"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\"}},\n"
        + "  {\"fullUrl\": \"urn:uuid:3\"},\n"
        + "  {\"resource\": " + line(other).strip() + "}\n"
        + "]}\n";
    Path in = Cli.write(dir, "bundle.json", bundle);

    Cli.Run csv = Cli.run("score", "epds", in.toString(), "--input-format", "fhir");
    Cli.Run fhir = Cli.run("score", "epds", in.toString(), "--input-format", "fhir", "--format", "fhir");

    assertThat(csv.exit()).as("%s", csv).isEqualTo(3);
    assertThat(csv.lines()).containsExactly(
        "id,epds_total,epds_total_band,epds_anxiety,epds_anxiety_band,flags,status,errors,warnings",
        "ok,18,probable_depression,6,above_threshold,,complete,,",
        ",,,,,,invalid,row:malformed_row,",
        ",,,,,,invalid,row:malformed_row,",
        "other-url,,,,,,invalid,row:wrong_questionnaire,");
    assertThat(fhir.exit()).isEqualTo(3);
    List<IBaseResource> lines = fhir.resources();
    assertThat(lines).extracting(r -> r.fhirType()).containsExactly("Observation", "Observation",
        "OperationOutcome", "OperationOutcome", "OperationOutcome");
    assertThat(response((OperationOutcome) lines.get(2))).isEqualTo("urn:uuid:2");
    assertThat(((OperationOutcome) lines.get(3)).getIssueFirstRep().getDetails().getText())
        .isEqualTo("row: cannot be read; expected a Bundle entry with a resource");
    assertThat(response((OperationOutcome) lines.get(3))).isEqualTo("urn:uuid:3");
    assertThat(((OperationOutcome) lines.get(4)).getIssueFirstRep().getDetails().getText())
        .isEqualTo("row: answers another questionnaire (…rg/attune/fhir/Questionnaire/epds|0.9.0); expected the"
            + " Questionnaire " + CANONICAL);
  }

  private static String message(JsonNode row) {
    return row.get("errors").get(0).get("message").stringValue();
  }

  private static String response(OperationOutcome outcome) {
    return ((Reference) outcome.getExtensionByUrl(Outcomes.SCORED_RESPONSE).getValue()).getReference();
  }
}
