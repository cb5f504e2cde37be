package org.attune.spi;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A named definition document, a way to open it, and optionally the SHA-256 of the bytes that
 * the module's own build checked in full. A document whose bytes match that hash is trusted:
 * it is parsed but its rules are not checked again at run time, which keeps start-up fast; or,
 * where its provider's build wrote it in code ({@link InstrumentProvider#compiled}), it is built
 * from that code and not read at all. Any other document is checked in full.
 *
 * @param name how problems in the document are attributed, e.g. {@code epds.json}
 * @param opener opens the document; each call returns a new stream, which the caller closes
 * @param checkedSha256 lower-case hex SHA-256 of the bytes checked at build time, or null
 * @since 0.1.0
 */
public record DefinitionSource(String name, Opener opener, String checkedSha256) {

  /** The manifest format: one {@code <sha256>  <file name>} line per definition, as sha256sum writes it. */
  public static final String MANIFEST_FORMAT = "<sha256>  <file name>";

  public DefinitionSource {
    requireNonNull(name, "name");
    requireNonNull(opener, "opener");
  }

  /** A document with no build-time hash: checked in full whenever it is loaded. */
  public DefinitionSource(String name, Opener opener) {
    this(name, opener, null);
  }

  /**
   * A resource beside {@code anchor}, opened through that class so that it is found in a
   * named module as well as on the class path; checked in full when loaded.
   */
  public static DefinitionSource resource(Class<?> anchor, String resourceName) {
    return new DefinitionSource(resourceName, opener(anchor, resourceName), null);
  }

  /**
   * A resource beside {@code anchor} with the SHA-256 of the bytes its build checked in full: a
   * manifest's line as the build read it, for a provider that lists its definitions in code
   * rather than reading its manifest at run time (see {@link org.attune.catalog.ModelCode}).
   */
  public static DefinitionSource resource(Class<?> anchor, String resourceName, String checkedSha256) {
    return new DefinitionSource(resourceName, opener(anchor, resourceName), requireNonNull(checkedSha256, "checkedSha256"));
  }

  /**
   * Every definition listed in a manifest beside {@code anchor} ({@value #MANIFEST_FORMAT} a
   * line), with the hash its build checked. The module's tests must check each listed
   * document in full and compare the manifest with the documents' bytes.
   */
  public static List<DefinitionSource> fromManifest(Class<?> anchor, String manifest) {
    List<DefinitionSource> sources = new ArrayList<>();
    try (InputStream in = opener(anchor, manifest).open();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        int space = line.indexOf("  ");
        if (space != 64) {
          throw new IllegalStateException(manifest + ": expected " + MANIFEST_FORMAT + ", got: " + line);
        }
        String name = line.substring(space + 2).trim();
        sources.add(resource(anchor, name, line.substring(0, 64)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(sources);
  }

  private static Opener opener(Class<?> anchor, String resourceName) {
    requireNonNull(anchor, "anchor");
    requireNonNull(resourceName, "resourceName");
    return () -> {
      InputStream in = anchor.getResourceAsStream(resourceName);
      if (in == null) {
        throw new FileNotFoundException(resourceName + " not found beside " + anchor.getName());
      }
      return in;
    };
  }

  /** Opens a definition document. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream over the document. */
    InputStream open() throws IOException;
  }
}
