package org.attune.instruments.perinatalmood;

import java.util.List;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * The perinatal mood family: EPDS (with EPDS-3A), PHQ-9, PHQ-2, GAD-7, GAD-2 and the Whooley
 * questions. Registered with {@link java.util.ServiceLoader}; found through
 * {@link org.attune.catalog.Catalog#load()}.
 *
 * @since 0.1.0
 */
public final class PerinatalMoodInstruments implements InstrumentProvider {
  static final List<String> IDS = List.of("epds", "phq9", "phq2", "gad7", "gad2", "whooley");

  @Override
  public List<DefinitionSource> definitions() {
    return IDS.stream()
        .map(id -> DefinitionSource.resource(PerinatalMoodInstruments.class, id + ".json"))
        .toList();
  }
}
