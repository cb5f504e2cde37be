package org.attune.fhir.cli;

import org.attune.fhir.Questionnaires;
import org.attune.model.Instrument;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the Observations and Flags of a scored record do not say, as an OperationOutcome: each
 * violation (severity error; an invalid record has no Observations), each scale that could not be
 * scored (warning), each warning such as {@code age_out_of_range}; and, for a record that gives
 * no other line, one information issue, so that every record leaves a line. Issues name items by
 * linkId in their expression and carry our code ({@code not_an_option}, {@code incomplete}, ...)
 * and the message as details. Two extensions say which response and which Questionnaire.
 */
final class Outcomes {
  private static final String BASE = "https://w3id.org/attune/fhir/";
  static final String SCORED_RESPONSE = BASE + "StructureDefinition/scored-response";
  static final String QUESTIONNAIRE = BASE + "StructureDefinition/questionnaire";
  static final String ISSUES = BASE + "CodeSystem/scoring-issue";

  private Outcomes() {}

  /**
   * The outcome of scoring one record with one instrument; null when the Observations and Flags
   * already say everything.
   *
   * @param alone whether the record gave no Observation and no Flag
   */
  static OperationOutcome of(Instrument instrument, Result result, Reference response, boolean alone) {
    OperationOutcome outcome = new OperationOutcome();
    for (ResponseViolation v : result.violations()) {
      OperationOutcomeIssueComponent issue = issue(outcome, IssueSeverity.ERROR, type(v), v.code().code(), v.message());
      if (!v.itemId().equals(ResponseViolation.ROW)) {
        issue.addExpression(item(v.itemId()));
      }
    }
    if (result.status() != Completeness.INVALID) {
      for (ScaleResult s : result.scales()) {
        if (!s.scored()) {
          int items = instrument.scale(s.scaleId()).orElseThrow().items().size();
          issue(outcome, IssueSeverity.WARNING, IssueType.INCOMPLETE, Completeness.INCOMPLETE.code(),
              s.scaleId() + " not scored: " + s.answered() + " of " + items + " items answered")
              .addExpression(item(s.scaleId()));
        }
      }
    }
    for (String w : result.warnings()) {
      issue(outcome, IssueSeverity.WARNING, IssueType.BUSINESSRULE, w, w.replace('_', ' '));
    }
    if (!outcome.hasIssue()) {
      if (!alone) {
        return null;
      }
      issue(outcome, IssueSeverity.INFORMATION, IssueType.INFORMATIONAL, result.status().code(),
          result.status().code() + ": no scale to report and no flag raised");
    }
    outcome.addExtension(SCORED_RESPONSE, response.copy());
    outcome.addExtension(QUESTIONNAIRE, new CanonicalType(Questionnaires.canonical(instrument)));
    return outcome;
  }

  private static OperationOutcomeIssueComponent issue(OperationOutcome outcome, IssueSeverity severity,
      IssueType type, String code, String text) {
    return outcome.addIssue().setSeverity(severity).setCode(type)
        .setDetails(new CodeableConcept(new Coding(ISSUES, code, null)).setText(text));
  }

  private static IssueType type(ResponseViolation v) {
    if (v.itemId().equals(ResponseViolation.ROW)) {
      return IssueType.STRUCTURE;
    }
    return v.code() == ViolationCode.UNKNOWN_ITEM ? IssueType.NOTFOUND : IssueType.VALUE;
  }

  /** The answer item (or total item) with this linkId, at any depth. */
  private static String item(String linkId) {
    return "QuestionnaireResponse.repeat(item).where(linkId = '" + linkId.replace("\\", "\\\\").replace("'", "\\'")
        + "')";
  }
}
