package org.attune.instruments.perinatalmood;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.attune.catalog.Catalog;
import org.attune.model.Band;
import org.attune.model.CutoffProfile;
import org.attune.model.Evidence;
import org.attune.model.Flag;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.LicenceClass;
import org.attune.model.MissingDataPolicy;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.attune.model.ScaleBands;
import org.attune.model.ScoringRule;
import org.attune.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ServiceLoader discovery, and the ids, bands and flags that CONTRACT.md fixes ("First instruments"). */
class DiscoveryTest {
  private static final Catalog CATALOG = Catalog.load();

  /** The Pfizer notice as FACTS.md §B2 §8 quotes it from the LOINC-derived form. */
  private static final String PFIZER_NOTICE = "Copyright © Pfizer Inc. All rights reserved. Developed by Drs. "
      + "Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from "
      + "Pfizer Inc. No permission required to reproduce, translate, display or distribute.";

  /** One scale of the contract's table; bands as "min-max code", lowest first. */
  record ScaleSpec(String id, List<String> items, String range, String defaultBands) {}

  /** One row of the contract's table; flags as "code: items >= n". */
  record Spec(String id, List<String> items, List<String> optional, List<ScaleSpec> scales, String flags) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Spec> contract() {
    return Stream.of(
        new Spec("epds", numbered("epds", 10), List.of(), List.of(
            new ScaleSpec("epds_total", numbered("epds", 10), "0-30",
                "0-9 below_threshold, 10-12 possible_depression, 13-30 probable_depression"),
            new ScaleSpec("epds_anxiety", List.of("epds_3", "epds_4", "epds_5"), "0-9",
                "0-5 below_threshold, 6-9 above_threshold")),
            "self_harm: epds_10 >= 1"),
        new Spec("phq9", plus(numbered("phq9", 9), "phq9_difficulty"), List.of("phq9_difficulty"), List.of(
            new ScaleSpec("phq9_total", numbered("phq9", 9), "0-27",
                "0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately_severe, 20-27 severe")),
            "self_harm: phq9_9 >= 1"),
        new Spec("phq2", numbered("phq2", 2), List.of(), List.of(
            new ScaleSpec("phq2_total", numbered("phq2", 2), "0-6", "0-2 below_threshold, 3-6 above_threshold")),
            ""),
        new Spec("gad7", plus(numbered("gad7", 7), "gad7_difficulty"), List.of("gad7_difficulty"), List.of(
            new ScaleSpec("gad7_total", numbered("gad7", 7), "0-21",
                "0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe")),
            ""),
        new Spec("gad2", numbered("gad2", 2), List.of(), List.of(
            new ScaleSpec("gad2_total", numbered("gad2", 2), "0-6", "0-2 below_threshold, 3-6 above_threshold")),
            ""),
        new Spec("whooley", plus(numbered("whooley", 2), "whooley_help"), List.of("whooley_help"), List.of(
            new ScaleSpec("whooley_total", numbered("whooley", 2), "0-2", "0 negative, 1-2 positive")),
            ""));
  }

