/**
 * The definition of an instrument as immutable data: items and their answer types, scales
 * and how they combine, cut-off profiles with their bands, flags, licence and sources.
 *
 * <p>Everything here is a record or a sealed interface of records. Compact constructors only
 * reject nulls, copy collections and guard local invariants; rules that span fields (bands
 * cover the range, referenced items exist, one default profile) are checked as a whole by
 * {@link org.attune.catalog.Catalog} when a definition is loaded or registered, so that every
 * problem is reported at once.
 *
 * @since 0.1.0
 */
package org.attune.model;
