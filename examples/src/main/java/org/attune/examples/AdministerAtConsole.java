package org.attune.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.model.AnswerType;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;
import org.attune.session.Session;

/**
 * Administers any instrument at the console through a {@link Session}, one item at a time:
 * each item's published wording where its licence lets it ship (our short label otherwise, with
 * a line saying the licensed wording must be supplied), the options with their printed
 * positions, answers typed as positions, {@code b} to go back, and skip logic as the definition
 * declares it (the Whooley help question only after a yes). Then the result: a safety flag
 * first, with our "seek help now" wording, each scale's score and band, the other flags and the
 * provenance.
 *
 * <pre>{@code
 * java -cp 'examples/target/attune-examples-0.1.0-SNAPSHOT.jar:examples/target/lib/*' \
 *     org.attune.examples.AdministerAtConsole phq9
 * }</pre>
 */
public final class AdministerAtConsole {
  private AdministerAtConsole() {}

  public static void main(String[] args) {
    Catalog catalog = Attune.catalog();
    if (args.length != 1 || catalog.find(args[0]).isEmpty()) {
      System.err.println("usage: AdministerAtConsole <instrument>; instruments: "
          + catalog.instruments().stream().map(Instrument::id).toList());
      System.exit(2);
    }
    run(catalog.scorer(args[0]), System.in, System.out);
  }

  /**
   * Asks every item shown, reading one answer a line from {@code in}, and prints the result.
   * Input that ends early stops the questions; the result of the answers so far is printed.
   *
   * @return the result printed
   */
  public static Result run(Scorer scorer, InputStream in, PrintStream out) {
    Instrument instrument = scorer.instrument();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Session session = Session.start(scorer, AnswerCoding.POSITION, 1);
    out.println(instrument.name() + " (" + instrument.shortName() + "), " + instrument.recallPeriod());
    if (!Wording.shipsWording(instrument)) {
      out.println(Wording.LICENSED_WORDING);
    } else if (Wording.instructions(instrument) != null) {
      out.println(Wording.instructions(instrument));
    }
    out.println("Type the number of your answer and press Enter; b goes back; an empty line leaves it unanswered.");
    while (!session.isFinished()) {
      Item item = session.step().get(0);
      ask(instrument, item, session, out);
      String line = readLine(lines);
      if (line == null) {
        out.println();
        out.println("Input ended before the last question: the result below is of the answers so far.");
        break;
      }
      line = line.strip();
      if (line.equalsIgnoreCase("b")) {
        if (session.canGoBack()) {
          session.back();
        } else {
          out.println("  This is the first question.");
        }
        continue;
      }
      try {
        session.answer(item.id(), line.isEmpty() ? null : line);
        session.next();
      } catch (InvalidResponsesException e) {
        out.println("  Not an answer to this question: " + e.violations().get(0).message() + ". Try again.");
      }
    }
    Result result = session.result();
    printResult(scorer, result, out);
    return result;
  }

  private static void ask(Instrument instrument, Item item, Session session, PrintStream out) {
    out.println();
    out.println("Question " + Wording.number(instrument, item.id()) + " of " + instrument.items().size() + " ("
        + item.id() + ")");
    out.println(Wording.itemText(instrument, item));
    if (!Wording.shipsWording(instrument)) {
      out.println("  [our short label: the licensed wording must be supplied by the service]");
    }
    if (item.answerType() instanceof AnswerType.Numeric numeric) {
      out.println("  Answer with " + Wording.numberHint(numeric));
    } else {
      List<Option> options = item.answerType().options();
      for (int i = 0; i < options.size(); i++) {
        out.println("  " + (i + 1) + "  " + Wording.optionText(instrument, options.get(i)));
      }
    }
    session.answerOf(item.id()).ifPresent(a -> out.println("  (answered: " + a + ")"));
    out.print("> ");
    out.flush();
  }

  /** Prints a result: safety flags first and prominently, then scales, status, other flags, provenance. */
  static void printResult(Scorer scorer, Result result, PrintStream out) {
    Instrument instrument = scorer.instrument();
    out.println();
    for (Flag flag : result.flags()) {
      if (flag.safety()) {
        out.println("!!! " + Wording.SEEK_HELP_NOW.toUpperCase(Locale.ROOT) + " " + flag.label() + " ("
            + flag.code() + ")");
        out.println("!!! " + Wording.SAFETY_NOW);
        out.println("!!! " + flag.message());
        out.println();
      }
    }
    out.println("Result: " + instrument.shortName() + ". " + Wording.NOT_A_DIAGNOSIS);
    for (ScaleResult scale : result.scales()) {
      String score = scale.scored() ? Wording.score(scale.score()) : "not scored";
      out.println("  " + Wording.scaleLabel(instrument, scale.scaleId()) + " [" + scale.scaleId() + "]: " + score
          + " (" + scale.answered() + " answered, " + scale.status().code() + ")");
      if (scale.band() != null) {
        out.println("    band " + scale.band() + ": " + Wording.bandLabel(scorer, scale.scaleId(), scale.band()));
      }
    }
    out.println("  Status: " + result.status().code());
    result.violations().forEach(v -> out.println("  Error: " + v.itemId() + " " + v.code().code() + ", expected "
        + v.expected()));
    for (Flag flag : result.flags()) {
      if (!flag.safety()) {
        out.println("  Flag: " + flag.label() + " (" + flag.code() + "): " + flag.message());
      }
    }
    result.warnings().forEach(w -> out.println("  Warning: " + w));
    var p = result.provenance();
    out.println("  Scored by Attune " + p.libraryVersion() + ": " + p.instrumentId() + " version "
        + p.instrumentVersion() + ", profile " + (p.profileId() == null ? "none" : p.profileId()));
  }

  private static String readLine(BufferedReader lines) {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
