/**
 * How other jars add to the {@code attune} command line: {@link
 * org.attune.cli.spi.CommandLineExtension}, found with {@link java.util.ServiceLoader}, gives
 * subcommands and input and output formats for {@code attune score}.
 *
 * @since 0.1.0
 */
package org.attune.cli.spi;
