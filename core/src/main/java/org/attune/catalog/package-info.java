/**
 * Finding, reading and checking instrument definitions: {@link org.attune.catalog.Catalog},
 * {@link org.attune.catalog.Definitions} and {@link org.attune.catalog.InvalidDefinitionException};
 * and their wording supplied at run time where a licence keeps it out of the definition:
 * {@link org.attune.catalog.TextPack}, {@link org.attune.catalog.InstrumentText} and
 * {@link org.attune.catalog.InvalidTextPackException}.
 *
 * @since 0.1.0
 */
package org.attune.catalog;
