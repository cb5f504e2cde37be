package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.attune.cli.spi.CommandLineExtension;
import org.attune.cli.spi.InputFormat;
import org.attune.cli.spi.OutputFormat;

/**
 * The {@link CommandLineExtension}s on the class path, looked up only when a command needs
 * one: the plain jar's usual runs never scan for them.
 */
final class Extensions {
  /** The subcommand and the format that the attune-fhir-cli jar adds. */
  static final String FHIR = "fhir";
  static final String FHIR_MISSING =
      "FHIR needs the attune-fhir-cli jar; the ./attune launcher uses it automatically";

  private Extensions() {}

  /** Every extension's subcommands, new objects each call. */
  static List<Object> commands() {
    List<Object> all = new ArrayList<>();
    for (CommandLineExtension e : ServiceLoader.load(CommandLineExtension.class)) {
      all.addAll(e.commands());
    }
    return all;
  }

  /** Whether an extension gives a subcommand with this name. */
  static boolean hasCommand(String name) {
    return commands().stream().anyMatch(c -> name.equals(commandName(c)));
  }

  /** The input format of this name; a usage error when no extension on the class path reads it. */
  static InputFormat input(String name) {
    return find(name, CommandLineExtension::inputFormats, InputFormat::name);
  }

  /** The output format of this name; a usage error when no extension on the class path writes it. */
  static OutputFormat output(String name) {
    return find(name, CommandLineExtension::outputFormats, OutputFormat::name);
  }

  private static <T> T find(String name, Function<CommandLineExtension, List<T>> kind, Function<T, String> nameOf) {
    for (CommandLineExtension e : ServiceLoader.load(CommandLineExtension.class)) {
      for (T format : kind.apply(e)) {
        if (name.equals(nameOf.apply(format))) {
          return format;
        }
      }
    }
    throw new UsageException(missing(name));
  }

  /** What to say when nothing on the class path provides {@code name}. */
  static String missing(String name) {
    return FHIR.equals(name) ? FHIR_MISSING : name + " needs a command-line extension that is not on the class path";
  }

  private static String commandName(Object command) {
    picocli.CommandLine.Command c = command.getClass().getAnnotation(picocli.CommandLine.Command.class);
    return c == null ? null : c.name();
  }
}
