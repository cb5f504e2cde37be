package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attune.Attune;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format fhir} from CSV: responses with no FHIR id are referred to by the row's id. */
class CsvToFhirTest {
  private static final String EPDS_IN = "id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10";

  @TempDir Path dir;

  @Test
  void csvRowWithId_observationsReferToTheResponseByIdentifier() {
    Path in = Cli.write(dir, "in.csv", EPDS_IN + "\nmother-02,1,1,2,2,2,1,1,1,1,0\n");

    Cli.Run run = Cli.run("score", "epds", in.toString(), "--format", "fhir");

    assertThat(run.exit()).as("%s", run).isZero();
    List<IBaseResource> lines = run.resources();
    assertThat(lines).hasSize(2);
    Observation total = (Observation) lines.get(0);
    Reference from = total.getDerivedFromFirstRep();
    assertThat(from.getType()).isEqualTo("QuestionnaireResponse");
    assertThat(from.getIdentifier().getValue()).isEqualTo("mother-02");
    assertThat(from.getIdentifier().hasSystem()).isFalse();
    assertThat(from.hasReference()).isFalse();
    assertThat(total.getValueQuantity().getValue()).isEqualByComparingTo("12");
    assertThat(total.hasSubject()).isFalse();
  }

  @Test
  void csvWithoutIdColumn_invalidRowWithSelfHarm_flagThenOutcomeSayingSo() {
    Path in = Cli.write(dir, "in.csv", "epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10\n"
        + "0,0,7,0,0,0,0,0,0,2\n");

    Cli.Run run = Cli.run("score", "epds", in.toString(), "--format", "fhir");

    assertThat(run.exit()).isEqualTo(3);
    List<IBaseResource> lines = run.resources();
    assertThat(lines).extracting(IBaseResource::fhirType).containsExactly("Flag", "OperationOutcome");
    Flag flag = (Flag) lines.get(0);
    assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("self_harm");
    assertThat(flag.getSubject().getDisplay()).isEqualTo("not named in the input");
    OperationOutcome outcome = (OperationOutcome) lines.get(1);
    Reference about = (Reference) outcome.getExtensionByUrl(Outcomes.SCORED_RESPONSE).getValue();
    assertThat(about.getDisplay()).isEqualTo("an input row without an id");
    assertThat(outcome.getIssue()).hasSize(1);
    assertThat(outcome.getIssueFirstRep().getDetails().getText())
        .isEqualTo("item [epds_3]: value [7] is not an allowed option; expected one of [3, 2, 1, 0]");
    assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("QuestionnaireResponse.repeat(item).where(linkId = 'epds_3')");
  }

  @Test
  void severalInstruments_eachInstrumentsLinesInTurn_outcomeNamesItsQuestionnaire() {
    Path in = Cli.write(dir, "in.csv", EPDS_IN + ",phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\n"
        + "r1,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,\n");

    Cli.Run run = Cli.run("score", "epds,phq9", in.toString(), "--format", "fhir");

    assertThat(run.exit()).isZero();
    List<IBaseResource> lines = run.resources();
    assertThat(lines).extracting(IBaseResource::fhirType)
        .containsExactly("Observation", "Observation", "OperationOutcome");
    OperationOutcome outcome = (OperationOutcome) lines.get(2);
    assertThat(((CanonicalType) outcome.getExtensionByUrl(Outcomes.QUESTIONNAIRE).getValue()).getValue())
        .isEqualTo("https://w3id.org/attune/fhir/Questionnaire/phq9|" + Attune.catalog().get("phq9").version());
    assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
    assertThat(outcome.getIssueFirstRep().getDetails().getText()).isEqualTo("phq9_total not scored: 8 of 9 items answered");
  }

  @Test
  void largeCsv_fhirOutputOnTwoThreads_isWhatOneThreadWrites() {
    StringBuilder csv = new StringBuilder(EPDS_IN).append('\n');
    for (int r = 0; r < 12_000; r++) {
      csv.append("r").append(r);
      for (int i = 0; i < 10; i++) {
        csv.append(',').append(r % 7 == i ? "" : String.valueOf((r + i) % 4));
      }
      csv.append('\n');
    }
    Path in = Cli.write(dir, "in.csv", csv.toString());
    assertThat(csv.length()).as("more than one piece of ParallelCsv").isGreaterThan(1 << 18);

    Cli.Run one = Cli.run("score", "epds", in.toString(), "--format", "fhir", "--threads", "1");
    Cli.Run two = Cli.run("score", "epds", in.toString(), "--format", "fhir", "--threads", "2");

    assertThat(one.exit()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(one.lines().get(one.lines().size() - 1)).contains("r11999");
  }
}
