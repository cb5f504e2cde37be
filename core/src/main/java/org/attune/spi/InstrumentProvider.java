package org.attune.spi;

import java.util.List;
import org.attune.model.Instrument;

/**
 * Supplies instrument definitions. Implementations need a public no-argument constructor and
 * a line in {@code META-INF/services/org.attune.spi.InstrumentProvider}.
 *
 * <pre>{@code
 * public final class MyInstruments implements InstrumentProvider {
 *   public List<DefinitionSource> definitions() {
 *     return List.of(DefinitionSource.resource(MyInstruments.class, "k10.json"));
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface InstrumentProvider {

  /** The definition documents this provider contributes, each validated in full when loaded. */
  List<DefinitionSource> definitions();

  /**
   * The pathway documents this provider contributes (instruments chained by conditions), each
   * checked against the catalogue's instruments when loaded; none by default.
   */
  default List<DefinitionSource> pathways() {
    return List.of();
  }

  /**
   * A bundled definition as this module's build compiled it into code (see
   * {@link org.attune.catalog.ModelCode}): the instrument of the document with this name whose
   * checked bytes have this SHA-256, or null to have the catalogue read the document. The
   * catalogue asks only for a definition with a {@linkplain DefinitionSource#checkedSha256()
   * checked hash}, and takes the instrument as it is: the build checked it. None by default.
   */
  default Instrument compiled(String name, String sha256) {
    return null;
  }
}
