package org.attune.cli.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.attune.response.ResponseViolation;
import org.attune.response.Responses;

/**
 * One input record as an input format read it. Its answers go to every instrument scored that
 * has the item; an answer no instrument has is an unknown item for each.
 *
 * @param id the record's id for output ({@code ""} when it has none)
 * @param origin what the record was read from, for an output format of the same extension (a
 *     FHIR QuestionnaireResponse, say); null when there is nothing to pass on
 * @param answers the answers, coded as the format's {@link InputFormat#coding()}
 * @param problems what makes the whole record invalid ({@link ResponseViolation#ROW}), e.g. a
 *     line that does not parse; empty when it was read whole
 * @since 0.1.0
 */
public record InputRecord(String id, Object origin, Responses answers, List<ResponseViolation> problems) {

  public InputRecord {
    requireNonNull(id, "id");
    requireNonNull(answers, "answers");
    problems = List.copyOf(problems);
  }

  /** A record that could not be read: no answers, and this problem. */
  public static InputRecord invalid(String id, Object origin, ResponseViolation problem) {
    return new InputRecord(id, origin, Responses.of(Map.of()), List.of(problem));
  }
}