  @Test
  void load_serviceLoader_findsExactlyTheSixInstrumentsOfTheProvider() {
    assertThat(CATALOG.instruments()).extracting(Instrument::id)
        .containsExactly("epds", "phq9", "phq2", "gad7", "gad2", "whooley");
    assertThat(Catalog.of(new PerinatalMoodInstruments()).instruments()).containsExactlyElementsOf(
        CATALOG.instruments());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_items_areTheContractIdsWithOptionalOnesUnscored(Spec spec) {
    Instrument instrument = CATALOG.get(spec.id());
    assertThat(instrument.items()).extracting(Item::id).containsExactlyElementsOf(spec.items());
    assertThat(spec.items()).allSatisfy(item ->
        assertThat(instrument.isScored(item)).as(item).isEqualTo(!spec.optional().contains(item)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_scales_haveContractItemsRangeAndNoProrating(Spec spec) {
    Instrument instrument = CATALOG.get(spec.id());
    assertThat(instrument.scales()).extracting(Scale::id)
        .containsExactlyElementsOf(spec.scales().stream().map(ScaleSpec::id).toList());
    for (ScaleSpec expected : spec.scales()) {
      Scale scale = instrument.scale(expected.id()).orElseThrow();
      assertThat(scale.items()).as(expected.id()).containsExactlyElementsOf(expected.items());
      assertThat(range(scale.min(), scale.max())).as(expected.id()).isEqualTo(expected.range());
      assertThat(scale.missing()).as(expected.id()).isInstanceOf(MissingDataPolicy.None.class);
      assertThat(scale.rule()).as(expected.id()).isEqualTo(
          spec.id().equals("whooley") ? ScoringRule.countEndorsed() : ScoringRule.sum());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_defaultProfile_hasContractBands(Spec spec) {
    Instrument instrument = CATALOG.get(spec.id());
    CutoffProfile profile = instrument.defaultProfile().orElseThrow();
    assertThat(profile.id()).isEqualTo("default");
    assertThat(instrument.profiles()).filteredOn(CutoffProfile::isDefault).hasSize(1);
    for (ScaleSpec expected : spec.scales()) {
      assertThat(bands(profile, expected.id())).as(expected.id()).isEqualTo(expected.defaultBands());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_flags_matchContract(Spec spec) {
    List<Flag> flags = CATALOG.get(spec.id()).flags();
    assertThat(flags.stream().map(DiscoveryTest::describe).collect(joining("; "))).isEqualTo(spec.flags());
    assertThat(flags).allSatisfy(f -> {
      assertThat(f.safety()).as(f.code()).isTrue();
      assertThat(f.level()).as(f.code()).isEqualTo(FlagLevel.URGENT);
    });
  }

  @Test
  void epds_profiles_haveContractCutoffs() {
    Instrument epds = CATALOG.get("epds");
    assertThat(epds.profiles()).extracting(CutoffProfile::id)
        .containsExactlyInAnyOrder("default", "depressd2020", "fathers");
    CutoffProfile d20 = epds.profile("depressd2020").orElseThrow();
    assertThat(bands(d20, "epds_total")).isEqualTo("0-10 below_threshold, 11-30 above_threshold");
    assertThat(bands(d20, "epds_anxiety")).isEqualTo("0-5 below_threshold, 6-9 above_threshold");
    CutoffProfile fathers = epds.profile("fathers").orElseThrow();
    assertThat(bands(fathers, "epds_total")).isEqualTo("0-5 below_threshold, 6-30 above_threshold");
    assertThat(bands(fathers, "epds_anxiety")).isEqualTo("0-3 below_threshold, 4-9 above_threshold");
  }

  @Test
  void epds_licence_shipsNoWordingAnywhere() {
    Instrument epds = CATALOG.get("epds");
    assertThat(epds.licence().textIncluded()).isFalse();
    assertThat(epds.licence().licenceClass()).isEqualTo(LicenceClass.RESTRICTED); // FACTS §B1 §8
    assertThat(epds.instructions()).isEmpty();
    assertThat(epds.items()).allSatisfy(item -> {
      assertThat(item.text()).as(item.id()).isEmpty();
      assertThat(item.answerType().options()).extracting(Option::text).as(item.id()).allSatisfy(
          text -> assertThat(text).isEmpty());
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"phq9", "gad7", "phq2", "gad2"})
  void pfizerInstrument_licence_isFreeWithPfizerNotice(String id) {
    Instrument instrument = CATALOG.get(id);
    assertThat(instrument.licence().licenceClass()).isEqualTo(LicenceClass.FREE);
    assertThat(instrument.licence().copyright()).contains(PFIZER_NOTICE);
  }

  @Test
  void gad2_cutoffSource_isMarkedSecondary() {
    ScaleBands bands = CATALOG.get("gad2").defaultProfile().orElseThrow().bandsFor("gad2_total").orElseThrow();
    assertThat(bands.source().evidence()).isEqualTo(Evidence.SECONDARY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void instrument_everySource_citesReferencesItHas(Spec spec) {
    Instrument instrument = CATALOG.get(spec.id());
    assertThat(instrument.references()).isNotEmpty();
    assertThat(sources(instrument)).allSatisfy(source -> {
      assertThat(source.refs()).isNotEmpty();
      assertThat(source.refs()).allSatisfy(ref -> assertThat(instrument.reference(ref)).as(ref).isPresent());
    });
  }

  private static List<Source> sources(Instrument instrument) {
    List<Source> sources = new ArrayList<>();
    sources.add(instrument.scoringSource());
    instrument.scales().forEach(s -> sources.add(s.source()));
    instrument.profiles().forEach(p -> p.scales().forEach(b -> sources.add(b.source())));
    instrument.flags().forEach(f -> sources.add(f.source()));
    return sources;
  }

  private static String bands(CutoffProfile profile, String scaleId) {
    List<Band> bands = profile.bandsFor(scaleId).orElseThrow().bands();
    return bands.stream().map(b -> range(b.min(), b.max()) + " " + b.code()).collect(joining(", "));
  }

  private static String range(BigDecimal min, BigDecimal max) {
    return min.compareTo(max) == 0 ? min.toPlainString() : min.toPlainString() + "-" + max.toPlainString();
  }

  private static String describe(Flag flag) {
    if (flag.rule() instanceof FlagRule.ItemThreshold t) {
      return flag.code() + ": " + String.join(",", t.items()) + " >= " + t.atLeast().toPlainString();
    }
    return flag.code() + ": " + flag.rule();
  }

  private static List<String> numbered(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + "_" + i).toList();
  }

  private static List<String> plus(List<String> items, String extra) {
    return Stream.concat(items.stream(), Stream.of(extra)).toList();
  }
}
