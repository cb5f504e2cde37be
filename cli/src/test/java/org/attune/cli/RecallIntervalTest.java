package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recall periods in words as SDTM's QSEVLINT: an ISO 8601 duration counted back from the assessment. */
class RecallIntervalTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "past 7 days|-P7D", // EPDS
      "past 2 weeks|-P2W", // PHQ-9, GAD-7
      "last two weeks|-P2W", // WHO-5
      "past month|-P1M", // Whooley
      "past week|-P1W", // BISQ
      "past 3 months|-P3M", // MPAS item 16
      "Past 12 Months|-P12M",
      "past 2 weeks (most items; items 10, 12, 15, 16 and 19 carry their own)|-P2W", // MAAS
  })
  void iso_periodInWords_isDurationBackFromTheAssessment(String words, String iso) {
    assertThat(RecallInterval.iso(words)).isEqualTo(iso);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
      "recent experience", // PBQ
      "not stated",
      "now (at this stage of the pregnancy)",
      "not applicable: the rater scores behaviour observed during the examination",
      "hypothetical (if the pregnancy were lost at this time)",
      "past weeks", // how many is not said
      "past 2 fortnights",
      "since the birth",
      "in the past 2 weeks and more",
  })
  void iso_noFixedPeriod_isNull(String words) {
    assertThat(RecallInterval.iso(words)).isNull();
  }
}
