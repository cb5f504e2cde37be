package org.attune.instruments.bonding;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.attune.catalog.Catalog;
import org.attune.model.Band;
import org.attune.model.CutoffProfile;
import org.attune.model.Evidence;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.LicenceClass;
import org.attune.model.MissingDataPolicy;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.attune.model.Score;
import org.attune.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ServiceLoader discovery, and what CONTRACT.md ("Next families") and FACTS.md fix for the
 * family: ids, scale membership, the one confirmed cut-off, the flag, licences.
 */
class ContractTest {
  private static final Catalog CATALOG = Catalog.of(new BondingInstruments());

  /** One scale: id and item numbers (1-based, printed order). */
  record ScaleSpec(String id, int... items) {}

  record Spec(String id, int items, List<ScaleSpec> scales) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Spec> contract() {
    return Stream.of(
        new Spec("pbq", 25, List.of(
            new ScaleSpec("pbq_impaired_bonding", 1, 2, 6, 7, 8, 9, 10, 12, 13, 15, 16, 17),
            new ScaleSpec("pbq_rejection_anger", 3, 4, 5, 11, 14, 21, 23),
            new ScaleSpec("pbq_infant_anxiety", 19, 20, 22, 25),
            new ScaleSpec("pbq_incipient_abuse", 18, 24),
            new ScaleSpec("pbq_total", upTo(25)))),
        // FACTS §7 (camcops maas.py): quality 3 6 9 10 11 12 13 15 16 19; intensity 1 2 4 5 8 14 17 18; item 7 only in the total
        new Spec("maas", 19, List.of(
            new ScaleSpec("maas_quality", 3, 6, 9, 10, 11, 12, 13, 15, 16, 19),
            new ScaleSpec("maas_intensity", 1, 2, 4, 5, 8, 14, 17, 18),
            new ScaleSpec("maas_total", upTo(19)))),
        // FACTS §7 (author's sheet): quality 1 2 3 7 9 11 12 16; intensity 4 5 8 10 14 15; 6 and 13 only in the total
        new Spec("paas", 16, List.of(
            new ScaleSpec("paas_quality", 1, 2, 3, 7, 9, 11, 12, 16),
            new ScaleSpec("paas_intensity", 4, 5, 8, 10, 14, 15),
            new ScaleSpec("paas_total", upTo(16)))),
        // FACTS §6 (author's "Preliminary Factor Structure")
        new Spec("mpas", 19, List.of(
            new ScaleSpec("mpas_quality", 3, 4, 5, 6, 7, 10, 14, 18, 19),
            new ScaleSpec("mpas_hostility_absence", 1, 2, 15, 16, 17),
            new ScaleSpec("mpas_pleasure", 8, 9, 11, 12, 13),
            new ScaleSpec("mpas_total", upTo(19)))),
        // FACTS §6 (PPAS author's sheet)
        new Spec("ppas", 19, List.of(
            new ScaleSpec("ppas_patience", 1, 2, 6, 11, 13, 17, 18, 19),
            new ScaleSpec("ppas_pleasure", 4, 5, 8, 9, 10, 12, 15),
            new ScaleSpec("ppas_affection", 3, 7, 14, 16),
            new ScaleSpec("ppas_total", upTo(19)))));
  }

