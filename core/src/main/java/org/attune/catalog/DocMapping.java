package org.attune.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attune.model.AgeRange;
import org.attune.model.AnswerType;
import org.attune.model.Band;
import org.attune.model.ChangeKind;
import org.attune.model.ChangeThreshold;
import org.attune.model.Citation;
import org.attune.model.ClinicalCutoff;
import org.attune.model.CutoffProfile;
import org.attune.model.EnableWhen;
import org.attune.model.Evidence;
import org.attune.model.Flag;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Licence;
import org.attune.model.LicenceClass;
import org.attune.model.MissingDataPolicy;
import org.attune.model.Option;
import org.attune.model.Respondent;
import org.attune.model.Scale;
import org.attune.model.ScaleBands;
import org.attune.model.ScoringRule;
import org.attune.model.Source;

/** Converts between the checked document form and the model, both ways. */
final class DocMapping {
  private DocMapping() {}

  // ---- document to model (only ever called on a document that passed every check) ----

  static Instrument toModel(Doc.Instrument d) {
    return new Instrument(d.schemaVersion(), d.id(), d.version(), d.publishedVersion(), d.name(), d.shortName(),
        byCode(Respondent.values(), Respondent::code, d.respondent()), d.population(), d.recallPeriod(),
        orEmpty(d.instructions()), licence(d.licence()), map(d.references(), DocMapping::citation),
        source(d.scoringSource()), orEmpty(d.codes()), map(d.items(), DocMapping::item),
        map(d.scales(), DocMapping::scale), map(d.profiles(), DocMapping::profile), map(d.flags(), DocMapping::flag),
        d.notes() == null ? List.of() : d.notes(),
        d.ageRange() == null ? null
            : new AgeRange(d.ageRange().minMonths(), d.ageRange().maxMonths(), source(d.ageRange().source())));
  }

  private static Licence licence(Doc.Licence l) {
    return new Licence(byCode(LicenceClass.values(), LicenceClass::code, l.licenceClass()), l.copyright(),
        l.terms(), l.textIncluded(), l.note());
  }

  static Citation citation(Doc.Citation c) {
    return new Citation(c.id(), c.text(), c.doi(), c.url());
  }

  static Source source(Doc.Source s) {
    return new Source(s.refs(), byCode(Evidence.values(), Evidence::code, s.evidence()), s.note());
  }

  private static Item item(Doc.Item i) {
    Doc.Answer a = i.answer();
    AnswerType type = switch (a.type()) {
      case "yes_no" -> new AnswerType.YesNo(a.yesScore(), a.noScore());
      case "integer" -> new AnswerType.WholeNumber(a.min(), a.max(), a.unit());
      case "duration" -> new AnswerType.Duration(a.min(), a.max());
      default -> new AnswerType.SingleChoice(map(a.options(),
          o -> new Option(o.code(), o.label(), orEmpty(o.text()), o.score(), Boolean.TRUE.equals(o.notApplicable()))));
    };
    EnableWhen when = i.enableWhen() == null ? null : new EnableWhen(i.enableWhen().items(), i.enableWhen().atLeast());
    return new Item(i.id(), i.label(), orEmpty(i.text()), type, orEmpty(i.codes()), i.recallPeriod(), when);
  }

  private static Scale scale(Doc.Scale s) {
    ScoringRule rule = "count_endorsed".equals(s.rule().type()) ? ScoringRule.countEndorsed()
        : new ScoringRule.Sum(s.rule().factor() == null ? 1 : s.rule().factor());
    MissingDataPolicy missing = switch (s.missing().type()) {
      case "prorate" -> MissingDataPolicy.prorateUpTo(s.missing().maxMissing());
      case "count_as_zero" -> MissingDataPolicy.countAsZero();
      default -> MissingDataPolicy.none();
    };
    return new Scale(s.id(), s.label(), s.items(), rule, missing, s.min(), s.max(), orEmpty(s.codes()),
        source(s.source()), map(s.change(), c -> new ChangeThreshold(ChangeKind.fromCode(c.kind()), c.threshold(),
            byCode(ChangeThreshold.Better.values(), ChangeThreshold.Better::code, c.better()), source(c.source()))));
  }

  private static CutoffProfile profile(Doc.Profile p) {
    return new CutoffProfile(p.id(), p.label(), Boolean.TRUE.equals(p.isDefault()), p.population(),
        map(p.scales(), sb -> new ScaleBands(sb.scale(), source(sb.source()), map(sb.bands(),
            b -> new Band(b.code(), b.label(), b.min(), b.max(), b.severity())),
            sb.clinicalCutoff() == null ? null
                : new ClinicalCutoff(sb.clinicalCutoff().atLeast(), source(sb.clinicalCutoff().source())))));
  }

  private static Flag flag(Doc.Flag f) {
    return new Flag(f.code(), f.label(), level(f.level()), f.safety(), rule(f.rule()), f.message(), source(f.source()));
  }

  static FlagLevel level(String code) {
    return FlagLevel.valueOf(code.toUpperCase(Locale.ROOT));
  }

