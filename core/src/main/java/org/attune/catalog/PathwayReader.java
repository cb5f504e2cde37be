package org.attune.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.attune.model.Citation;
import org.attune.model.Evidence;
import org.attune.model.Instrument;
import org.attune.model.Pathway;
import org.attune.model.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a pathway document and checks it against the instruments it chains: every problem at
 * once, each with its JSON path (steps and inputs unique, instruments, scales and carried items
 * known, conditions naming earlier steps or declared inputs).
 */
final class PathwayReader {
  /** The pathway format this library reads. */
  static final int VERSION = 1;

  private final Problems problems;
  private final Map<String, Instrument> instruments;
  private final Set<String> inputs = new HashSet<>();
  private final Map<String, List<Instrument>> stepInstruments = new LinkedHashMap<>();

  private PathwayReader(Problems problems, Map<String, Instrument> instruments) {
    this.problems = problems;
    this.instruments = instruments;
  }

  static Pathway read(String name, byte[] json, Map<String, Instrument> instruments) {
    Problems problems = new Problems(name);
    JsonNode root;
    try {
      root = DefinitionReader.MAPPER.readTree(json);
    } catch (JacksonException e) {
      problems.add("", "not JSON: " + e.getOriginalMessage());
      problems.throwIfAny();
      throw new AssertionError();
    }
    Pathway pathway = new PathwayReader(problems, instruments).pathway(root);
    problems.throwIfAny();
    return pathway;
  }

  private Pathway pathway(JsonNode n) {
    allowed(n, "", "pathwayVersion", "id", "version", "name", "references", "source", "inputs", "choices", "steps",
        "notes");
    if (n.path("pathwayVersion").asInt(-1) != VERSION) {
      problems.add("pathwayVersion", "expected " + VERSION);
    }
    List<Citation> references = list(n, "", "references", (c, at) -> new Citation(text(c, at, "id"), text(c, at, "text"),
        c.path("doi").isString() ? c.get("doi").asString() : null, c.path("url").isString() ? c.get("url").asString() : null));
    Set<String> refIds = new HashSet<>();
    references.forEach(c -> refIds.add(c.id()));
    Source source = source(n.path("source"), "source", refIds);
    List<Pathway.Input> declared = list(n, "", "inputs", (i, at) -> {
      String id = text(i, at, "id");
      if (id != null && !inputs.add(id)) {
        problems.add(at + ".id", "duplicate input " + id);
      }
      return new Pathway.Input(id, text(i, at, "label"));
    });
    List<Pathway.Choice> choices = list(n, "", "choices", (c, at) -> {
      List<String> ids = new ArrayList<>();
      c.path("instruments").forEach(x -> ids.add(x.asString()));
      ids.forEach(id -> known(at + ".instruments", id));
      String fallback = text(c, at, "default");
      if (fallback != null && !ids.contains(fallback)) {
        problems.add(at + ".default", "default " + fallback + " is not one of " + ids);
      }
      return new Pathway.Choice(text(c, at, "id"), text(c, at, "label"), ids, fallback);
    });
    List<Pathway.Step> steps = list(n, "", "steps", (s, at) -> step(s, at, choices, refIds));
    List<String> notes = new ArrayList<>();
    n.path("notes").forEach(x -> notes.add(x.asString()));
    return new Pathway(text(n, "", "id"), text(n, "", "version"), text(n, "", "name"), references, source, declared,
        choices, steps, notes);
  }

