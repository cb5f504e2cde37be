package org.attune.examples;

import static org.attune.examples.Html.esc;

import java.util.List;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;

/**
 * Renders any instrument's form from its definition: one {@code <fieldset>} per item whose
 * {@code <legend>} is the question, radio buttons with {@code <label for>} for choices (the value
 * is the option's printed position), a number input for counts and a text input accepting
 * minutes or {@code h:mm} for durations. Plain HTML without script: every control is reachable
 * and operable from the keyboard. Where the licence does not let the wording ship, our labels
 * are shown under a visible note that the service must supply the licensed wording.
 */
final class FormPage {
  /** Minutes ({@code 90}) or hours and minutes ({@code 1:30}), as the scorer reads durations. */
  static final String DURATION_PATTERN = "[0-9]+|[0-9]+:[0-5][0-9]";

  private FormPage() {}

  static String render(Instrument instrument) {
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(esc(instrument.name())).append(" (").append(esc(instrument.shortName()))
        .append(")</h1>\n");
    html.append("<p>Answered by: ").append(esc(instrument.respondent().code())).append(". Period asked about: ")
        .append(esc(instrument.recallPeriod())).append(".</p>\n");
    if (!Wording.shipsWording(instrument)) {
      html.append("<div class=\"note\" id=\"licensed-wording\" role=\"note\"><p><strong>")
          .append(esc(Wording.LICENSED_WORDING)).append("</strong></p><p>")
          .append(esc(instrument.licence().note())).append("</p></div>\n");
    }
    String instructions = Wording.instructions(instrument);
    if (instructions != null) {
      html.append("<p id=\"instructions\">").append(esc(instructions)).append("</p>\n");
    }
    html.append("<form method=\"post\" action=\"/score/").append(esc(instrument.id()))
        .append("\" accept-charset=\"UTF-8\">\n");
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      item(html, instrument, items.get(i), i + 1);
    }
    html.append("<button type=\"submit\">Score</button>\n</form>\n");
    html.append("<p class=\"hint\">").append(esc(instrument.licence().copyright())).append("</p>\n");
    return Html.page(instrument.shortName(), html.toString());
  }

  private static void item(StringBuilder html, Instrument instrument, Item item, int number) {
    String id = esc(item.id());
    html.append("<fieldset id=\"q-").append(id).append("\">\n<legend>").append(number).append(". ")
        .append(esc(Wording.itemText(instrument, item))).append("</legend>\n");
    String condition = Wording.condition(instrument, item);
    if (condition != null) {
      html.append("<p class=\"hint\">").append(esc(condition)).append("</p>\n");
    }
    if (Wording.informationOnly(instrument, item)) {
      html.append("<p class=\"hint\">Optional; not scored.</p>\n");
    }
    if (item.answerType() instanceof AnswerType.Duration duration) {
      html.append("<label for=\"").append(id).append("\">Answer with ").append(esc(Wording.numberHint(duration)))
          .append("</label>\n<input type=\"text\" id=\"").append(id).append("\" name=\"").append(id)
          .append("\" inputmode=\"numeric\" pattern=\"").append(esc(DURATION_PATTERN))
          .append("\" size=\"6\" autocomplete=\"off\">\n");
    } else if (item.answerType() instanceof AnswerType.WholeNumber whole) {
      html.append("<label for=\"").append(id).append("\">Answer with ").append(esc(Wording.numberHint(whole)))
          .append("</label>\n<input type=\"number\" id=\"").append(id).append("\" name=\"").append(id)
          .append("\" min=\"").append(whole.min()).append("\" max=\"").append(whole.max())
          .append("\" step=\"1\" inputmode=\"numeric\" autocomplete=\"off\">\n");
    } else {
      List<Option> options = item.answerType().options();
      for (int p = 1; p <= options.size(); p++) {
        String inputId = id + "-" + p;
        html.append("<div class=\"option\"><input type=\"radio\" id=\"").append(inputId).append("\" name=\"")
            .append(id).append("\" value=\"").append(p).append("\"><label for=\"").append(inputId).append("\">")
            .append(esc(Wording.optionText(instrument, options.get(p - 1)))).append("</label></div>\n");
      }
    }
    html.append("</fieldset>\n");
  }
}
