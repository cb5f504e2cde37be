/**
 * Attune: validated perinatal and infant mental-health assessment instruments. Start at
 * {@link org.attune.Attune}.
 *
 * @since 0.1.0
 */
package org.attune;