  @Test
  void load_serviceLoader_findsTheFamily() {
    assertThat(Catalog.load().instruments()).extracting(Instrument::id)
        .containsExactly("pbq", "maas", "paas", "mpas", "ppas");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_itemsAndScales_areTheContractIds(Spec spec) {
    Instrument instrument = CATALOG.get(spec.id());
    assertThat(instrument.items()).extracting(Item::id).containsExactlyElementsOf(
        IntStream.rangeClosed(1, spec.items()).mapToObj(n -> spec.id() + "_" + n).toList());
    assertThat(instrument.scales()).extracting(Scale::id)
        .containsExactlyElementsOf(spec.scales().stream().map(ScaleSpec::id).toList());
    for (ScaleSpec expected : spec.scales()) {
      Scale scale = instrument.scale(expected.id()).orElseThrow();
      assertThat(scale.items()).as(expected.id()).containsExactlyElementsOf(
          IntStream.of(expected.items()).mapToObj(n -> spec.id() + "_" + n).toList());
      assertThat(scale.missing()).as(expected.id()).isInstanceOf(MissingDataPolicy.None.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"maas", "paas", "mpas", "ppas"})
  void condonScale_hasNoCutoffs_andScoresFromOneToFive(String id) {
    Instrument instrument = CATALOG.get(id);
    assertThat(instrument.profiles()).as("no published cut-offs: continuous scores only").isEmpty();
    assertThat(instrument.flags()).isEmpty();
    assertThat(instrument.items()).allSatisfy(item -> assertThat(item.answerType().options())
        .extracting(Option::score).allSatisfy(score -> assertThat(score)
            .isBetween(Score.of(1), Score.of(5))));
    assertThat(instrument.licence().licenceClass()).isEqualTo(LicenceClass.FREE_WITH_CITATION);
    assertThat(instrument.licence().copyright()).contains("CC BY 3.0 AU").contains("Condon");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mpas", "ppas"})
  void postnatalScale_fourOptionItems_scoreInExactThirds(String id) {
    // FACTS §6 and C20: four options recoded 1, 7/3, 11/3, 5 (or reversed); the contract says thirds
    List<Item> fourOption = CATALOG.get(id).items().stream()
        .filter(i -> i.answerType().options().size() == 4).toList();
    assertThat(fourOption).isNotEmpty().allSatisfy(item -> assertThat(item.answerType().options().stream()
        .map(o -> o.score().spelling()).collect(joining(" "))).as(item.id())
        .isIn("1 7/3 11/3 5", "5 11/3 7/3 1"));
  }

  @Test
  void pbq_defaultProfile_hasOnlyTheConfirmedScaleTwoCutoff() {
    Instrument pbq = CATALOG.get("pbq");
    CutoffProfile profile = pbq.defaultProfile().orElseThrow();
    assertThat(profile.scales()).hasSize(1);
    List<Band> bands = profile.bandsFor("pbq_rejection_anger").orElseThrow().bands();
    // Brockington 2006: "a cut-off point of 12 = normal, 13 = high"
    assertThat(bands.stream().map(b -> b.min().toPlainString() + "-" + b.max().toPlainString() + " " + b.code())
        .collect(joining(", "))).isEqualTo("0-12 below_threshold, 13-35 above_threshold");
    assertThat(profile.bandsFor("pbq_rejection_anger").orElseThrow().source().evidence())
        .isEqualTo(Evidence.CONFIRMED);
  }

  @Test
  void pbq_harmToInfant_isItem18Or24AtOneOrMore_andSaysItIsOurs() {
    Instrument pbq = CATALOG.get("pbq");
    assertThat(pbq.flags()).hasSize(1);
    var flag = pbq.flags().get(0);
    assertThat(flag.code()).isEqualTo("harm_to_infant");
    assertThat(flag.safety()).isTrue();
    assertThat(flag.level()).isEqualTo(FlagLevel.URGENT);
    FlagRule.ItemThreshold rule = (FlagRule.ItemThreshold) flag.rule();
    assertThat(rule.items()).containsExactly("pbq_18", "pbq_24");
    assertThat(rule.atLeast()).isEqualByComparingTo("1");
    assertThat(flag.message()).contains("not an author cut-off");
  }

  @Test
  void pbq_itemScores_runAlwaysToNever_reversedOnThePositiveItems() {
    // FACTS §5: items 1 4 8 9 11 16 22 25 score Always 0 ... Never 5; the rest Always 5 ... Never 0
    List<Integer> positive = List.of(1, 4, 8, 9, 11, 16, 22, 25);
    for (Item item : CATALOG.get("pbq").items()) {
      int n = Integer.parseInt(item.id().substring("pbq_".length()));
      List<String> scores = item.answerType().options().stream().map(o -> o.score().spelling()).toList();
      assertThat(scores).as(item.id()).containsExactlyElementsOf(
          positive.contains(n) ? List.of("0", "1", "2", "3", "4", "5") : List.of("5", "4", "3", "2", "1", "0"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_everySource_citesReferencesItHas(Spec spec) {
    Instrument instrument = CATALOG.get(spec.id());
    Stream<Source> sources = Stream.of(
        Stream.of(instrument.scoringSource()),
        instrument.scales().stream().map(Scale::source),
        instrument.profiles().stream().flatMap(p -> p.scales().stream().map(b -> b.source())),
        instrument.flags().stream().map(f -> f.source())).flatMap(s -> s);
    assertThat(sources).allSatisfy(source -> assertThat(source.refs()).isNotEmpty()
        .allSatisfy(ref -> assertThat(instrument.reference(ref)).as(ref).isPresent()));
  }

  private static int[] upTo(int n) {
    return IntStream.rangeClosed(1, n).toArray();
  }
}
