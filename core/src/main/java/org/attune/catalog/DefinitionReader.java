package org.attune.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.CollectedProblem;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads definition documents into their plain {@link Doc} form and writes them back. Owns the
 * one {@link JsonMapper}; every feature the format relies on is set here explicitly, because
 * Jackson 3 changed several defaults (unknown properties are no longer an error by default).
 */
final class DefinitionReader {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .addModule(ScoreJson.module())
      .build();

  private static final ObjectReader READER = MAPPER.readerFor(Doc.Instrument.class).problemCollectingReader();
  private static final ObjectReader POLICY_READER = MAPPER.readerFor(PolicyDoc.Policy.class).problemCollectingReader();
  private static final ObjectReader PATHWAY_READER =
      MAPPER.readerFor(PathwayDoc.Pathway.class).problemCollectingReader();

  /**
   * Jackson reports an unknown property of a record at the enclosing object's path and names
   * the property only in its message.
   */
  private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property '([^']*)'");

  private DefinitionReader() {}

  /**
   * Reads a document. Problems of shape (unknown or misspelt fields, wrong types) are collected
   * all together and reported through {@code problems}; the result is then null.
   */
  static Doc.Instrument read(InputStream in, Problems problems) {
    return read(READER, in, problems);
  }

  /** Reads a site policy document, as {@link #read(InputStream, Problems)} reads a definition. */
  static PolicyDoc.Policy readPolicy(InputStream in, Problems problems) {
    return read(POLICY_READER, in, problems);
  }

  /** Reads a pathway document, as {@link #read(InputStream, Problems)} reads a definition. */
  static PathwayDoc.Pathway readPathway(InputStream in, Problems problems) {
    return read(PATHWAY_READER, in, problems);
  }

  private static <T> T read(ObjectReader reader, InputStream in, Problems problems) {
    try (in) {
      return reader.readValueCollectingProblems(in);
    } catch (DeferredBindingException e) {
      for (CollectedProblem p : e.getProblems()) {
        Matcher unknown = UNKNOWN_PROPERTY.matcher(p.getMessage());
        if (unknown.find()) {
          String at = path(p.getPath());
          problems.add(at + (at.isEmpty() ? "" : ".") + unknown.group(1), "unknown field (misspelt?)");
        } else {
          problems.add(path(p.getPath()), p.getMessage());
        }
      }
    } catch (JacksonException e) {
      problems.add(path(e), describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Writes the document (a definition or a policy) as indented JSON with a final newline. */
  static String write(Object doc) {
    return MAPPER.writeValueAsString(doc) + "\n";
  }

  /** A JSON pointer ({@code /scales/1/bands/2/max}) as a JSON path ({@code scales[1].bands[2].max}). */
  static String path(JsonPointer pointer) {
    StringBuilder out = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        out.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(p.getMatchingProperty());
      }
    }
    return out.toString();
  }

  static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String describe(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return e.getOriginalMessage() + where;
  }
}
