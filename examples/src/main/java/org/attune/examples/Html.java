package org.attune.examples;

/**
 * HTML for the web app: escaping (every piece of text that reaches a page goes through
 * {@link #esc}) and the page frame, with a language, a title, a skip link and a style sheet
 * whose focus outline keeps keyboard use visible.
 */
final class Html {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:0 auto;padding:1rem;color:#111}
      a{color:#0645ad}
      :focus-visible{outline:3px solid #1a4fb4;outline-offset:2px}
      .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
      fieldset{border:1px solid #888;border-radius:4px;margin:0 0 1rem;padding:.5rem 1rem}
      legend{font-weight:600;padding:0 .25rem}
      .option{display:flex;align-items:center;gap:.5rem;margin:.25rem 0}
      .option input{width:1.25rem;height:1.25rem;margin:0}
      .hint{color:#444;font-size:.95em;margin:.25rem 0}
      .note{border-left:6px solid #b26b00;background:#fff4e0;padding:.5rem 1rem;margin:1rem 0}
      .alert{border:3px solid #b00020;background:#fdecee;padding:.5rem 1rem;margin:1rem 0}
      .alert h2{color:#b00020;margin-top:.25rem}
      table{border-collapse:collapse;margin:.5rem 0 1rem}
      th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
      button{font-size:1.1em;padding:.5rem 1.5rem}
      """;

  private Html() {}

  /** Text made safe for element content and quoted attribute values. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A whole page: {@code title} is plain text, {@code main} is HTML already escaped. */
  static String page(String title, String main) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + esc(title) + " - Attune example</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
        + "<header><nav aria-label=\"Site\"><a href=\"/\">All instruments</a></nav></header>\n"
        + "<main id=\"main\">\n" + main + "</main>\n"
        + "<footer><p>Attune example web app. Scores are screening results, not diagnoses.</p></footer>\n"
        + "</body>\n</html>\n";
  }
}
