package org.attune.fhir.cli;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the FHIR output says a scored record came from and is about.
 *
 * <p>The response: for FHIR input, {@code QuestionnaireResponse/<id>}, else a logical reference
 * by the response's identifier, else the Bundle entry's fullUrl. For CSV and JSON Lines input,
 * whose rows are responses that have no FHIR id, a logical reference of type
 * QuestionnaireResponse whose identifier's value is the row's id (no system: the input names
 * none). A record with none of these gets a reference that only says so in its display.
 */
final class References {
  private static final String QUESTIONNAIRE_RESPONSE = "QuestionnaireResponse";

  private References() {}

  /** The response the record was scored from. */
  static Reference response(Object origin, String id) {
    if (origin instanceof ReadResponse read) {
      QuestionnaireResponse r = read.response();
      if (r != null && r.getIdElement().hasIdPart()) {
        return new Reference(QUESTIONNAIRE_RESPONSE + "/" + r.getIdElement().getIdPart());
      }
      if (r != null && r.hasIdentifier()) {
        return logical().setIdentifier(r.getIdentifier().copy());
      }
      if (read.fullUrl() != null) {
        return new Reference(read.fullUrl());
      }
      return logical().setDisplay(r == null ? "an input record that is not a readable QuestionnaireResponse"
          : "a QuestionnaireResponse without an id");
    }
    if (id != null && !id.isEmpty()) {
      return logical().setIdentifier(new Identifier().setValue(id));
    }
    return logical().setDisplay("an input row without an id");
  }

  /** Whom a Flag is about (FHIR requires one): the response's subject, or a reference that says it is not named. */
  static Reference subject(Object origin) {
    QuestionnaireResponse r = origin instanceof ReadResponse read ? read.response() : null;
    return r != null && r.hasSubject() ? r.getSubject().copy() : new Reference().setDisplay("not named in the input");
  }

  private static Reference logical() {
    return new Reference().setType(QUESTIONNAIRE_RESPONSE);
  }
}
