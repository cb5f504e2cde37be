package org.attune.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attune.model.Instrument;
import org.attune.model.Score;

/**
 * The rules of a definition that span fields: ids unique, references resolve, option scores
 * fit the scales, bands cover each scale's range with no gap and no overlap, change thresholds
 * and clinical cut-offs fit their scales, one default profile, nothing shipped that the
 * licence forbids. Tolerates the nulls that
 * {@link BeanChecks} reports, so that every problem is found in one pass.
 */
final class DefinitionChecks {
  static final Set<String> RESPONDENTS = Set.of("self", "parent-report", "clinician-observer");
  static final Set<String> LICENCE_CLASSES = Set.of("free", "free-with-citation", "restricted", "unclear");
  static final Set<String> EVIDENCE = Set.of("confirmed", "secondary", "unverified");
  static final Set<String> FLAG_LEVELS = Set.of("info", "warning", "urgent");

  private final Doc.Instrument doc;
  private final Problems problems;
  private final Set<String> refIds = new HashSet<>();
  private final Map<String, Doc.Item> items = new HashMap<>();
  private final Map<String, Doc.Scale> scales = new HashMap<>();
  private final FlagRuleChecks rules;

  private DefinitionChecks(Doc.Instrument doc, Problems problems) {
    this.doc = doc;
    this.problems = problems;
    this.rules = new FlagRuleChecks(items, scales, problems);
  }

  static void check(Doc.Instrument doc, Problems problems) {
    new DefinitionChecks(doc, problems).run();
  }

  private void run() {
    if (doc.schemaVersion() != null && doc.schemaVersion() != Instrument.SCHEMA_VERSION) {
      problems.add("schemaVersion", "unsupported schema version " + doc.schemaVersion()
          + "; this library reads " + Instrument.SCHEMA_VERSION);
    }
    oneOf("respondent", doc.respondent(), RESPONDENTS);
    if (doc.licence() != null) {
      oneOf("licence.class", doc.licence().licenceClass(), LICENCE_CLASSES);
    }
    forEach(doc.references(), "references", (path, c) -> unique(refIds, c.id(), path + ".id", "citation id"));
    source("scoringSource", doc.scoringSource());
    ageRange();
    codes("codes", doc.codes());
    forEach(doc.items(), "items", this::item);
    forEach(doc.items(), "items", this::enableWhen);
    forEach(doc.scales(), "scales", this::scale);
    profiles();
    Set<String> flagCodes = new HashSet<>();
    forEach(doc.flags(), "flags", (path, f) -> {
      unique(flagCodes, f.code(), path + ".code", "flag code");
      flag(path, f);
    });
    licenceAllowsText();
  }

  private void item(String path, Doc.Item item) {
    if (item.id() != null) {
      prefixed(path + ".id", item.id());
      if (items.putIfAbsent(item.id(), item) != null) {
        problems.add(path + ".id", "duplicate item id " + item.id());
      }
    }
    codes(path + ".codes", item.codes());
    Doc.Answer answer = item.answer();
    if (answer == null || answer.type() == null) {
      return;
    }
    String at = path + ".answer";
    switch (answer.type()) {
      case "single_choice" -> {
        if (answer.options() == null || answer.options().isEmpty()) {
          problems.add(at + ".options", "a single_choice item needs at least one option");
        }
        notAllowed(at + ".yesScore", answer.yesScore(), "single_choice");
        notAllowed(at + ".noScore", answer.noScore(), "single_choice");
        numberFieldsNotAllowed(at, answer);
        options(at + ".options", answer.options());
      }
      case "yes_no" -> {
        notAllowed(at + ".options", answer.options(), "yes_no");
        numberFieldsNotAllowed(at, answer);
        if ((answer.yesScore() == null) != (answer.noScore() == null)) {
          problems.add(at, "yesScore and noScore are either both given or both absent");
        }
      }
      case "integer", "duration" -> {
        notAllowed(at + ".options", answer.options(), answer.type());
        notAllowed(at + ".yesScore", answer.yesScore(), answer.type());
        notAllowed(at + ".noScore", answer.noScore(), answer.type());
        if ("duration".equals(answer.type())) {
          notAllowed(at + ".unit", answer.unit(), "duration");
        }
        if (answer.min() == null || answer.max() == null) {
          problems.add(at, "a number answer needs min and max");
        } else if (answer.max() < answer.min()) {
          problems.add(at + ".max", "max " + answer.max() + " is below min " + answer.min());
        }
      }
      default -> problems.add(at + ".type", "unknown answer type " + answer.type()
          + "; expected single_choice, yes_no, integer or duration");
    }
  }

