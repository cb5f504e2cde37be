package org.attune.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.attune.model.ScoringRule;

/**
 * The FHIRPath of a scale's total, for the SDC {@code calculatedExpression} of its read-only
 * item. It uses only normative FHIRPath (N1: {@code repeat}, {@code where}, {@code in},
 * {@code select}, {@code iif}, {@code combine}, {@code aggregate}), so it evaluates the same in
 * fhirpath.js and in HAPI's R4 engine, which has no {@code sum()} or {@code weight()}:
 *
 * <pre>
 * %resource.repeat(item).where(linkId in ('phq9_1' | … | 'phq9_9')).answer.value
 *     .select(iif(code = 'not_at_all', 0, iif(code = 'several_days', 1, …)))
 *     .aggregate($total + $this, 0)
 * </pre>
 *
 * {@code repeat(item)} finds the items in nested groups too. The option weights are written into
 * the expression (the same values as the options' {@code itemWeight}), so it needs neither
 * {@code %questionnaire} nor weights copied into the response. Items whose options weigh the
 * same share one {@code where(linkId in …)}; groups are joined with {@code combine} (a union
 * would drop equal weights). It sums what is answered: the form shows a running total, while
 * the missing-data rule (no score, prorating) is applied by Attune's scorer and reported in
 * the Observation.
 *
 * <p>The build's tests evaluate every total in HAPI's engine; the same expressions were checked
 * by hand in fhirpath.js 5.2.2 (175 complete random responses, all 35 scales of the catalogue,
 * codings without weights copied in, items nested in a group: every total equal).
 */
final class TotalExpression {
  private TotalExpression() {}

  static String of(Instrument instrument, Scale scale) {
    boolean count = scale.rule() instanceof ScoringRule.CountEndorsed;
    // weight map (option code -> weight, or null for a number item) -> item ids
    Map<Map<String, BigDecimal>, List<String>> groups = new LinkedHashMap<>();
    List<String> numbers = new ArrayList<>();
    for (String itemId : scale.items()) {
      Item item = instrument.item(itemId).orElseThrow();
      if (item.answerType() instanceof AnswerType.Numeric) {
        numbers.add(itemId);
        continue;
      }
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      for (Option o : item.answerType().options()) {
        if (o.score() == null) {
          continue; // definition checks keep unscored items out of scales; nothing to add
        }
        BigDecimal w = Fhir.decimal(o.score());
        weights.put(o.code(), count ? (w.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO) : w);
      }
      groups.computeIfAbsent(weights, k -> new ArrayList<>()).add(itemId);
    }
    List<String> terms = new ArrayList<>();
    groups.forEach((weights, ids) -> terms.add(answers(ids) + ".select(" + iif(weights) + ")"));
    if (!numbers.isEmpty()) {
      terms.add(answers(numbers) + (count ? ".select(iif($this > 0, 1, 0))" : ""));
    }
    StringBuilder sb = new StringBuilder(terms.get(0));
    for (int i = 1; i < terms.size(); i++) {
      sb.append(".combine(").append(terms.get(i)).append(')');
    }
    sb.append(".aggregate($total + $this, 0)");
    if (scale.rule() instanceof ScoringRule.Sum sum && sum.factor() != 1) {
      sb.append(" * ").append(sum.factor());
    }
    return sb.toString();
  }

  private static String answers(List<String> itemIds) {
    return "%resource.repeat(item).where(linkId in ("
        + itemIds.stream().map(TotalExpression::quote).collect(Collectors.joining(" | "))
        + ")).answer.value";
  }

  private static String iif(Map<String, BigDecimal> weights) {
    StringBuilder sb = new StringBuilder();
    int open = 0;
    for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
      sb.append("iif(code = ").append(quote(e.getKey())).append(", ").append(e.getValue().toPlainString()).append(", ");
      open++;
    }
    sb.append("{}");
    sb.append(")".repeat(open));
    return sb.toString();
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
