package org.attune.model;

import static java.util.Objects.requireNonNull;

/**
 * The terms under which an instrument may be used and shipped. Apache-2.0 covers Attune's code
 * only; the instrument belongs to its authors.
 *
 * @param licenceClass the class of licence
 * @param copyright the copyright notice as the owner words it
 * @param terms the terms of use as the owner words them
 * @param textIncluded whether the published wording ships in this definition
 * @param note why the wording is or is not included
 * @since 0.1.0
 */
public record Licence(
    LicenceClass licenceClass, String copyright, String terms, boolean textIncluded, String note) {

  public Licence {
    requireNonNull(licenceClass, "licenceClass");
    requireNonNull(copyright, "copyright");
    requireNonNull(terms, "terms");
    requireNonNull(note, "note");
  }
}
