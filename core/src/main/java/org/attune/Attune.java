package org.attune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.attune.catalog.Catalog;

/**
 * Entry point: the library's version and the catalogue of instruments found on the class path.
 *
 * <pre>{@code
 * Scorer epds = Attune.catalog().scorer("epds");
 * Result result = epds.score(Responses.of(Map.of("epds_1", 0, ...)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Attune {
  private static final String VERSION = readVersion();

  private Attune() {}

  /** This library's version, e.g. {@code 0.1.0-SNAPSHOT}; recorded in every result's provenance. */
  public static String version() {
    return VERSION;
  }

  /**
   * The catalogue of every instrument whose provider is on the class path, loaded once through
   * {@link java.util.ServiceLoader}. Use {@link Catalog#of} for a catalogue of your own.
   */
  public static Catalog catalog() {
    Catalog loaded = catalog;
    if (loaded == null) {
      synchronized (Attune.class) {
        loaded = catalog;
        if (loaded == null) {
          // A load that fails is not remembered: the next call meets the same error, with its message.
          loaded = Catalog.load();
          catalog = loaded;
        }
      }
    }
    return loaded;
  }

  private static volatile Catalog catalog;

  private static String readVersion() {
    try (InputStream in = Attune.class.getResourceAsStream("attune-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("attune-version.properties is missing from attune-core");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
