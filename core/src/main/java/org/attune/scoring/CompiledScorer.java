package org.attune.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.Attune;
import org.attune.model.AgeRange;
import org.attune.model.AnswerType;
import org.attune.model.Band;
import org.attune.model.CutoffProfile;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.MissingDataPolicy;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.attune.model.ScaleBands;
import org.attune.model.Score;
import org.attune.model.ScoringRule;
import org.attune.policy.SitePolicy;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;

/**
 * An instrument compiled to primitive arrays, read by {@link ScoringRow}. Every score is held as a whole number of
 * units, one unit being 1/{@link #unit} of a point, the finest step any option score, band bound or
 * flag threshold of the instrument uses (a tenth for decimals, a third for Condon's thirds), so
 * sums are exact and band and flag comparisons need no allocation. Immutable after construction, hence thread-safe.
 *
 * <p>This is the one class allowed to grow: it is the hot path, and keeping the tables
 * together keeps the scoring loop readable.
 */
final class CompiledScorer implements Scorer {

  private final Instrument instrument;
  private final CutoffProfile profile;
  private final SitePolicy policy;
  final Provenance provenance;
  /** One score point in scaled units (see {@link #unitOf}). */
  final long unit;
  /** n when {@link #unit} is 10^n, else -1. */
  final int decimals;
  final Map<String, Integer> itemIndex = new HashMap<>();
  /** Item ids in definition order. */
  final String[] itemIds;
  final AnswerDecoder[] decoders;
  /**
   * digitOptions[coding][item * 10 + d]: the option a one-digit answer d chooses under that
   * coding; -1 if none. Made once here and shared by every row, read only: a batch run makes
   * rows for each piece of its input, and building this in each row made the compiler optimise
   * the row's constructor again and again (about 0.2 s of compiling over 10,000,000 rows).
   */
  final int[][] digitOptions;
  /** optionScore[item][option], scaled; Long.MIN_VALUE for unscored options. */
  final long[][] optionScore;
  final String[] scaleIds;
  final int[][] scaleItems;
  final boolean[] countEndorsed;
  final int[] maxMissing;
  /** bandMin[scale][band], scaled, ascending; null when the profile has no bands for the scale. */
  final long[][] bandMin;
  final String[][] bandCode;
  /**
   * completeResults[scale][score]: the result of a complete scale with that whole score, made
   * when first needed (scores below {@link #SHARED_RESULTS}). Written without a lock: a result
   * is immutable, and two threads making the same one make equal ones.
   */
  final ScaleResult[][] completeResults;
  /**
   * scaleTable[scale][p * scaleStride[scale] + option]: what choosing that option of the scale's
   * p-th item adds to its sum ({@link #contribution}), looked up rather than worked out per
   * answer; null for a scale with a number item.
   */
  final long[][] scaleTable;
  final int[] scaleStride;
  private static final int SHARED_RESULTS = 128;
  final Flag[] flags;
  /**
   * Each flag's rule as clauses, a flag being raised when any of its clauses holds: one clause
   * for an item, scale or sum_below rule, one per rule of an any_of.
   */
  final int[] clauseFlag;
  /** For item clauses the item indexes, for scale clauses a single scale index. */
  final int[][] clauseTargets;
  final boolean[] clauseOnScale;
  final long[] clauseAtLeast;
  /** Whether clause k is a sum_below rule (clauseAtLeast then holds its "below" threshold). */
  final boolean[] clauseSumBelow;
  /** Whether item i is answered with a number (its value, in whole points, is its score). */
  final boolean[] numeric;
  /** What a scale's sum is multiplied by (1, or e.g. 4 for the WHO-5 percentage). */
  final int[] factor;
  /** Whether a scale counts a missing item as zero. */
  final boolean[] countAsZero;
  /** For each item, the scales that contain it; for live updates. */
  final int[][] itemScales;
  /** For each item, the item and sum_below clauses that name it; for live updates. */
  final int[][] itemClauses;
  /** For each scale, the scale clauses on it; for live updates. */
  final int[][] scaleClauses;
  /** For each flag, its clauses. */
  final int[][] flagClauses;
  /** The child's ages the instrument applies to, or null. */
  final AgeRange ageRange;
  final String expectedItemIds;

  CompiledScorer(Instrument instrument, CutoffProfile profile) {
    this(instrument, profile, null);
  }

