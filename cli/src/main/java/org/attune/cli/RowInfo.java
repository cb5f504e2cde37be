package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import org.attune.response.ResponseViolation;

/** What an input row carries besides its answers: its id and what is wrong with it as a whole. Reused. */
final class RowInfo {
  /** The row's id, or null when the input has no id column. */
  String id;
  /** Problems of the whole row (wrong cell count, bad encoding...); such a row is invalid. */
  final List<ResponseViolation> rowViolations = new ArrayList<>(0);

  void reset() {
    id = null;
    rowViolations.clear();
  }
}
