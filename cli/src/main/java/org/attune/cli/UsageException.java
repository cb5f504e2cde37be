package org.attune.cli;

/**
 * The command cannot run as asked: exit 2, nothing scored, the message on standard error.
 * Public so that extensions ({@link org.attune.cli.spi.CommandLineExtension}) can stop a run
 * the same way.
 *
 * @since 0.1.0
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong and, where it helps, what would be accepted */
  public UsageException(String message) {
    super(message);
  }
}
