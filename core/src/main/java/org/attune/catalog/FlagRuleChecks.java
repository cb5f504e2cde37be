package org.attune.catalog;

import java.math.BigDecimal;
import java.util.Map;
import org.attune.model.Score;

/**
 * The checks of a flag rule against the items and scales of its instrument: what it names
 * exists and is scored, and its threshold can both be missed and be met. Shared by definitions
 * (their flags) and site policies (their alerts and lowered thresholds).
 */
final class FlagRuleChecks {
  private final Map<String, Doc.Item> items;
  private final Map<String, Doc.Scale> scales;
  private final Problems problems;

  FlagRuleChecks(Map<String, Doc.Item> items, Map<String, Doc.Scale> scales, Problems problems) {
    this.items = items;
    this.scales = scales;
    this.problems = problems;
  }

  /** Checks the rule whose JSON path is {@code at}. */
  void check(String at, Doc.FlagRule rule) {
    check(at, rule, true);
  }

  private void check(String at, Doc.FlagRule rule, boolean mayCombine) {
    if (rule == null || rule.type() == null) {
      return;
    }
    switch (rule.type()) {
      case "item", "scale", "sum_below" -> {
        notAllowed(at + ".rules", rule.rules(), rule.type());
        if ("sum_below".equals(rule.type())) {
          notAllowed(at + ".scale", rule.scale(), rule.type());
          notAllowed(at + ".atLeast", rule.atLeast(), rule.type());
          required(at + ".below", rule.below());
        } else {
          notAllowed(at + ("item".equals(rule.type()) ? ".scale" : ".items"),
              "item".equals(rule.type()) ? rule.scale() : rule.items(), rule.type());
          notAllowed(at + ".below", rule.below(), rule.type());
          required(at + ".atLeast", rule.atLeast());
        }
        if (references(at, rule)) {
          threshold(at + ("sum_below".equals(rule.type()) ? ".below" : ".atLeast"), rule,
              "sum_below".equals(rule.type()) ? rule.below() : rule.atLeast());
        }
      }
      case "any_of" -> {
        if (!mayCombine) {
          problems.add(at + ".type", "any_of rules cannot be combined again; list their rules in the outer any_of");
          return;
        }
        notAllowed(at + ".items", rule.items(), "any_of");
        notAllowed(at + ".scale", rule.scale(), "any_of");
        notAllowed(at + ".atLeast", rule.atLeast(), "any_of");
        notAllowed(at + ".below", rule.below(), "any_of");
        if (rule.rules() == null || rule.rules().isEmpty()) {
          problems.add(at + ".rules", "an any_of rule lists at least one rule");
          return;
        }
        DefinitionChecks.forEach(rule.rules(), at + ".rules", (p, r) -> check(p, r, false));
      }
      default -> problems.add(at + ".type", "unknown flag rule " + rule.type()
          + "; expected item, scale, sum_below or any_of");
    }
  }

  /** Whether every item or scale the rule names exists and is scored; reports those that are not. */
  private boolean references(String at, Doc.FlagRule rule) {
    if ("scale".equals(rule.type())) {
      if (rule.scale() == null || !scales.containsKey(rule.scale())) {
        problems.add(at + ".scale", "unknown scale " + rule.scale());
        return false;
      }
      return true;
    }
    if (rule.items() == null || rule.items().isEmpty()) {
      problems.add(at + ".items", "a" + ("item".equals(rule.type()) ? "n item" : " sum_below")
          + " flag names at least one item");
      return false;
    }
    boolean known = true;
    for (int i = 0; i < rule.items().size(); i++) {
      Doc.Item item = items.get(rule.items().get(i));
      if (item == null) {
        problems.add(at + ".items[" + i + "]", "unknown item " + rule.items().get(i));
        known = false;
      } else if (DocScores.range(item) == null) {
        problems.add(at + ".items[" + i + "]", "item " + item.id() + " has no scores to "
            + ("item".equals(rule.type()) ? "compare" : "add"));
        known = false;
      }
    }
    return known;
  }

  /**
   * Checks a threshold for a rule whose references are valid, reporting at {@code path}: an
   * {@code atLeast} at or below the lowest score would always fire and above the highest never;
   * a {@code below} must lie above the lowest sum and at most the highest.
   */
  void threshold(String path, Doc.FlagRule rule, BigDecimal value) {
    if (value == null) {
      return;
    }
    switch (rule.type()) {
      case "item" -> {
        for (String id : rule.items()) {
          Score[] range = DocScores.range(items.get(id));
          reachable(path, value, range[0], range[1]);
        }
      }
      case "scale" -> {
        Doc.Scale scale = scales.get(rule.scale());
        if (scale.min() != null && scale.max() != null) {
          reachable(path, value, Score.of(scale.min()), Score.of(scale.max()));
        }
      }
      case "sum_below" -> {
        Score min = Score.of(0);
        Score max = Score.of(0);
        for (String id : rule.items()) {
          Score[] range = DocScores.range(items.get(id));
          min = min.plus(range[0]);
          max = max.plus(range[1]);
        }
        reachable(path, value, min, max);
      }
      default -> throw new IllegalArgumentException("no single threshold in a rule of type " + rule.type());
    }
  }

  private void reachable(String path, BigDecimal value, Score min, Score max) {
    if (Score.of(value).compareTo(min) <= 0 || Score.of(value).compareTo(max) > 0) {
      problems.add(path, "threshold " + value.toPlainString() + " must be above " + min.spelling() + " and at most "
          + max.spelling());
    }
  }

  private void required(String path, Object value) {
    if (value == null) {
      problems.add(path, "is required for this rule");
    }
  }

  private void notAllowed(String path, Object value, String type) {
    if (value != null) {
      problems.add(path, "not allowed for type " + type);
    }
  }
}
