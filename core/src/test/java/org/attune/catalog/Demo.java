package org.attune.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.attune.model.Instrument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The made-up test instrument, and broken variants of its document. */
public final class Demo {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Demo() {}

  /** The demo definition, loaded and checked. */
  public static Instrument instrument() {
    try (InputStream in = Demo.class.getResourceAsStream("demo.json")) {
      return Definitions.read("demo.json", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo document with an edit applied, as bytes. */
  public static InputStream edited(UnaryOperator<ObjectNode> edit) {
    try (InputStream in = Demo.class.getResourceAsStream("demo.json")) {
      JsonNode tree = JSON.readTree(in);
      return new ByteArrayInputStream(JSON.writeValueAsString(edit.apply((ObjectNode) tree))
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
