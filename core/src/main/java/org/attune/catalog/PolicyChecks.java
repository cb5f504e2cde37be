package org.attune.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.CutoffProfile;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.policy.SitePolicy;

/**
 * The rules of a site policy beyond its shape: on its own (format version, instrument ids,
 * alert levels and codes), and against each instrument it names (the profile, flags, items and
 * scales it refers to exist; thresholds only become more sensitive; no safety flag is removed;
 * alert codes differ from the instrument's flag codes). Tolerates the nulls that
 * {@link BeanChecks} reports, so that every problem is found in one pass.
 */
final class PolicyChecks {
  private final Instrument instrument;
  private final Problems problems;
  private final Map<String, Flag> flags = new HashMap<>();
  private final FlagRuleChecks rules;

  private PolicyChecks(Instrument instrument, Problems problems) {
    this.instrument = instrument;
    this.problems = problems;
    instrument.flags().forEach(f -> flags.put(f.code(), f));
    Doc.Instrument doc = DocMapping.toDoc(instrument);
    Map<String, Doc.Item> items = new HashMap<>();
    Map<String, Doc.Scale> scales = new HashMap<>();
    doc.items().forEach(i -> items.put(i.id(), i));
    doc.scales().forEach(s -> scales.put(s.id(), s));
    this.rules = new FlagRuleChecks(items, scales, problems);
  }

  /** The checks that need no instrument. */
  static void check(PolicyDoc.Policy doc, Problems problems) {
    if (doc.schemaVersion() != null && doc.schemaVersion() != SitePolicy.SCHEMA_VERSION) {
      problems.add("schemaVersion", "unsupported policy schema version " + doc.schemaVersion()
          + "; this library reads " + SitePolicy.SCHEMA_VERSION);
    }
    if (doc.instruments() == null) {
      return;
    }
    doc.instruments().forEach((id, entry) -> {
      String at = "instruments." + id;
      if (!id.matches(Doc.ID)) {
        problems.add(at, "instrument ids are lower snake case ([a-z][a-z0-9_]*)");
      }
      if (entry != null) {
        Set<String> codes = new HashSet<>();
        DefinitionChecks.forEach(entry.alerts(), at + ".alerts", (p, a) -> {
          if (a.level() != null && !DefinitionChecks.FLAG_LEVELS.contains(a.level())) {
            problems.add(p + ".level", "unknown value " + a.level() + "; expected one of "
                + DefinitionChecks.FLAG_LEVELS.stream().sorted().toList());
          }
          if (a.code() != null && !codes.add(a.code())) {
            problems.add(p + ".code", "duplicate alert code " + a.code());
          }
        });
      }
    });
  }

  /** Checks the policy's entry for this instrument, whose path is {@code at}, against it. */
  static void fit(String at, PolicyDoc.Instrument entry, Instrument instrument, Problems problems) {
    new PolicyChecks(instrument, problems).run(at, entry);
  }

  private void run(String at, PolicyDoc.Instrument entry) {
    profile(at + ".profile", entry.profile());
    Set<String> removed = removed(at + ".removedFlags", entry.removedFlags());
    Set<String> seen = new HashSet<>();
    DefinitionChecks.forEach(entry.thresholds(), at + ".thresholds", (p, t) -> threshold(p, t, removed, seen));
    if (entry.messages() != null) {
      entry.messages().forEach((code, message) -> {
        if (flag(at + ".messages." + code, code) != null && removed.contains(code)) {
          problems.add(at + ".messages." + code, "flag " + code + " is removed by this policy; it has no message");
        }
      });
    }
    DefinitionChecks.forEach(entry.alerts(), at + ".alerts", (p, a) -> {
      if (flags.containsKey(a.code())) {
        problems.add(p + ".code", "alert code " + a.code() + " is already a flag of " + instrument.id()
            + "; choose another code");
      }
      rules.check(p + ".rule", a.rule());
    });
  }

  private void profile(String path, String profile) {
    if (profile == null || instrument.profile(profile).isPresent()) {
      return;
    }
    problems.add(path, instrument.profiles().isEmpty()
        ? "unknown profile " + profile + ": " + instrument.id() + " has no cut-off profiles"
        : "unknown profile " + profile + " of " + instrument.id() + "; profiles: "
            + instrument.profiles().stream().map(CutoffProfile::id).toList());
  }

  /** The instrument's flag with this code; null, reported at {@code path}, when it has none. */
  private Flag flag(String path, String code) {
    Flag flag = code == null ? null : flags.get(code);
    if (flag == null && code != null) {
      problems.add(path, "unknown flag " + code + " of " + instrument.id() + "; its flags: "
          + instrument.flags().stream().map(Flag::code).toList());
    }
    return flag;
  }

  private Set<String> removed(String path, List<String> codes) {
    Set<String> removed = new HashSet<>();
    for (int i = 0; codes != null && i < codes.size(); i++) {
      String at = path + "[" + i + "]";
      Flag flag = flag(at, codes.get(i));
      if (flag == null) {
        continue;
      }
      if (flag.safety()) {
        problems.add(at, flag.code() + " is a safety flag: a site policy cannot remove it (it may lower its"
            + " threshold, replace its message or add alerts)");
      } else if (!removed.add(flag.code())) {
        problems.add(at, "flag " + flag.code() + " is listed twice");
      }
    }
    return removed;
  }

  private void threshold(String path, PolicyDoc.Threshold t, Set<String> removed, Set<String> seen) {
    Flag flag = flag(path + ".flag", t.flag());
    if (flag == null) {
      return;
    }
    if (!seen.add(flag.code())) {
      problems.add(path + ".flag", "flag " + flag.code() + " is given a threshold twice");
    } else if (removed.contains(flag.code())) {
      problems.add(path + ".flag", "flag " + flag.code() + " is removed by this policy; it has no threshold to change");
    } else if (flag.rule() instanceof FlagRule.AnyOf) {
      problems.add(path + ".flag", "flag " + flag.code() + " combines several rules (any_of), so it has no single"
          + " threshold to change; add an alert instead");
    } else if (t.threshold() != null && moreSensitive(path + ".threshold", flag, t.threshold())) {
      rules.threshold(path + ".threshold", DocMapping.doc(flag.rule()), t.threshold());
    }
  }

  /**
   * Whether the new threshold is at least as sensitive as the flag's own: an {@code atLeast}
   * no higher, a {@code below} no lower. Reports it when it is not.
   */
  private boolean moreSensitive(String path, Flag flag, BigDecimal value) {
    boolean below = flag.rule() instanceof FlagRule.SumBelow;
    BigDecimal own = below ? ((FlagRule.SumBelow) flag.rule()).below()
        : flag.rule() instanceof FlagRule.ItemThreshold i ? i.atLeast() : ((FlagRule.ScaleThreshold) flag.rule()).atLeast();
    int cmp = value.compareTo(own);
    if (below ? cmp >= 0 : cmp <= 0) {
      return true;
    }
    String may = flag.safety() ? flag.code() + " is a safety flag: a site policy may " : "a site policy may ";
    String its = flag.safety() ? "its" : "flag " + flag.code() + "'s";
    problems.add(path, may + (below ? "raise " : "lower ") + its + " threshold (" + (below ? "below " : "at least ")
        + own.toPlainString() + ") but " + (flag.safety() ? "never " : "not ") + (below ? "lower" : "raise")
        + " it (to " + value.toPlainString() + "), which would make it less sensitive");
    return false;
  }
}
