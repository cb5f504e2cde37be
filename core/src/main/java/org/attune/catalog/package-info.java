/**
 * Finding, reading and checking instrument definitions: {@link org.attune.catalog.Catalog},
 * {@link org.attune.catalog.Definitions} and {@link org.attune.catalog.InvalidDefinitionException}.
 *
 * @since 0.1.0
 */
package org.attune.catalog;
