package org.attune.spi;

import static java.util.Objects.requireNonNull;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A named definition document and a way to open it.
 *
 * @param name how problems in the document are attributed, e.g. {@code epds.json}
 * @param opener opens the document; each call returns a new stream, which the caller closes
 * @since 0.1.0
 */
public record DefinitionSource(String name, Opener opener) {

  public DefinitionSource {
    requireNonNull(name, "name");
    requireNonNull(opener, "opener");
  }

  /**
   * A resource beside {@code anchor}, opened through that class so that it is found in a
   * named module as well as on the class path.
   */
  public static DefinitionSource resource(Class<?> anchor, String resourceName) {
    requireNonNull(anchor, "anchor");
    requireNonNull(resourceName, "resourceName");
    return new DefinitionSource(resourceName, () -> {
      InputStream in = anchor.getResourceAsStream(resourceName);
      if (in == null) {
        throw new FileNotFoundException(resourceName + " not found beside " + anchor.getName());
      }
      return in;
    });
  }

  /** Opens a definition document. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream over the document. */
    InputStream open() throws IOException;
  }
}
