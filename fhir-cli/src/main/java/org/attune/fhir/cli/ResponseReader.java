package org.attune.fhir.cli;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.cli.spi.InputRecord;
import org.attune.cli.spi.RecordReader;
import org.attune.fhir.QuestionnaireResponses;
import org.attune.fhir.Questionnaires;
import org.attune.model.Instrument;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * QuestionnaireResponses to one instrument's Questionnaire, as input records: the answers by
 * {@link QuestionnaireResponses#toResponses}, the id from the response's id or else its
 * identifier. A record that is not a QuestionnaireResponse valid in R4 (HAPI's strict parser), or
 * that answers another Questionnaire or version, is one invalid record saying so.
 */
final class ResponseReader implements RecordReader {
  private static final String QUESTIONNAIRE_RESPONSE = "QuestionnaireResponse";
  /** HAPI's message code ("HAPI-1825: ..."): the rest of a message may quote response data. */
  private static final Pattern HAPI_CODE = Pattern.compile("^HAPI-\\d+");

  private final JsonRecords records;
  private final Instrument instrument;
  private final String canonical;

  ResponseReader(JsonRecords records, Instrument instrument) {
    this.records = records;
    this.instrument = instrument;
    this.canonical = Questionnaires.canonical(instrument);
  }

  @Override
  public InputRecord next() throws IOException {
    JsonRecord record = records.next();
    if (record == null) {
      return null;
    }
    if (record.problem() != null) {
      return InputRecord.invalid("", new ReadResponse(null, record.fullUrl()), record.problem());
    }
    String type = record.resourceType();
    if (!type.equals(QUESTIONNAIRE_RESPONSE)) {
      return InputRecord.invalid("", new ReadResponse(null, record.fullUrl()),
          row(ViolationCode.MALFORMED_ROW, type, "a " + QUESTIONNAIRE_RESPONSE));
    }
    QuestionnaireResponse response;
    try {
      response = FhirJson.strict().parseResource(QuestionnaireResponse.class, record.json());
    } catch (RuntimeException e) {
      Matcher code = HAPI_CODE.matcher(String.valueOf(e.getMessage()));
      ReadResponse origin = new ReadResponse(lenient(record), record.fullUrl());
      return InputRecord.invalid(id(origin.response()), origin, row(ViolationCode.MALFORMED_ROW,
          code.find() ? code.group() : "", "a " + QUESTIONNAIRE_RESPONSE + " valid in FHIR R4"));
    }
    ReadResponse origin = new ReadResponse(response, record.fullUrl());
    String given = response.hasQuestionnaire() ? response.getQuestionnaire() : "";
    if (!given.equals(canonical)) {
      return InputRecord.invalid(id(response), origin, row(ViolationCode.WRONG_QUESTIONNAIRE, tail(given),
          "the Questionnaire " + canonical));
    }
    return new InputRecord(id(response), origin, QuestionnaireResponses.toResponses(instrument, response), List.of());
  }

  /** As much of a response that is not valid R4 as can be read, for its id; null when none. */
  private static QuestionnaireResponse lenient(JsonRecord record) {
    try {
      return FhirJson.lenient().parseResource(QuestionnaireResponse.class, record.json());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The response's id, or else its identifier's value; "" when it has neither. */
  static String id(QuestionnaireResponse response) {
    if (response == null) {
      return "";
    }
    if (response.getIdElement().hasIdPart()) {
      return response.getIdElement().getIdPart();
    }
    return response.hasIdentifier() && response.getIdentifier().hasValue() ? response.getIdentifier().getValue() : "";
  }

  /**
   * A canonical cut, where it must be, from the left: its end names the questionnaire and its
   * version, which tell one of ours from another.
   */
  private static String tail(String canonical) {
    int max = ResponseViolation.MAX_VALUE_LENGTH;
    if (canonical.length() <= max) {
      return canonical;
    }
    int start = canonical.length() - (max - 1);
    return "…" + canonical.substring(Character.isLowSurrogate(canonical.charAt(start)) ? start + 1 : start);
  }

  private static ResponseViolation row(ViolationCode code, String value, String expected) {
    return new ResponseViolation(ResponseViolation.ROW, code, value, expected);
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
