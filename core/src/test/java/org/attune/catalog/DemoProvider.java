package org.attune.catalog;

import java.util.List;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/** Registers the made-up test instrument {@code demo} through the service loader. */
public final class DemoProvider implements InstrumentProvider {
  @Override
  public List<DefinitionSource> definitions() {
    return List.of(DefinitionSource.resource(DemoProvider.class, "demo.json"));
  }
}
