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
 * checked in full, reading it as trusted gives the same instrument, its manifest hash is the
 * SHA-256 of exactly those bytes, and the instrument its build wrote in code (if it does) is
 * that same instrument. At run time, when first asked for by its id (its file name is {@code
 * <id>.json}), a definition is built from that code; without code, a document whose bytes
 * match is parsed without checking its rules again, and one edited without passing this test no
 * longer matches, and is checked in full. (A build that writes code reads each document in full
 * and refuses one whose bytes differ from its manifest line.)
 *
 * @since 0.1.0
 */
public final class BundledDefinitions {
  private BundledDefinitions() {}

  /** Checks every definition of the provider in full and its manifest hash against its bytes. */
  public static void verify(InstrumentProvider provider) {
    verify(provider, false);
  }

  /**
   * As {@link #verify(InstrumentProvider)}, and, for a provider whose build writes its
   * definitions in code ({@link InstrumentProvider#compiled}), that each compiled instrument
   * equals its document checked in full, and that none is given for bytes other than those.
   */
  public static void verify(InstrumentProvider provider, boolean compiledInCode) {
    List<DefinitionSource> sources = provider.definitions();
    assertThat(sources).as("definitions of %s", provider.getClass().getName()).isNotEmpty();
    StringBuilder expectedManifest = new StringBuilder();
    boolean stale = false;
    Catalog compiled = Catalog.of(provider);
    Catalog trusted = Catalog.of(documentsOnly(provider));
    for (DefinitionSource source : sources) {
      byte[] json = bytes(source);
      Instrument checked = Definitions.read(source.name(), new ByteArrayInputStream(json));
      // the catalogue finds a bundled definition by its file name before reading it
      assertThat(source.name()).as("file name of instrument %s", checked.id()).isEqualTo(checked.id() + ".json");
      assertThat(trusted.get(checked.id())).as("%s read as trusted equals %s checked in full", source.name(),
          source.name()).isEqualTo(checked);
      if (compiledInCode) {
        assertThat(provider.compiled(source.name(), sha256(json))).as("%s as compiled in code", source.name())
            .isEqualTo(checked);
        assertThat(compiled.get(checked.id())).as("%s from the catalogue", source.name()).isEqualTo(checked);
        assertThat(provider.compiled(source.name(), "0".repeat(64)))
            .as("%s compiled from other bytes is not taken", source.name()).isNull();
      }
      String actual = sha256(json);
      expectedManifest.append(actual).append("  ").append(source.name()).append('\n');
      stale |= !actual.equals(source.checkedSha256());
    }
    assertThat(stale).as("the definitions manifest of %s is stale; after checking the definitions, set it to:%n%s",
        provider.getClass().getName(), expectedManifest).isFalse();
  }

  /** The provider's documents alone, as another module's provider without compiled code gives them. */
  private static InstrumentProvider documentsOnly(InstrumentProvider provider) {
    return new InstrumentProvider() {
      @Override
      public List<DefinitionSource> definitions() {
        return provider.definitions();
      }
    };
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