  /**
   * Under a site policy (null: none), which was checked against the instrument: the flags are
   * the ones {@link PolicyFlags} makes of the instrument's, and results record the policy.
   */
  CompiledScorer(Instrument instrument, CutoffProfile profile, SitePolicy policy) {
    this.instrument = instrument;
    this.profile = profile;
    this.policy = policy;
    List<Flag> flagList = policy == null ? instrument.flags() : PolicyFlags.of(instrument, policy);
    this.provenance = new Provenance(instrument.id(), instrument.version(), profile == null ? null : profile.id(),
        Attune.version(), policy == null ? null : policy.id(), policy == null ? null : policy.version());
    this.unit = unitOf(instrument, flagList);
    this.decimals = powerOfTen(unit);

    List<Item> items = instrument.items();
    decoders = new AnswerDecoder[items.size()];
    boolean fractional = false;
    for (Item item : items) {
      for (Option option : item.answerType().options()) {
        fractional |= option.score() != null && !option.score().isWhole();
      }
    }
    digitOptions = new int[AnswerCoding.values().length][items.size() * 10];
    optionScore = new long[items.size()][];
    numeric = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      numeric[i] = item.answerType() instanceof AnswerType.Numeric;
      itemIndex.put(item.id(), i);
      decoders[i] = new AnswerDecoder(item, fractional);
      for (AnswerCoding coding : AnswerCoding.values()) {
        for (int d = 0; d < 10; d++) {
          digitOptions[coding.ordinal()][i * 10 + d] = Math.max(-1, decoders[i].decodeDigit(d, coding));
        }
      }
      List<Option> options = item.answerType().options();
      optionScore[i] = new long[options.size()];
      for (int o = 0; o < options.size(); o++) {
        Score score = options.get(o).score();
        optionScore[i][o] = score == null ? Long.MIN_VALUE : scaled(score);
      }
    }
    itemIds = new String[items.size()];
    for (int i = 0; i < itemIds.length; i++) {
      itemIds[i] = items.get(i).id();
    }
    expectedItemIds = "one of " + Arrays.asList(itemIds);
    ageRange = instrument.ageRange();

    List<Scale> scales = instrument.scales();
    scaleIds = new String[scales.size()];
    scaleItems = new int[scales.size()][];
    countEndorsed = new boolean[scales.size()];
    factor = new int[scales.size()];
    countAsZero = new boolean[scales.size()];
    maxMissing = new int[scales.size()];
    bandMin = new long[scales.size()][];
    bandCode = new String[scales.size()][];
    completeResults = new ScaleResult[scales.size()][SHARED_RESULTS];
    for (int s = 0; s < scales.size(); s++) {
      Scale scale = scales.get(s);
      scaleIds[s] = scale.id();
      scaleItems[s] = indexes(scale.items());
      countEndorsed[s] = scale.rule() instanceof ScoringRule.CountEndorsed;
      factor[s] = scale.rule() instanceof ScoringRule.Sum sum ? sum.factor() : 1;
      countAsZero[s] = scale.missing() instanceof MissingDataPolicy.CountAsZero;
      maxMissing[s] = scale.missing() instanceof MissingDataPolicy.ProrateUpTo p ? p.maxMissing() : 0;
      Optional<ScaleBands> bands = profile == null ? Optional.empty() : profile.bandsFor(scale.id());
      if (bands.isPresent()) {
        List<Band> list = bands.get().bands();
        bandMin[s] = new long[list.size()];
        bandCode[s] = new String[list.size()];
        for (int b = 0; b < list.size(); b++) {
          bandMin[s][b] = scaled(list.get(b).min());
          bandCode[s][b] = list.get(b).code();
        }
      }
    }

    scaleTable = new long[scales.size()][];
    scaleStride = new int[scales.size()];
    for (int s = 0; s < scales.size(); s++) {
      int[] members = scaleItems[s];
      boolean anyNumeric = false;
      int stride = 0;
      for (int member : members) {
        anyNumeric |= numeric[member];
        stride = Math.max(stride, optionScore[member].length);
      }
      if (anyNumeric) {
        continue;
      }
      scaleStride[s] = stride;
      scaleTable[s] = new long[members.length * stride];
      for (int p = 0; p < members.length; p++) {
        for (int o = 0; o < optionScore[members[p]].length; o++) {
          scaleTable[s][p * stride + o] = contribution(s, members[p], o);
        }
      }
    }