  private Pathway.Step step(JsonNode s, String at, List<Pathway.Choice> choices, Set<String> refIds) {
    allowed(s, at, "id", "instrument", "choice", "carry", "when", "source");
    String id = text(s, at, "id");
    List<Instrument> asked = new ArrayList<>();
    String instrument = s.path("instrument").isString() ? s.get("instrument").asString() : null;
    String choice = s.path("choice").isString() ? s.get("choice").asString() : null;
    if ((instrument == null) == (choice == null)) {
      problems.add(at, "a step names either an instrument or a choice");
    } else if (instrument != null) {
      Instrument known = known(at + ".instrument", instrument);
      if (known != null) {
        asked.add(known);
      }
    } else {
      choices.stream().filter(c -> choice.equals(c.id())).findFirst().ifPresentOrElse(
          c -> c.instruments().forEach(i -> asked.add(instruments.get(i))),
          () -> problems.add(at + ".choice", "unknown choice " + choice));
    }
    Map<String, String> carry = new LinkedHashMap<>();
    s.path("carry").properties().forEach(e -> {
      String to = e.getKey();
      String from = e.getValue().asString();
      carry.put(to, from);
      String path = at + ".carry." + to;
      asked.stream().filter(i -> i != null && i.item(to).isEmpty())
          .forEach(i -> problems.add(path, i.id() + " has no item " + to));
      int dot = from.indexOf('.');
      List<Instrument> earlier = dot < 0 ? null : stepInstruments.get(from.substring(0, dot));
      if (earlier == null) {
        problems.add(path, "expected <earlier step>.<item>, got " + from);
      } else if (earlier.stream().anyMatch(i -> i != null && i.item(from.substring(dot + 1)).isEmpty())) {
        problems.add(path, "step " + from.substring(0, dot) + " has no item " + from.substring(dot + 1));
      }
    });
    List<Pathway.Condition> when = list(s, at, "when", this::condition);
    if (id != null && stepInstruments.putIfAbsent(id, asked) != null) {
      problems.add(at + ".id", "duplicate step " + id);
    }
    Source source = s.has("source") ? source(s.get("source"), at + ".source", refIds) : null;
    return new Pathway.Step(id, instrument, choice, carry, when, source);
  }

  private Pathway.Condition condition(JsonNode c, String at) {
    allowed(c, at, "step", "scale", "atLeast", "input");
    if (c.has("input")) {
      String input = c.get("input").asString();
      if (!inputs.contains(input)) {
        problems.add(at + ".input", "undeclared input " + input);
      }
      return new Pathway.Condition(null, null, null, input);
    }
    String step = text(c, at, "step");
    String scale = text(c, at, "scale");
    BigDecimal atLeast = c.path("atLeast").isNumber() ? c.get("atLeast").decimalValue() : null;
    if (atLeast == null) {
      problems.add(at + ".atLeast", "a number is required");
    }
    List<Instrument> earlier = step == null ? null : stepInstruments.get(step);
    if (step != null && earlier == null) {
      problems.add(at + ".step", "step " + step + " is not an earlier step");
    } else if (earlier != null && scale != null
        && earlier.stream().anyMatch(i -> i != null && i.scale(scale).isEmpty())) {
      problems.add(at + ".scale", "step " + step + " has no scale " + scale);
    }
    return new Pathway.Condition(step, scale, atLeast, null);
  }

  private Source source(JsonNode s, String at, Set<String> refIds) {
    List<String> refs = new ArrayList<>();
    s.path("refs").forEach(r -> refs.add(r.asString()));
    refs.stream().filter(r -> !refIds.contains(r)).forEach(r -> problems.add(at + ".refs", "unknown reference " + r));
    String evidence = text(s, at, "evidence");
    Evidence level = null;
    for (Evidence e : Evidence.values()) {
      if (e.code().equals(evidence)) {
        level = e;
      }
    }
    if (level == null) {
      problems.add(at + ".evidence", "unknown evidence level " + evidence);
      level = Evidence.UNVERIFIED;
    }
    return new Source(refs, level, s.path("note").isString() ? s.get("note").asString() : null);
  }

  private Instrument known(String at, String id) {
    Instrument instrument = instruments.get(id);
    if (instrument == null) {
      problems.add(at, "unknown instrument " + id);
    }
    return instrument;
  }

  private String text(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      problems.add(at.isEmpty() ? field : at + "." + field, "a non-blank string is required");
      return null;
    }
    return v.asString();
  }

  private void allowed(JsonNode n, String at, String... fields) {
    Set<String> known = Set.of(fields);
    n.propertyNames().forEach(f -> {
      if (!known.contains(f)) {
        problems.add(at.isEmpty() ? f : at + "." + f, "unknown field");
      }
    });
  }

  private <T> List<T> list(JsonNode n, String at, String field, BiFunction<JsonNode, String, T> each) {
    List<T> out = new ArrayList<>();
    JsonNode array = n.path(field);
    String prefix = at.isEmpty() ? field : at + "." + field;
    for (int i = 0; i < array.size(); i++) {
      out.add(each.apply(array.get(i), prefix + "[" + i + "]"));
    }
    return out;
  }
}
