package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.model.Instrument;
import org.junit.jupiter.api.Test;

/**
 * QSTESTCD, QSTEST and QSEVLINT per item and scale: the CDISC codes the PHQ-9 definition carries
 * (FACTS Part E2: PHQ0101-PHQ0109, difficulty PHQ0110, total PHQ0111), Attune's sponsor codes
 * elsewhere, and SDTM's rules for a test code in every instrument of the catalogue.
 */
class QsTestTest {
  static final Catalog CATALOG = Attune.catalog();
  /** SDTM: at most eight characters, letters, digits and underscores, not beginning with a digit. */
  static final String TEST_CODE = "[A-Z_][A-Z0-9_]{0,7}";

  @Test
  void phq9_itemsAndTotal_carryTheConfirmedCdiscCodes() {
    Instrument phq9 = CATALOG.get("phq9");

    assertThat(QsTest.items(phq9)).extracting(QsTest::code).containsExactly("PHQ0101", "PHQ0102", "PHQ0103",
        "PHQ0104", "PHQ0105", "PHQ0106", "PHQ0107", "PHQ0108", "PHQ0109", "PHQ0110");
    assertThat(QsTest.scales(phq9)).containsExactly(new QsTest("PHQ0111", "PHQ-9 total", "-P2W"));
  }

  @Test
  void epds_noConfirmedCodes_sponsorCodesByPositionAndSevenDays() {
    Instrument epds = CATALOG.get("epds");

    List<QsTest> items = QsTest.items(epds);
    assertThat(items).extracting(QsTest::code).containsExactly("EPDS_01", "EPDS_02", "EPDS_03", "EPDS_04",
        "EPDS_05", "EPDS_06", "EPDS_07", "EPDS_08", "EPDS_09", "EPDS_10");
    assertThat(items.get(9)).isEqualTo(new QsTest("EPDS_10", "Thoughts of self-harm", "-P7D"));
    assertThat(QsTest.scales(epds)).containsExactly(new QsTest("EPDS_S1", "EPDS total", "-P7D"),
        new QsTest("EPDS_S2", "EPDS-3A anxiety subscale", "-P7D"));
  }

  @Test
  void longInstrumentId_isCutToFitEightCharacters() {
    assertThat(QsTest.items(CATALOG.get("whooley"))).extracting(QsTest::code)
        .containsExactly("WHOOL_01", "WHOOL_02", "WHOOL_03");
    assertThat(QsTest.scales(CATALOG.get("whooley"))).extracting(QsTest::code, QsTest::interval)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WHOOL_S1", "-P1M"));
  }

  @Test
  void itemWithItsOwnRecallPeriod_usesIt_andATotalOverMixedPeriodsHasNone() {
    Instrument mpas = CATALOG.get("mpas"); // no period in the instructions; items 3 and 16 state theirs
    List<QsTest> items = QsTest.items(mpas);
    assertThat(items.get(0).interval()).isNull();
    assertThat(items.get(2).interval()).isEqualTo("-P2W");
    assertThat(items.get(15).interval()).isEqualTo("-P3M");

    Instrument maas = CATALOG.get("maas"); // past 2 weeks, but items 10, 12, 15, 16 and 19 carry their own
    assertThat(QsTest.items(maas).get(0).interval()).isEqualTo("-P2W");
    assertThat(QsTest.items(maas).get(9).interval()).isNull();
    assertThat(QsTest.scales(maas)).filteredOn(t -> t.name().equals("MAAS global attachment"))
        .extracting(QsTest::interval).containsExactly((String) null);
  }

  @Test
  void everyInstrument_testCodesFollowSdtmAndAreUniqueWithinTheInstrument() {
    for (Instrument instrument : CATALOG.instruments()) {
      List<String> codes = new java.util.ArrayList<>();
      QsTest.items(instrument).forEach(t -> codes.add(t.code()));
      QsTest.scales(instrument).forEach(t -> codes.add(t.code()));
      assertThat(codes).as(instrument.id()).allMatch(c -> c.matches(TEST_CODE)).doesNotHaveDuplicates();
    }
  }
}
