package org.attune.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
    boolean fractional = items.stream().flatMap(item -> item.answerType().options().stream())
        .anyMatch(o -> o.score() != null && !o.score().isWhole());
    optionScore = new long[items.size()][];
    numeric = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      numeric[i] = item.answerType() instanceof AnswerType.Numeric;
      itemIndex.put(item.id(), i);
      decoders[i] = new AnswerDecoder(item, fractional);
      List<Option> options = item.answerType().options();
      optionScore[i] = new long[options.size()];
      for (int o = 0; o < options.size(); o++) {
        Score score = options.get(o).score();
        optionScore[i][o] = score == null ? Long.MIN_VALUE : scaled(score);
      }
    }
    expectedItemIds = "one of " + items.stream().map(Item::id).toList();
    itemIds = items.stream().map(Item::id).toArray(String[]::new);
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
      scaleItems[s] = scale.items().stream().mapToInt(itemIndex::get).toArray();
      countEndorsed[s] = scale.rule() instanceof ScoringRule.CountEndorsed;
      factor[s] = scale.rule() instanceof ScoringRule.Sum sum ? sum.factor() : 1;
      countAsZero[s] = scale.missing() instanceof MissingDataPolicy.CountAsZero;
      maxMissing[s] = scale.missing() instanceof MissingDataPolicy.ProrateUpTo p ? p.maxMissing() : 0;
      Optional<ScaleBands> bands = profile == null ? Optional.empty() : profile.bandsFor(scale.id());
      if (bands.isPresent()) {
        List<Band> list = bands.get().bands();
        bandMin[s] = list.stream().mapToLong(b -> scaled(b.min())).toArray();
        bandCode[s] = list.stream().map(Band::code).toArray(String[]::new);
      }
    }

    scaleTable = new long[scales.size()][];
    scaleStride = new int[scales.size()];
    for (int s = 0; s < scales.size(); s++) {
      int[] members = scaleItems[s];
      if (Arrays.stream(members).anyMatch(i -> numeric[i])) {
        continue;
      }
      int stride = Arrays.stream(members).map(i -> optionScore[i].length).max().orElse(0);
      scaleStride[s] = stride;
      scaleTable[s] = new long[members.length * stride];
      for (int p = 0; p < members.length; p++) {
        for (int o = 0; o < optionScore[members[p]].length; o++) {
          scaleTable[s][p * stride + o] = contribution(s, members[p], o);
        }
      }
    }

    flags = flagList.toArray(Flag[]::new);
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
    clauseFlag = owners.stream().mapToInt(Integer::intValue).toArray();
    clauseTargets = new int[n][];
    clauseOnScale = new boolean[n];
    clauseAtLeast = new long[n];
    clauseSumBelow = new boolean[n];
    List<String> scaleIdList = Arrays.asList(scaleIds);
    for (int k = 0; k < n; k++) {
      FlagRule rule = clauseRules.get(k);
      if (rule instanceof FlagRule.ItemThreshold t) {
        clauseTargets[k] = t.items().stream().mapToInt(itemIndex::get).toArray();
        clauseAtLeast[k] = scaled(t.atLeast());
      } else if (rule instanceof FlagRule.ScaleThreshold t) {
        clauseTargets[k] = new int[] {scaleIdList.indexOf(t.scale())};
        clauseOnScale[k] = true;
        clauseAtLeast[k] = scaled(t.atLeast());
      } else if (rule instanceof FlagRule.SumBelow t) {
        clauseTargets[k] = t.items().stream().mapToInt(itemIndex::get).toArray();
        clauseSumBelow[k] = true;
        clauseAtLeast[k] = scaled(t.below());
      } else {
        throw new AssertionError("unknown flag rule " + rule);
      }
    }
    itemScales = new int[instrument.items().size()][];
    itemClauses = new int[instrument.items().size()][];
    for (int i = 0; i < instrument.items().size(); i++) {
      int item = i;
      itemScales[i] = IntStream.range(0, scaleItems.length)
          .filter(s -> Arrays.stream(scaleItems[s]).anyMatch(m -> m == item)).toArray();
      itemClauses[i] = IntStream.range(0, clauseFlag.length)
          .filter(k -> !clauseOnScale[k] && Arrays.stream(clauseTargets[k]).anyMatch(m -> m == item)).toArray();
    }
    scaleClauses = new int[scaleItems.length][];
    for (int s = 0; s < scaleItems.length; s++) {
      int scale = s;
      scaleClauses[s] = IntStream.range(0, clauseFlag.length)
          .filter(k -> clauseOnScale[k] && clauseTargets[k][0] == scale).toArray();
    }
    flagClauses = new int[flags.length][];
    for (int f = 0; f < flags.length; f++) {
      int flag = f;
      flagClauses[f] = IntStream.range(0, clauseFlag.length).filter(k -> clauseFlag[k] == flag).toArray();
    }
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
  private final ThreadLocal<ScoringRow[]> rows = ThreadLocal.withInitial(() -> new ScoringRow[AnswerCoding.values().length]);

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
      return any.rules().stream().flatMap(r -> thresholds(r).stream()).toList();
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
