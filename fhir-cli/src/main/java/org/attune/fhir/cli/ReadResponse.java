package org.attune.fhir.cli;

import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * What a FHIR input record was read from, passed on to the FHIR output to refer to it
 * ({@link org.attune.cli.spi.InputRecord#origin()}).
 *
 * @param response the QuestionnaireResponse, or null when the record is not one that can be read
 *     (not JSON, another resource); read leniently when it is not valid R4, for its id alone
 * @param fullUrl the Bundle entry's fullUrl, or null
 */
record ReadResponse(QuestionnaireResponse response, String fullUrl) {}
