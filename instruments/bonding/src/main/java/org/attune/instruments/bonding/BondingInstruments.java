package org.attune.instruments.bonding;

import java.util.List;
import org.attune.model.Instrument;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * The bonding and attachment family: the Postpartum Bonding Questionnaire (PBQ) and John
 * Condon's antenatal (MAAS, PAAS) and postnatal (MPAS, PPAS) attachment scales. Registered
 * with {@link java.util.ServiceLoader}; found through {@link org.attune.catalog.Catalog#load()}.
 *
 * @since 0.1.0
 */
public final class BondingInstruments implements InstrumentProvider {
  /**
   * The definitions listed in this module's manifest ({@code definitions.sha256}), each with
   * the SHA-256 that the build checked: as the build read the manifest, so that a run need not.
   */
  @Override
  public List<DefinitionSource> definitions() {
    return CompiledDefinitions.sources(BondingInstruments.class);
  }

  /** The definitions as this module's build wrote them in code, from the checked documents. */
  @Override
  public Instrument compiled(String name, String sha256) {
    return CompiledDefinitions.instrument(name, sha256);
  }
}
