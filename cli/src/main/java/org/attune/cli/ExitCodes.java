package org.attune.cli;

/** The exit codes of {@code attune}, as CONTRACT.md defines them. */
final class ExitCodes {
  /** Every row scored without violations. */
  static final int OK = 0;
  /** Unexpected internal failure. */
  static final int FAILURE = 1;
  /** The command could not run (usage, unknown instrument or profile, unreadable input...); nothing scored. */
  static final int USAGE = 2;
  /** The run finished but one or more rows were invalid; each is marked in the output. */
  static final int INVALID_ROWS = 3;

  private ExitCodes() {}
}
