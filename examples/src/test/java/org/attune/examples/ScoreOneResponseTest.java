package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.attune.Attune;
import org.junit.jupiter.api.Test;

class ScoreOneResponseTest {

  @Test
  void run_readmeExample_printsScoresBandsAndSelfHarmFlag() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScoreOneResponse.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // Total 1+1+2+2+1+2+1+2+1+1 = 14 (13 or more: probable, Cox 1987); EPDS-3A 2+2+1 = 5 (< 6).
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
        "epds_total = 14 (probable_depression)",
        "epds_anxiety = 5 (below_threshold)",
        "FLAG self_harm [URGENT]: Item 10 (thoughts of self-harm) was answered above 0: assess risk now, whatever the total.",
        "status: COMPLETE; scored by Provenance[instrumentId=epds, instrumentVersion=1.1.0, profileId=default, libraryVersion="
            + Attune.version() + ", policyId=null, policyVersion=null]",
        ""));
  }
}
