package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.Attune;
import org.attune.fhir.Filled;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every instrument (EPDS, PHQ-9 and GAD-7 among them): QuestionnaireResponses filled from the
 * generated Questionnaire with seeded random answers, written as NDJSON and as a pretty-printed
 * Bundle, scored by {@code attune score --input-format fhir} to CSV and to FHIR, give what
 * {@link Scorer#evaluate} gives for the same answers; the FHIR output passes HAPI's strict parser.
 */
class ScoreRoundTripTest {
  private static final int RESPONSES = 25;

  @TempDir Path dir;

  static Stream<String> instruments() {
    return Attune.catalog().instruments().stream().map(Instrument::id);
  }

  @ParameterizedTest
  @MethodSource("instruments")
  void score_randomResponsesAsNdjsonAndBundle_matchScorerEvaluate(String id) {
    Instrument instrument = Attune.catalog().get(id);
    Scorer scorer = Attune.catalog().scorer(id);
    long seed = 20261123L ^ id.hashCode();
    System.out.println("ScoreRoundTripTest " + id + " seed " + seed);
    Random random = new Random(seed);
    List<Filled> filled = new ArrayList<>();
    for (int n = 0; n < RESPONSES; n++) {
      double skip = n == 0 ? 0 : n == 1 ? 1 : random.nextDouble() * 0.3;
      filled.add(Filled.of(instrument, id + "-" + n, random, skip));
    }
    IParser compact = Cli.strict();
    String ndjson = filled.stream().map(f -> compact.encodeResourceToString(f.response()) + "\n")
        .collect(Collectors.joining());
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    filled.forEach(f -> bundle.addEntry().setResource(f.response()));
    Path lines = Cli.write(dir, id + ".ndjson", ndjson);
    Path document = Cli.write(dir, id + ".json", Cli.strict().setPrettyPrint(true).encodeResourceToString(bundle));
    List<Result> expected = filled.stream().map(f -> scorer.evaluate(f.answers())).toList();

    Cli.Run csv = Cli.run("score", id, lines.toString(), "--input-format", "fhir");
    assertThat(csv.exit()).as("%s", csv).isZero();
    assertThat(Cli.run("score", id, document.toString(), "--input-format=fhir").out()).isEqualTo(csv.out());
    assertCsv(csv, instrument, expected);

    Cli.Run fhir = Cli.run("score", id, lines.toString(), "--input-format", "fhir", "--format", "fhir");
    assertThat(fhir.exit()).as("%s", fhir).isZero();
    assertThat(Cli.run("score", id, document.toString(), "--input-format", "fhir", "--format=fhir").out())
        .isEqualTo(fhir.out());
    assertThat(fhir.resources().stream().map(ScoreRoundTripTest::describe))
        .containsExactlyElementsOf(expectedLines(id, expected));
  }

  private static void assertCsv(Cli.Run csv, Instrument instrument, List<Result> expected) {
    List<String> header = Arrays.asList(csv.lines().get(0).split(",", -1));
    assertThat(csv.lines()).hasSize(expected.size() + 1);
    for (int n = 0; n < expected.size(); n++) {
      List<String> cells = Arrays.asList(csv.lines().get(n + 1).split(",", -1));
      Result result = expected.get(n);
      assertThat(cells.get(header.indexOf("id"))).isEqualTo(instrument.id() + "-" + n);
      for (ScaleResult s : result.scales()) {
        String score = cells.get(header.indexOf(s.scaleId()));
        if (s.score() == null) {
          assertThat(score).as("%s row %d", s.scaleId(), n).isEmpty();
        } else {
          assertThat(new BigDecimal(score)).as("%s row %d", s.scaleId(), n)
              .isEqualByComparingTo(s.score().setScale(2, RoundingMode.HALF_UP));
        }
        assertThat(cells.get(header.indexOf(s.scaleId() + "_band"))).isEqualTo(s.band() == null ? "" : s.band());
      }
      assertThat(cells.get(header.indexOf("flags")))
          .isEqualTo(result.flags().stream().map(Flag::code).collect(Collectors.joining(";")));
      assertThat(cells.get(header.indexOf("status"))).as("row %d", n).isEqualTo(result.status().code());
      assertThat(cells.get(header.indexOf("errors"))).isEmpty();
    }
  }

  /** What each output line should say, in order: Observations, Flags, then an OperationOutcome where one is due. */
  private static List<String> expectedLines(String id, List<Result> expected) {
    List<String> out = new ArrayList<>();
    for (int n = 0; n < expected.size(); n++) {
      String ref = "QuestionnaireResponse/" + id + "-" + n;
      Result r = expected.get(n);
      int before = out.size();
      for (ScaleResult s : r.scales()) {
        if (s.scored()) {
          out.add("Observation " + ref + " " + s.scaleId() + "=" + s.score().stripTrailingZeros().toPlainString()
              + " " + s.band());
        }
      }
      r.flags().forEach(f -> out.add("Flag " + ref + " " + f.code()));
      List<String> issues = r.scales().stream().filter(s -> !s.scored()).map(s -> "incomplete@" + s.scaleId())
          .collect(Collectors.toCollection(ArrayList::new));
      if (issues.isEmpty() && out.size() == before) {
        issues.add(r.status().code() + "@");
      }
      if (!issues.isEmpty()) {
        out.add("OperationOutcome " + ref + " " + issues);
      }
    }
    return out;
  }

  /** A line of FHIR output in the same terms. */
  private static String describe(IBaseResource resource) {
    if (resource instanceof Observation o) {
      String scale = o.getCode().getCoding().stream().filter(c -> c.getSystem().startsWith("https://w3id.org/attune/"))
          .findFirst().orElseThrow().getCode();
      String band = o.hasInterpretation() ? o.getInterpretationFirstRep().getCodingFirstRep().getCode() : null;
      return "Observation " + o.getDerivedFromFirstRep().getReference() + " " + scale + "="
          + o.getValueQuantity().getValue().stripTrailingZeros().toPlainString() + " " + band;
    }
    if (resource instanceof org.hl7.fhir.r4.model.Flag f) {
      Reference about = (Reference) f.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/flag-detail").getValue();
      return "Flag " + about.getReference() + " " + f.getCode().getCodingFirstRep().getCode();
    }
    OperationOutcome oo = (OperationOutcome) resource;
    Reference about = (Reference) oo.getExtensionByUrl(Outcomes.SCORED_RESPONSE).getValue();
    List<String> issues = oo.getIssue().stream().map(i -> i.getDetails().getCodingFirstRep().getCode() + "@"
        + (i.hasExpression() ? i.getExpression().get(0).getValue().replaceAll(".*linkId = '(.*)'\\)$", "$1") : ""))
        .toList();
    return "OperationOutcome " + about.getReference() + " " + issues;
  }
}
