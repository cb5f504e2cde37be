/**
 * The service-provider interface through which instrument modules, Attune's own and third
 * parties', contribute definitions to a {@link org.attune.catalog.Catalog}.
 *
 * <p>A provider is a class with a public no-argument constructor, registered in
 * {@code META-INF/services/org.attune.spi.InstrumentProvider}. It opens its definition
 * documents through its own class, so it works on the class path and the module path alike.
 *
 * @since 0.1.0
 */
package org.attune.spi;
