package org.attune.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.ToolProvider;
import org.attune.model.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The code {@link ModelCode} writes, compiled here with the JDK's compiler and run: it builds an
 * instrument equal to the one it was written from. The bundled families check the same for each
 * of their definitions; this adds texts and numbers that they do not hold.
 */
class ModelCodeTest {
  private static final String SHA = "ab".repeat(32);

  @TempDir
  Path dir;

  @Test
  void code_buildsTheDemoInstrument() throws Exception {
    Instrument demo = Demo.instrument();

    assertThat(compileAndBuild(demo, SHA)).isEqualTo(demo);
  }

  @Test
  void code_keepsEscapedTextNonAsciiFractionsAndDecimalScale() throws Exception {
    Instrument edited = Definitions.read("demo.json", Demo.edited(doc -> {
      ObjectNode item = (ObjectNode) doc.get("items").get(0);
      ((ObjectNode) item.get("text")).put("en", "Quote \" backslash \\ tab\t line\nend \u2265 caf\u00e9 \ud83d\udc76");
      ((ObjectNode) item.get("text")).put("cy", "Cwestiwn cyntaf");
      ((ObjectNode) item.get("answer").get("options").get(1)).put("score", "7/3");
      ((ObjectNode) doc.get("scales").get(0).get("change").get(1)).put("threshold", new BigDecimal("2.50"));
      return doc;
    }));

    Instrument built = compileAndBuild(edited, SHA);

    assertThat(built).isEqualTo(edited);
    assertThat(built.items().get(0).text().get("en")).endsWith("\u2265 caf\u00e9 \ud83d\udc76");
    assertThat(built.scales().get(0).change().get(1).threshold()).isEqualTo(new BigDecimal("2.50"))
        .hasScaleOf(2);
  }

  @Test
  void code_givesNoInstrumentForOtherBytesOrNames() throws Exception {
    Method lookup = compile(Demo.instrument());

    assertThat(lookup.invoke(null, "demo.json", "cd".repeat(32))).isNull();
    assertThat(lookup.invoke(null, "other.json", SHA)).isNull();
  }

  private Instrument compileAndBuild(Instrument instrument, String sha) throws Exception {
    return (Instrument) compile(instrument).invoke(null, "demo.json", sha);
  }

  /** The generated class's {@code instrument(name, sha256)}, compiled and loaded. */
  private Method compile(Instrument instrument) throws Exception {
    String source = ModelCode.javaSource("gen.test.Compiled", Map.of("demo.json", instrument), Map.of("demo.json", SHA));
    Path file = dir.resolve("gen/test/Compiled.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(),
        "-cp", System.getProperty("java.class.path"), file.toString());
    assertThat(status).as("javac exit status").isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    Method lookup = loader.loadClass("gen.test.Compiled").getDeclaredMethod("instrument", String.class, String.class);
    lookup.setAccessible(true);
    return lookup;
  }
}
