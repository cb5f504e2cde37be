package org.attune.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.Instrument;

/**
 * The checks of a pathway document that span fields, against the instruments it chains: step,
 * input and choice ids unique; instruments, scales and carried items known; conditions naming
 * earlier steps or declared inputs; sources citing the document's references.
 */
final class PathwayChecks {
  /** The pathway format this library reads. */
  static final int VERSION = 1;

  private final Problems problems;
  private final Map<String, Instrument> instruments;
  private final Set<String> refIds = new HashSet<>();
  private final Set<String> inputs = new HashSet<>();
  private final Map<String, Set<String>> choices = new LinkedHashMap<>();
  /** The instruments each earlier step may ask (several for a choice). */
  private final Map<String, List<Instrument>> steps = new LinkedHashMap<>();

  private PathwayChecks(Problems problems, Map<String, Instrument> instruments) {
    this.problems = problems;
    this.instruments = instruments;
  }

  static void check(PathwayDoc.Pathway doc, Map<String, Instrument> instruments, Problems problems) {
    new PathwayChecks(problems, instruments).run(doc);
  }

  private void run(PathwayDoc.Pathway doc) {
    if (doc.pathwayVersion() != VERSION) {
      problems.add("pathwayVersion", "unsupported pathway version " + doc.pathwayVersion() + "; this library reads "
          + VERSION);
    }
    doc.references().forEach(c -> refIds.add(c.id()));
    source("source", doc.source());
    forEach(doc.inputs(), "inputs", (at, input) -> unique(inputs, input.id(), at + ".id", "input"));
    forEach(doc.choices(), "choices", (at, choice) -> {
      choice.instruments().forEach(id -> known(at + ".instruments", id));
      if (!choice.instruments().contains(choice.defaultInstrument())) {
        problems.add(at + ".default", "default " + choice.defaultInstrument() + " is not one of "
            + choice.instruments());
      }
      if (choices.putIfAbsent(choice.id(), Set.copyOf(choice.instruments())) != null) {
        problems.add(at + ".id", "duplicate choice " + choice.id());
      }
    });
    forEach(doc.steps(), "steps", this::step);
  }

  private void step(String at, PathwayDoc.Step step) {
    List<Instrument> asked = new java.util.ArrayList<>();
    if ((step.instrument() == null) == (step.choice() == null)) {
      problems.add(at, "a step names either an instrument or a choice");
    } else if (step.instrument() != null) {
      Instrument instrument = known(at + ".instrument", step.instrument());
      if (instrument != null) {
        asked.add(instrument);
      }
    } else if (!choices.containsKey(step.choice())) {
      problems.add(at + ".choice", "unknown choice " + step.choice());
    } else {
      choices.get(step.choice()).stream().map(instruments::get).filter(i -> i != null).forEach(asked::add);
    }
    if (step.carry() != null) {
      step.carry().forEach((to, from) -> carry(at + ".carry." + to, to, from, asked));
    }
    forEach(step.when(), at + ".when", this::condition);
    if (step.source() != null) {
      source(at + ".source", step.source());
    }
    if (steps.putIfAbsent(step.id(), asked) != null) {
      problems.add(at + ".id", "duplicate step " + step.id());
    }
  }

  /** A carried answer: this step's item {@code to}, from {@code <earlier step>.<item>}. */
  private void carry(String at, String to, String from, List<Instrument> asked) {
    asked.stream().filter(i -> i.item(to).isEmpty()).forEach(i -> problems.add(at, i.id() + " has no item " + to));
    int dot = from.indexOf('.');
    List<Instrument> earlier = dot < 0 ? null : steps.get(from.substring(0, dot));
    if (earlier == null) {
      problems.add(at, "expected <earlier step>.<item>, got " + from);
    } else if (earlier.stream().anyMatch(i -> i.item(from.substring(dot + 1)).isEmpty())) {
      problems.add(at, "step " + from.substring(0, dot) + " has no item " + from.substring(dot + 1));
    }
  }

  private void condition(String at, PathwayDoc.Condition c) {
    if (c.input() != null) {
      if (c.step() != null || c.scale() != null || c.atLeast() != null) {
        problems.add(at, "a condition names either an input, or a step, scale and atLeast");
      }
      if (!inputs.contains(c.input())) {
        problems.add(at + ".input", "undeclared input " + c.input());
      }
      return;
    }
    if (c.step() == null || c.scale() == null || c.atLeast() == null) {
      problems.add(at, "a condition names either an input, or a step, scale and atLeast");
      return;
    }
    List<Instrument> earlier = steps.get(c.step());
    if (earlier == null) {
      problems.add(at + ".step", "step " + c.step() + " is not an earlier step");
    } else if (earlier.stream().anyMatch(i -> i.scale(c.scale()).isEmpty())) {
      problems.add(at + ".scale", "step " + c.step() + " has no scale " + c.scale());
    }
  }

  private void source(String at, Doc.Source source) {
    if (!DefinitionChecks.EVIDENCE.contains(source.evidence())) {
      problems.add(at + ".evidence", "expected one of " + DefinitionChecks.EVIDENCE + ", got " + source.evidence());
    }
    for (int i = 0; i < source.refs().size(); i++) {
      if (!refIds.contains(source.refs().get(i))) {
        problems.add(at + ".refs[" + i + "]", "unknown reference " + source.refs().get(i) + "; add it to references");
      }
    }
  }

  private Instrument known(String at, String id) {
    Instrument instrument = instruments.get(id);
    if (instrument == null) {
      problems.add(at, "unknown instrument " + id);
    }
    return instrument;
  }

  private void unique(Set<String> seen, String id, String at, String what) {
    if (!seen.add(id)) {
      problems.add(at, "duplicate " + what + " " + id);
    }
  }

  private static <T> void forEach(List<T> list, String path, java.util.function.BiConsumer<String, T> each) {
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        each.accept(path + "[" + i + "]", list.get(i));
      }
    }
  }
}
