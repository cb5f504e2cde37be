package org.attune.cli;

import java.util.List;
import java.util.Map;
import org.attune.response.ResponseViolation;

/**
 * One input row, read and split but not yet validated.
 *
 * @param id the row's id, or null when the input has no id column
 * @param answers item id to value (a trimmed string, or a JSON number), missing answers left out
 * @param rowViolations what is wrong with the row as a whole (wrong cell count, bad encoding...)
 */
record InputRecord(String id, Map<String, Object> answers, List<ResponseViolation> rowViolations) {}
