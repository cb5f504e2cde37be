package org.attune.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.attune.cli.AttuneCommand;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Runs {@code attune} in-process, with this module's FHIR extension on the class path, and captures what it writes. */
final class Cli {
  private Cli() {}

  /** What one run returned and wrote. */
  record Run(int exit, String out, String err) {
    /** Standard output split into lines (LF), without the empty string after the last LF. */
    List<String> lines() {
      if (out.isEmpty()) {
        return List.of();
      }
      String body = out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
      return Arrays.asList(body.split("\n", -1));
    }

    /** Each line parsed by HAPI's strict parser. */
    List<IBaseResource> resources() {
      IParser parser = strict();
      return lines().stream().map(line -> parser.parseResource(line)).toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = AttuneCommand.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** HAPI's JSON parser in strict mode: unknown elements, bad values and the like fail. */
  static IParser strict() {
    return FhirJson.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
  }

  static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Exit 2, nothing on standard output, one line on standard error holding each fragment, no stack trace. */
  static void assertUsageError(Run run, String... fragments) {
    assertThat(run.exit()).as("exit code of %s", run).isEqualTo(2);
    assertThat(run.out()).as("standard output of %s", run).isEmpty();
    assertThat(run.err()).as("standard error").endsWith("\n").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().strip()).doesNotContain("\n").contains(fragments);
  }
}
