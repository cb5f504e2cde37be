package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Scale;

/**
 * What the SDTM QS records of one item or scale say about the test. {@code QSTESTCD} is the
 * CDISC test code where the definition carries one under {@value #CDISC} (only codes confirmed
 * are put there: the PHQ-9's PHQ0101-PHQ0111); otherwise it is Attune's own, sponsor-defined
 * code: the instrument id in capitals (cut to fit eight characters), {@code _}, then the item's
 * printed position in two digits ({@code EPDS_01}) or {@code S} and the scale's position in
 * definition order ({@code EPDS_S1}). docs/cdisc-qs.md lists every code.
 *
 * @param code {@code QSTESTCD}
 * @param name {@code QSTEST}: our label of the item or scale
 * @param interval {@code QSEVLINT}: the recall period as an ISO 8601 duration, or null when it
 *     is not a fixed period
 */
record QsTest(String code, String name, String interval) {
  /** The code system, in a definition's {@code codes}, of CDISC QS test codes. */
  static final String CDISC = "cdisc";
  private static final int MAX_CODE = 8;

  QsTest {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** The instrument's items, in printed order; each asks about its own recall period or else the instrument's. */
  static List<QsTest> items(Instrument instrument) {
    List<QsTest> tests = new ArrayList<>();
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      tests.add(new QsTest(code(item.codes(), instrument.id(), String.format(Locale.ROOT, "%02d", i + 1)),
          item.label(), interval(instrument, item)));
    }
    return tests;
  }

  /**
   * The instrument's scales, in definition order. A scale's interval is its items' when they
   * all share one, else none (a total over items that ask about different periods).
   */
  static List<QsTest> scales(Instrument instrument) {
    List<QsTest> tests = new ArrayList<>();
    List<Scale> scales = instrument.scales();
    for (int s = 0; s < scales.size(); s++) {
      Scale scale = scales.get(s);
      List<String> intervals = scale.items().stream()
          .map(id -> interval(instrument, instrument.item(id).orElseThrow())).distinct().toList();
      String interval = intervals.size() == 1 ? intervals.get(0) : null;
      tests.add(new QsTest(code(scale.codes(), instrument.id(), "S" + (s + 1)), scale.label(), interval));
    }
    return tests;
  }

  private static String interval(Instrument instrument, Item item) {
    return RecallInterval.iso(item.recallPeriod() != null ? item.recallPeriod() : instrument.recallPeriod());
  }

  private static String code(Map<String, String> codes, String instrumentId, String suffix) {
    String cdisc = codes.get(CDISC);
    if (cdisc != null) {
      return cdisc;
    }
    String prefix = instrumentId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    if (prefix.isEmpty() || Character.isDigit(prefix.charAt(0))) {
      prefix = "Q" + prefix; // a test code begins with a letter
    }
    return prefix.substring(0, Math.min(prefix.length(), MAX_CODE - 1 - suffix.length())) + "_" + suffix;
  }
}
