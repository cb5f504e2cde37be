package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.lines;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune score --format qs}: CDISC SDTM QS records (docs/cdisc-qs.md). Expected answers
 * and totals are worked by hand from the published keys: PHQ-9 items score 0 Not at all,
 * 1 Several days, 2 More than half the days, 3 Nearly every day (Kroenke 2001); EPDS items
 * 1, 2 and 4 score their printed options 0-3, the others 3-0 (Cox 1987).
 */
class ScoreQsTest {
  static final String HEADER =
      "STUDYID,DOMAIN,USUBJID,QSSEQ,QSTESTCD,QSTEST,QSCAT,QSORRES,QSSTRESC,QSSTRESN,QSSTAT,QSREASND,QSDRVFL,QSEVLINT";
  static final String PHQ9_IN = Cli.PHQ9_IN + ",phq9_difficulty";
  /** Records per EPDS row: ten items, then the total and the EPDS-3A subscale. */
  static final int EPDS_RECORDS = 12;
  static final long SEED = 20261123L;

  @TempDir Path dir;

  @Test
  void phq9_completeRow_oneRecordPerItemWithCdiscCodes_thenTheDerivedTotal() {
    Cli.Run run = Cli.scoreFile(dir, "phq9", lines(PHQ9_IN, "p1,0,1,2,3,0,1,2,3,1,2"), "--format", "qs",
        "--study-id", "STUDY-1");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(HEADER,
        "STUDY-1,QS,p1,1,PHQ0101,Little interest or pleasure,PHQ-9,Not at all,0,0,,,,-P2W",
        "STUDY-1,QS,p1,2,PHQ0102,Feeling down or hopeless,PHQ-9,Several days,1,1,,,,-P2W",
        "STUDY-1,QS,p1,3,PHQ0103,Sleep problems,PHQ-9,More than half the days,2,2,,,,-P2W",
        "STUDY-1,QS,p1,4,PHQ0104,Tiredness or low energy,PHQ-9,Nearly every day,3,3,,,,-P2W",
        "STUDY-1,QS,p1,5,PHQ0105,Appetite problems,PHQ-9,Not at all,0,0,,,,-P2W",
        "STUDY-1,QS,p1,6,PHQ0106,Feeling bad about oneself,PHQ-9,Several days,1,1,,,,-P2W",
        "STUDY-1,QS,p1,7,PHQ0107,Trouble concentrating,PHQ-9,More than half the days,2,2,,,,-P2W",
        "STUDY-1,QS,p1,8,PHQ0108,Slowed down or restless,PHQ-9,Nearly every day,3,3,,,,-P2W",
        "STUDY-1,QS,p1,9,PHQ0109,Thoughts of death or self-harm,PHQ-9,Several days,1,1,,,,-P2W",
        // not scored: the answer is told by its label, with no numeric result
        "STUDY-1,QS,p1,10,PHQ0110,Difficulty these problems have caused (not scored),PHQ-9,Very difficult,"
            + "Very difficult,,,,,-P2W",
        // 0+1+2+3+0+1+2+3+1
        "STUDY-1,QS,p1,11,PHQ0111,PHQ-9 total,PHQ-9,13,13,13,,,Y,-P2W");
  }

  @Test
  void epds_missingItem_notDoneWithSponsorCodes_andTheTotalNotDoneWhileEpds3aIsScored() {
    // items 1-9 answered, item 10 blank; EPDS-3A is items 3-5: 3 + 2 + 1
    Cli.Run run = Cli.scoreFile(dir, "epds", lines(EPDS_IN, "m1,1,0,3,2,1,0,0,0,0,"), "--format", "qs");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(HEADER,
        ",QS,m1,1,EPDS_01,Laughter and humour,EPDS,Printed option 2,1,1,,,,-P7D",
        ",QS,m1,2,EPDS_02,Anticipating enjoyment,EPDS,Printed option 1,0,0,,,,-P7D",
        ",QS,m1,3,EPDS_03,Self-blame when things go wrong,EPDS,Printed option 1,3,3,,,,-P7D",
        ",QS,m1,4,EPDS_04,Anxiety or worry without good reason,EPDS,Printed option 3,2,2,,,,-P7D",
        ",QS,m1,5,EPDS_05,Fear or panic without good reason,EPDS,Printed option 3,1,1,,,,-P7D",
        ",QS,m1,6,EPDS_06,Coping with things,EPDS,Printed option 4,0,0,,,,-P7D",
        ",QS,m1,7,EPDS_07,Sleep difficulty from unhappiness,EPDS,Printed option 4,0,0,,,,-P7D",
        ",QS,m1,8,EPDS_08,Sadness or misery,EPDS,Printed option 4,0,0,,,,-P7D",
        ",QS,m1,9,EPDS_09,Crying from unhappiness,EPDS,Printed option 4,0,0,,,,-P7D",
        ",QS,m1,10,EPDS_10,Thoughts of self-harm,EPDS,,,,NOT DONE,not_answered,,-P7D",
        ",QS,m1,11,EPDS_S1,EPDS total,EPDS,,,,NOT DONE,incomplete,Y,-P7D",
        ",QS,m1,12,EPDS_S2,EPDS-3A anxiety subscale,EPDS,6,6,6,,,Y,-P7D");

    Cli.Run byPosition = Cli.scoreFile(dir, "epds", lines(EPDS_IN, "m1,2,1,1,3,3,4,4,4,4,"), "--format", "qs",
        "--answers", "position");
    assertThat(byPosition.out()).as("the same answers coded by printed position").isEqualTo(run.out());
  }