    flags = flagList.toArray(new Flag[0]);
    List<Integer> owners = new ArrayList<>();
    List<FlagRule> clauseRules = new ArrayList<>();
    for (int f = 0; f < flags.length; f++) {
      FlagRule rule = flags[f].rule();
      for (FlagRule one : rule instanceof FlagRule.AnyOf any ? any.rules() : List.of(rule)) {
        owners.add(f);
        clauseRules.add(one);
      }
    }
    int n = clauseRules.size();
    clauseFlag = new int[n];
    for (int k = 0; k < n; k++) {
      clauseFlag[k] = owners.get(k);
    }
    clauseTargets = new int[n][];
    clauseOnScale = new boolean[n];
    clauseAtLeast = new long[n];
    clauseSumBelow = new boolean[n];
    List<String> scaleIdList = Arrays.asList(scaleIds);
    for (int k = 0; k < n; k++) {
      FlagRule rule = clauseRules.get(k);
      if (rule instanceof FlagRule.ItemThreshold t) {
        clauseTargets[k] = indexes(t.items());
        clauseAtLeast[k] = scaled(t.atLeast());
      } else if (rule instanceof FlagRule.ScaleThreshold t) {
        clauseTargets[k] = new int[] {scaleIdList.indexOf(t.scale())};
        clauseOnScale[k] = true;
        clauseAtLeast[k] = scaled(t.atLeast());
      } else if (rule instanceof FlagRule.SumBelow t) {
        clauseTargets[k] = indexes(t.items());
        clauseSumBelow[k] = true;
        clauseAtLeast[k] = scaled(t.below());
      } else {
        throw new AssertionError("unknown flag rule " + rule);
      }
    }
    boolean[] onItems = new boolean[n];
    int[] clauseScale = new int[n];
    for (int k = 0; k < n; k++) {
      onItems[k] = !clauseOnScale[k];
      clauseScale[k] = clauseOnScale[k] ? clauseTargets[k][0] : -1;
    }
    itemScales = new int[items.size()][];
    itemClauses = new int[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      itemScales[i] = holding(scaleItems, null, i);
      itemClauses[i] = holding(clauseTargets, onItems, i);
    }
    scaleClauses = new int[scaleItems.length][];
    for (int s = 0; s < scaleItems.length; s++) {
      scaleClauses[s] = equal(clauseScale, s);
    }
    flagClauses = new int[flags.length][];
    for (int f = 0; f < flags.length; f++) {
      flagClauses[f] = equal(clauseFlag, f);
    }
  }

  /** The indexes of these items. (Loops, not streams, here and below: each stream or lambda costs a start.) */
  private int[] indexes(List<String> ids) {
    int[] indexes = new int[ids.size()];
    for (int j = 0; j < indexes.length; j++) {
      indexes[j] = itemIndex.get(ids.get(j));
    }
    return indexes;
  }

  /** The indexes k of the lists that hold the value, among those where only[k] (all, when only is null). */
  private static int[] holding(int[][] lists, boolean[] only, int value) {
    int[] found = new int[lists.length];
    int count = 0;
    for (int k = 0; k < lists.length; k++) {
      if (only == null || only[k]) {
        for (int member : lists[k]) {
          if (member == value) {
            found[count++] = k;
            break;
          }
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** The indexes k where values[k] is the value. */
  private static int[] equal(int[] values, int value) {
    int[] found = new int[values.length];
    int count = 0;
    for (int k = 0; k < values.length; k++) {
      if (values[k] == value) {
        found[count++] = k;
      }
    }
    return Arrays.copyOf(found, count);
  }

  @Override
  public Instrument instrument() {
    return instrument;
  }

  @Override
  public Optional<CutoffProfile> profile() {
    return Optional.ofNullable(profile);
  }

  @Override
  public Optional<SitePolicy> policy() {
    return Optional.ofNullable(policy);
  }

  @Override
  public List<Flag> flags() {
    return List.of(flags);
  }

  @Override
  public List<ResponseViolation> validate(Responses responses) {
    return evaluate(responses).violations();
  }

  /**
   * One reusable row per thread and coding, so that scoring a response through the API
   * allocates only its Result. evaluate calls out to nothing, so a row is never in use twice.
   * A pooled thread keeps its row (a few small arrays) for as long as the scorer is reachable.
   */
  private final ThreadLocal<ScoringRow[]> rows = new ThreadLocal<>() {
    @Override
    protected ScoringRow[] initialValue() {
      return new ScoringRow[AnswerCoding.values().length];
    }
  };

  @Override
  public Result evaluate(Responses responses) {
    ScoringRow[] mine = rows.get();
    int k = responses.coding().ordinal();
    ScoringRow row = mine[k];
    if (row == null) {
      row = mine[k] = new ScoringRow(this, responses.coding());
    } else {
      row.clear();
    }
    row.ageMonths(responses.ageMonths().orElse(-1));
    // Look each item up in the answers (as a caller's own code would), rather than each answer in
    // the items: no iteration over the caller's map, which allocates; unknown keys are looked for
    // only when the answers hold more keys than were found.
    Map<String, Object> answers = responses.answers();
    int found = 0;
    for (int i = 0; i < itemIds.length; i++) {
      Object value = answers.get(itemIds[i]);
      if (value != null) {
        row.answer(i, value);
        found++;
      }
    }
    if (answers.size() > found) {
      for (Map.Entry<String, Object> answer : answers.entrySet()) {
        if (!itemIndex.containsKey(answer.getKey())) {
          row.unknownItem(answer.getKey(), answer.getValue());
        }
      }
    }
    row.score();
    return row.toResult();
  }

  /** The score of item i's valid answer (an option index, or a number's value), in units. */
  long itemScore(int item, int answer) {
    return numeric[item] ? answer * unit : optionScore[item][answer];
  }

  /** What item i's answer adds to scale s's sum: its score, or for a count of endorsed items one point or none. */
  long contribution(int s, int item, int answer) {
    long score = itemScore(item, answer);
    return countEndorsed[s] ? (score > 0 ? unit : 0) : score;
  }

  @Override
  public ScoringRow newRow(AnswerCoding coding) {
    return new ScoringRow(this, java.util.Objects.requireNonNull(coding, "coding"));
  }

  private long scaled(BigDecimal value) {
    return scaled(Score.of(value));
  }

  /** The score in units: exact, since the unit is a multiple of every score's denominator. */
  private long scaled(Score score) {
    return score.numerator().multiply(BigInteger.valueOf(unit).divide(score.denominator())).longValueExact();
  }

  /** Units finer than this would risk overflow in long sums. */
  private static final long MAX_UNIT = 1_000_000_000L;

  /**
   * The least common multiple of the denominators of every option score, band bound and flag
   * threshold: 1 for whole-number instruments, 10 for scores in tenths, 3 for thirds.
   */
  private static long unitOf(Instrument instrument, List<Flag> flags) {
    BigInteger unit = BigInteger.ONE;
    for (Item item : instrument.items()) {
      for (Option option : item.answerType().options()) {
        unit = lcm(unit, option.score());
      }
    }
    for (CutoffProfile p : instrument.profiles()) {
      for (ScaleBands sb : p.scales()) {
        for (Band b : sb.bands()) {
          unit = lcm(lcm(unit, Score.of(b.min())), Score.of(b.max()));
        }
      }
    }
    for (Flag flag : flags) {
      for (BigDecimal threshold : thresholds(flag.rule())) {
        unit = lcm(unit, Score.of(threshold));
      }
    }
    if (unit.compareTo(BigInteger.valueOf(MAX_UNIT)) > 0) {
      throw new IllegalArgumentException(instrument.id() + ": scores are too fine to add exactly (their common "
          + "denominator is " + unit + ", more than " + MAX_UNIT + ")");
    }
    return unit.longValueExact();
  }

  private static List<BigDecimal> thresholds(FlagRule rule) {
    if (rule instanceof FlagRule.ItemThreshold t) {
      return List.of(t.atLeast());
    }
    if (rule instanceof FlagRule.ScaleThreshold t) {
      return List.of(t.atLeast());
    }
    if (rule instanceof FlagRule.AnyOf any) {
      List<BigDecimal> all = new ArrayList<>();
      for (FlagRule one : any.rules()) {
        all.addAll(thresholds(one));
      }
      return all;
    }
    return List.of(((FlagRule.SumBelow) rule).below());
  }

  private static BigInteger lcm(BigInteger unit, Score score) {
    if (score == null) {
      return unit;
    }
    BigInteger d = score.denominator();
    return unit.divide(unit.gcd(d)).multiply(d);
  }

  /** n when the unit is 10^n (scores convert to decimals by moving the point), else -1. */
  private static int powerOfTen(long unit) {
    int n = 0;
    for (long u = unit; u > 1; u /= 10, n++) {
      if (u % 10 != 0) {
        return -1;
      }
    }
    return n;
  }
}
