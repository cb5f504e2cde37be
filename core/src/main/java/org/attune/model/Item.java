package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One question (item) of an instrument.
 *
 * @param id stable id, {@code <instrument>_<n>} in printed order
 * @param label our own short label, always present (used where the wording may not be shipped)
 * @param text the published wording per locale (BCP 47 tag); empty when the licence forbids shipping it
 * @param answerType how the item is answered and what each answer scores
 * @param codes codes in external systems (e.g. {@code loinc}) for this item
 * @param recallPeriod the period the item asks about when it names its own (e.g. "past 3 months"), or
 *     null when the instrument's recall period applies
 * @param enableWhen when a session shows the item, or null: always
 * @since 0.1.0
 */
public record Item(
    String id, String label, Map<String, String> text, AnswerType answerType, Map<String, String> codes,
    String recallPeriod,
    EnableWhen enableWhen) {

  public Item {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    text = Map.copyOf(text);
    requireNonNull(answerType, "answerType");
    codes = Map.copyOf(codes);
  }
}