  @Test
  void invalidRows_exitThree_andEveryRowKeepsItsRecords_withTheValueGivenAndItsViolation() {
    String input = lines(EPDS_IN,
        "r1,0,0,0,0,0,0,0,0,0,0",
        "@r2,0,0,7,0,0,=1+1,0,0,0,1",
        "r3,0,0,0,0,0,0,0,0,0"); // one cell short: row:wrong_cell_count
    Cli.Run run = Cli.scoreFile(dir, "epds", input, "--format", "qs");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    List<Map<String, String>> records = CsvText.rowsByName(run.out());
    assertThat(records).hasSize(3 * EPDS_RECORDS);
    assertThat(records).extracting(r -> r.get("USUBJID")).containsOnly("r1", "'@r2", "r3");

    List<String> r2 = run.lines().subList(1 + EPDS_RECORDS, 1 + 2 * EPDS_RECORDS);
    assertThat(r2.get(2)).isEqualTo(",QS,'@r2,3,EPDS_03,Self-blame when things go wrong,EPDS,7,,,NOT DONE,not_an_option,,-P7D");
    assertThat(r2.get(5)).isEqualTo(",QS,'@r2,6,EPDS_06,Coping with things,EPDS,'=1+1,,,NOT DONE,not_a_number,,-P7D");
    // the self-harm answer stays whatever else is wrong
    assertThat(r2.get(9)).isEqualTo(",QS,'@r2,10,EPDS_10,Thoughts of self-harm,EPDS,Printed option 3,1,1,,,,-P7D");
    assertThat(r2.get(10)).isEqualTo(
        ",QS,'@r2,11,EPDS_S1,EPDS total,EPDS,,,,NOT DONE,epds_3:not_an_option;epds_6:not_a_number,Y,-P7D");
    assertThat(r2.get(11)).isEqualTo(
        ",QS,'@r2,12,EPDS_S2,EPDS-3A anxiety subscale,EPDS,,,,NOT DONE,epds_3:not_an_option;epds_6:not_a_number,Y,-P7D");

    List<String> r3 = run.lines().subList(1 + 2 * EPDS_RECORDS, 1 + 3 * EPDS_RECORDS);
    assertThat(r3.get(0)).isEqualTo(",QS,r3,1,EPDS_01,Laughter and humour,EPDS,Printed option 1,0,0,,,,-P7D");
    assertThat(r3.get(9)).isEqualTo(",QS,r3,10,EPDS_10,Thoughts of self-harm,EPDS,,,,NOT DONE,row:wrong_cell_count,,-P7D");
    assertThat(r3.get(10)).isEqualTo(",QS,r3,11,EPDS_S1,EPDS total,EPDS,,,,NOT DONE,row:wrong_cell_count,Y,-P7D");

    // the reasons of the derived records are the scored CSV's errors cells
    List<Map<String, String>> scored = CsvText.rowsByName(Cli.scoreFile(dir, "epds", input).out());
    for (int row = 0; row < 3; row++) {
      Map<String, String> total = records.get(row * EPDS_RECORDS + 10);
      assertThat(total.get("QSREASND")).isEqualTo(scored.get(row).get("errors"));
    }
  }

