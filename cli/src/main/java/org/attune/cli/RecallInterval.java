package org.attune.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recall period in words, as definitions write it ("past 7 days", "last two weeks", "past
 * month"), as an ISO 8601 duration counted back from the assessment ({@code -P7D},
 * {@code -P2W}, {@code -P1M}): SDTM's {@code QSEVLINT}. Only "past" or "last", an optional
 * count and one unit are read, optionally followed by a remark in parentheses; any other
 * wording ("recent experience", "not stated", "now (...)") has no interval.
 */
final class RecallInterval {
  private static final List<String> NUMBER_WORDS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  /** "past" or "last", a count (group 1), a unit (2), its plural s (3), a remark in parentheses. */
  private static final Pattern WORDS = Pattern.compile("(?:past|last) (?:([1-9][0-9]{0,2}|"
      + String.join("|", NUMBER_WORDS) + ") )?(day|week|month|year)(s?)(?: \\(.*\\))?");

  private RecallInterval() {}

  /** The duration, e.g. {@code -P2W}; null when the words name no fixed period (or are null). */
  static String iso(String recallPeriod) {
    if (recallPeriod == null) {
      return null;
    }
    Matcher m = WORDS.matcher(recallPeriod.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    String count = m.group(1);
    if (count == null && !m.group(3).isEmpty()) {
      return null; // "past weeks": how many is not said
    }
    int n = count == null ? 1 : Character.isDigit(count.charAt(0)) ? Integer.parseInt(count)
        : NUMBER_WORDS.indexOf(count) + 1;
    return "-P" + n + Character.toUpperCase(m.group(2).charAt(0));
  }
}
