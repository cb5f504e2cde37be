package org.attune.instruments.infant;

import java.util.List;
import org.attune.model.Instrument;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * The infant wellbeing family: the Baby and Preschool Pediatric Symptom Checklists (BPSC,
 * PPSC), the Alarm Distress Baby Scale and its modified form (ADBB, m-ADBB), and the Brief Infant
 * Sleep Questionnaire (BISQ). Registered with
 * {@link java.util.ServiceLoader}; found through {@link org.attune.catalog.Catalog#load()}.
 *
 * @since 0.1.0
 */
public final class InfantInstruments implements InstrumentProvider {
  /** The definitions, each with the SHA-256 that this module's tests check against the files. */
  static final String MANIFEST = "definitions.sha256";

  @Override
  public List<DefinitionSource> definitions() {
    return DefinitionSource.fromManifest(InfantInstruments.class, MANIFEST);
  }

  /** The definitions as this module's build wrote them in code, from the checked documents. */
  @Override
  public Instrument compiled(String name, String sha256) {
    return CompiledDefinitions.instrument(name, sha256);
  }
}
