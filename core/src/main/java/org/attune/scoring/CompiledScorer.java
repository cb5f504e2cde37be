package org.attune.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
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
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.response.ViolationCode;

/**
 * An instrument compiled to primitive arrays. Every score is held as a fixed-point long in
 * units of {@code 10^-decimals} (the most decimal places any option score, band bound or flag
 * threshold of the instrument uses), so sums are exact and band and flag comparisons need no
 * allocation. Immutable after construction, hence thread-safe.
 *
 * <p>This is the one class allowed to grow: it is the hot path, and keeping the tables
 * together keeps the scoring loop readable.
 */
final class CompiledScorer implements Scorer {
  private static final int MISSING = -1;

  private final Instrument instrument;
  private final CutoffProfile profile;
  private final Provenance provenance;
  private final int decimals;
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private final AnswerDecoder[] decoders;
  /** optionScore[item][option], scaled; Long.MIN_VALUE for unscored options. */
  private final long[][] optionScore;
  private final String[] scaleIds;
  private final int[][] scaleItems;
  private final boolean[] countEndorsed;
  private final int[] maxMissing;
  /** bandMin[scale][band], scaled, ascending; null when the profile has no bands for the scale. */
  private final long[][] bandMin;
  private final String[][] bandCode;
  private final Flag[] flags;
  /** For item flags the item indexes, for scale flags a single scale index. */
  private final int[][] flagTargets;
  private final boolean[] flagOnScale;
  private final long[] flagAtLeast;
  private final String expectedItemIds;

  CompiledScorer(Instrument instrument, CutoffProfile profile) {
    this.instrument = instrument;
    this.profile = profile;
    this.provenance = new Provenance(
        instrument.id(), instrument.version(), profile == null ? null : profile.id(), Attune.version());
    this.decimals = decimalsOf(instrument);

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

  @Override
  public Result evaluate(Responses responses) {
    int n = decoders.length;
    int[] chosen = new int[n];
    Arrays.fill(chosen, MISSING);
    ResponseViolation[] itemViolations = new ResponseViolation[n];
    List<ResponseViolation> violations = new ArrayList<>(0);
    List<ResponseViolation> unknown = new ArrayList<>(0);
    int answered = 0;
    for (Map.Entry<String, Object> answer : responses.answers().entrySet()) {
      Integer i = itemIndex.get(answer.getKey());
      Object value = answer.getValue();
      if (i == null) {
        unknown.add(new ResponseViolation(ResponseViolation.truncate(answer.getKey()), ViolationCode.UNKNOWN_ITEM,
            String.valueOf(value), expectedItemIds));
      } else if (value != null) {
        chosen[i] = decoders[i].decode(value, responses.coding(), itemViolations, i);
        if (chosen[i] >= 0) {
          answered++;
        }
      }
    }
    for (ResponseViolation v : itemViolations) {
      if (v != null) {
        violations.add(v);
      }
    }
    violations.addAll(unknown);

    int scales = scaleIds.length;
    long[] numerator = new long[scales];
    int[] denominator = new int[scales];
    int[] scaleAnswered = new int[scales];
    Completeness[] scaleStatus = new Completeness[scales];
    for (int s = 0; s < scales; s++) {
      scoreScale(s, chosen, numerator, denominator, scaleAnswered, scaleStatus);
    }

    List<Flag> raised = new ArrayList<>(0);
    for (int f = 0; f < flags.length; f++) {
      if (raises(f, chosen, numerator, denominator)) {
        raised.add(flags[f]);
      }
    }

    boolean invalid = !violations.isEmpty();
    List<ScaleResult> scaleResults = new ArrayList<>(scales);
    for (int s = 0; s < scales; s++) {
      if (invalid) {
        scaleResults.add(new ScaleResult(scaleIds[s], null, null, scaleAnswered[s], Completeness.INVALID));
      } else if (denominator[s] == 0) {
        scaleResults.add(new ScaleResult(scaleIds[s], null, null, scaleAnswered[s], scaleStatus[s]));
      } else {
        scaleResults.add(new ScaleResult(scaleIds[s], score(numerator[s], denominator[s]),
            band(s, numerator[s], denominator[s]), scaleAnswered[s], scaleStatus[s]));
      }
    }
    return new Result(provenance, status(invalid, answered, scaleStatus), scaleResults, raised, violations);
  }

  /**
   * Scores scale s from the valid answers. Its score is numerator / denominator in scaled
   * units; denominator 0 means unscored.
   */
  private void scoreScale(int s, int[] chosen, long[] numerator, int[] denominator, int[] answeredOut,
      Completeness[] statusOut) {
    int[] members = scaleItems[s];
    long sum = 0;
    int answered = 0;
    for (int item : members) {
      int option = chosen[item];
      if (option >= 0) {
        long score = optionScore[item][option];
        sum += countEndorsed[s] ? (score > 0 ? unit() : 0) : score;
        answered++;
      }
    }
    int missing = members.length - answered;
    answeredOut[s] = answered;
    if (missing == 0) {
      numerator[s] = sum;
      denominator[s] = 1;
      statusOut[s] = Completeness.COMPLETE;
    } else if (answered > 0 && missing <= maxMissing[s]) {
      numerator[s] = sum * members.length;
      denominator[s] = answered;
      statusOut[s] = Completeness.PRORATED;
    } else {
      statusOut[s] = Completeness.INCOMPLETE;
    }
  }

  private boolean raises(int f, int[] chosen, long[] numerator, int[] denominator) {
    if (flagOnScale[f]) {
      int s = flagTargets[f][0];
      return denominator[s] > 0 && numerator[s] >= flagAtLeast[f] * denominator[s];
    }
    for (int item : flagTargets[f]) {
      int option = chosen[item];
      if (option >= 0 && optionScore[item][option] >= flagAtLeast[f]) {
        return true;
      }
    }
    return false;
  }

  /** The highest band whose minimum the score reaches: score >= min, compared exactly. */
  private String band(int s, long numerator, int denominator) {
    long[] mins = bandMin[s];
    if (mins == null) {
      return null;
    }
    String code = null;
    for (int b = 0; b < mins.length && numerator >= mins[b] * denominator; b++) {
      code = bandCode[s][b];
    }
    return code;
  }

  private static Completeness status(boolean invalid, int answered, Completeness[] scaleStatus) {
    if (invalid) {
      return Completeness.INVALID;
    }
    if (answered == 0) {
      return Completeness.INCOMPLETE;
    }
    Completeness status = Completeness.COMPLETE;
    for (Completeness c : scaleStatus) {
      if (c == Completeness.INCOMPLETE) {
        return Completeness.INCOMPLETE;
      }
      if (c == Completeness.PRORATED) {
        status = Completeness.PRORATED;
      }
    }
    return status;
  }

  private BigDecimal score(long numerator, int denominator) {
    BigDecimal value = BigDecimal.valueOf(numerator, decimals);
    return denominator == 1 ? value : value.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
  }

  private long unit() {
    return LONG_POWERS[decimals];
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
