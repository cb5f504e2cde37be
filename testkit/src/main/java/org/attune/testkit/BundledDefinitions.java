package org.attune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.attune.catalog.Catalog;
import org.attune.catalog.Definitions;
import org.attune.model.Instrument;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * The build-time check behind trusted definitions: every definition a provider lists is
 * checked in full, reading it as trusted gives the same instrument, and its manifest hash is
 * the SHA-256 of exactly those bytes. At run time a
 * definition whose bytes match is parsed without checking its rules again, when first asked for
 * by its id (its file name is {@code <id>.json}); one edited without passing this test no longer
 * matches, and is checked in full.
 *
 * @since 0.1.0
 */
public final class BundledDefinitions {
  private BundledDefinitions() {}

  /** Checks every definition of the provider in full and its manifest hash against its bytes. */
  public static void verify(InstrumentProvider provider) {
    List<DefinitionSource> sources = provider.definitions();
    assertThat(sources).as("definitions of %s", provider.getClass().getName()).isNotEmpty();
    StringBuilder expectedManifest = new StringBuilder();
    boolean stale = false;
    Catalog trusted = Catalog.of(provider);
    for (DefinitionSource source : sources) {
      byte[] json = bytes(source);
      Instrument checked = Definitions.read(source.name(), new ByteArrayInputStream(json));
      // the catalogue finds a bundled definition by its file name before reading it
      assertThat(source.name()).as("file name of instrument %s", checked.id()).isEqualTo(checked.id() + ".json");
      assertThat(trusted.get(checked.id())).as("%s read as trusted equals %s checked in full", source.name(),
          source.name()).isEqualTo(checked);
      String actual = sha256(json);
      expectedManifest.append(actual).append("  ").append(source.name()).append('\n');
      stale |= !actual.equals(source.checkedSha256());
    }
    assertThat(stale).as("the definitions manifest of %s is stale; after checking the definitions, set it to:%n%s",
        provider.getClass().getName(), expectedManifest).isFalse();
  }

  private static byte[] bytes(DefinitionSource source) {
    try (InputStream in = source.opener().open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
