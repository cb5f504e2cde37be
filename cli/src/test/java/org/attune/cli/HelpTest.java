package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.run;

import org.attune.Attune;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} on every command, and {@code --version}: on standard output, exit 0. */
class HelpTest {

  @Test
  void help_listsTheCommands() {
    Cli.Run run = run("--help");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Usage: attune ").contains("list", "describe", "score", "screening results");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void score_help_showsTheScoreCommandsOptionsInsteadOfAskingForAnInstrument(String flag) {
    Cli.Run run = run("score", flag);

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Usage: attune score ").contains("--threads", "--map-file", "Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "describe"})
  void otherCommands_help(String command) {
    Cli.Run run = run(command, "--help");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Usage: attune " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void version_isTheLibrarysVersion(String flag) {
    Cli.Run run = run(flag);

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("attune " + Attune.version() + "\n");
  }
}
