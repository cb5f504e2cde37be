package org.attune.spi;

import java.util.List;

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
}
