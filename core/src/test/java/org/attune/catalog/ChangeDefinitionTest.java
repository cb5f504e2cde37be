package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.catalog.Demo.problems;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.model.ChangeKind;
import org.attune.model.ChangeThreshold;
import org.attune.model.ClinicalCutoff;
import org.attune.model.Evidence;
import org.attune.model.Instrument;
import org.attune.model.Source;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Change thresholds on scales and clinical cut-offs on profiles: read, checked by path, written back. */
class ChangeDefinitionTest {
  private static final Source DEMO = new Source(List.of("demo2020"), Evidence.CONFIRMED, null);

  private static ObjectNode change(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("scales").get(0).get("change").get(i);
  }

  private static ObjectNode cutoff(ObjectNode doc) {
    return (ObjectNode) doc.get("profiles").get(0).get("scales").get(0).get("clinicalCutoff");
  }

  @Test
  void read_thresholdsAndCutoff_giveModel() {
    Instrument demo = Demo.instrument();
    assertThat(demo.scale("demo_total").orElseThrow().change()).containsExactly(
        new ChangeThreshold(ChangeKind.RELIABLE_CHANGE, new BigDecimal("3"), ChangeThreshold.Better.LOWER, DEMO),
        new ChangeThreshold(ChangeKind.MCID, new BigDecimal("2"), ChangeThreshold.Better.LOWER, DEMO));
    assertThat(demo.scale("demo_pair").orElseThrow().change()).isEmpty();
    assertThat(demo.profile("default").orElseThrow().bandsFor("demo_total").orElseThrow().clinicalCutoff())
        .isEqualTo(new ClinicalCutoff(new BigDecimal("7"), DEMO));
    assertThat(demo.profile("strict").orElseThrow().bandsFor("demo_total").orElseThrow().clinicalCutoff()).isNull();
  }

  @Test
  void toJson_thenReadFullyAndTrusted_givesEqualInstrument() {
    Instrument demo = Demo.instrument();
    byte[] json = Definitions.toJson(demo).getBytes(StandardCharsets.UTF_8);
    assertThat(Definitions.read("again.json", new java.io.ByteArrayInputStream(json))).isEqualTo(demo);
    assertThat(Definitions.readChecked(json)).isEqualTo(demo);
  }

  @Test
  void read_badThresholds_reportsEveryProblemByPath() {
    List<DefinitionProblem> problems = problems(doc -> {
      change(doc, 0).put("threshold", 0);
      change(doc, 1).put("kind", "reliable_change").put("better", "higher");
      ArrayNode list = (ArrayNode) doc.get("scales").get(0).get("change");
      list.addObject().put("kind", "effect_size").put("threshold", 10).put("better", "up")
          .putObject("source").put("evidence", "confirmed").putArray("refs").add("nobody1999");
      return doc;
    });
    assertThat(problems).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
        "demo.json: scales[0].change[0].threshold: a change threshold must be positive, was 0",
        "demo.json: scales[0].change[1].kind: duplicate change kind reliable_change; a scale has at most one threshold of each kind",
        "demo.json: scales[0].change[1].better: is higher but an earlier threshold of this scale says lower; a scale improves in one direction",
        "demo.json: scales[0].change[2].kind: unknown change kind effect_size; expected one of [reliable_change, mcid, reliable_improvement]",
        "demo.json: scales[0].change[2].better: unknown value up; expected one of [lower, higher]",
        "demo.json: scales[0].change[2].threshold: threshold 10 is more than the scale's range 0-9 allows",
        "demo.json: scales[0].change[2].source.refs[0]: unknown reference nobody1999; add it to references");
  }

  @Test
  void read_thresholdWithoutSource_failsNamingPath() {
    assertThat(problems(doc -> {
      change(doc, 0).remove("source");
      return doc;
    })).extracting(DefinitionProblem::path).containsExactly("scales[0].change[0].source");
  }

  @Test
  void read_cutoffOutsideRange_failsNamingPath() {
    assertThat(problems(doc -> {
      cutoff(doc).put("atLeast", 0);
      return doc;
    })).extracting(DefinitionProblem::toString).containsExactly(
        "demo.json: profiles[0].scales[0].clinicalCutoff.atLeast: cut-off 0 must be above the scale's minimum 0 and at most its maximum 9");
    assertThat(problems(doc -> {
      cutoff(doc).put("atLeast", 9.5);
      return doc;
    })).extracting(DefinitionProblem::path).containsExactly("profiles[0].scales[0].clinicalCutoff.atLeast");
  }

  @Test
  void read_cutoffOnScaleWithoutThresholds_fails() {
    assertThat(problems(doc -> {
      ((ObjectNode) doc.get("scales").get(0)).remove("change");
      return doc;
    })).extracting(DefinitionProblem::toString).containsExactly(
        "demo.json: profiles[0].scales[0].clinicalCutoff: scale demo_total has no change thresholds, so no change on it"
            + " can be judged clinically significant");
  }

  @Test
  void read_misspeltCutoffField_failsNamingPath() {
    assertThat(problems(doc -> {
      cutoff(doc).put("atleast", 7);
      return doc;
    })).extracting(DefinitionProblem::path).containsExactly("profiles[0].scales[0].clinicalCutoff.atleast");
  }
}