  /** A condition names other items that exist and have scores, with a threshold one of them can reach. */
  private void enableWhen(String path, Doc.Item item) {
    Doc.EnableWhen when = item.enableWhen();
    if (when == null || when.items() == null) {
      return;
    }
    String at = path + ".enableWhen";
    Score highest = null;
    for (int i = 0; i < when.items().size(); i++) {
      String id = when.items().get(i);
      Doc.Item other = id == null ? null : items.get(id);
      Score[] range = other == null ? null : DocScores.range(other);
      if (other == null) {
        problems.add(at + ".items[" + i + "]", "unknown item " + id);
      } else if (id.equals(item.id())) {
        problems.add(at + ".items[" + i + "]", "an item cannot depend on itself");
      } else if (range == null) {
        problems.add(at + ".items[" + i + "]", "item " + id + " has no scores to compare");
      } else if (highest == null || range[1].compareTo(highest) > 0) {
        highest = range[1];
      }
    }
    if (highest != null && when.atLeast() != null && Score.of(when.atLeast()).compareTo(highest) > 0) {
      problems.add(at + ".atLeast", "threshold " + when.atLeast().toPlainString() + " is above every score of "
          + String.join(", ", when.items()) + ", so the item would never be shown");
    }
  }

  private void numberFieldsNotAllowed(String at, Doc.Answer answer) {
    notAllowed(at + ".min", answer.min(), answer.type());
    notAllowed(at + ".max", answer.max(), answer.type());
    notAllowed(at + ".unit", answer.unit(), answer.type());
  }

  private void ageRange() {
    Doc.AgeRange range = doc.ageRange();
    if (range == null) {
      return;
    }
    source("ageRange.source", range.source());
    if (range.minMonths() != null && range.maxMonths() != null && range.maxMonths() < range.minMonths()) {
      problems.add("ageRange.maxMonths", "maxMonths " + range.maxMonths() + " is below minMonths " + range.minMonths());
    }
  }

  private void options(String path, List<Doc.Option> options) {
    if (options == null) {
      return;
    }
    Set<String> codes = new HashSet<>();
    Set<Score> scores = new HashSet<>();
    long scored = options.stream().filter(o -> o != null && o.score() != null).count();
    if (scored != 0 && scored != options.size()) {
      problems.add(path, "either every option has a score or none has (" + scored + " of "
          + options.size() + " have one)");
    }
    forEach(options, path, (p, o) -> {
      unique(codes, o.code(), p + ".code", "option code");
      if (Boolean.TRUE.equals(o.notApplicable()) && o.score() == null) {
        problems.add(p + ".notApplicable", "a not-applicable option needs the score the key gives it");
      }
      if (o.score() != null) {
        if (o.score().signum() < 0) {
          problems.add(p + ".score", "option scores must not be negative");
        }
        // a not-applicable option may share a score: score coding then means the other option
        if (!Boolean.TRUE.equals(o.notApplicable()) && !scores.add(o.score())) {
          problems.add(p + ".score", "score " + o.score().spelling()
              + " is used by another option of this item, so score coding could not tell them apart");
        }
      }
    });
  }

