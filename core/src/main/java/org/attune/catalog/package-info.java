/**
 * Finding, reading and checking instrument definitions and site policies:
 * {@link org.attune.catalog.Catalog}, {@link org.attune.catalog.Definitions},
 * {@link org.attune.catalog.Policies} and {@link org.attune.catalog.InvalidDefinitionException};
 * and instruments' wording supplied at run time where a licence keeps it out of the definition:
 * {@link org.attune.catalog.TextPack}, {@link org.attune.catalog.InstrumentText} and
 * {@link org.attune.catalog.InvalidTextPackException}.
 *
 * @since 0.1.0
 */
package org.attune.catalog;
