package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.attune.catalog.Catalog;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Evidence;
import org.attune.model.Pathway;
import org.attune.response.AnswerCoding;
import org.attune.session.PathwayOutcome;
import org.attune.session.PathwayOutcome.StepStatus;
import org.attune.session.PathwaySession;
import org.attune.session.Session;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;
import org.junit.jupiter.api.Test;

/**
 * The NICE CG192 pathway as instruments/FACTS.md A1 summarises it (secondary sources): the
 * Whooley questions and the GAD-2; after a yes to either Whooley question, or clinical concern,
 * the EPDS or PHQ-9 (EPDS by default); after a GAD-2 of 3 or more, or concern, the GAD-7, with
 * the GAD-2's two answers carried into the GAD-7's first two items (CONTRACT.md).
 */
class PathwayTest {
  private static final Catalog CATALOG = Catalog.of(new PerinatalMoodInstruments());
  private static final Pathway NICE = CATALOG.pathway("nice_cg192");

  /** Answers every shown item of the current step from the map, moving on to the end of the step's session. */
  private static void answerStep(PathwaySession visit, Map<String, String> answers) {
    Session session = visit.current().orElseThrow();
    while (!session.isFinished()) {
      session.step().forEach(item -> {
        if (answers.containsKey(item.id())) {
          session.answer(item.id(), answers.get(item.id()));
        }
      });
      session.next();
    }
    visit.next();
  }

  @Test
  void negativeScreens_endAfterTheGad2_withNoFurtherStepIndicated() {
    PathwaySession visit = PathwaySession.start(NICE, CATALOG);
    assertThat(visit.currentStep()).contains("whooley");
    answerStep(visit, Map.of("whooley_1", "0", "whooley_2", "0"));
    answerStep(visit, Map.of("gad2_1", "1", "gad2_2", "1"));

    assertThat(visit.isFinished()).isTrue();
    PathwayOutcome outcome = visit.outcome();
    assertThat(outcome.steps()).extracting(PathwayOutcome.StepOutcome::status)
        .containsExactly(StepStatus.ASKED, StepStatus.ASKED, StepStatus.NOT_INDICATED, StepStatus.NOT_INDICATED);
    assertThat(outcome.anyIndicated()).isFalse();
    assertThat(visit.results().keySet()).containsExactly("whooley", "gad2");
  }

