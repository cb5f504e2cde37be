package org.attune;

/**
 * The root of Attune's own exceptions: a broken definition
 * ({@link org.attune.catalog.InvalidDefinitionException}), a text pack that is broken or does not
 * fit its definition ({@link org.attune.catalog.InvalidTextPackException}), or invalid respondent
 * data ({@link org.attune.response.InvalidResponsesException}). Programming mistakes raise the
 * JDK's exceptions instead.
 *
 * @since 0.1.0
 */
public class AttuneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected AttuneException(String message) {
    super(message);
  }
}