  private void scale(String path, Doc.Scale scale) {
    if (scale.id() != null) {
      prefixed(path + ".id", scale.id());
      if (items.containsKey(scale.id()) || scales.putIfAbsent(scale.id(), scale) != null) {
        problems.add(path + ".id", "duplicate id " + scale.id());
      }
    }
    codes(path + ".codes", scale.codes());
    source(path + ".source", scale.source());
    forEach(scale.change(), path + ".change", (p, c) -> source(p + ".source", c.source()));
    ChangeChecks.thresholds(path + ".change", scale, problems);
    String rule = scale.rule() == null ? null : scale.rule().type();
    oneOf(path + ".rule.type", rule, Set.of("sum", "count_endorsed"));
    if ("count_endorsed".equals(rule)) {
      notAllowed(path + ".rule.factor", scale.rule().factor(), "count_endorsed");
    }
    missing(path + ".missing", scale);
    if (scale.items() == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Score min = Score.of(0);
    Score max = Score.of(0);
    boolean known = true;
    for (int i = 0; i < scale.items().size(); i++) {
      String id = scale.items().get(i);
      String at = path + ".items[" + i + "]";
      Doc.Item item = items.get(id);
      if (id == null) {
        known = false;
      } else if (!seen.add(id)) {
        problems.add(at, "item " + id + " is listed twice");
      } else if (item == null) {
        problems.add(at, "unknown item " + id);
        known = false;
      } else {
        Score[] range = DocScores.range(item);
        if (range == null) {
          problems.add(at, "item " + id + " has no scores, so it cannot be part of a scale");
          known = false;
        } else if ("count_endorsed".equals(rule)) {
          max = max.plus(Score.of(range[1].signum() > 0 ? 1 : 0));
          min = min.plus(Score.of(range[0].signum() > 0 ? 1 : 0));
        } else {
          min = min.plus(range[0]);
          max = max.plus(range[1]);
        }
      }
    }
    if (known && rule != null) {
      int factor = scale.rule().factor() == null ? 1 : scale.rule().factor();
      String times = factor == 1 ? "" : ", times the factor,";
      sameNumber(path + ".min", scale.min(), min.times(factor), "the lowest possible score of its items" + times);
      sameNumber(path + ".max", scale.max(), max.times(factor), "the highest possible score of its items" + times);
    }
  }

  private void missing(String path, Doc.Scale scale) {
    Doc.Missing missing = scale.missing();
    if (missing == null || missing.type() == null) {
      return;
    }
    switch (missing.type()) {
      case "none" -> notAllowed(path + ".maxMissing", missing.maxMissing(), "none");
      case "prorate" -> {
        int count = scale.items() == null ? 0 : scale.items().size();
        if (missing.maxMissing() == null) {
          problems.add(path + ".maxMissing", "prorate needs maxMissing");
        } else if (missing.maxMissing() >= count) {
          problems.add(path + ".maxMissing", "must be less than the scale's " + count + " items");
        }
      }
      case "count_as_zero" -> notAllowed(path + ".maxMissing", missing.maxMissing(), "count_as_zero");
      default -> problems.add(path + ".type", "unknown missing-data policy " + missing.type()
          + "; expected none, prorate or count_as_zero");
    }
  }

  private void profiles() {
    List<Doc.Profile> profiles = doc.profiles();
    if (profiles == null || profiles.isEmpty()) {
      return;
    }
    long defaults = profiles.stream().filter(p -> p != null && Boolean.TRUE.equals(p.isDefault())).count();
    if (defaults != 1) {
      problems.add("profiles", "exactly one profile must be the default; found " + defaults);
    }
    Set<String> ids = new HashSet<>();
    forEach(profiles, "profiles", (path, p) -> {
      unique(ids, p.id(), path + ".id", "profile id");
      if (Boolean.TRUE.equals(p.isDefault()) && p.id() != null && !"default".equals(p.id())) {
        problems.add(path + ".id", "the default profile's id must be \"default\"");
      }
      Set<String> bandScales = new HashSet<>();
      forEach(p.scales(), path + ".scales", (at, sb) -> {
        source(at + ".source", sb.source());
        if (sb.scale() == null) {
          return;
        }
        if (!bandScales.add(sb.scale())) {
          problems.add(at + ".scale", "scale " + sb.scale() + " has bands twice in this profile");
        }
        Doc.Scale scale = scales.get(sb.scale());
        if (sb.clinicalCutoff() != null) {
          source(at + ".clinicalCutoff.source", sb.clinicalCutoff().source());
        }
        if (scale == null) {
          problems.add(at + ".scale", "unknown scale " + sb.scale());
        } else {
          BandCoverage.check(at, scale, sb.bands(), problems);
          if (sb.clinicalCutoff() != null) {
            ChangeChecks.clinicalCutoff(at + ".clinicalCutoff", scale, sb.clinicalCutoff(), problems);
          }
        }
      });
    });
  }

  private void flag(String path, Doc.Flag flag) {
    oneOf(path + ".level", flag.level(), FLAG_LEVELS);
    source(path + ".source", flag.source());
    rules.check(path + ".rule", flag.rule());
  }

  private void licenceAllowsText() {
    if (doc.licence() == null || !Boolean.FALSE.equals(doc.licence().textIncluded())) {
      return;
    }
    String why = "wording must not ship: licence.textIncluded is false";
    if (doc.instructions() != null && !doc.instructions().isEmpty()) {
      problems.add("instructions", why);
    }
    forEach(doc.items(), "items", (path, item) -> {
      if (item.text() != null && !item.text().isEmpty()) {
        problems.add(path + ".text", why);
      }
      if (item.answer() != null) {
        forEach(item.answer().options(), path + ".answer.options", (p, o) -> {
          if (o.text() != null && !o.text().isEmpty()) {
            problems.add(p + ".text", why);
          }
        });
      }
    });
  }

  private void source(String path, Doc.Source source) {
    if (source == null) {
      return;
    }
    oneOf(path + ".evidence", source.evidence(), EVIDENCE);
    if (source.refs() != null) {
      for (int i = 0; i < source.refs().size(); i++) {
        String ref = source.refs().get(i);
        if (ref != null && !refIds.contains(ref)) {
          problems.add(path + ".refs[" + i + "]", "unknown reference " + ref + "; add it to references");
        }
      }
    }
  }

  private void codes(String path, Map<String, String> codes) {
    if (codes != null) {
      codes.forEach((system, code) -> {
        if (!system.matches("[a-z][a-z0-9-]*") || code == null || code.isBlank()) {
          problems.add(path + "." + system, "code systems are lower case and codes are not blank");
        }
      });
    }
  }

  private void prefixed(String path, String id) {
    if (doc.id() != null && !id.startsWith(doc.id() + "_")) {
      problems.add(path, id + " must start with the instrument id and an underscore (" + doc.id() + "_)");
    }
  }

  private void oneOf(String path, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      problems.add(path, "unknown value " + value + "; expected one of " + allowed.stream().sorted().toList());
    }
  }

  private void unique(Set<String> seen, String id, String path, String what) {
    if (id != null && !seen.add(id)) {
      problems.add(path, "duplicate " + what + " " + id);
    }
  }

  private void notAllowed(String path, Object value, String type) {
    if (value != null) {
      problems.add(path, "not allowed for type " + type);
    }
  }

  private void sameNumber(String path, BigDecimal declared, Score computed, String what) {
    if (declared != null && Score.of(declared).compareTo(computed) != 0) {
      problems.add(path, "is " + declared.toPlainString() + " but " + what + " give " + computed.spelling());
    }
  }

  interface Check<T> {
    void apply(String path, T element);
  }

  /** Applies the check to each non-null element, with its path {@code base[i]}. */
  static <T> void forEach(List<T> list, String base, Check<T> check) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element != null) {
        check.apply(base + "[" + i + "]", Objects.requireNonNull(element));
      }
    }
  }
}