  @Test
  void aYesToEitherWhooleyQuestion_leadsToTheEpdsByDefault_orThePhq9WhenTheServiceChoosesIt() {
    PathwaySession visit = PathwaySession.start(NICE, CATALOG);
    answerStep(visit, Map.of("whooley_1", "0", "whooley_2", "1", "whooley_help", "0"));
    answerStep(visit, Map.of("gad2_1", "0", "gad2_2", "1"));
    assertThat(visit.currentStep()).contains("depression");
    assertThat(visit.current().orElseThrow().instrument().id()).isEqualTo("epds");
    assertThat(visit.outcome().steps().get(2).reason()).isEqualTo("whooley whooley_total 1 >= 1");

    PathwaySession phq = PathwaySession.start(NICE, CATALOG, Map.of("depression_measure", "phq9"), AnswerCoding.SCORE, 1);
    answerStep(phq, Map.of("whooley_1", "1", "whooley_2", "0"));
    answerStep(phq, Map.of("gad2_1", "0", "gad2_2", "0"));
    assertThat(phq.current().orElseThrow().instrument().id()).isEqualTo("phq9");
    assertThatThrownBy(() -> PathwaySession.start(NICE, CATALOG, Map.of("depression_measure", "gad7"),
        AnswerCoding.SCORE, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[epds, phq9]");
  }

  @Test
  void gad2OfThreeOrMore_leadsToTheGad7_withTheTwoAnswersCarriedOver() {
    PathwaySession visit = PathwaySession.start(NICE, CATALOG);
    answerStep(visit, Map.of("whooley_1", "0", "whooley_2", "0"));
    answerStep(visit, Map.of("gad2_1", "2", "gad2_2", "1"));

    assertThat(visit.currentStep()).contains("anxiety");
    Session gad7 = visit.current().orElseThrow();
    assertThat(gad7.answers()).containsEntry("gad7_1", "2").containsEntry("gad7_2", "1");
    answerStep(visit, Map.of("gad7_3", "3", "gad7_4", "3", "gad7_5", "3", "gad7_6", "3", "gad7_7", "3"));
    assertThat(visit.results().get("anxiety").scale("gad7_total").score()).isEqualByComparingTo("18");
    assertThat(visit.outcome().steps().get(2).status()).isEqualTo(StepStatus.NOT_INDICATED);
    assertThat(visit.outcome().anyIndicated()).isTrue();
  }

  @Test
  void clinicalConcern_continuesThePathwayWhateverTheScreens() {
    PathwaySession visit = PathwaySession.start(NICE, CATALOG);
    visit.input("clinical_concern", true);
    answerStep(visit, Map.of("whooley_1", "0", "whooley_2", "0"));
    answerStep(visit, Map.of("gad2_1", "0", "gad2_2", "0"));
    assertThat(visit.currentStep()).contains("depression");
    assertThat(visit.outcome().steps().get(2).reason()).isEqualTo("input clinical_concern");
    assertThatThrownBy(visit::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("not finished");
    assertThatThrownBy(() -> visit.input("worry", true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathway_citesItsSources_andSaysTheyAreSecondary() {
    assertThat(NICE.source().evidence()).isEqualTo(Evidence.SECONDARY);
    assertThat(NICE.source().note()).contains("UNCONFIRMED");
    assertThat(NICE.references()).extracting(c -> c.id()).contains("nice-cg192");
  }

  @Test
  void misspeltField_isReportedWithItsPath() {
    String misspelt = """
        {"pathwayVersion": 1, "id": "typo", "version": "1", "name": "Typo",
         "references": [{"id": "r", "text": "R."}], "source": {"refs": ["r"], "evidence": "secondary"},
         "steps": [{"id": "a", "instrument": "gad2", "whne": []}]}
        """;
    Catalog catalog = Catalog.of(withPathway(misspelt));
    assertThatThrownBy(catalog::pathways).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("steps[0].whne: unknown field");
  }

  private static InstrumentProvider withPathway(String json) {
    return new InstrumentProvider() {
      @Override
      public List<DefinitionSource> definitions() {
        return new PerinatalMoodInstruments().definitions();
      }

      @Override
      public List<DefinitionSource> pathways() {
        return List.of(new DefinitionSource("pathway.json",
            () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
      }
    };
  }

  @Test
  void brokenPathway_everyProblemReportedWithItsPath() {
    String broken = """
        {"pathwayVersion": 1, "id": "broken", "version": "1", "name": "Broken",
         "references": [{"id": "r", "text": "R."}], "source": {"refs": ["r"], "evidence": "secondary"},
         "steps": [
           {"id": "a", "instrument": "nosuch"},
           {"id": "b", "instrument": "gad2", "when": [{"step": "c", "scale": "gad2_total", "atLeast": 3},
                                                    {"input": "worry"}]},
           {"id": "c", "instrument": "gad7", "carry": {"gad7_9": "b.gad2_1"}, "when": [{"step": "b", "scale": "nope", "atLeast": 1}]}]}
        """;
    InstrumentProvider provider = withPathway(broken);
    Catalog catalog = Catalog.of(provider); // pathways are read and checked on first use
    assertThatThrownBy(catalog::pathways).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("steps[0].instrument: unknown instrument nosuch")
        .hasMessageContaining("steps[1].when[0].step: step c is not an earlier step")
        .hasMessageContaining("steps[1].when[1].input: undeclared input worry")
        .hasMessageContaining("steps[2].carry.gad7_9: gad7 has no item gad7_9")
        .hasMessageContaining("steps[2].when[0].scale: step b has no scale nope");
  }
}
