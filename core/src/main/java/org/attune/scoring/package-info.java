/**
 * Scoring: a {@link org.attune.scoring.Scorer} compiled once per instrument and profile, and
 * the {@link org.attune.scoring.Result} it gives: per-scale scores and bands, flags,
 * completeness and provenance. Results are screening results, never diagnoses.
 *
 * @since 0.1.0
 */
package org.attune.scoring;
