package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Logging in the command line's JVM: quiet about Hibernate Validator's version, and nothing else. */
class QuietLoggingTest {

  @Test
  void hibernateValidatorStarted_announcesNoVersion_butOtherInfoAndWarningsStillShow() throws Exception {
    String stderr = runForked("validator");

    assertThat(stderr).doesNotContain("HV000001");
    assertThat(stderr).contains("an info line from elsewhere");
    assertThat(stderr).contains("a warning from the validator");
  }

  @Test
  void withoutIt_theValidatorAnnouncesItsVersion() throws Exception {
    assertThat(runForked("plain")).contains("HV000001");
  }

  /** The forked JVM's standard error; it runs {@link Forked} as the command line's main sets logging up. */
  private static String runForked(String what) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Forked.class.getName(), what)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.exitValue()).as(stderr).isZero();
    return stderr;
  }

  /** Sets logging up as {@link AttuneCommand#main} does (unless "plain"), then starts the validator and logs. */
  static final class Forked {
    public static void main(String[] args) throws Exception {
      if (args[0].equals("validator")) {
        QuietLogging.whenUsed();
      }
      Validation.byProvider(HibernateValidator.class).configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .close();
      Logger.getLogger("org.attune.elsewhere").info("an info line from elsewhere");
      Logger.getLogger(QuietLogging.LOGGER + ".internal").warning("a warning from the validator");
    }
  }
}