  @Test
  void twoInstruments_eachRowsRecordsAreEachInstrumentsInTheOrderGiven_numberedOnThroughTheRow() {
    String header = "id,epds_1,epds_2,epds_3,epds_4,epds_5,epds_6,epds_7,epds_8,epds_9,epds_10,"
        + "phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9,phq9_difficulty";
    String input = lines(header,
        "w1,1,0,3,2,1,0,0,0,0,1,0,1,2,3,0,1,2,3,1,0",
        "w2,0,0,0,0,0,0,0,0,0,0,3,3,,3,3,3,3,3,3,",
        "w3,0,0,9,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3");

    Cli.Run both = Cli.scoreFile(dir, "epds,phq9", input, "--format", "qs");
    Cli.Run epds = Cli.scoreFile(dir, "epds", input, "--format", "qs");
    Cli.Run phq9 = Cli.scoreFile(dir, "phq9", input, "--format", "qs");

    assertThat(both.exit()).as("%s", both).isEqualTo(ExitCodes.INVALID_ROWS); // w3: epds_3 is 9
    List<List<String>> expected = new ArrayList<>();
    expected.add(List.of(HEADER.split(",")));
    List<List<String>> epdsRecords = CsvText.records(epds.out());
    List<List<String>> phq9Records = CsvText.records(phq9.out());
    int phq9PerRow = 11;
    for (int row = 0; row < 3; row++) {
      expected.addAll(epdsRecords.subList(1 + row * EPDS_RECORDS, 1 + (row + 1) * EPDS_RECORDS));
      for (List<String> record : phq9Records.subList(1 + row * phq9PerRow, 1 + (row + 1) * phq9PerRow)) {
        List<String> renumbered = new ArrayList<>(record);
        renumbered.set(3, Integer.toString(Integer.parseInt(record.get(3)) + EPDS_RECORDS));
        expected.add(renumbered);
      }
    }
    assertThat(CsvText.records(both.out())).isEqualTo(expected);
    assertThat(both.lines().get(1 + EPDS_RECORDS))
        .isEqualTo(",QS,w1,13,PHQ0101,Little interest or pleasure,PHQ-9,Not at all,0,0,,,,-P2W");
  }

  @Test
  void numberAndDurationAnswers_areWrittenAsValues_durationsInMinutes() {
    String input = lines("id,bisq_night_wakings,bisq_night_awake_minutes,bisq_night_sleep_minutes,bisq_day_sleep_minutes",
        "b1,2,1:30,600,");
    Cli.Run run = Cli.scoreFile(dir, "bisq", input, "--format", "qs");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(HEADER,
        ",QS,b1,1,BISQ_01,Night wakings per night (number),BISQ,2,2,2,,,,-P1W",
        ",QS,b1,2,BISQ_02,Time awake during the night (minutes),BISQ,90,90,90,,,,-P1W",
        ",QS,b1,3,BISQ_03,Night-time sleep (minutes),BISQ,600,600,600,,,,-P1W",
        ",QS,b1,4,BISQ_04,Daytime sleep (minutes),BISQ,,,,NOT DONE,not_answered,,-P1W");
  }

