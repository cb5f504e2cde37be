package org.attune.instruments.infant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.attune.catalog.Catalog;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Flag;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;
import org.attune.response.Responses;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * A site policy on the BISQ, whose short_sleep flag is a sum falling short (night + day sleep
 * under 540 minutes): more sensitive means a higher {@code below}; its flags are not safety
 * flags, so a site may remove them.
 */
class SleepPolicyTest {
  private static final Catalog CATALOG = Catalog.of(new InfantInstruments());

  private static SitePolicy policy(InstrumentPolicy bisq) {
    return SitePolicy.builder("sleep-clinic", "1").instrument("bisq", bisq).build();
  }

  private static Map<String, Object> sleep(String night, String day) {
    return Map.of("bisq_night_wakings", 1, "bisq_night_awake_minutes", 10, "bisq_night_sleep_minutes", night,
        "bisq_day_sleep_minutes", day);
  }

  @Test
  void shortSleep_raisedBelow_catchesMore() {
    Scorer scorer = CATALOG.scorer("bisq", policy(InstrumentPolicy.builder().threshold("short_sleep", 600).build()));
    assertThat(scorer.score(Responses.of(sleep("8:00", "1:30"))).flags()).extracting(Flag::code)
        .as("570 minutes: under 600").containsExactly("short_sleep");
    assertThat(CATALOG.scorer("bisq").score(Responses.of(sleep("8:00", "1:30"))).flags()).isEmpty();
  }

  @Test
  void shortSleep_loweredBelow_isRefused() {
    assertThatThrownBy(() -> Scorer.of(CATALOG.get("bisq"),
        policy(InstrumentPolicy.builder().threshold("short_sleep", 500).build())))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageEndingWith("instruments.bisq.thresholds[0].threshold: a site policy may raise flag short_sleep's"
            + " threshold (below 540) but not lower it (to 500), which would make it less sensitive");
  }

  @Test
  void nonSafetyFlag_mayBeRemoved() {
    Scorer scorer = CATALOG.scorer("bisq", policy(InstrumentPolicy.builder().removeFlag("frequent_wakings").build()));
    assertThat(scorer.flags()).extracting(Flag::code).containsExactly("long_night_waking", "short_sleep");
  }
}
