package org.attune.instruments.parenting;

import java.util.stream.Stream;
import org.attune.Attune;
import org.attune.testkit.OptionKeys;
import org.attune.testkit.OptionKeys.KeyRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code golden/<instrument>-key.csv}: the published score of every option, in both codings. */
class OptionKeyTest {

  static Stream<Arguments> keyRows() {
    return Stream.of("kpcs", "who5")
        .flatMap(id -> OptionKeys.rows(OptionKeyTest.class, id).stream().map(row -> Arguments.of(id, row)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kpcs", "who5"})
  void key_everyScoredItem_listsEveryOption(String id) {
    OptionKeys.verifyComplete(Attune.catalog().get(id), OptionKeys.rows(getClass(), id));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("keyRows")
  void keyRow_scoredByScoreAndByPosition_givesPublishedScore(String id, KeyRow row) {
    OptionKeys.verify(Attune.catalog().get(id), OptionKeys.rows(getClass(), id), row);
  }
}
