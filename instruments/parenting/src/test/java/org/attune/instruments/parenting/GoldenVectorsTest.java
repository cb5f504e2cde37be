package org.attune.instruments.parenting;

import java.util.stream.Stream;
import org.attune.Attune;
import org.attune.testkit.GoldenCase;
import org.attune.testkit.GoldenVectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of {@code golden/<instrument>.csv}: figures worked by hand from the published keys. */
class GoldenVectorsTest {

  static Stream<GoldenCase> cases() {
    return Stream.of("kpcs", "who5")
        .flatMap(id -> GoldenVectors.cases(GoldenVectorsTest.class, id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenCase_scored_givesPublishedFigures(GoldenCase golden) {
    GoldenVectors.verify(Attune.catalog().get(golden.instrument()), golden);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kpcs", "who5"})
  void goldenFile_everyBandOfEveryProfile_hasCasesAtBothEdges(String id) {
    GoldenVectors.verifyBandEdgesCovered(
        Attune.catalog().get(id), GoldenVectors.cases(getClass(), id).toList());
  }
}
