package org.attune.instruments.perinatalmood;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.attune.catalog.Catalog;
import org.attune.catalog.Definitions;
import org.attune.model.Instrument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled definition written as JSON and read back gives an equal instrument. */
class RoundTripTest {

  private static final Catalog CATALOG = Catalog.of(new PerinatalMoodInstruments());

  static Stream<String> ids() {
    return CATALOG.instruments().stream().map(Instrument::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void toJson_readBack_givesEqualInstrument(String id) {
    Instrument instrument = CATALOG.get(id);
    String json = Definitions.toJson(instrument);
    Instrument again = Definitions.read(instrument.id() + ".json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(again).isEqualTo(instrument);
    assertThat(Definitions.toJson(again)).isEqualTo(json);
  }
}
