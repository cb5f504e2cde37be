package org.attune.response;

/**
 * The canonical spelling of a whole number that answers (and the child's age) must use
 * (CONTRACT.md): ASCII digits, no sign, no leading zero, no decimal point ({@code 2}, not
 * {@code 02}, {@code +2} or {@code 2.0}).
 *
 * @since 0.1.0
 */
public final class WholeNumbers {
  private WholeNumbers() {}

  /** The number the text spells canonically, or -1; values past nine digits read as {@link Integer#MAX_VALUE}. */
  public static int parse(CharSequence s) {
    int len = s.length();
    if (len == 0 || (len > 1 && s.charAt(0) == '0')) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < len; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = Math.min(v * 10 + d, Integer.MAX_VALUE);
    }
    return (int) v;
  }

  /** As {@link #parse(CharSequence)}, for ASCII bytes (e.g. a CSV cell read in place). */
  public static int parse(byte[] b, int off, int len) {
    if (len == 0 || (len > 1 && b[off] == '0')) {
      return -1;
    }
    long v = 0;
    for (int i = off; i < off + len; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = Math.min(v * 10 + d, Integer.MAX_VALUE);
    }
    return (int) v;
  }
}
