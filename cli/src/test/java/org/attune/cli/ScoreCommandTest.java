package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.EPDS_IN;
import static org.attune.cli.Cli.EPDS_OUT;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.lines;
import static org.attune.cli.Cli.run;
import static org.attune.cli.Cli.runWithInput;
import static org.attune.cli.Cli.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes and files of {@code attune score} (CONTRACT.md "Command line"). Expected scores
 * are worked by hand from the EPDS key: items 1, 2, 4 score 0,1,2,3 in printed order; items 3
 * and 5-10 score 3,2,1,0; in score coding a cell is the item score itself.
 */
class ScoreCommandTest {
  /** 0+0+1+1+0+1+0+0+0+0 = 3; anxiety (3,4,5) 1+1+0 = 2. */
  static final String ROW_COMPLETE = "r1,0,0,1,1,0,1,0,0,0,0";
  static final String OUT_COMPLETE = "r1,3,below_threshold,2,below_threshold,,complete,,";
  /** epds_3 = 7 is not a score of item 3 (3, 2, 1, 0). */
  static final String ROW_INVALID = "r2,0,0,7,1,0,1,0,0,0,0";
  static final String OUT_INVALID = "r2,,,,,,invalid,epds_3:not_an_option,";
  /** epds_6 missing: total unscored; anxiety 1+1+0 = 2 still scored. */
  static final String ROW_INCOMPLETE = "r3,0,0,1,1,0,,0,0,0,0";
  static final String OUT_INCOMPLETE = "r3,,,2,below_threshold,,incomplete,,";

  @TempDir Path dir;

