package org.attune.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's INFO announcement of its version (made when a definition whose
 * bytes were not checked at build time is checked in full) off standard error; warnings and
 * errors still show.
 *
 * <p>The command line names this class as {@code java.util.logging.config.class}, so the JDK
 * builds it only when something first logs, and a run that never logs never starts logging
 * (about 20 ms of start-up on two cores). It is public only because the JDK instantiates it.
 */
public final class QuietLogging {
  private static final String CONFIG_CLASS = "java.util.logging.config.class";
  private static final String CONFIG_FILE = "java.util.logging.config.file";
  static final String LOGGER = "org.hibernate.validator";

  /** Held so that the level set on it is not lost to garbage collection. */
  private static Logger held;

  /**
   * Reads the JDK's own logging configuration (the config file named, or the JDK's default),
   * with Hibernate Validator's level raised to WARNING. Called by the JDK, not by us.
   */
  public QuietLogging() throws IOException {
    Properties config = new Properties();
    String named = System.getProperty(CONFIG_FILE);
    Path file = named != null ? Path.of(named) : Path.of(System.getProperty("java.home"), "conf", "logging.properties");
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        config.load(in);
      }
    }
    config.setProperty(LOGGER + ".level", Level.WARNING.getName());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    config.store(bytes, null);
    LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(bytes.toByteArray()));
  }

  /** For the command line's own JVM: the set-up above, made when logging is first used. */
  static void whenUsed() {
    if (System.getProperty(CONFIG_CLASS) == null) {
      System.setProperty(CONFIG_CLASS, QuietLogging.class.getName());
    }
  }

  /** For a JVM of someone else's, whose logging may already be running: the level, set now. */
  static synchronized void now() {
    if (held == null) {
      held = Logger.getLogger(LOGGER);
      held.setLevel(Level.WARNING);
    }
  }
}
