package org.attune.cli;

/** The command cannot run as asked: exit 2, nothing scored, the message on standard error. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
