package org.attune.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.Attune;
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
import org.attune.model.ScoringRule;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;

/**
 * An instrument compiled to primitive arrays, read by {@link ScoringRow}. Every score is held as a fixed-point long in
 * units of {@code 10^-decimals} (the most decimal places any option score, band bound or flag
 * threshold of the instrument uses), so sums are exact and band and flag comparisons need no
 * allocation. Immutable after construction, hence thread-safe.
 *
 * <p>This is the one class allowed to grow: it is the hot path, and keeping the tables
 * together keeps the scoring loop readable.
 */
final class CompiledScorer implements Scorer {

  private final Instrument instrument;
  private final CutoffProfile profile;
  final Provenance provenance;
  final int decimals;
  /** One score point in scaled units: 10^decimals. */
  final long unit;
  final Map<String, Integer> itemIndex = new HashMap<>();
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
  final Flag[] flags;
  /** For item flags the item indexes, for scale flags a single scale index. */
  final int[][] flagTargets;
  final boolean[] flagOnScale;
  final long[] flagAtLeast;
  final String expectedItemIds;

  CompiledScorer(Instrument instrument, CutoffProfile profile) {
    this.instrument = instrument;
    this.profile = profile;
    this.provenance = new Provenance(
        instrument.id(), instrument.version(), profile == null ? null : profile.id(), Attune.version());
    this.decimals = decimalsOf(instrument);
    this.unit = LONG_POWERS[decimals];

    List<Item> items = instrument.items();
    decoders = new AnswerDecoder[items.size()];
    optionScore = new long[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      itemIndex.put(item.id(), i);
      decoders[i] = new AnswerDecoder(item);
      List<Option> options = item.answerType().options();
      optionScore[i] = new long[options.size()];
      for (int o = 0; o < options.size(); o++) {
        BigDecimal score = options.get(o).score();
        optionScore[i][o] = score == null ? Long.MIN_VALUE : scaled(score);
      }
    }
    expectedItemIds = "one of " + items.stream().map(Item::id).toList();

    List<Scale> scales = instrument.scales();
    scaleIds = new String[scales.size()];
    scaleItems = new int[scales.size()][];
    countEndorsed = new boolean[scales.size()];
    maxMissing = new int[scales.size()];
    bandMin = new long[scales.size()][];
    bandCode = new String[scales.size()][];
    for (int s = 0; s < scales.size(); s++) {
      Scale scale = scales.get(s);
      scaleIds[s] = scale.id();
      scaleItems[s] = scale.items().stream().mapToInt(itemIndex::get).toArray();
      countEndorsed[s] = scale.rule() instanceof ScoringRule.CountEndorsed;
      maxMissing[s] = scale.missing() instanceof MissingDataPolicy.ProrateUpTo p ? p.maxMissing() : 0;
      Optional<ScaleBands> bands = profile == null ? Optional.empty() : profile.bandsFor(scale.id());
      if (bands.isPresent()) {
        List<Band> list = bands.get().bands();
        bandMin[s] = list.stream().mapToLong(b -> scaled(b.min())).toArray();
        bandCode[s] = list.stream().map(Band::code).toArray(String[]::new);
      }
    }

    List<Flag> flagList = instrument.flags();
    flags = flagList.toArray(Flag[]::new);
    flagTargets = new int[flags.length][];
    flagOnScale = new boolean[flags.length];
    flagAtLeast = new long[flags.length];
    List<String> scaleIdList = Arrays.asList(scaleIds);
    for (int f = 0; f < flags.length; f++) {
      FlagRule rule = flags[f].rule();
      if (rule instanceof FlagRule.ItemThreshold t) {
        flagTargets[f] = t.items().stream().mapToInt(itemIndex::get).toArray();
        flagAtLeast[f] = scaled(t.atLeast());
      } else if (rule instanceof FlagRule.ScaleThreshold t) {
        flagTargets[f] = new int[] {scaleIdList.indexOf(t.scale())};
        flagOnScale[f] = true;
        flagAtLeast[f] = scaled(t.atLeast());
      } else {
        throw new AssertionError("unknown flag rule " + rule);
      }
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
    for (Map.Entry<String, Object> answer : responses.answers().entrySet()) {
      Integer i = itemIndex.get(answer.getKey());
      if (i == null) {
        row.unknownItem(answer.getKey(), answer.getValue());
      } else {
        row.answer(i, answer.getValue());
      }
    }
    row.score();
    return row.toResult();
  }

  @Override
  public ScoringRow newRow(AnswerCoding coding) {
    return new ScoringRow(this, java.util.Objects.requireNonNull(coding, "coding"));
  }

  private long scaled(BigDecimal value) {
    return value.movePointRight(decimals).longValueExact();
  }

  private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private static int decimalsOf(Instrument instrument) {
    int decimals = 0;
    for (Item item : instrument.items()) {
      for (Option option : item.answerType().options()) {
        decimals = Math.max(decimals, decimalsOf(option.score()));
      }
    }
    if (instrument.profiles() != null) {
      for (CutoffProfile p : instrument.profiles()) {
        for (ScaleBands sb : p.scales()) {
          for (Band b : sb.bands()) {
            decimals = Math.max(decimals, Math.max(decimalsOf(b.min()), decimalsOf(b.max())));
          }
        }
      }
    }
    for (Flag flag : instrument.flags()) {
      BigDecimal atLeast = flag.rule() instanceof FlagRule.ItemThreshold t ? t.atLeast()
          : ((FlagRule.ScaleThreshold) flag.rule()).atLeast();
      decimals = Math.max(decimals, decimalsOf(atLeast));
    }
    if (decimals >= LONG_POWERS.length) {
      throw new IllegalArgumentException(instrument.id() + ": scores with more than "
          + (LONG_POWERS.length - 1) + " decimal places are not supported");
    }
    return decimals;
  }

  private static int decimalsOf(BigDecimal value) {
    return value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
  }
}
