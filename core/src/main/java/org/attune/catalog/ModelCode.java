package org.attune.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.model.Instrument;
import org.attune.spi.DefinitionSource;

/**
 * Writes checked instruments as Java source that builds them, for a module's build: the
 * catalogue then takes a bundled instrument from compiled code instead of hashing and parsing
 * its document at every start (see {@link org.attune.spi.InstrumentProvider#compiled}).
 *
 * <p>The code is written from the model, generically: a record becomes a call of its canonical
 * constructor with its components, a list {@code List.of}, a map {@code Map.ofEntries}, an enum
 * constant its name. Each element of the instrument's own lists gets a method, so that no method
 * nears the JVM's 64 KiB limit. The build that runs this reads every document in full
 * ({@link Definitions#read}) and compares it with its manifest line, so code is only ever
 * written for a checked document.
 *
 * <pre>java org.attune.catalog.ModelCode RESOURCE_DIR MANIFEST SOURCE_ROOT CLASS</pre>
 *
 * @since 0.1.0
 */
public final class ModelCode {
  private final StringBuilder methods = new StringBuilder();
  private int methodCount;

  private ModelCode() {}

  /**
   * Writes the class {@code CLASS} (fully qualified) under {@code SOURCE_ROOT}, building every
   * definition listed in {@code RESOURCE_DIR/MANIFEST} (the {@code sha256sum} manifest of
   * {@link org.attune.spi.DefinitionSource#fromManifest}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: ModelCode RESOURCE_DIR MANIFEST SOURCE_ROOT CLASS");
    }
    // Hibernate Validator announces itself on the build's console at INFO; held while in use.
    Logger validatorLogger = Logger.getLogger("org.hibernate.validator");
    validatorLogger.setLevel(Level.WARNING);
    Path dir = Path.of(args[0]);
    String className = args[3];
    Map<String, Instrument> byName = new LinkedHashMap<>(); // in the manifest's order
    Map<String, String> shaByName = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve(args[1]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      if (line.indexOf("  ") != 64) {
        throw new IllegalStateException(args[1] + ": expected " + DefinitionSource.MANIFEST_FORMAT + ", got: " + line);
      }
      String sha = line.substring(0, 64);
      String name = line.substring(66).trim();
      byte[] json = Files.readAllBytes(dir.resolve(name));
      if (!Sha256.hex(json).equals(sha)) {
        throw new IllegalStateException(args[1] + ": the SHA-256 of " + name + " is " + Sha256.hex(json)
            + ", not " + sha + " as listed; list the checked bytes' hash");
      }
      byName.put(name, Definitions.read(name, new ByteArrayInputStream(json)));
      shaByName.put(name, sha);
    }
    Path out = Path.of(args[2]).resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(out.getParent());
    String source = javaSource(className, byName, shaByName);
    // An unchanged file keeps its date, so that the compiler and the launcher see nothing new.
    if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(source)) {
      Files.writeString(out, source, StandardCharsets.UTF_8);
    }
  }

  /**
   * The source of a class with one method per instrument; {@code instrument(name, sha256)},
   * which returns the instrument built from the document of that name and hash, or null; and
   * {@code sources(anchor)}, the manifest's lines as {@link DefinitionSource}s, so that a run
   * need not read the manifest.
   */
  static String javaSource(String className, Map<String, Instrument> byName, Map<String, String> shaByName) {
    int dot = className.lastIndexOf('.');
    ModelCode code = new ModelCode();
    StringBuilder lookup = new StringBuilder();
    List<String> sources = new ArrayList<>();
    for (Map.Entry<String, Instrument> e : byName.entrySet()) {
      String method = code.method(e.getValue(), 0);
      String sha = literal(shaByName.get(e.getKey()));
      lookup.append("      case ").append(literal(e.getKey())).append(" -> ")
          .append(sha).append(".equals(sha256) ? ").append(method).append("() : null;\n");
      sources.add("\n        org.attune.spi.DefinitionSource.resource(anchor, " + literal(e.getKey()) + ", " + sha + ")");
    }
    return "package " + className.substring(0, dot) + ";\n\n"
        + "// Written at build time by org.attune.catalog.ModelCode from the checked definitions listed in\n"
        + "// this module's manifest. Do not edit: change the definition, and the build writes this again.\n"
        + "final class " + className.substring(dot + 1) + " {\n"
        + "  private " + className.substring(dot + 1) + "() {}\n\n"
        + "  /** The manifest's definitions, as resources beside the anchor, each with its checked hash. */\n"
        + "  static java.util.List<org.attune.spi.DefinitionSource> sources(Class<?> anchor) {\n"
        + "    return java.util.List.of(" + String.join(",", sources) + ");\n  }\n\n"
        + "  /** The instrument of the document with this name and SHA-256, or null when there is none. */\n"
        + "  static org.attune.model.Instrument instrument(String name, String sha256) {\n"
        + "    return switch (name) {\n" + lookup + "      default -> null;\n    };\n  }\n"
        + code.methods + "}\n";
  }

  /** Adds a method returning this value, and returns its name. */
  private String method(Object value, int depth) {
    String name = "m" + methodCount++;
    String body = expression(value, depth);
    methods.append("\n  private static ").append(value.getClass().getCanonicalName()).append(' ').append(name)
        .append("() {\n    return ").append(body).append(";\n  }\n");
    return name;
  }

  private String expression(Object value, int depth) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return literal(s);
    }
    if (value instanceof Integer || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Long l) {
      return l + "L";
    }
    if (value instanceof BigInteger b) {
      return "java.math.BigInteger.valueOf(" + b.longValueExact() + "L)";
    }
    if (value instanceof BigDecimal d) {
      return "java.math.BigDecimal.valueOf(" + d.unscaledValue().longValueExact() + "L, " + d.scale() + ")";
    }
    if (value instanceof Enum<?> e) {
      return e.getDeclaringClass().getCanonicalName() + "." + e.name();
    }
    if (value instanceof List<?> list) {
      List<String> elements = new ArrayList<>();
      for (Object element : list) {
        // the instrument's own lists: a method per element
        elements.add(depth == 0 && element instanceof Record ? method(element, depth + 1) + "()"
            : expression(element, depth + 1));
      }
      return "java.util.List.of(" + String.join(", ", elements) + ")";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
        entries.add("java.util.Map.entry(" + expression(e.getKey(), depth + 1) + ", "
            + expression(e.getValue(), depth + 1) + ")");
      }
      return "java.util.Map.ofEntries(" + String.join(", ", entries) + ")";
    }
    if (value instanceof Record record) {
      List<String> arguments = new ArrayList<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        arguments.add(expression(component(record, component), depth));
      }
      return "new " + record.getClass().getCanonicalName() + "(" + String.join(", ", arguments) + ")";
    }
    throw new IllegalArgumentException("no Java code for a " + value.getClass().getName());
  }

  private static Object component(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
    }
  }

  /** A Java string literal: ASCII, everything else escaped. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            b.append(c);
          } else {
            b.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
