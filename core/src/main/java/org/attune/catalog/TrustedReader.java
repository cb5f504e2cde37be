package org.attune.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attune.model.Score;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a definition whose bytes its module's build already checked in full (the hash
 * matched), with Jackson's streaming parser alone. Databind's mapper costs about 0.3 s to start
 * on this kind of machine, most of a batch run's start-up; the streaming parser costs a
 * tenth of that. It builds the same {@link Doc} the full reader does, and the build's tests
 * check that both readers give equal instruments for every bundled definition.
 */
final class TrustedReader {
  private static final JsonFactory JSON = new JsonFactory();

  private TrustedReader() {}

  static Doc.Instrument read(byte[] json) {
    Object tree;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      tree = value(p);
    }
    return instrument(obj(tree));
  }

  private static Object value(JsonParser p) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getString();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return t == JsonToken.VALUE_TRUE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalStateException("unexpected " + t + " in a checked definition");
    }
  }

  private static Doc.Instrument instrument(Map<String, Object> m) {
    return new Doc.Instrument(integer(m.get("schemaVersion")), str(m, "id"), str(m, "version"),
        str(m, "publishedVersion"), str(m, "name"), str(m, "shortName"), str(m, "respondent"),
        str(m, "population"), str(m, "recallPeriod"), ageRange(m.get("ageRange")), texts(m.get("instructions")), licence(obj(m.get("licence"))),
        list(m.get("references"), TrustedReader::citation), source(obj(m.get("scoringSource"))),
        texts(m.get("codes")), list(m.get("items"), TrustedReader::item), list(m.get("scales"), TrustedReader::scale),
        list(m.get("profiles"), TrustedReader::profile), list(m.get("flags"), TrustedReader::flag),
        list(m.get("notes"), o -> (String) o));
  }

  private static Doc.AgeRange ageRange(Object o) {
    if (o == null) {
      return null;
    }
    Map<String, Object> m = obj(o);
    return new Doc.AgeRange(integer(m.get("minMonths")), integer(m.get("maxMonths")), source(obj(m.get("source"))));
  }

  private static Doc.Licence licence(Map<String, Object> m) {
    return new Doc.Licence(str(m, "class"), str(m, "copyright"), str(m, "terms"), (Boolean) m.get("textIncluded"),
        str(m, "note"));
  }

  private static Doc.Citation citation(Object o) {
    Map<String, Object> m = obj(o);
    return new Doc.Citation(str(m, "id"), str(m, "text"), str(m, "doi"), str(m, "url"));
  }

  private static Doc.Source source(Map<String, Object> m) {
    return new Doc.Source(list(m.get("refs"), x -> (String) x), str(m, "evidence"), str(m, "note"));
  }

  private static Doc.Item item(Object o) {
    Map<String, Object> m = obj(o);
    Map<String, Object> a = obj(m.get("answer"));
    Doc.Answer answer = new Doc.Answer(str(a, "type"), list(a.get("options"), TrustedReader::option),
        score(a.get("yesScore")), score(a.get("noScore")), optionalInteger(a.get("min")),
        optionalInteger(a.get("max")), str(a, "unit"));
    Map<String, Object> when = m.get("enableWhen") == null ? null : obj(m.get("enableWhen"));
    return new Doc.Item(str(m, "id"), str(m, "label"), texts(m.get("text")), answer, texts(m.get("codes")),
        str(m, "recallPeriod"), when == null ? null
            : new Doc.EnableWhen(list(when.get("items"), x -> (String) x), (BigDecimal) when.get("atLeast")));
  }

  private static Doc.Option option(Object o) {
    Map<String, Object> m = obj(o);
    return new Doc.Option(str(m, "code"), str(m, "label"), texts(m.get("text")), score(m.get("score")),
        (Boolean) m.get("notApplicable"));
  }

  private static Doc.Scale scale(Object o) {
    Map<String, Object> m = obj(o);
    Map<String, Object> missing = obj(m.get("missing"));
    return new Doc.Scale(str(m, "id"), str(m, "label"), list(m.get("items"), x -> (String) x),
        new Doc.Rule(str(obj(m.get("rule")), "type"), optionalInteger(obj(m.get("rule")).get("factor"))),
        new Doc.Missing(str(missing, "type"), missing.get("maxMissing") == null ? null : integer(missing.get("maxMissing"))),
        (BigDecimal) m.get("min"), (BigDecimal) m.get("max"), texts(m.get("codes")), source(obj(m.get("source"))),
        list(m.get("change"), x -> {
          Map<String, Object> c = obj(x);
          return new Doc.ChangeThreshold(str(c, "kind"), (BigDecimal) c.get("threshold"), str(c, "better"),
              source(obj(c.get("source"))));
        }));
  }

  private static Doc.Profile profile(Object o) {
    Map<String, Object> m = obj(o);
    return new Doc.Profile(str(m, "id"), str(m, "label"), (Boolean) m.get("default"), str(m, "population"),
        list(m.get("scales"), x -> {
          Map<String, Object> sb = obj(x);
          return new Doc.ScaleBands(str(sb, "scale"), source(obj(sb.get("source"))), list(sb.get("bands"), b -> {
            Map<String, Object> band = obj(b);
            return new Doc.Band(str(band, "code"), str(band, "label"), (BigDecimal) band.get("min"),
                (BigDecimal) band.get("max"), integer(band.get("severity")));
          }), clinicalCutoff(sb.get("clinicalCutoff")));
        }));
  }

  private static Doc.Flag flag(Object o) {
    Map<String, Object> m = obj(o);
    return new Doc.Flag(str(m, "code"), str(m, "label"), str(m, "level"), (Boolean) m.get("safety"),
        rule(m.get("rule")), str(m, "message"), source(obj(m.get("source"))));
  }

  private static Doc.FlagRule rule(Object o) {
    Map<String, Object> r = obj(o);
    return new Doc.FlagRule(str(r, "type"), list(r.get("items"), x -> (String) x), str(r, "scale"),
        (BigDecimal) r.get("atLeast"), (BigDecimal) r.get("below"), list(r.get("rules"), TrustedReader::rule));
  }

  private static Doc.ClinicalCutoff clinicalCutoff(Object o) {
    if (o == null) {
      return null;
    }
    Map<String, Object> m = obj(o);
    return new Doc.ClinicalCutoff((BigDecimal) m.get("atLeast"), source(obj(m.get("source"))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(Object o) {
    return (Map<String, Object>) o;
  }

  private static String str(Map<String, Object> m, String key) {
    return (String) m.get(key);
  }

  /** A score: a JSON number, or a string such as {@code "7/3"}. */
  private static Score score(Object o) {
    return o == null ? null : o instanceof String s ? Score.parse(s) : Score.of((BigDecimal) o);
  }

  private static Integer optionalInteger(Object o) {
    return o == null ? null : integer(o);
  }

  private static Integer integer(Object o) {
    return ((BigDecimal) o).intValueExact();
  }

  /** A JSON array as a list, or null when absent (as databind leaves it). */
  private static <T> List<T> list(Object o, Function<Object, T> f) {
    return o == null ? null : ((List<?>) o).stream().map(f).toList();
  }

  /** A JSON object of strings, or null when absent. */
  private static Map<String, String> texts(Object o) {
    if (o == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    obj(o).forEach((k, v) -> out.put(k, (String) v));
    return out;
  }
}