  static FlagRule rule(Doc.FlagRule r) {
    return switch (r.type()) {
      case "scale" -> new FlagRule.ScaleThreshold(r.scale(), r.atLeast());
      case "sum_below" -> new FlagRule.SumBelow(r.items(), r.below());
      case "any_of" -> new FlagRule.AnyOf(map(r.rules(), DocMapping::rule));
      default -> new FlagRule.ItemThreshold(r.items(), r.atLeast());
    };
  }

  // ---- model to document ----

  static Doc.Instrument toDoc(Instrument m) {
    return new Doc.Instrument(m.schemaVersion(), m.id(), m.version(), m.publishedVersion(), m.name(),
        m.shortName(), m.respondent().code(), m.population(), m.recallPeriod(),
        m.ageRange() == null ? null : new Doc.AgeRange(m.ageRange().minMonths(), m.ageRange().maxMonths(),
            doc(m.ageRange().source())),
        m.instructions(),
        new Doc.Licence(m.licence().licenceClass().code(), m.licence().copyright(), m.licence().terms(),
            m.licence().textIncluded(), m.licence().note()),
        map(m.references(), c -> new Doc.Citation(c.id(), c.text(), c.doi(), c.url())),
        doc(m.scoringSource()), m.codes(), map(m.items(), DocMapping::doc), map(m.scales(), DocMapping::doc),
        map(m.profiles(), DocMapping::doc), map(m.flags(), DocMapping::doc), m.notes());
  }

  static Doc.Source doc(Source s) {
    return new Doc.Source(s.refs(), s.evidence().code(), s.note());
  }

  private static Doc.Item doc(Item i) {
    Doc.Answer answer;
    if (i.answerType() instanceof AnswerType.YesNo yn) {
      answer = new Doc.Answer("yes_no", null, yn.yesScore(), yn.noScore(), null, null, null);
    } else if (i.answerType() instanceof AnswerType.SingleChoice sc) {
      answer = new Doc.Answer("single_choice", map(sc.options(), o -> new Doc.Option(o.code(), o.label(), o.text(),
          o.score(), o.notApplicable() ? Boolean.TRUE : null)), null, null, null, null, null);
    } else if (i.answerType() instanceof AnswerType.WholeNumber n) {
      answer = new Doc.Answer("integer", null, null, null, n.min(), n.max(), n.unit());
    } else if (i.answerType() instanceof AnswerType.Duration d) {
      answer = new Doc.Answer("duration", null, null, null, d.min(), d.max(), null);
    } else {
      throw new AssertionError("unknown answer type " + i.answerType());
    }
    return new Doc.Item(i.id(), i.label(), i.text(), answer, i.codes(), i.recallPeriod(),
        i.enableWhen() == null ? null : new Doc.EnableWhen(i.enableWhen().items(), i.enableWhen().atLeast()));
  }

  private static Doc.Scale doc(Scale s) {
    Integer maxMissing = s.missing() instanceof MissingDataPolicy.ProrateUpTo p ? p.maxMissing() : null;
    Integer factor = s.rule() instanceof ScoringRule.Sum sum && sum.factor() != 1 ? sum.factor() : null;
    return new Doc.Scale(s.id(), s.label(), s.items(), new Doc.Rule(s.rule().type(), factor),
        new Doc.Missing(s.missing().type(), maxMissing), s.min(), s.max(), s.codes(), doc(s.source()),
        map(s.change(), c -> new Doc.ChangeThreshold(c.kind().code(), c.threshold(), c.better().code(),
            doc(c.source()))));
  }

  private static Doc.Profile doc(CutoffProfile p) {
    return new Doc.Profile(p.id(), p.label(), p.isDefault(), p.population(),
        map(p.scales(), sb -> new Doc.ScaleBands(sb.scale(), doc(sb.source()),
            map(sb.bands(), b -> new Doc.Band(b.code(), b.label(), b.min(), b.max(), b.severity())),
            sb.clinicalCutoff() == null ? null
                : new Doc.ClinicalCutoff(sb.clinicalCutoff().atLeast(), doc(sb.clinicalCutoff().source())))));
  }

  private static Doc.Flag doc(Flag f) {
    return new Doc.Flag(f.code(), f.label(), f.level().code(), f.safety(), doc(f.rule()), f.message(), doc(f.source()));
  }

  static Doc.FlagRule doc(FlagRule rule) {
    if (rule instanceof FlagRule.ItemThreshold t) {
      return new Doc.FlagRule("item", t.items(), null, t.atLeast(), null, null);
    } else if (rule instanceof FlagRule.ScaleThreshold t) {
      return new Doc.FlagRule("scale", null, t.scale(), t.atLeast(), null, null);
    } else if (rule instanceof FlagRule.SumBelow t) {
      return new Doc.FlagRule("sum_below", t.items(), null, null, t.below(), null);
    } else if (rule instanceof FlagRule.AnyOf any) {
      return new Doc.FlagRule("any_of", null, null, null, null, map(any.rules(), DocMapping::doc));
    }
    throw new AssertionError("unknown flag rule " + rule);
  }

  // ---- helpers ----

  static <A, B> List<B> map(List<A> list, Function<A, B> f) {
    return list == null ? List.of() : list.stream().map(f).toList();
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static <E> E byCode(E[] values, Function<E, String> code, String wanted) {
    return Arrays.stream(values).filter(v -> code.apply(v).equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalStateException("unchecked code " + wanted));
  }
}
