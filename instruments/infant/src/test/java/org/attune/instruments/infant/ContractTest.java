package org.attune.instruments.infant;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.attune.catalog.Catalog;
import org.attune.model.AnswerType;
import org.attune.model.CutoffProfile;
import org.attune.model.Flag;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.MissingDataPolicy;
import org.attune.model.Respondent;
import org.attune.model.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ServiceLoader discovery, and what CONTRACT.md ("Next families") and the research notes fix
 * for the infant family: ids, respondents, age ranges, subscales, bands, the missing-as-zero
 * rule, the BISQ's number answers and referral flags, and that no wording ships.
 */
class ContractTest {
  private static final Catalog CATALOG = Catalog.of(new InfantInstruments());

  @Test
  void load_serviceLoader_findsTheFamily() {
    assertThat(Catalog.load().instruments()).extracting(Instrument::id)
        .containsExactly("bpsc", "ppsc", "adbb", "madbb", "bisq");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bpsc", "ppsc", "adbb", "madbb", "bisq"})
  void instrument_shipsNoWording_andNamesItsRespondentAndAgeRange(String id) {
    Instrument instrument = CATALOG.get(id);
    assertThat(instrument.licence().textIncluded()).isFalse();
    assertThat(instrument.instructions()).isEmpty();
    assertThat(instrument.items()).allSatisfy(item -> assertThat(item.text()).as(item.id()).isEmpty());
    assertThat(instrument.respondent()).isEqualTo(
        id.endsWith("adbb") ? Respondent.CLINICIAN_OBSERVER : Respondent.PARENT_REPORT);
    String range = instrument.ageRange().minMonths() + "-" + instrument.ageRange().maxMonths();
    // CONTRACT.md: BPSC 0-17 months, PPSC 18-65, ADBB 2-24 (m-ADBB: the ADBB's); BISQ 0-3 years (FACTS §17)
    assertThat(range).isEqualTo(switch (id) {
      case "bpsc" -> "0-17";
      case "ppsc" -> "18-65";
      case "bisq" -> "0-36";
      default -> "2-24";
    });
  }

  @Test
  void bpsc_subscalesInPrintedOrder_countMissingAsZero_andAreAtRiskFromThree() {
    Instrument bpsc = CATALOG.get("bpsc");
    // CONFIRMATIONS §5: items 1-4 inflexibility, 5-8 irritability, 9-12 routines
    assertThat(bpsc.scales()).extracting(Scale::id)
        .containsExactly("bpsc_irritability", "bpsc_inflexibility", "bpsc_routines");
    assertThat(bpsc.scale("bpsc_inflexibility").orElseThrow().items()).containsExactlyElementsOf(numbered("bpsc", 1, 4));
    assertThat(bpsc.scale("bpsc_irritability").orElseThrow().items()).containsExactlyElementsOf(numbered("bpsc", 5, 8));
    assertThat(bpsc.scale("bpsc_routines").orElseThrow().items()).containsExactlyElementsOf(numbered("bpsc", 9, 12));
    CutoffProfile profile = bpsc.defaultProfile().orElseThrow();
    for (Scale scale : bpsc.scales()) {
      assertThat(scale.missing()).isInstanceOf(MissingDataPolicy.CountAsZero.class);
      assertThat(bands(profile, scale.id())).isEqualTo("0-2 below_threshold, 3-8 at_risk");
    }
  }

  @Test
  void adbb_totalFromFiveIsSustainedWithdrawal_andTheUnconfirmedCutoffsAreNotShipped() {
    assertThat(bands(CATALOG.get("adbb").defaultProfile().orElseThrow(), "adbb_total"))
        .isEqualTo("0-4 below_threshold, 5-32 sustained_withdrawal");
    assertThat(CATALOG.get("ppsc").profiles()).as("PPSC >= 9: not confirmed from the official guide").isEmpty();
    assertThat(CATALOG.get("madbb").profiles()).as("m-ADBB >= 2: one secondary source").isEmpty();
    assertThat(CATALOG.get("madbb").items()).extracting(Item::label).first().asString().containsIgnoringCase("facial");
  }

  @Test
  void bisq_numberAnswersAndTheThreeReferralCriteria() {
    Instrument bisq = CATALOG.get("bisq");
    assertThat(bisq.scales()).isEmpty();
    assertThat(bisq.items()).extracting(Item::id).containsExactly("bisq_night_wakings", "bisq_night_awake_minutes",
        "bisq_night_sleep_minutes", "bisq_day_sleep_minutes");
    assertThat(bisq.items().get(0).answerType()).isInstanceOf(AnswerType.WholeNumber.class);
    assertThat(bisq.items().subList(1, 4)).allSatisfy(i -> assertThat(i.answerType()).isInstanceOf(AnswerType.Duration.class));
    // Sadeh 2004: refer if > 3 night wakings, > 1 h awake at night, < 9 h of sleep in 24 h
    assertThat(bisq.flags().stream().map(ContractTest::describe).collect(joining("; "))).isEqualTo(
        "frequent_wakings: bisq_night_wakings >= 4; long_night_waking: bisq_night_awake_minutes >= 61; "
            + "short_sleep: bisq_night_sleep_minutes + bisq_day_sleep_minutes < 540");
    assertThat(bisq.flags()).allSatisfy(f -> assertThat(f.safety()).isFalse());
  }

  private static String describe(Flag f) {
    if (f.rule() instanceof FlagRule.SumBelow s) {
      return f.code() + ": " + String.join(" + ", s.items()) + " < " + s.below().toPlainString();
    }
    FlagRule.ItemThreshold t = (FlagRule.ItemThreshold) f.rule();
    return f.code() + ": " + String.join(" or ", t.items()) + " >= " + t.atLeast().toPlainString();
  }

  private static String bands(CutoffProfile profile, String scale) {
    return profile.bandsFor(scale).orElseThrow().bands().stream()
        .map(b -> b.min().toPlainString() + "-" + b.max().toPlainString() + " " + b.code()).collect(joining(", "));
  }

  private static List<String> numbered(String id, int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> id + "_" + n).toList();
  }
}
