/**
 * Finding, reading and checking instrument definitions and site policies:
 * {@link org.attune.catalog.Catalog}, {@link org.attune.catalog.Definitions},
 * {@link org.attune.catalog.Policies} and {@link org.attune.catalog.InvalidDefinitionException}.
 *
 * @since 0.1.0
 */
package org.attune.catalog;
