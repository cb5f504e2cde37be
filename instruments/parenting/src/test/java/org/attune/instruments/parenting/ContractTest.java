package org.attune.instruments.parenting;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.catalog.Catalog;
import org.attune.model.CutoffProfile;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Respondent;
import org.attune.model.ScoringRule;
import org.junit.jupiter.api.Test;

/**
 * ServiceLoader discovery, and what CONTRACT.md ("Next families") and the research notes fix
 * for the parenting family: ids, scales, the KPCS "not applicable" rule and cut-off, the WHO-5
 * percentage, and that neither ships wording (licences for clinical/research or
 * non-commercial use only).
 */
class ContractTest {
  private static final Catalog CATALOG = Catalog.of(new ParentingInstruments());

  @Test
  void load_serviceLoader_findsTheFamily() {
    assertThat(Catalog.load().instruments()).extracting(Instrument::id).containsExactly("kpcs", "who5");
  }

  @Test
  void kpcs_notApplicableOnItemsOneAndNineScoresTwo_andThirtyNineOrLessIsLowConfidence() {
    Instrument kpcs = CATALOG.get("kpcs");
    assertThat(kpcs.items()).hasSize(15);
    for (Item item : kpcs.items()) {
      List<Option> options = item.answerType().options();
      boolean withNotApplicable = item.id().equals("kpcs_1") || item.id().equals("kpcs_9");
      assertThat(options.stream().filter(Option::notApplicable).map(o -> o.score().spelling()).toList()).as(item.id())
          .isEqualTo(withNotApplicable ? List.of("2") : List.of());
      assertThat(options.stream().filter(o -> !o.notApplicable()).map(o -> o.score().spelling()).toList())
          .as(item.id()).containsExactly("0", "1", "2", "3");
    }
    assertThat(bands(kpcs.defaultProfile().orElseThrow(), "kpcs_total")).isEqualTo("0-39 low_confidence, 40-45 not_low");
    assertThat(kpcs.respondent()).isEqualTo(Respondent.SELF);
    assertThat(kpcs.ageRange().minMonths()).isZero();
    assertThat(kpcs.ageRange().maxMonths()).isEqualTo(12);
  }

  @Test
  void who5_percentIsRawTimesFour_withCutoffsOnTheRawScore() {
    Instrument who5 = CATALOG.get("who5");
    assertThat(who5.scale("who5_percent").orElseThrow().rule()).isEqualTo(new ScoringRule.Sum(4));
    assertThat(who5.scale("who5_raw").orElseThrow().rule()).isEqualTo(ScoringRule.sum());
    // raw below 13 (percentage 50 or less) poor; raw 7 or less (percentage 28 or less) likely depression
    assertThat(bands(who5.defaultProfile().orElseThrow(), "who5_raw"))
        .isEqualTo("0-7 likely_depression, 8-12 poor_wellbeing, 13-25 not_poor");
    assertThat(who5.ageRange()).as("the parent's own wellbeing: no child's age").isNull();
    assertThat(who5.licence().terms()).contains("CC BY-NC-SA 3.0 IGO");
  }

  @Test
  void family_shipsNoWording() {
    for (Instrument instrument : CATALOG.instruments()) {
      assertThat(instrument.licence().textIncluded()).as(instrument.id()).isFalse();
      assertThat(instrument.items()).allSatisfy(item -> assertThat(item.text()).as(item.id()).isEmpty());
    }
  }

  private static String bands(CutoffProfile profile, String scale) {
    return profile.bandsFor(scale).orElseThrow().bands().stream()
        .map(b -> b.min().toPlainString() + "-" + b.max().toPlainString() + " " + b.code()).collect(joining(", "));
  }
}
