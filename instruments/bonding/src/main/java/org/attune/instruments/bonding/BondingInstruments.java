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
  /** The definitions, each with the SHA-256 that this module's tests check against the files. */
  static final String MANIFEST = "definitions.sha256";

  @Override
  public List<DefinitionSource> definitions() {
    return DefinitionSource.fromManifest(BondingInstruments.class, MANIFEST);
  }

  /** The definitions as this module's build wrote them in code, from the checked documents. */
  @Override
  public Instrument compiled(String name, String sha256) {
    return CompiledDefinitions.instrument(name, sha256);
  }
}
