package org.attune.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.attune.model.Flag;
import org.attune.response.ResponseViolation;
import org.attune.scoring.ScaleResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scored rows as JSON Lines, one object per input line, with the offending values and full
 * messages of every violation. With several instruments the line holds a {@code results}
 * array, one object per instrument.
 */
final class JsonLinesResultSink implements ResultSink {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Writer out;
  private final boolean several;

  JsonLinesResultSink(Writer out, int instruments) {
    this.out = out;
    this.several = instruments > 1;
  }

  @Override
  public void write(InputRecord record, List<Outcome> outcomes) throws IOException {
    ObjectNode line;
    if (several) {
      line = JSON.createObjectNode();
      line.put("id", record.id());
      ArrayNode results = line.putArray("results");
      outcomes.forEach(o -> results.add(result(record, o)));
    } else {
      line = result(record, outcomes.get(0));
    }
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
  }

  private static ObjectNode result(InputRecord record, Outcome outcome) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", record.id());
    node.put("instrument", outcome.result().provenance().instrumentId());
    node.put("instrumentVersion", outcome.result().provenance().instrumentVersion());
    node.put("profile", outcome.result().provenance().profileId());
    node.put("status", outcome.status().code());
    ObjectNode scales = node.putObject("scales");
    for (ScaleResult scale : outcome.result().scales()) {
      ObjectNode s = scales.putObject(scale.scaleId());
      boolean show = outcome.showsScores() && scale.scored();
      if (show) {
        s.put("score", new BigDecimal(Scores.format(scale.score())));
      } else {
        s.putNull("score");
      }
      s.put("band", show ? scale.band() : null);
      s.put("answered", scale.answered());
    }
    ArrayNode flags = node.putArray("flags");
    outcome.result().flags().stream().map(Flag::code).forEach(flags::add);
    ArrayNode errors = node.putArray("errors");
    for (ResponseViolation v : outcome.errors()) {
      ObjectNode e = errors.addObject();
      e.put("item", v.itemId());
      e.put("code", v.code().code());
      e.put("value", v.value());
      e.put("message", v.message());
    }
    node.putArray("warnings");
    return node;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
