package org.attune.instruments.perinatalmood;

import java.util.List;
import org.attune.model.Instrument;
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
  /**
   * The definitions listed in this module's manifest ({@code definitions.sha256}), each with
   * the SHA-256 that the build checked: as the build read the manifest, so that a run need not.
   */
  @Override
  public List<DefinitionSource> definitions() {
    return CompiledDefinitions.sources(PerinatalMoodInstruments.class);
  }

  /** The definitions as this module's build wrote them in code, from the checked documents. */
  @Override
  public Instrument compiled(String name, String sha256) {
    return CompiledDefinitions.instrument(name, sha256);
  }

  /** The NICE CG192 identification pathway (Whooley and GAD-2, then EPDS or PHQ-9, and GAD-7). */
  @Override
  public List<DefinitionSource> pathways() {
    return List.of(DefinitionSource.resource(PerinatalMoodInstruments.class, "nice-cg192.json"));
  }
}