  @Test
  void score_bundledSample_exitsZeroWithOneScoredRowPerInputRow() {
    Path sample = Path.of("..", "examples", "data", "epds-sample.csv");
    assertThat(sample).as("the bundled sample (CONTRACT.md quick start)").exists();

    Cli.Run run = run("score", "epds", sample.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT,
        // 0,0,1,1,0,1,0,0,0,0: total 3; anxiety 1+1+0 = 2
        "mother-01,3,below_threshold,2,below_threshold,,complete,,",
        // 1,1,2,2,2,1,1,1,1,0: total 12 (10-12 possible); anxiety 2+2+2 = 6 (>= 6)
        "mother-02,12,possible_depression,6,above_threshold,,complete,,",
        // 2,1,3,2,2,2,2,2,1,0: total 17; anxiety 3+2+2 = 7
        "mother-03,17,probable_depression,7,above_threshold,,complete,,",
        // 0,1,1,1,1,1,0,1,0,1: total 7; anxiety 3; item 10 = 1 raises self_harm
        "mother-04,7,below_threshold,3,below_threshold,self_harm,complete,,",
        // item 10 empty: total unscored; anxiety 2+2+1 = 5
        "mother-05,,,5,below_threshold,,incomplete,,",
        // item 6 NA: total unscored; anxiety 0+1+0 = 1
        "mother-06,,,1,below_threshold,,incomplete,,",
        // all 3: total 30; anxiety 9; item 10 = 3
        "mother-07,30,probable_depression,9,above_threshold,self_harm,complete,,");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void score_completeAndIncompleteRows_exitsZero() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE, ROW_INCOMPLETE));

    Cli.Run run = run("score", "epds", in.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, OUT_COMPLETE, OUT_INCOMPLETE);
  }

  @Test
  void score_oneInvalidRow_exitsThreeWithOneOutputRowPerInputRow() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE, ROW_INVALID, ROW_INCOMPLETE));

    Cli.Run run = run("score", "epds", in.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(run.lines()).containsExactly(EPDS_OUT, OUT_COMPLETE, OUT_INVALID, OUT_INCOMPLETE);
  }

  @Test
  void score_standardInputAsDash_readsCsv() {
    Cli.Run run = runWithInput(lines(EPDS_IN, ROW_COMPLETE), "score", "epds", "-");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, OUT_COMPLETE);
  }

  @Test
  void score_noFileArgument_readsStandardInput() {
    Cli.Run run = runWithInput(lines(EPDS_IN, ROW_COMPLETE), "score", "epds");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT, OUT_COMPLETE);
  }

  @Test
  void score_unknownInstrument_exitsTwoWithOneLineMessage() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    assertUsageError(run("score", "nosuch", in.toString()), "nosuch");
  }

  @Test
  void score_unknownInstrumentAmongSeveral_exitsTwo() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    assertUsageError(run("score", "epds,nosuch", in.toString()), "nosuch");
  }

  @Test
  void score_threadsBelowOne_exitsTwoNamingTheOption() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    assertUsageError(run("score", "epds", in.toString(), "--threads", "0"), "--threads", "0");
  }

  @Test
  void score_oneThreadAndSeveral_writeTheSameRows() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE, ROW_COMPLETE));

    Cli.Run one = run("score", "epds", in.toString(), "--threads", "1");
    Cli.Run three = run("score", "epds", in.toString(), "--threads", "3");

    assertThat(one.exit()).as("%s", one).isEqualTo(ExitCodes.OK);
    assertThat(three.lines()).containsExactly(EPDS_OUT, OUT_COMPLETE, OUT_COMPLETE).isEqualTo(one.lines());
  }

  @Test
  void score_unknownProfile_exitsTwoWithOneLineMessage() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    assertUsageError(run("score", "epds", in.toString(), "--profile", "grandparents"), "grandparents");
  }

  @Test
  void score_requiredItemColumnsAbsent_exitsTwoNamingTheColumns() {
    Path in = write(dir, "in.csv", lines("id,epds_1,epds_2,epds_4,epds_5,epds_6,epds_8,epds_9,epds_10",
        "r1,0,0,0,0,0,0,0,0"));

    assertUsageError(run("score", "epds", in.toString()), "epds_3", "epds_7");
  }

  @Test
  void score_headerNamesAnItemTwice_exitsTwo() {
    Path in = write(dir, "in.csv", lines(EPDS_IN + ",epds_4", ROW_COMPLETE + ",1"));

    assertUsageError(run("score", "epds", in.toString()), "epds_4");
  }

  @Test
  void score_headerNamesTheIdColumnTwice_exitsTwo() {
    Path in = write(dir, "in.csv", lines(EPDS_IN + ",id", ROW_COMPLETE + ",r1"));

    assertUsageError(run("score", "epds", in.toString()), "id");
  }

  @Test
  void score_explicitIdColumnAbsent_exitsTwoNamingIt() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    assertUsageError(run("score", "epds", in.toString(), "--id-column", "participant"), "participant");
  }

  @Test
  void score_explicitIdColumnPresent_copiesItUnderItsName() {
    Path in = write(dir, "in.csv", lines(EPDS_IN.replace("id,", "participant,"), ROW_COMPLETE));

    Cli.Run run = run("score", "epds", in.toString(), "--id-column", "participant");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT.replace("id,", "participant,"), OUT_COMPLETE);
  }

  @Test
  void score_defaultIdColumnAbsent_writesNoIdColumn() {
    Path in = write(dir, "in.csv", lines(EPDS_IN.substring("id,".length()), ROW_COMPLETE.substring("r1,".length())));

    Cli.Run run = run("score", "epds", in.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).containsExactly(EPDS_OUT.substring("id,".length()),
        OUT_COMPLETE.substring("r1,".length()));
  }

  @Test
  void score_zeroByteFile_exitsTwo() {
    Path in = write(dir, "empty.csv", new byte[0]);

    assertUsageError(run("score", "epds", in.toString()));
  }

  @Test
  void score_missingInputFile_exitsTwoNamingIt() {
    Path in = dir.resolve("absent.csv");

    assertUsageError(run("score", "epds", in.toString()), "absent.csv");
  }

  @Test
  void score_outputPathIsTheInputPath_exitsTwoAndLeavesTheInputAlone() throws IOException {
    String content = lines(EPDS_IN, ROW_COMPLETE);
    Path in = write(dir, "in.csv", content);

    assertUsageError(run("score", "epds", in.toString(), "-o", in.toString()));
    assertThat(Files.readString(in)).isEqualTo(content);
  }

  @Test
  void score_outputPathIsTheInputSpelledDifferently_exitsTwo() throws IOException {
    String content = lines(EPDS_IN, ROW_COMPLETE);
    Files.createDirectory(dir.resolve("sub"));
    Path in = write(dir, "in.csv", content);

    assertUsageError(run("score", "epds", in.toString(), "--output", dir.resolve("sub/../in.csv").toString()));
    assertThat(Files.readString(in)).isEqualTo(content);
  }

  @Test
  void score_outputInMissingDirectory_exitsTwo() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));
    Path out = dir.resolve("no-such-dir").resolve("out.csv");

    assertUsageError(run("score", "epds", in.toString(), "-o", out.toString()));
    assertThat(out).doesNotExist();
  }

  @Test
  void score_outputFile_writesItAndLeavesNoTemporaryFile() throws IOException {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE, ROW_INCOMPLETE));
    Path out = dir.resolve("scored.csv");

    Cli.Run run = run("score", "epds", in.toString(), "-o", out.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.outBytes()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(lines(EPDS_OUT, OUT_COMPLETE, OUT_INCOMPLETE));
    assertThat(filesIn(dir)).containsExactlyInAnyOrder("in.csv", "scored.csv");
  }

  @Test
  void score_outputFileReplacesAnOldOne() throws IOException {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));
    Path out = write(dir, "scored.csv", "old content that is longer than the new output will be, surely, yes indeed\n"
        .repeat(10));

    Cli.Run run = run("score", "epds", in.toString(), "-o", out.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out)).isEqualTo(lines(EPDS_OUT, OUT_COMPLETE));
    assertThat(filesIn(dir)).containsExactlyInAnyOrder("in.csv", "scored.csv");
  }

  @Test
  void score_outputFileWithInvalidRows_exitsThreeAndStillWritesTheFile() throws IOException {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_INVALID));
    Path out = dir.resolve("scored.csv");

    Cli.Run run = run("score", "epds", in.toString(), "--output", out.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INVALID_ROWS);
    assertThat(Files.readString(out)).isEqualTo(lines(EPDS_OUT, OUT_INVALID));
    assertThat(filesIn(dir)).containsExactlyInAnyOrder("in.csv", "scored.csv");
  }

  @Test
  void score_usageErrorWithOutputFile_leavesNoFileBehind() throws IOException {
    Path in = write(dir, "in.csv", lines("id,epds_1", "r1,0"));
    Path out = dir.resolve("scored.csv");

    assertUsageError(run("score", "epds", in.toString(), "-o", out.toString()), "epds_2");
    assertThat(filesIn(dir)).containsExactly("in.csv");
  }

  @Test
  void score_outputPathIsADirectory_exitsTwoAndLeavesNoTemporaryFile() throws IOException {
    // CONTRACT.md: "output not writable" is exit 2; a failed run leaves no partial file
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));
    Path out = Files.createDirectory(dir.resolve("out"));

    assertUsageError(run("score", "epds", in.toString(), "-o", out.toString()));
    assertThat(filesIn(dir)).containsExactlyInAnyOrder("in.csv", "out");
    assertThat(filesIn(out)).isEmpty();
  }

  @Test
  void score_profileUnknownToOneOfSeveralInstruments_exitsTwo() {
    Path in = write(dir, "in.csv", lines(EPDS_IN + ",phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9",
        ROW_COMPLETE + ",0,0,0,0,0,0,0,0,0"));

    assertUsageError(run("score", "epds,phq9", in.toString(), "--profile", "fathers"), "fathers");
  }

  @Test
  void score_unknownAnswersCoding_exitsTwoWithNothingOnStandardOutput() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    Cli.Run run = run("score", "epds", in.toString(), "--answers", "label");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.outBytes()).isEmpty();
  }

  @Test
  void score_unknownOutputFormat_exitsTwoWithNothingOnStandardOutput() {
    Path in = write(dir, "in.csv", lines(EPDS_IN, ROW_COMPLETE));

    Cli.Run run = run("score", "epds", in.toString(), "--format", "xlsx");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.outBytes()).isEmpty();
  }

  static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
