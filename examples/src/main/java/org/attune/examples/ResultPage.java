package org.attune.examples;

import static org.attune.examples.Html.esc;

import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.response.ResponseViolation;
import org.attune.scoring.Provenance;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;

/**
 * Renders a result: a raised safety flag first, as an alert with our "seek help now" wording;
 * then that these are screening results, not diagnoses; each scale's score and band; the
 * status; every violation (item, code, value, what was expected); the other flags; warnings;
 * and the provenance.
 */
final class ResultPage {
  private ResultPage() {}

  static String render(Scorer scorer, Result result) {
    Instrument instrument = scorer.instrument();
    StringBuilder html = new StringBuilder();
    html.append("<h1>Result: ").append(esc(instrument.shortName())).append("</h1>\n");
    for (Flag flag : result.flags()) {
      if (flag.safety()) {
        html.append("<section class=\"alert\" role=\"alert\" id=\"safety-").append(esc(flag.code()))
            .append("\">\n<h2>").append(esc(Wording.SEEK_HELP_NOW)).append("</h2>\n<p><strong>")
            .append(esc(Wording.SAFETY_NOW)).append("</strong></p>\n<p>").append(esc(flag.label())).append(" (")
            .append(esc(flag.code())).append("): ").append(esc(flag.message())).append("</p>\n</section>\n");
      }
    }
    html.append("<p id=\"screening\"><strong>").append(esc(Wording.NOT_A_DIAGNOSIS)).append("</strong></p>\n");
    scales(html, scorer, result);
    html.append("<p id=\"status\">Status: <strong>").append(esc(result.status().code())).append("</strong></p>\n");
    if (!result.violations().isEmpty()) {
      html.append("<h2>Answers that could not be scored</h2>\n<table id=\"violations\">\n<thead><tr>"
          + "<th scope=\"col\">Item</th><th scope=\"col\">Problem</th><th scope=\"col\">Value given</th>"
          + "<th scope=\"col\">Expected</th></tr></thead>\n<tbody>\n");
      for (ResponseViolation v : result.violations()) {
        html.append("<tr><td>").append(esc(v.itemId())).append("</td><td>").append(esc(v.code().code()))
            .append("</td><td>").append(esc(v.value())).append("</td><td>").append(esc(v.expected()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    if (result.flags().stream().anyMatch(f -> !f.safety())) {
      html.append("<h2>Flags</h2>\n<ul id=\"flags\">\n");
      result.flags().stream().filter(f -> !f.safety()).forEach(f -> html.append("<li>").append(esc(f.label()))
          .append(" (").append(esc(f.code())).append("): ").append(esc(f.message())).append("</li>\n"));
      html.append("</ul>\n");
    }
    if (!result.warnings().isEmpty()) {
      html.append("<h2>Warnings</h2>\n<ul id=\"warnings\">\n");
      result.warnings().forEach(w -> html.append("<li>").append(esc(w)).append("</li>\n"));
      html.append("</ul>\n");
    }
    provenance(html, result.provenance());
    html.append("<p><a href=\"/form/").append(esc(instrument.id())).append("\">Fill in the ")
        .append(esc(instrument.shortName())).append(" again</a></p>\n");
    return Html.page(instrument.shortName() + " result", html.toString());
  }

  private static void scales(StringBuilder html, Scorer scorer, Result result) {
    if (result.scales().isEmpty()) {
      html.append("<p>This instrument has no summed score: read its flags.</p>\n");
      return;
    }
    html.append("<h2>Scores</h2>\n<table id=\"scales\">\n<thead><tr><th scope=\"col\">Scale</th>"
        + "<th scope=\"col\">Score</th><th scope=\"col\">Band</th><th scope=\"col\">Items answered</th>"
        + "<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
    for (ScaleResult scale : result.scales()) {
      String band = scale.band() == null ? "-"
          : esc(Wording.bandLabel(scorer, scale.scaleId(), scale.band())) + " <code>" + esc(scale.band()) + "</code>";
      html.append("<tr id=\"scale-").append(esc(scale.scaleId())).append("\"><th scope=\"row\">")
          .append(esc(Wording.scaleLabel(scorer.instrument(), scale.scaleId()))).append(" <code>")
          .append(esc(scale.scaleId())).append("</code></th><td class=\"score\">")
          .append(scale.scored() ? esc(Wording.score(scale.score())) : "not scored").append("</td><td class=\"band\">")
          .append(band).append("</td><td>").append(scale.answered()).append(" of ")
          .append(scorer.instrument().scale(scale.scaleId()).map(s -> s.items().size()).orElse(0))
          .append("</td><td>").append(esc(scale.status().code())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void provenance(StringBuilder html, Provenance p) {
    html.append("<h2>Provenance</h2>\n<dl id=\"provenance\">\n<dt>Instrument</dt><dd>").append(esc(p.instrumentId()))
        .append(" version ").append(esc(p.instrumentVersion())).append("</dd>\n<dt>Cut-off profile</dt><dd>")
        .append(p.profileId() == null ? "none" : esc(p.profileId())).append("</dd>\n<dt>Attune library</dt><dd>")
        .append(esc(p.libraryVersion())).append("</dd>\n</dl>\n");
  }
}
