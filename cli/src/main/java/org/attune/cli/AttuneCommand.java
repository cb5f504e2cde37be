package org.attune.cli;

import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.catalog.InvalidDefinitionException;
import org.attune.model.Instrument;
import org.attune.response.InvalidResponsesException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * {@code attune}: list, describe and score validated perinatal and infant mental-health
 * instruments. Declared through picocli's programmatic API, as {@code score} is (see
 * {@link ScoreCommand}); the less used commands keep picocli's annotations.
 */
public final class AttuneCommand implements Runnable {
  private static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";
  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintWriter stderr;
  private final CommandSpec spec;

  AttuneCommand(InputStream stdin, OutputStream stdout, PrintWriter stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    spec = CommandSpec.wrapWithoutInspection(this).name("attune").versionProvider(new Version());
    spec.usageMessage().description(
        "Validated perinatal and infant mental-health instruments: screening results, not diagnoses.");
    // --help reaches every command (attune score --help)
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).scopeType(ScopeType.INHERIT)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    QuietLogging.whenUsed();
    // picocli's documented switch: no converters for java.sql and java.time types, which no option
    // has; registering them initialised about 100 JDK classes at every start.
    if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
      System.setProperty(PICOCLI_CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
    }
    // Start-up work on two cores: the catalogue, and the scorers of the instruments named, load
    // while picocli reads the command line.
    Thread preload = new Thread(() -> preload(args), "attune-preload");
    preload.setDaemon(true);
    preload.start();
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Loads the catalogue ahead of need and, for {@code score}, compiles the scorers of the
   * arguments that are instrument ids (the catalogue keeps them). A guess costs nothing when
   * wrong; a failure is left for the command that needs the catalogue to meet and report
   * ({@link Attune#catalog} does not remember it).
   */
  private static void preload(String[] args) {
    try {
      Catalog catalog = Attune.catalog();
      if (args.length > 1 && args[0].equals("score")) {
        for (int a = 1; a < args.length; a++) {
          for (String id : args[a].split(",")) {
            if (catalog.find(id).isPresent()) {
              catalog.scorer(id);
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // reported by the command
    }
  }

  /**
   * Runs the command line with these streams and returns the exit code, without exiting:
   * for embedding the batch engine (benchmarks, pipelines) in a JVM of one's own.
   */
  public static int execute(String[] args, InputStream in, OutputStream out, OutputStream err) {
    QuietLogging.now();
    return run(args, in, out, err);
  }

  /** Runs the command line with these streams; returns the exit code. */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    if (args.length > 0 && args[0].equals(Extensions.FHIR) && !Extensions.hasCommand(Extensions.FHIR)) {
      errWriter.println("attune: " + Extensions.FHIR_MISSING);
      return ExitCodes.USAGE;
    }
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(shield(out), StandardCharsets.UTF_8), true);
    AttuneCommand root = new AttuneCommand(in, out, errWriter);
    CommandLine commandLine = new CommandLine(root.spec);
    // Only the subcommand named is built (picocli reads the others by reflection); all, for help and mistakes.
    for (Object subcommand : subcommands(args.length == 0 ? "" : args[0], root)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(false)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof UsageException) {
            errWriter.println("attune: " + e.getMessage());
            return ExitCodes.USAGE;
          }
          if (e instanceof InvalidDefinitionException || e instanceof InvalidResponsesException) {
            errWriter.println("attune: " + e.getMessage());
            return ExitCodes.FAILURE;
          }
          errWriter.println("attune: internal error: " + e);
          if (System.getenv("ATTUNE_DEBUG") != null) {
            e.printStackTrace(errWriter);
          }
          return ExitCodes.FAILURE;
        });
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  private static List<Object> subcommands(String name, AttuneCommand root) {
    return switch (name) {
      case "list" -> List.of(new ListCommand());
      case "describe" -> List.of(new DescribeCommand());
      case "score" -> List.of(new ScoreCommand(root).spec());
      default -> {
        // Extensions' commands (e.g. fhir) only here: the usual commands never look for them.
        List<Object> all = new ArrayList<>(List.of(new ListCommand(), new DescribeCommand(),
            new ScoreCommand(root).spec()));
        all.addAll(Extensions.commands());
        yield all;
      }
    };
  }

  /** The instrument with this id; an unknown id is a usage error naming the known ones. */
  static Instrument instrument(Catalog catalog, String id) {
    try {
      return catalog.get(id);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  InputStream stdin() {
    return stdin;
  }

  /** Standard error, for progress and the summary. */
  PrintWriter stderr() {
    return stderr;
  }

  /**
   * Whether standard error is a terminal. Java cannot tell by itself: the {@code ./attune}
   * launcher passes {@code -Dattune.stderr.tty=true} when {@code [ -t 2 ]} holds.
   */
  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("attune.stderr.tty");
  }

  /** Standard output, shielded so that closing a writer over it leaves it open. */
  OutputStream stdout() {
    return shield(stdout);
  }

  private static OutputStream shield(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws java.io.IOException {
        out.flush();
      }
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: list, describe or score");
  }

  /** The library version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"attune " + Attune.version()};
    }
  }
}
