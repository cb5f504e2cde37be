package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.Attune;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Completeness;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;

class ScoreCohortTest {
  /** The bundled sample: the same rows the README's quick start scores. */
  private static final Path SAMPLE = Path.of("data", "epds-sample.csv");

  @Test
  void epdsSample_countsEveryBandStatusAndFlag() throws IOException {
    Scorer epds = Attune.catalog().scorer("epds");
    ScoreCohort.Counts counts;
    try (Reader csv = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
      counts = ScoreCohort.count(epds, AnswerCoding.SCORE, csv);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScoreCohort.print(epds, counts, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // mother-01 3, -02 12, -03 17, -04 7, -07 30; -05 and -06 miss an item (no total).
    // EPDS-3A: 2, 6, 7, 3, 5, 1, 9 (6 or more above).
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
        "epds, profile default: 7 rows. These are screening results, not diagnoses.",
        "status",
        "  complete                 5",
        "  prorated                 0",
        "  incomplete               2",
        "  invalid                  0",
        "epds_total",
        "  below_threshold          2",
        "  possible_depression      1",
        "  probable_depression      2",
        "  (not scored)             2",
        "epds_anxiety",
        "  below_threshold          4",
        "  above_threshold          3",
        "  (not scored)             0",
        "flags",
        "  self_harm                2",
        ""));
    assertThat(counts.statuses()).containsEntry(Completeness.COMPLETE, 5).containsEntry(Completeness.INCOMPLETE, 2);
  }

  @Test
  void fathersProfile_positionCoding_bomQuotesBlankLinesAndWrongWidthRows() {
    Scorer fathers = Attune.catalog().scorer("epds", "fathers");
    // Position 1 on every item: items 1, 2, 4 score 0, the others 3: total 21, EPDS-3A 6.
    String csv = "\uFEFFid, epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10,note\r\n"
        + "\"f-1\",1,1,1,1,1,1,1,1,1,1,\"a, quoted note\"\r\n"
        + "\r\n"
        + "f-2,1,1,4,1,4,4,4,4,4,4,\r\n" // every item scores 0
        + "f-3,4,4,4,4,4,4,4,4,4,2\r\n";
    ScoreCohort.Counts counts = ScoreCohort.count(fathers, AnswerCoding.POSITION, new StringReader(csv));

    assertThat(counts.statuses()).containsEntry(Completeness.COMPLETE, 2).containsEntry(Completeness.INVALID, 1);
    assertThat(counts.bands().get("epds_total")).containsEntry("above_threshold", 1)
        .containsEntry("below_threshold", 1).containsEntry(null, 1);
    // f-1 (item 10 position 1 scores 3) and f-3 (position 2 scores 2, its row too short): both flag.
    assertThat(counts.flags()).containsEntry("self_harm", 2);
  }

  @Test
  void missingScoredColumn_isRefusedWithItsName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScoreCohort.count(Attune.catalog().scorer("phq2"), AnswerCoding.SCORE,
            new StringReader("id,phq2_1\nr1,0\n")))
        .withMessage("the header has no column phq2_2");
  }
}
