/**
 * FHIR R4 for Attune's instruments, with HAPI FHIR: each instrument as a {@code Questionnaire},
 * a {@code QuestionnaireResponse} read back as {@link org.attune.response.Responses}, and a
 * {@link org.attune.scoring.Result} as {@code Observation}s and {@code Flag}s.
 *
 * <p>Canonical URLs start {@code https://w3id.org/attune/fhir/}. Results are screening
 * results, never diagnoses.
 *
 * @since 0.1.0
 */
package org.attune.fhir;
