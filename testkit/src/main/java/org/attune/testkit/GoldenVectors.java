package org.attune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Scale;
import org.attune.response.AnswerCoding;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;

/**
 * Golden vectors: a CSV per instrument, {@code golden/<instrument>.csv}, with the columns
 * {@code case, profile, coding}, one column per item id (empty = not answered), then
 * {@code <scale>} and {@code <scale>_band} per scale, {@code flags}, {@code status},
 * {@code errors} and {@code source} — the same columns {@code attune score} reads and writes.
 * Optionally {@code age_months} (the child's age given with the answers; empty = not given)
 * and {@code warnings} (the warning codes expected, {@code ;}-separated).
 * Expected figures come from the published key, worked by hand, never from the code.
 *
 * @since 0.1.0
 */
public final class GoldenVectors {
  private GoldenVectors() {}

  /** The cases of {@code golden/<instrument>.csv} beside {@code anchor}. */
  public static Stream<GoldenCase> cases(Class<?> anchor, String instrument) {
    return CsvTable.read(anchor, "/golden/" + instrument + ".csv").stream()
        .map(row -> new GoldenCase(instrument, row.get("case"), row));
  }

  /** Scores the case's answers and checks every expected figure of the row. */
  public static void verify(Instrument instrument, GoldenCase golden) {
    Map<String, String> row = golden.row();
    String profile = row.getOrDefault("profile", "");
    Scorer scorer = profile.isEmpty() ? Scorer.of(instrument) : Scorer.of(instrument, profile);
    AnswerCoding coding = AnswerCoding.valueOf(row.get("coding").toUpperCase(Locale.ROOT));
    assertThat(row.keySet()).as("columns of %s", golden)
        .containsAll(instrument.items().stream().map(Item::id).toList());

    Map<String, Object> answers = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      String cell = row.get(item.id());
      if (!cell.isEmpty()) {
        answers.put(item.id(), cell);
      }
    }
    Responses responses = Responses.of(coding, answers);
    String age = row.getOrDefault("age_months", "");
    if (!age.isEmpty()) {
      responses = responses.withAgeMonths(Integer.parseInt(age));
    }
    Result result = scorer.evaluate(responses);

    SoftAssertions soft = new SoftAssertions();
    for (Scale scale : instrument.scales()) {
      ScaleResult actual = result.scale(scale.id());
      String expectedScore = row.get(scale.id());
      if (expectedScore.isEmpty()) {
        soft.assertThat(actual.score()).as("%s %s", golden, scale.id()).isNull();
      } else {
        soft.assertThat(actual.score()).as("%s %s", golden, scale.id()).isNotNull();
        if (actual.score() != null) {
          soft.assertThat(asWritten(actual.score())).as("%s %s", golden, scale.id())
              .isEqualByComparingTo(new BigDecimal(expectedScore));
        }
      }
      String expectedBand = row.get(scale.id() + "_band");
      soft.assertThat(actual.band() == null ? "" : actual.band()).as("%s %s_band", golden, scale.id())
          .isEqualTo(expectedBand);
    }
    soft.assertThat(result.flags().stream().map(Flag::code).collect(Collectors.joining(";")))
        .as("%s flags", golden).isEqualTo(row.get("flags"));
    soft.assertThat(result.status().code()).as("%s status", golden).isEqualTo(row.get("status"));
    soft.assertThat(result.violations().stream().map(ResponseViolation::shortForm).collect(Collectors.joining(";")))
        .as("%s errors", golden).isEqualTo(row.get("errors"));
    if (row.containsKey("warnings")) {
      soft.assertThat(String.join(";", result.warnings())).as("%s warnings", golden).isEqualTo(row.get("warnings"));
    }
    soft.assertThat(row.get("source")).as("%s source", golden).isNotBlank();
    soft.assertAll();
  }

  /**
   * Checks that the file has a row at both sides of every band edge of every profile: for
   * each band, one case scoring its min and one scoring its max.
   */
  public static void verifyBandEdgesCovered(Instrument instrument, List<GoldenCase> cases) {
    SoftAssertions soft = new SoftAssertions();
    instrument.profiles().forEach(profile -> profile.scales().forEach(bands -> bands.bands().forEach(band -> {
      for (BigDecimal edge : List.of(band.min(), band.max())) {
        boolean covered = cases.stream().anyMatch(c -> {
          String p = c.row().getOrDefault("profile", "");
          String score = c.row().get(bands.scale());
          return (p.isEmpty() ? "default" : p).equals(profile.id()) && !score.isEmpty()
              && new BigDecimal(score).compareTo(edge) == 0;
        });
        soft.assertThat(covered).as("%s profile %s: a case scoring %s on %s (band %s)", instrument.id(),
            profile.id(), edge.toPlainString(), bands.scale(), band.code()).isTrue();
      }
    })));
    soft.assertAll();
  }

  /**
   * A score as batch output writes it (CONTRACT.md "Scored output"): itself when whole,
   * otherwise rounded half up to two decimals. Golden files give scores so.
   */
  static BigDecimal asWritten(BigDecimal score) {
    return score.stripTrailingZeros().scale() <= 0 ? score : score.setScale(2, RoundingMode.HALF_UP);
  }
}
