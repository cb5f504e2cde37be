package org.attune.cli.spi;

import java.util.List;

/**
 * What a jar adds to the {@code attune} command line when it is on the class path, found with
 * {@link java.util.ServiceLoader}: subcommands, and input and output formats for
 * {@code attune score}. The plain command line looks extensions up only when it is asked for
 * something it does not have itself, so they cost its usual runs nothing. Register an
 * implementation (public, with a public no-arg constructor) in
 * {@code META-INF/services/org.attune.cli.spi.CommandLineExtension}.
 *
 * <p>The {@code attune-fhir-cli} jar is one: the {@code fhir} command and the {@code fhir}
 * format, with HAPI FHIR, kept out of the plain jar.
 *
 * @since 0.1.0
 */
public interface CommandLineExtension {

  /** Subcommands of {@code attune}: picocli {@code @Command} objects, each new for this run. */
  default List<Object> commands() {
    return List.of();
  }

  /** Formats that {@code attune score --input-format NAME} reads. */
  default List<InputFormat> inputFormats() {
    return List.of();
  }

  /** Formats that {@code attune score --format NAME} writes. */
  default List<OutputFormat> outputFormats() {
    return List.of();
  }
}
