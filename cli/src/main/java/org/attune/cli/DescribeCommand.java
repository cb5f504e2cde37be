package org.attune.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attune.Attune;
import org.attune.catalog.Definitions;
import org.attune.model.AnswerType;
import org.attune.model.ChangeThreshold;
import org.attune.model.ClinicalCutoff;
import org.attune.model.Evidence;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.MissingDataPolicy;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.attune.model.ScoringRule;
import org.attune.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune describe}: items, options and scores, scales, profiles, flags, sources, and what is unverified. */
@Command(name = "describe", description = "Describe an instrument: items, option scores, scales, cut-off profiles, "
    + "flags, licence, sources and what is unverified.")
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INSTRUMENT", description = "instrument id, e.g. epds")
  String id;

  @picocli.CommandLine.Option(names = "--json", description = "print the definition document itself")
  boolean json;

  private final List<String> unverified = new ArrayList<>();

  @Override
  public Integer call() {
    Instrument instrument = AttuneCommand.instrument(Attune.catalog(), id);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Definitions.toJson(instrument) : describe(instrument));
    out.flush();
    return ExitCodes.OK;
  }

  private String describe(Instrument i) {
    StringBuilder b = new StringBuilder();
    line(b, 0, i.shortName() + " - " + i.name() + " (" + i.id() + ")");
    line(b, 0, "Definition version " + i.version() + " (schema " + i.schemaVersion() + "); published version "
        + i.publishedVersion() + codes(i.codes()));
    line(b, 0, "Respondent: " + i.respondent().code() + ". Population: " + i.population() + ". Recall period: "
        + i.recallPeriod() + ".");
    if (i.ageRange() != null) {
      line(b, 0, "Child's age: " + i.ageRange() + " (completed months; outside it, results carry the warning "
          + "age_out_of_range). Source: " + source(i.ageRange().source()));
      note("age range", i.ageRange().source());
    }
    line(b, 0, "Results are screening results, not diagnoses.");
    b.append('\n');
    line(b, 0, "Licence: " + i.licence().licenceClass().code() + "; wording "
        + (i.licence().textIncluded() ? "included" : "NOT included (scoring only, with our own labels)"));
    line(b, 2, i.licence().copyright());
    line(b, 2, "Terms: " + i.licence().terms());
    line(b, 2, i.licence().note());
    note("scoring key", i.scoringSource());
    i.instructions().forEach((locale, text) -> line(b, 0, "Instructions (" + locale + "): " + text));

    b.append('\n');
    line(b, 0, "Items (" + i.items().size() + "); options in printed order as position. label = score:");
    for (Item item : i.items()) {
      String extra = (i.isScored(item.id()) ? "" : " (optional, not scored)")
          + (item.recallPeriod() == null ? "" : " (recall period: " + item.recallPeriod() + ")")
          + (item.enableWhen() == null ? "" : " (shown when " + String.join(" or ", item.enableWhen().items())
              + " scores " + item.enableWhen().atLeast().toPlainString() + " or more)");
      line(b, 2, item.id() + "  " + item.label() + extra + codes(item.codes()));
      item.text().forEach((locale, text) -> line(b, 6, locale + ": " + text));
      if (item.answerType() instanceof AnswerType.Numeric n) {
        line(b, 6, (n instanceof AnswerType.Duration ? "minutes, given as 90 or 1:30, " : "a whole number ")
            + n.min() + "-" + n.max() + (n instanceof AnswerType.WholeNumber w && w.unit() != null ? " " + w.unit() : "")
            + "; the value is the score");
        continue;
      }
      List<Option> options = item.answerType().options();
      StringBuilder o = new StringBuilder();
      for (int k = 0; k < options.size(); k++) {
        Option option = options.get(k);
        o.append(k == 0 ? "" : "; ").append(k + 1).append(". ").append(option.text().getOrDefault("en", option.label()))
            .append(option.score() == null ? "" : " = " + option.score().spelling())
            .append(option.notApplicable() ? " (not applicable; by position only)" : "");
      }
      line(b, 6, o.toString());
    }

    b.append('\n');
    line(b, 0, "Scales:");
    for (Scale s : i.scales()) {
      String missing = s.missing() instanceof MissingDataPolicy.ProrateUpTo p
          ? "prorated when at most " + p.maxMissing() + " missing"
          : s.missing() instanceof MissingDataPolicy.CountAsZero ? "a missing item counts as zero"
          : "unscored if any item is missing";
      String rule = s.rule() instanceof ScoringRule.Sum sum && sum.factor() != 1
          ? "sum, times " + sum.factor() + "," : s.rule().type();
      line(b, 2, s.id() + "  " + s.label() + ": " + rule + " of " + String.join(", ", s.items())
          + "; range " + range(s.min(), s.max()) + "; " + missing + codes(s.codes()));
      line(b, 6, "source: " + source(s.source()));
      note("scale " + s.id(), s.source());
      for (ChangeThreshold c : s.change()) {
        line(b, 6, "change: " + c.kind().code() + " " + c.threshold().toPlainString() + " (a change of "
            + c.threshold().toPlainString() + " or more, either way, meets it; " + c.better().code()
            + " is better); source: " + source(c.source()));
        note("scale " + s.id() + " change " + c.kind().code(), c.source());
      }
    }

    b.append('\n');
    if (i.profiles().isEmpty()) {
      line(b, 0, "Cut-off profiles: none; continuous scores only.");
    } else {
      line(b, 0, "Cut-off profiles (--profile ID):");
    }
    i.profiles().forEach(p -> {
      line(b, 2, p.id() + (p.isDefault() ? " (default)" : "") + ": " + p.label() + ". Population: " + p.population());
      p.scales().forEach(sb -> {
        line(b, 6, sb.scale() + ": " + sb.bands().stream().map(band -> range(band.min(), band.max()) + " "
            + band.code()).collect(Collectors.joining(", ")));
        line(b, 8, "source: " + source(sb.source()));
        note("profile " + p.id() + " " + sb.scale(), sb.source());
        ClinicalCutoff cut = sb.clinicalCutoff();
        if (cut != null) {
          line(b, 8, "clinically significant change: a reliable change that crosses " + cut.atLeast().toPlainString()
              + " (below it / " + cut.atLeast().toPlainString() + " or more); source: " + source(cut.source()));
          note("profile " + p.id() + " " + sb.scale() + " clinical cut-off", cut.source());
        }
      });
    });

    b.append('\n');
    line(b, 0, i.flags().isEmpty() ? "Flags: none." : "Flags (evaluated on every valid answer, whatever else is missing or invalid):");
    for (Flag f : i.flags()) {
      line(b, 2, f.code() + " (" + f.level().code() + (f.safety() ? ", safety" : "") + "): " + rule(f.rule()) + ". "
          + f.message());
      line(b, 6, "source: " + source(f.source()));
      note("flag " + f.code(), f.source());
    }

    b.append('\n');
    line(b, 0, "Unverified (sources not confirmed from a primary source):");
    if (unverified.isEmpty()) {
      line(b, 2, "none");
    }
    unverified.forEach(u -> line(b, 2, "- " + u));
    if (!i.notes().isEmpty()) {
      b.append('\n');
      line(b, 0, "Notes:");
      i.notes().forEach(n -> line(b, 2, "- " + n));
    }
    b.append('\n');
    line(b, 0, "References:");
    i.references().forEach(c -> line(b, 2, "[" + c.id() + "] " + c.text()
        + (c.doi() == null ? "" : " doi:" + c.doi()) + (c.url() == null ? "" : " " + c.url())));
    return b.toString();
  }

  private void note(String where, Source source) {
    if (source.evidence() != Evidence.CONFIRMED) {
      unverified.add(where + ": " + source.evidence().code() + (source.note() == null ? "" : " - " + source.note()));
    }
  }

  private static String rule(FlagRule rule) {
    if (rule instanceof FlagRule.AnyOf any) {
      return "any of: " + any.rules().stream().map(DescribeCommand::rule).collect(Collectors.joining("; or "));
    }
    if (rule instanceof FlagRule.ItemThreshold t) {
      return String.join(" or ", t.items()) + " >= " + t.atLeast().toPlainString();
    }
    if (rule instanceof FlagRule.SumBelow t) {
      return String.join(" + ", t.items()) + " < " + t.below().toPlainString() + " (every one answered)";
    }
    FlagRule.ScaleThreshold t = (FlagRule.ScaleThreshold) rule;
    return t.scale() + " >= " + t.atLeast().toPlainString();
  }

  private static String source(Source s) {
    return String.join(", ", s.refs()) + " (" + s.evidence().code() + ")" + (s.note() == null ? "" : ": " + s.note());
  }

  private static String range(BigDecimal min, BigDecimal max) {
    return min.compareTo(max) == 0 ? min.toPlainString() : min.toPlainString() + "-" + max.toPlainString();
  }

  private static String codes(Map<String, String> codes) {
    return codes.isEmpty() ? "" : " [" + codes.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey().toUpperCase(java.util.Locale.ROOT) + " " + e.getValue()).collect(Collectors.joining(", "))
        + "]";
  }

  private static void line(StringBuilder b, int indent, String text) {
    b.append(" ".repeat(indent)).append(text).append('\n');
  }
}
