package org.attune.instruments.parenting;

import java.util.List;
import org.attune.model.Instrument;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * The parenting family: the Karitane Parenting Confidence Scale (KPCS) and the WHO-5
 * Well-Being Index, for the parent's own confidence and wellbeing. Registered with
 * {@link java.util.ServiceLoader}; found through {@link org.attune.catalog.Catalog#load()}.
 *
 * @since 0.1.0
 */
public final class ParentingInstruments implements InstrumentProvider {
  /**
   * The definitions listed in this module's manifest ({@code definitions.sha256}), each with
   * the SHA-256 that the build checked: as the build read the manifest, so that a run need not.
   */
  @Override
  public List<DefinitionSource> definitions() {
    return CompiledDefinitions.sources(ParentingInstruments.class);
  }

  /** The definitions as this module's build wrote them in code, from the checked documents. */
  @Override
  public Instrument compiled(String name, String sha256) {
    return CompiledDefinitions.instrument(name, sha256);
  }
}
