package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.Attune;
import org.attune.model.Instrument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web app over plain HTTP: every page, as a browser without script would get it. */
class WebAppTest {
  private static WebApp app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    app = WebApp.start(Attune.catalog(), 0);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(app.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(app.uri().resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void catalogue_listsEveryInstrumentWithNameRespondentAndLicenceClass() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(page.body()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<h1>Attune instruments</h1>");
    for (Instrument i : Attune.catalog().instruments()) {
      assertThat(page.body()).contains("<tr><td><code>" + i.id() + "</code></td><td><a href=\"/form/" + i.id() + "\">"
          + Html.esc(i.name()) + " (" + Html.esc(i.shortName()) + ")</a></td><td>" + i.respondent().code()
          + "</td><td>" + i.licence().licenceClass().code() + "</td>");
    }
    assertThat(page.body())
        .contains("<tr><td><code>phq9</code></td><td><a href=\"/form/phq9\">Patient Health Questionnaire-9 (PHQ-9)</a>"
            + "</td><td>self</td><td>free</td><td>included</td></tr>")
        .contains("<td>clinician-observer</td>");
  }

  @Test
  void form_phq9_oneFieldsetPerItemWithLabelledRadiosValuedByPosition() throws Exception {
    String html = get("/form/phq9").body();

    assertThat(html)
        .contains("<html lang=\"en\">", "<title>PHQ-9 - Attune example</title>")
        .contains("<h1>Patient Health Questionnaire-9 (PHQ-9)</h1>")
        .contains("<form method=\"post\" action=\"/score/phq9\" accept-charset=\"UTF-8\">")
        .contains("<fieldset id=\"q-phq9_1\">\n<legend>1. Little interest or pleasure in doing things</legend>\n"
            + "<div class=\"option\"><input type=\"radio\" id=\"phq9_1-1\" name=\"phq9_1\" value=\"1\">"
            + "<label for=\"phq9_1-1\">Not at all</label></div>\n")
        .contains("<label for=\"phq9_9-4\">Nearly every day</label>")
        .contains("Over the last 2 weeks, how often have you been bothered by any of the following problems?")
        .contains("Asked only when the answer to question 1, 2, 3, 4, 5, 6, 7, 8 or 9 scores 1 or more.")
        .contains("<button type=\"submit\">Score</button>")
        .doesNotContain("licensed wording must be supplied");
    assertThat(count(html, "<fieldset")).isEqualTo(10);
    assertThat(count(html, "<legend>")).isEqualTo(10);
    assertThat(count(html, "type=\"radio\"")).isEqualTo(40);
    // every radio has a label pointing at it
    Matcher ids = Pattern.compile("type=\"radio\" id=\"([^\"]+)\"").matcher(html);
    while (ids.find()) {
      assertThat(html).contains("<label for=\"" + ids.group(1) + "\">");
    }
  }

  @Test
  void form_scoringOnlyInstrument_showsOurLabelsAndTheLicensedWordingNote() throws Exception {
    String html = get("/form/whooley").body();

    assertThat(html)
        .contains("<div class=\"note\" id=\"licensed-wording\" role=\"note\"><p><strong>"
            + "The licensed wording must be supplied by the service")
        .contains("<legend>1. Often bothered by low mood (past month)</legend>")
        .contains("<legend>3. Wants help with this</legend>\n"
            + "<p class=\"hint\">Asked only when the answer to question 1 or 2 is Yes.</p>\n"
            + "<p class=\"hint\">Optional; not scored.</p>\n")
        .contains("<label for=\"whooley_1-1\">Yes</label>", "<label for=\"whooley_1-2\">No</label>");
    // EPDS and KPCS: restricted, labels only
    assertThat(get("/form/epds").body()).contains("id=\"licensed-wording\"");
    assertThat(get("/form/kpcs").body()).contains("id=\"licensed-wording\"");
  }

  @Test
  void form_bisq_numberInputForCountsAndTextWithPatternForDurations() throws Exception {
    String html = get("/form/bisq").body();

    assertThat(html)
        .contains("<label for=\"bisq_night_wakings\">Answer with a whole number from 0 to 20 (wakings)</label>\n"
            + "<input type=\"number\" id=\"bisq_night_wakings\" name=\"bisq_night_wakings\" min=\"0\" max=\"20\""
            + " step=\"1\" inputmode=\"numeric\" autocomplete=\"off\">")
        .contains("<label for=\"bisq_night_awake_minutes\">Answer with minutes (e.g. 90) or hours and minutes"
            + " (e.g. 1:30), from 0 to 1440 minutes</label>\n<input type=\"text\" id=\"bisq_night_awake_minutes\""
            + " name=\"bisq_night_awake_minutes\" inputmode=\"numeric\" pattern=\"[0-9]+|[0-9]+:[0-5][0-9]\"")
        .doesNotContain("not scored"); // no summed score, but every item raises flags
  }

  @Test
  void score_phq9WithItem9AboveZero_showsSafetyAlertFirstThenTotalBandStatusProvenance() throws Exception {
    // positions 3 = score 2 on items 1-8, position 2 = score 1 on item 9: total 17, moderately severe
    String form = "phq9_1=3&phq9_2=3&phq9_3=3&phq9_4=3&phq9_5=3&phq9_6=3&phq9_7=3&phq9_8=3&phq9_9=2&phq9_difficulty=";
    HttpResponse<String> page = post("/score/phq9", form);
    String html = page.body();

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(html)
        .contains("<section class=\"alert\" role=\"alert\" id=\"safety-self_harm\">\n<h2>Seek help now.</h2>\n"
            + "<p><strong>This answer needs attention now: talk with the person today about their safety and the"
            + " safety of the baby, and follow your local safeguarding or crisis procedure.</strong></p>\n"
            + "<p>Self-harm answer (self_harm): Item 9")
        .contains("<p id=\"screening\"><strong>These are screening results, not diagnoses.</strong></p>")
        .contains("<tr id=\"scale-phq9_total\"><th scope=\"row\">PHQ-9 total <code>phq9_total</code></th>"
            + "<td class=\"score\">17</td><td class=\"band\">Moderately severe symptoms (15-19): screening result, not"
            + " a diagnosis; assess further <code>moderately_severe</code></td><td>9 of 9</td><td>complete</td></tr>")
        .contains("<p id=\"status\">Status: <strong>complete</strong></p>")
        .contains("<dt>Instrument</dt><dd>phq9 version 1.2.0</dd>\n<dt>Cut-off profile</dt><dd>default</dd>\n"
            + "<dt>Attune library</dt><dd>" + Attune.version() + "</dd>")
        .doesNotContain("id=\"violations\"");
    assertThat(html.indexOf("role=\"alert\"")).isLessThan(html.indexOf("id=\"scales\""));
  }

  @Test
  void score_phq9NotAtAllOnItem9_noAlert() throws Exception {
    String html = post("/score/phq9", "phq9_1=1&phq9_2=1&phq9_3=1&phq9_4=1&phq9_5=1&phq9_6=1&phq9_7=1&phq9_8=1"
        + "&phq9_9=1").body();

    assertThat(html).doesNotContain("role=\"alert\"").doesNotContain("Seek help now")
        .contains("<td class=\"score\">0</td><td class=\"band\">Minimal symptoms");
  }

  @Test
  void score_invalidAnswers_listsViolationsEscaped_andKeepsTheSafetyFlag() throws Exception {
    String html = post("/score/phq9", "phq9_1=7&phq9_2=%3Cscript%3Ealert(1)%3C%2Fscript%3E&phq9_9=4&extra=1").body();

    assertThat(html)
        .contains("<p id=\"status\">Status: <strong>invalid</strong></p>")
        .contains("<tr><td>phq9_1</td><td>out_of_range</td><td>7</td><td>")
        .contains("<tr><td>phq9_2</td><td>not_a_number</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>")
        .contains("<tr><td>extra</td><td>unknown_item</td>")
        .contains("id=\"safety-self_harm\"")
        .contains("<td class=\"score\">not scored</td>")
        .doesNotContain("<script>");
  }

  @Test
  void score_incomplete_bisqDurationsInHoursAndMinutes_andNonSafetyFlagsListed() throws Exception {
    String html = post("/score/bisq", "bisq_night_wakings=5&bisq_night_awake_minutes=1%3A05"
        + "&bisq_night_sleep_minutes=7%3A30&bisq_day_sleep_minutes=").body();

    assertThat(html)
        .contains("This instrument has no summed score")
        .contains("<ul id=\"flags\">\n<li>")
        .contains("(frequent_wakings)", "(long_night_waking)")
        .doesNotContain("(short_sleep)")
        .doesNotContain("role=\"alert\"");
  }

  @Test
  void errors_unknownInstrument404Escaped_wrongMethod405_wrongType415_duplicate400() throws Exception {
    HttpResponse<String> missing = get("/form/%3Cb%3Enope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Nothing is at /form/%3Cb%3Enope.");
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);

    HttpResponse<String> getScore = get("/score/phq9");
    assertThat(getScore.statusCode()).isEqualTo(405);
    assertThat(getScore.headers().firstValue("Allow")).hasValue("POST");

    HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(app.uri().resolve("/score/phq9"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(415);

    HttpResponse<String> twice = post("/score/phq9", "phq9_1=1&phq9_1=2");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("The form answers phq9_1 more than once.");

    assertThat(post("/score/phq9", "x=" + "1".repeat(WebApp.MAX_BODY_BYTES)).statusCode()).isEqualTo(413);
  }

  @Test
  void parseForm_decodesInOrder_blankMeansUnanswered_rejectsBadEscapes() {
    Map<String, Object> fields = WebApp.parseForm("a=1&b=&c=+2+&d=%C3%A9");
    assertThat(fields.keySet()).containsExactly("a", "b", "c", "d");
    assertThat(fields.values()).containsExactly("1", null, "2", "é");
    assertThatIllegalArgumentException().isThrownBy(() -> WebApp.parseForm("a=%G1"));
  }

  @Test
  void uri_isLoopbackWithTheEphemeralPort() {
    assertThat(app.uri()).isEqualTo(URI.create("http://127.0.0.1:" + app.uri().getPort() + "/"));
    assertThat(app.uri().getPort()).isPositive();
  }
}
