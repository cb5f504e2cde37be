package org.attune.testkit;

import java.util.List;
import java.util.stream.Stream;
import org.attune.catalog.Catalog;
import org.attune.spi.InstrumentProvider;
import org.attune.testkit.OptionKeys.KeyRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests every instrument module runs on its own definitions: each is checked in full and
 * the manifest that lets run time trust it matches its bytes; every row of
 * {@code golden/<instrument>.csv} (figures worked by hand from the published keys) scores as
 * written, with a case at both edges of every band; and {@code golden/<instrument>-key.csv}
 * gives the published score of every option, in both codings. A module extends this class and
 * names its provider and instruments.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InstrumentFamilyTest {

  /** The module's provider. */
  protected abstract InstrumentProvider provider();

  /** The ids of the instruments with a golden file. */
  protected abstract List<String> instruments();

  /** The ids of the instruments with a key file (those answered by choosing options). */
  protected List<String> keyed() {
    return instruments();
  }

  private Catalog catalog() {
    return Catalog.of(provider());
  }

  @Test
  void definitions_checkedInFull_manifestMatchesTheirBytes_andCodeBuildsThemAlike() {
    // every family's build writes its definitions in code (ModelCode)
    BundledDefinitions.verify(provider(), true);
  }

  Stream<GoldenCase> goldenCases() {
    return instruments().stream().flatMap(id -> GoldenVectors.cases(getClass(), id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void goldenCase_scored_givesPublishedFigures(GoldenCase golden) {
    GoldenVectors.verify(catalog().get(golden.instrument()), golden);
  }

  Stream<String> withGolden() {
    return instruments().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withGolden")
  void goldenFile_everyBandOfEveryProfile_hasCasesAtBothEdges(String id) {
    GoldenVectors.verifyBandEdgesCovered(catalog().get(id), GoldenVectors.cases(getClass(), id).toList());
  }

  Stream<String> withKey() {
    return keyed().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withKey")
  void key_everyScoredItem_listsEveryOption(String id) {
    OptionKeys.verifyComplete(catalog().get(id), OptionKeys.rows(getClass(), id));
  }

  Stream<Arguments> keyRows() {
    return keyed().stream().flatMap(id -> OptionKeys.rows(getClass(), id).stream().map(row -> Arguments.of(id, row)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("keyRows")
  void keyRow_scoredByScoreAndByPosition_givesPublishedScore(String id, KeyRow row) {
    OptionKeys.verify(catalog().get(id), OptionKeys.rows(getClass(), id), row);
  }
}
