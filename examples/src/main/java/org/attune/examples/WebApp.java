package org.attune.examples;

import static org.attune.examples.Html.esc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;

/**
 * A small web app on the JDK's own HTTP server, no framework: {@code GET /} lists the
 * catalogue, {@code GET /form/<id>} renders any instrument's form from its definition
 * ({@link FormPage}), and {@code POST /score/<id>} scores the submitted form (answers coded by
 * printed position) through {@link Scorer#evaluate} and shows the result ({@link ResultPage}).
 * Every page is built on the server and every text in it is escaped; no answer is stored or
 * logged.
 *
 * <pre>{@code
 * java -cp 'examples/target/attune-examples-0.1.0-SNAPSHOT.jar:examples/target/lib/*' \
 *     org.attune.examples.WebApp 8080      # then open http://127.0.0.1:8080/
 * }</pre>
 */
public final class WebApp implements AutoCloseable {
  /** A form of every item of the longest instrument is a few hundred bytes; anything far larger is refused. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final Pattern ID = Pattern.compile("[a-z0-9_]{1,40}");
  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  private final Catalog catalog;
  private final HttpServer server;
  private final ExecutorService pool;

  private WebApp(Catalog catalog, HttpServer server, ExecutorService pool) {
    this.catalog = catalog;
    this.server = server;
    this.pool = pool;
  }

  /** Serves the app on {@code 127.0.0.1}; port 0 picks a free port ({@link #uri()} tells which). */
  public static WebApp start(Catalog catalog, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    WebApp app = new WebApp(catalog, server, pool);
    server.createContext("/", app::handle);
    server.setExecutor(pool);
    server.start();
    return app;
  }

  /** Starts on the port given (default 8080) and runs until stopped. */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    WebApp app = start(Attune.catalog(), port);
    System.out.println("Attune example web app on " + app.uri() + " (Ctrl+C stops it)");
  }

  /** The app's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      route(exchange);
    } catch (RuntimeException e) {
      // The message may quote respondent data: the page says only that something failed.
      if (exchange.getResponseCode() == -1) {
        send(exchange, 500, errorPage("Something went wrong", "The server could not handle this request."));
      }
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/")) {
      if (allowed(exchange, method, "GET")) {
        send(exchange, 200, cataloguePage());
      }
    } else if (path.startsWith("/form/")) {
      Optional<Instrument> instrument = instrument(path.substring("/form/".length()));
      if (instrument.isEmpty()) {
        notFound(exchange, path);
      } else if (allowed(exchange, method, "GET")) {
        send(exchange, 200, FormPage.render(instrument.get()));
      }
    } else if (path.startsWith("/score/")) {
      Optional<Instrument> instrument = instrument(path.substring("/score/".length()));
      if (instrument.isEmpty()) {
        notFound(exchange, path);
      } else if (allowed(exchange, method, "POST")) {
        score(exchange, catalog.scorer(instrument.get().id()));
      }
    } else {
      notFound(exchange, path);
    }
  }

  private void score(HttpExchange exchange, Scorer scorer) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM_TYPE)) {
      send(exchange, 415, errorPage("Unsupported form encoding", "Send the form as " + FORM_TYPE + "."));
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      send(exchange, 413, errorPage("Form too large", "A form of answers is never this large."));
      return;
    }
    Map<String, Object> answers;
    try {
      answers = parseForm(new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      send(exchange, 400, errorPage("Unreadable form", e.getMessage()));
      return;
    }
    Result result = scorer.evaluate(Responses.of(AnswerCoding.POSITION, answers));
    send(exchange, 200, ResultPage.render(scorer, result));
  }

  /**
   * Reads {@code application/x-www-form-urlencoded} fields in order: name to trimmed value, an
   * empty value meaning not answered (as a number left blank is sent).
   *
   * @throws IllegalArgumentException for a malformed escape or a field given twice
   */
  static Map<String, Object> parseForm(String body) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("The form answers " + name + " more than once.");
      }
      fields.put(name, value.isEmpty() ? null : value);
    }
    return fields;
  }

  private Optional<Instrument> instrument(String id) {
    return ID.matcher(id).matches() ? catalog.find(id) : Optional.empty();
  }

  private String cataloguePage() {
    StringBuilder html = new StringBuilder("<h1>Attune instruments</h1>\n<p>Choose an instrument to fill in its"
        + " form. Where an instrument's licence does not let its wording ship, the form shows Attune's labels and the"
        + " service must supply the licensed wording.</p>\n<table id=\"catalogue\">\n<caption>"
        + catalog.instruments().size() + " instruments</caption>\n<thead><tr><th scope=\"col\">Id</th>"
        + "<th scope=\"col\">Name</th><th scope=\"col\">Respondent</th><th scope=\"col\">Licence class</th>"
        + "<th scope=\"col\">Wording</th></tr></thead>\n<tbody>\n");
    for (Instrument i : catalog.instruments()) {
      html.append("<tr><td><code>").append(esc(i.id())).append("</code></td><td><a href=\"/form/")
          .append(esc(i.id())).append("\">").append(esc(i.name())).append(" (").append(esc(i.shortName()))
          .append(")</a></td><td>").append(esc(i.respondent().code())).append("</td><td>")
          .append(esc(i.licence().licenceClass().code())).append("</td><td>")
          .append(Wording.shipsWording(i) ? "included" : "labels only: supply the licensed wording")
          .append("</td></tr>\n");
    }
    return Html.page("Instruments", html.append("</tbody>\n</table>\n").toString());
  }

  private static boolean allowed(HttpExchange exchange, String method, String expected) throws IOException {
    if (method.equals(expected)) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", expected);
    send(exchange, 405, errorPage("Method not allowed", "Use " + expected + " here."));
    return false;
  }

  private static void notFound(HttpExchange exchange, String path) throws IOException {
    send(exchange, 404, errorPage("Not found", "Nothing is at " + path + ". The list of instruments is on the"
        + " first page."));
  }

  private static String errorPage(String title, String message) {
    return Html.page(title, "<h1>" + esc(title) + "</h1>\n<p>" + esc(message) + "</p>\n");
  }

  private static void send(HttpExchange exchange, int status, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "text/html; charset=utf-8");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
