package org.attune.testkit;

import java.util.Map;

/**
 * One row of a golden-vector file: answers as a user would type them and what the published
 * key says they give.
 *
 * @param instrument the instrument id (from the file name)
 * @param name the case name
 * @param row every cell of the row by column name
 * @since 0.1.0
 */
public record GoldenCase(String instrument, String name, Map<String, String> row) {

  @Override
  public String toString() {
    return instrument + "/" + name;
  }
}
