package org.attune.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.CollectedProblem;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a text pack into its plain {@link PackDoc} form with the one mapper of
 * {@link DefinitionReader}, collecting every problem of shape with its JSON path.
 *
 * <p>Jackson's own messages may quote the offending value (an unquoted word, a string where a
 * number belongs), and a pack's values are licensed wording. So no Jackson message is passed
 * on: each problem is described from its kind, its expected type and the kind of token found.
 */
final class TextPackReader {
  private static final ObjectReader READER =
      DefinitionReader.MAPPER.readerFor(PackDoc.class).problemCollectingReader();

  /** Jackson names the unknown property only in its message; the name is a key, not wording. */
  private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property '([^']*)'");

  private TextPackReader() {}

  /** The shape of a text pack document, filled by Jackson without judging. */
  record PackDoc(
      Integer textPackVersion,
      String instrument,
      String definitionVersion,
      String locale,
      String source,
      String instructions,
      Map<String, ItemDoc> items) {}

  /** One item's wording: its text and its options' texts in printed order. */
  record ItemDoc(String text, List<String> options) {}

  /** Reads a document; on problems of shape, reports them all and returns null. */
  static PackDoc read(InputStream in, Problems problems) {
    try (in) {
      return READER.readValueCollectingProblems(in);
    } catch (DeferredBindingException e) {
      for (CollectedProblem p : e.getProblems()) {
        String at = DefinitionReader.path(p.getPath());
        Matcher unknown = UNKNOWN_PROPERTY.matcher(p.getMessage());
        if (unknown.find()) {
          problems.add(at + (at.isEmpty() ? "" : ".") + unknown.group(1), "unknown field (misspelt?)");
        } else {
          problems.add(at, mismatch(p.getTargetType() == null ? null : p.getTargetType().getRawClass(), p.getToken())
              + where(p.getLocation()));
        }
      }
    } catch (MismatchedInputException e) {
      // The message is only matched against Jackson's fixed wording, never passed on.
      String message = e.getOriginalMessage();
      String what = message.startsWith("Trailing token") ? "content after the end of the document"
          : message.startsWith("No content") ? "empty document"
          : mismatch(e.getTargetType(), e.getCurrentToken());
      problems.add(DefinitionReader.path(e), what + where(e.getLocation()));
    } catch (StreamReadException e) {
      String what = e.getOriginalMessage().startsWith("Duplicate ") ? "duplicate field" : "not well-formed JSON";
      problems.add(streamPath(e), what + where(e.getLocation()));
    } catch (JacksonException e) {
      problems.add(DefinitionReader.path(e), "cannot be read" + where(e.getLocation()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** Where the parser was when the JSON broke: a parse error carries no databind path. */
  private static String streamPath(StreamReadException e) {
    JsonParser parser = e.processor();
    return parser == null || parser.streamReadContext() == null ? ""
        : DefinitionReader.path(parser.streamReadContext().pathAsPointer());
  }

  private static String mismatch(Class<?> expected, JsonToken found) {
    if (found == JsonToken.VALUE_NULL) {
      return "must not be null";
    }
    String message = "expected " + describe(expected);
    return found == null ? message : message + ", found " + describe(found);
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a different value";
    } else if (type == String.class) {
      return "a string";
    } else if (type == Integer.class || type == int.class) {
      return "a whole number";
    } else if (List.class.isAssignableFrom(type)) {
      return "an array of strings";
    } else {
      return "an object";
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> "something else";
    };
  }

  private static String where(TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 || at.getColumnNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /** The document of a pack built in code, so that it is checked by the same rules. */
  static PackDoc toDoc(TextPack pack) {
    Map<String, ItemDoc> items = new LinkedHashMap<>();
    pack.items().forEach((id, t) -> items.put(id, new ItemDoc(t.text(), t.options())));
    return new PackDoc(TextPack.FORMAT_VERSION, pack.instrument(), pack.definitionVersion(),
        pack.locale().toLanguageTag(), pack.source(), pack.instructions(), items);
  }

  /** The model of a document that passed {@link TextPackChecks#format}. */
  static TextPack toModel(PackDoc doc) {
    Map<String, TextPack.ItemText> items = new LinkedHashMap<>();
    doc.items().forEach((id, t) -> items.put(id,
        new TextPack.ItemText(t.text(), t.options() == null ? List.of() : t.options())));
    return new TextPack(doc.instrument(), doc.definitionVersion(),
        TextPackChecks.locale(doc.locale()), doc.source(), doc.instructions(), items);
  }
}
