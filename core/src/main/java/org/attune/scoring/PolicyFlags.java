package org.attune.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.Evidence;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Source;
import org.attune.policy.Alert;
import org.attune.policy.FlagThreshold;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;

/**
 * The flags a scorer evaluates under a site policy: the instrument's, in definition order, with
 * the policy's thresholds and messages (each changed flag's source note says what the policy
 * changed), less the flags it removes; then its alerts. Runs after the policy was checked; it
 * still refuses, as a last guard, to drop a safety flag or make a flag less sensitive.
 */
final class PolicyFlags {
  private PolicyFlags() {}

  static List<Flag> of(Instrument instrument, SitePolicy policy) {
    InstrumentPolicy p = policy.forInstrument(instrument.id()).orElse(null);
    if (p == null) {
      return instrument.flags();
    }
    String by = "Site policy " + policy.id() + " version " + policy.version();
    List<Flag> flags = new ArrayList<>();
    for (Flag flag : instrument.flags()) {
      if (p.removedFlags().contains(flag.code())) {
        if (flag.safety()) {
          throw new IllegalStateException("a site policy cannot remove the safety flag " + flag.code());
        }
        continue;
      }
      FlagRule rule = flag.rule();
      List<String> changes = new ArrayList<>();
      FlagThreshold threshold = p.threshold(flag.code()).orElse(null);
      if (threshold != null) {
        rule = lowered(flag, threshold.threshold());
        changes.add("threshold " + own(flag.rule()).toPlainString() + " changed to " + threshold.threshold().toPlainString());
      }
      String message = p.messages().getOrDefault(flag.code(), flag.message());
      if (!message.equals(flag.message())) {
        changes.add("message replaced");
      }
      flags.add(changes.isEmpty() ? flag : new Flag(flag.code(), flag.label(), flag.level(), flag.safety(), rule,
          message, noted(flag.source(), by + ": " + String.join("; ", changes) + ".")));
    }
    for (Alert alert : p.alerts()) {
      flags.add(new Flag(alert.code(), alert.label(), alert.level(), false, alert.rule(), alert.message(),
          new Source(List.of(), Evidence.CONFIRMED, by + " (an alert of the site's own, not a published norm): "
              + alert.source())));
    }
    return List.copyOf(flags);
  }

  private static FlagRule lowered(Flag flag, BigDecimal value) {
    FlagRule rule = flag.rule();
    int cmp = value.compareTo(own(rule));
    if (rule instanceof FlagRule.SumBelow s && cmp >= 0) {
      return new FlagRule.SumBelow(s.items(), value);
    }
    if (rule instanceof FlagRule.ItemThreshold t && cmp <= 0) {
      return new FlagRule.ItemThreshold(t.items(), value);
    }
    if (rule instanceof FlagRule.ScaleThreshold t && cmp <= 0) {
      return new FlagRule.ScaleThreshold(t.scale(), value);
    }
    throw new IllegalStateException("a site policy cannot make flag " + flag.code() + " less sensitive");
  }

  private static BigDecimal own(FlagRule rule) {
    if (rule instanceof FlagRule.ItemThreshold t) {
      return t.atLeast();
    }
    if (rule instanceof FlagRule.ScaleThreshold t) {
      return t.atLeast();
    }
    if (rule instanceof FlagRule.SumBelow s) {
      return s.below();
    }
    throw new IllegalStateException("an any_of flag has no single threshold");
  }

  private static Source noted(Source source, String note) {
    return new Source(source.refs(), source.evidence(), source.note() == null ? note : source.note() + " " + note);
  }
}
