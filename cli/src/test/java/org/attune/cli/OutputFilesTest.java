package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary file a run writes before renaming it onto its output. */
class OutputFilesTest {
  @TempDir
  Path dir;

  @Test
  void tempBeside_isNewHiddenBesideTheOutput_andReadableByItsOwnerOnly() throws Exception {
    Path output = dir.resolve("scored.csv");

    Path temp = OutputFiles.tempBeside(output);

    assertThat(temp.getParent()).isEqualTo(dir);
    assertThat(temp.getFileName().toString()).startsWith(".scored.csv.").endsWith(".part");
    assertThat(temp).isEmptyFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rw-------");
    assertThat(OutputFiles.tempBeside(output)).isNotEqualTo(temp);
  }

  @Test
  void tempBeside_takesTheNextNameWhenAFileOrALinkHasOne() throws Exception {
    Path output = dir.resolve("scored.csv");
    Path first = OutputFiles.tempBeside(output, 7);
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "kept", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve(".scored.csv.8.part"), elsewhere);

    Path third = OutputFiles.tempBeside(output, 7);

    assertThat(first.getFileName()).hasToString(".scored.csv.7.part");
    assertThat(third.getFileName()).hasToString(".scored.csv.9.part");
    assertThat(third).isEmptyFile();
    assertThat(elsewhere).hasContent("kept");
  }

  @Test
  void publish_overAnExistingFile_replacesIt_keepsItsPermissions_andLeavesNothingElse() throws Exception {
    Path output = Files.writeString(dir.resolve("scored.csv"), "old", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-rw----"));

    publishNew(output);

    assertPublished(output, "rw-rw----");
  }

  @Test
  void publish_whereNoFileIs_givesTheUsualPermissions() throws Exception {
    Path output = dir.resolve("scored.csv");

    publishNew(output);

    assertPublished(output, "rw-r--r--");
  }

  /** Writes "new" to a temporary file beside the output and publishes it. */
  private static void publishNew(Path output) throws Exception {
    Path temp = OutputFiles.tempBeside(output);
    Files.writeString(temp, "new", StandardCharsets.UTF_8);
    OutputFiles.publish(temp, output);
  }

  /** The output holds "new" with these permissions, and is the only file left in the directory. */
  private void assertPublished(Path output, String permissions) throws Exception {
    assertThat(output).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output))).isEqualTo(permissions);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(output);
    }
  }

  @Test
  void tempBeside_inADirectoryThatIsNot_isAUsageErrorNamingIt() {
    Path output = dir.resolve("missing/scored.csv");

    assertThatThrownBy(() -> OutputFiles.tempBeside(output))
        .isInstanceOf(UsageException.class)
        .hasMessage("cannot write the output file " + output + ": no such directory " + dir.resolve("missing"));
  }
}