  @Test
  void notApplicable_byPosition_isWrittenAsThatOption_thoughItScoresAsOption3() {
    // KPCS item 1: option 3 and "not applicable" (printed 5th) both score 2
    String header = "id," + String.join(",", java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(n -> "kpcs_" + n).toList());
    Cli.Run run = Cli.scoreFile(dir, "kpcs", lines(header, "k1,5" + ",1".repeat(14), "k2,3" + ",1".repeat(14)),
        "--format", "qs", "--answers", "position");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).filteredOn(line -> line.contains(",KPCS_01,"))
        .extracting(line -> String.join(",", java.util.Arrays.asList(line.split(",", -1)).subList(7, 10)))
        .containsExactly("Not applicable (scores 2),2,2", "Option 3 (scores 2),2,2");
  }

  @Test
  void jsonLinesInput_unknownKey_makesTheTotalNotDoneNamingIt() {
    Path in = Cli.write(dir, "in.jsonl", "{\"id\": \"j1\", \"answers\": {\"phq9_1\": 0, \"phq9_2\": 0, \"phq9_3\": 0, "
        + "\"phq9_4\": 0, \"phq9_5\": 0, \"phq9_6\": 0, \"phq9_7\": 0, \"phq9_8\": 0, \"phq9_9\": 2, \"phq9_10\": 1}}\n");
    Cli.Run run = Cli.run("score", "phq9", in.toString(), "--format", "qs");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).hasSize(1 + 11);
    assertThat(run.lines().get(9)).isEqualTo(",QS,j1,9,PHQ0109,Thoughts of death or self-harm,PHQ-9,"
        + "More than half the days,2,2,,,,-P2W");
    assertThat(run.lines().get(11)).isEqualTo(",QS,j1,11,PHQ0111,PHQ-9 total,PHQ-9,,,,NOT DONE,phq9_10:unknown_item,Y,-P2W");
  }

  @Test
  void noIdColumn_isAUsageError_forUsubjidComesFromIt() {
    Cli.Run run = Cli.scoreFile(dir, "epds", lines(EPDS_IN.replace("id,", "subject,"), "s1,0,0,0,0,0,0,0,0,0,0"),
        "--format", "qs");

    Cli.assertUsageError(run, "--format qs needs an id column for USUBJID", "no column id", "--id-column");
    Cli.Run named = Cli.scoreFile(dir, "epds", lines(EPDS_IN.replace("id,", "subject,"), "s1,0,0,0,0,0,0,0,0,0,0"),
        "--format", "qs", "--id-column", "subject");
    assertThat(named.lines().get(1)).startsWith(",QS,s1,1,EPDS_01,");
  }

  @Test
  void threads_oneAndTwo_writeTheSameRecords_onAFileCutIntoPieces() {
    byte[] input = Cli.utf8(randomEpds(new Random(SEED), 12_000));
    assertThat(input.length).as("input bytes: more than one piece").isGreaterThan(ParallelCsv.PIECE);

    Cli.Run one = Cli.scoreFile(dir, "epds", input, "--format", "qs", "--threads", "1");
    Cli.Run two = Cli.scoreFile(dir, "epds", input, "--format", "qs", "--threads", "2");

    assertThat(one.exit()).as("seed %d: some cells are 7", SEED).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(two.exit()).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(two.outBytes()).as("seed %d", SEED).isEqualTo(one.outBytes());
    List<String> lines = one.lines();
    assertThat(lines).hasSize(1 + 12_000 * EPDS_RECORDS);
    for (int r = 0; r < 12_000; r += 997) { // QSSEQ restarts with each input row
      assertThat(lines.get(1 + r * EPDS_RECORDS)).startsWith(",QS,r" + r + ",1,EPDS_01,");
      assertThat(lines.get((r + 1) * EPDS_RECORDS)).startsWith(",QS,r" + r + ",12,EPDS_S2,");
    }
  }

  @Test
  void parallelPieces_inThePool_writeWhatOneThreadWrites() throws IOException {
    byte[] input = Cli.utf8(randomEpds(new Random(SEED + 1), 2_000));
    List<Scorer> scorers = List.of(Attune.catalog().scorer("epds"));
    List<Instrument> instruments = List.of(scorers.get(0).instrument());
    ParallelCsv.SinkFactory sinks = o -> new QsResultSink(o, ',', instruments, true, "id", "S");

    ByteArrayOutputStream one = new ByteArrayOutputStream();
    CsvReader reader = new CsvReader(new ByteArrayInputStream(input), ',');
    ResultSink sink = sinks.open(one);
    sink.begin();
    new Batch(scorers, AnswerCoding.SCORE).run(new CsvSource(reader, Cli.layout(reader, instruments)), sink,
        new RunSummary(instruments), Progress.NONE);

    ByteArrayOutputStream several = new ByteArrayOutputStream();
    reader = new CsvReader(new ByteArrayInputStream(input), ',');
    CsvLayout layout = Cli.layout(reader, instruments);
    sink = sinks.open(several);
    sink.begin();
    sink.finish();
    int piece = 200; // about 8 rows: far more pieces than the warm-up, so the pool scores most
    assertThat(input.length / piece).isGreaterThan(4 * ParallelCsv.WARM_UP_PIECES);
    new ParallelCsv(scorers, AnswerCoding.SCORE, layout, ',', sinks, 2, piece)
        .run(reader.rest(), several, new RunSummary(instruments), Progress.NONE);

    assertThat(several.toByteArray()).as("seed %d", SEED + 1).isEqualTo(one.toByteArray());
  }

  /** EPDS rows r0, r1, ... in score coding: answers 0-3, with a blank cell one time in twenty and a 7 one in a hundred. */
  static String randomEpds(Random random, int rows) {
    StringBuilder text = new StringBuilder(EPDS_IN).append('\n');
    for (int r = 0; r < rows; r++) {
      text.append('r').append(r);
      for (int i = 0; i < 10; i++) {
        int roll = random.nextInt(100);
        text.append(',').append(roll == 0 ? "7" : roll < 5 ? "" : Integer.toString(roll % 4));
      }
      text.append('\n');
    }
    return text.toString();
  }

  @Test
  void inputFormatQs_isAUsageError() {
    Cli.assertUsageError(Cli.scoreFile(dir, "epds", lines(EPDS_IN), "--input-format", "qs"),
        "--input-format is csv, jsonl or fhir, not qs");
  }
}
