package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attune.model.Instrument;
import org.junit.jupiter.api.Test;

class CatalogTest {

  @Test
  void load_findsProvidersThroughServiceLoader() {
    Catalog catalog = Catalog.load();
    assertThat(catalog.instruments()).extracting(Instrument::id).contains("demo");
    assertThat(catalog.get("demo").name()).isEqualTo("Demonstration Scale");
  }

  @Test
  void of_sameIdTwice_failsNamingBothProviders() {
    assertThatThrownBy(() -> Catalog.of(new DemoProvider(), new DemoProvider()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("duplicate instrument id demo, also defined by org.attune.catalog.DemoProvider (demo.json)");
  }

  @Test
  void get_unknownId_listsKnownIds() {
    assertThatThrownBy(() -> Catalog.of(new DemoProvider()).get("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown instrument nope; known: [demo]");
  }

  @Test
  void of_instrumentBuiltInCode_isCheckedLikeADocument() {
    Instrument demo = Demo.instrument();
    Instrument broken = new Instrument(demo.schemaVersion(), demo.id(), demo.version(), demo.publishedVersion(),
        demo.name(), demo.shortName(), demo.respondent(), demo.population(), demo.recallPeriod(),
        demo.instructions(), demo.licence(), demo.references(), demo.scoringSource(), demo.codes(),
        demo.items(), demo.scales(), demo.profiles().subList(1, 2), demo.flags(), demo.notes(), demo.ageRange());
    assertThatThrownBy(() -> Catalog.of(broken))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("instrument demo (built in code): profiles: exactly one profile must be the default; found 0");
    assertThat(Catalog.of(demo).scorer("demo", "strict").profile()).map(p -> p.id()).hasValue("strict");
  }

  @Test
  void of_sourceWhoseHashDoesNotMatch_isCheckedInFull() {
    // A manifest hash that is not the document's: the broken document must be checked and rejected.
    org.attune.spi.InstrumentProvider stale = () -> java.util.List.of(new org.attune.spi.DefinitionSource("demo.json",
        () -> Demo.edited(doc -> {
          ((tools.jackson.databind.node.ObjectNode) doc.get("scales").get(0)).put("max", 10);
          return doc;
        }), "0".repeat(64)));
    // read when first asked for: a bundled definition is found by its file name
    Catalog catalog = Catalog.of(stale);
    assertThatThrownBy(() -> catalog.get("demo")).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("scales[0].max");
  }

  @Test
  void of_sourceWhoseHashMatches_isTrustedAndLoads() throws Exception {
    byte[] json;
    try (java.io.InputStream in = Demo.class.getResourceAsStream("demo.json")) {
      json = in.readAllBytes();
    }
    String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json));
    org.attune.spi.InstrumentProvider checked = () -> java.util.List.of(
        new org.attune.spi.DefinitionSource("demo.json", () -> new java.io.ByteArrayInputStream(json), hash));
    assertThat(Catalog.of(checked).get("demo")).isEqualTo(Demo.instrument());
  }

  @Test
  void fromManifest_listsEachLineAsASourceWithItsHash_whichLoadsAsTrusted() throws Exception {
    java.util.List<org.attune.spi.DefinitionSource> sources =
        org.attune.spi.DefinitionSource.fromManifest(Demo.class, "demo.sha256");
    byte[] json;
    try (java.io.InputStream in = Demo.class.getResourceAsStream("demo.json")) {
      json = in.readAllBytes();
    }

    assertThat(sources).extracting(org.attune.spi.DefinitionSource::name).containsExactly("demo.json");
    assertThat(sources.get(0).checkedSha256()).isEqualTo(Sha256.hex(json));
    assertThat(Catalog.of(() -> sources).get("demo")).isEqualTo(Demo.instrument());
  }

  @Test
  void fromManifest_lineNotAsSha256sumWritesIt_namesTheManifestAndTheFormat() {
    assertThatThrownBy(() -> org.attune.spi.DefinitionSource.fromManifest(Demo.class, "malformed.sha256"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("malformed.sha256: expected <sha256>  <file name>, got: ");
  }

  @Test
  void of_providerWithCompiledCode_takesTheInstrumentFromIt_withoutOpeningTheDocument() {
    Instrument demo = Demo.instrument();
    org.attune.spi.InstrumentProvider compiled = new org.attune.spi.InstrumentProvider() {
      @Override
      public java.util.List<org.attune.spi.DefinitionSource> definitions() {
        return java.util.List.of(new org.attune.spi.DefinitionSource("demo.json", () -> {
          throw new AssertionError("the document was opened");
        }, "ab".repeat(32)));
      }

      @Override
      public Instrument compiled(String name, String sha256) {
        return name.equals("demo.json") && sha256.equals("ab".repeat(32)) ? demo : null;
      }
    };

    assertThat(Catalog.of(compiled).get("demo")).isSameAs(demo);
  }
}
