package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import org.attune.response.ResponseViolation;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;

/**
 * One instrument's result for one input row, with the row's own problems folded in: a row
 * that could not be read whole is invalid and shows no scores, but keeps every flag its
 * readable answers raise.
 */
record Outcome(Result result, List<ResponseViolation> rowViolations) {

  Completeness status() {
    return rowViolations.isEmpty() ? result.status() : Completeness.INVALID;
  }

  boolean showsScores() {
    return status() != Completeness.INVALID;
  }

  List<ResponseViolation> errors() {
    if (rowViolations.isEmpty()) {
      return result.violations();
    }
    List<ResponseViolation> all = new ArrayList<>(rowViolations);
    all.addAll(result.violations());
    return all;
  }
}
