/**
 * Test fixtures shared by instrument modules: golden vectors (expected scores, bands, flags
 * and statuses taken from published keys) and option keys (the published score of every
 * option of every item), both read from CSV files in the module's test resources.
 *
 * @since 0.1.0
 */
package org.attune.testkit;
