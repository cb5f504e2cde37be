package org.attune.examples;

import java.io.PrintStream;
import java.util.Map;
import org.attune.Attune;
import org.attune.model.Flag;
import org.attune.response.InvalidResponsesException;
import org.attune.response.Responses;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;

/**
 * Scores one EPDS response through the public API, as the README shows: load the catalogue,
 * get a scorer, score the answers, read the result. Run it as examples/README.md says, or from
 * the IDE.
 */
public final class ScoreOneResponse {
  private ScoreOneResponse() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // Answers coded by item score, as the published key gives them (items 3 and 5-10 are
    // printed 3-2-1-0; the score is what you pass).
    Responses answers = Responses.of(Map.of(
        "epds_1", 1, "epds_2", 1, "epds_3", 2, "epds_4", 2, "epds_5", 1,
        "epds_6", 2, "epds_7", 1, "epds_8", 2, "epds_9", 1, "epds_10", 1));

    Scorer epds = Attune.catalog().scorer("epds"); // default profile; or scorer("epds", "fathers")
    try {
      Result result = epds.score(answers);
      for (ScaleResult scale : result.scales()) {
        out.println(scale.scaleId() + " = " + scale.score() + " (" + scale.band() + ")");
      }
      for (Flag flag : result.flags()) {
        out.println("FLAG " + flag.code() + " [" + flag.level() + "]: " + flag.message());
      }
      out.println("status: " + result.status() + "; scored by " + result.provenance());
    } catch (InvalidResponsesException e) {
      // Every violation at once, and any safety flag the valid answers raised.
      out.println(e.getMessage());
      e.flags().forEach(f -> out.println("FLAG " + f.code()));
    }
  }
}
