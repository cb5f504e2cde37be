package org.attune.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.attune.model.Flag;
import org.attune.response.ResponseViolation;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.ScoringRow;
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

  private final OutputStream out;
  private final boolean several;

  JsonLinesResultSink(OutputStream out, int instruments) {
    this.out = out;
    this.several = instruments > 1;
  }

  @Override
  public void write(RowInfo info, ScoringRow[] rows) throws IOException {
    ObjectNode line;
    if (several) {
      line = JSON.createObjectNode();
      line.put("id", info.id());
      ArrayNode results = line.putArray("results");
      for (ScoringRow row : rows) {
        results.add(result(info, row));
      }
    } else {
      line = result(info, rows[0]);
    }
    out.write(JSON.writeValueAsBytes(line));
    out.write('\n');
  }

  private static ObjectNode result(RowInfo info, ScoringRow row) {
    Result result = row.toResult();
    Completeness status = ResultSink.status(info, row);
    ObjectNode node = JSON.createObjectNode();
    node.put("id", info.id());
    node.put("instrument", result.provenance().instrumentId());
    node.put("instrumentVersion", result.provenance().instrumentVersion());
    node.put("profile", result.provenance().profileId());
    node.put("status", status.code());
    ObjectNode scales = node.putObject("scales");
    for (ScaleResult scale : result.scales()) {
      ObjectNode s = scales.putObject(scale.scaleId());
      boolean show = status != Completeness.INVALID && scale.scored();
      if (show) {
        s.put("score", new BigDecimal(Scores.format(scale.score())));
      } else {
        s.putNull("score");
      }
      s.put("band", show ? scale.band() : null);
      s.put("answered", scale.answered());
    }
    ArrayNode flags = node.putArray("flags");
    result.flags().stream().map(Flag::code).forEach(flags::add);
    ArrayNode errors = node.putArray("errors");
    for (ResponseViolation v : ResultSink.errors(info, row)) {
      ObjectNode e = errors.addObject();
      e.put("item", v.itemId());
      e.put("code", v.code().code());
      e.put("value", v.value());
      e.put("message", v.message());
    }
    ArrayNode warnings = node.putArray("warnings");
    result.warnings().forEach(warnings::add);
    return node;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
