package org.attune.session;

import org.attune.AttuneException;

/**
 * A saved session that cannot be resumed: not a session document of a version this library
 * reads, or saved against another instrument or instrument version than the catalogue has.
 *
 * @since 0.1.0
 */
public final class InvalidSessionException extends AttuneException {
  private static final long serialVersionUID = 1L;

  InvalidSessionException(String message) {
    super(message);
  }
}
