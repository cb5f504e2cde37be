package org.attune.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How scores are written: an integer when the score is one, otherwise two decimals rounded half up. */
final class Scores {
  private Scores() {}

  static String format(BigDecimal score) {
    if (score == null) {
      return "";
    }
    if (score.signum() == 0 || score.stripTrailingZeros().scale() <= 0) {
      return score.toBigInteger().toString();
    }
    return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
