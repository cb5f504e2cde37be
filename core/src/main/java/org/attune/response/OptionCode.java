package org.attune.response;

import static java.util.Objects.requireNonNull;

/**
 * An answer given as the code of the chosen option (the {@code code} of an {@link
 * org.attune.model.Option}, as a FHIR Coding carries it), whatever the responses' coding. A code
 * that is none of the item's options is reported as {@code not_an_option}, naming the item's
 * codes; a number item takes no code ({@code wrong_type}).
 *
 * @param code the code as given
 * @since 0.1.0
 */
public record OptionCode(String code) {

  public OptionCode {
    requireNonNull(code, "code");
  }

  /** The code as given, as a violation quotes it. */
  @Override
  public String toString() {
    return code;
  }
}
