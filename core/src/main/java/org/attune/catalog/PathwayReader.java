package org.attune.catalog;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.attune.model.Instrument;
import org.attune.model.Pathway;

/**
 * Reads a pathway document as definitions are read: its shape by Jackson (unknown or misspelt
 * fields, wrong types), then {@link BeanChecks}, then {@link PathwayChecks} against the
 * instruments it chains, every problem at once with its JSON path.
 */
final class PathwayReader {
  private PathwayReader() {}

  static Pathway read(String name, byte[] json, Map<String, Instrument> instruments) {
    Problems problems = new Problems(name, "pathway");
    PathwayDoc.Pathway doc = DefinitionReader.readPathway(new ByteArrayInputStream(json), problems);
    problems.throwIfAny();
    BeanChecks.check(doc, problems);
    problems.throwIfAny();
    PathwayChecks.check(doc, instruments, problems);
    problems.throwIfAny();
    return toModel(doc);
  }

  private static Pathway toModel(PathwayDoc.Pathway d) {
    return new Pathway(d.id(), d.version(), d.name(), d.references().stream().map(DocMapping::citation).toList(),
        DocMapping.source(d.source()), orEmpty(d.inputs()).stream().map(i -> new Pathway.Input(i.id(), i.label())).toList(),
        orEmpty(d.choices()).stream()
            .map(c -> new Pathway.Choice(c.id(), c.label(), c.instruments(), c.defaultInstrument())).toList(),
        d.steps().stream().map(s -> new Pathway.Step(s.id(), s.instrument(), s.choice(),
            s.carry() == null ? Map.of() : s.carry(),
            orEmpty(s.when()).stream().map(c -> new Pathway.Condition(c.step(), c.scale(), c.atLeast(), c.input()))
                .toList(),
            s.source() == null ? null : DocMapping.source(s.source()))).toList(),
        orEmpty(d.notes()));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
