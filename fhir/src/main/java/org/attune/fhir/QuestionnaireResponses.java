package org.attune.fhir;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads a FHIR R4 {@link QuestionnaireResponse} to the {@link Questionnaires#of Questionnaire}
 * of an instrument as {@link Responses}, which a {@link org.attune.scoring.Scorer} then
 * validates and scores.
 *
 * <p>Items are found at any depth (in groups and under answers). A chosen option is read by its
 * code in the instrument's code system and passed on by its printed position
 * ({@link AnswerCoding#POSITION}); integers are passed on as values, and quantities in minutes
 * ({@code min}) or hours ({@code h}) as whole minutes. Nothing is judged here: an answer that is
 * not one of the item's options (an unknown code, a coding from another system, several answers
 * to one item) is passed on as text ({@code system#code}, answers joined by {@code |}), which the
 * scorer reports as an invalid answer quoting it ({@code NOT_A_NUMBER}: it is not a position), and
 * an answered linkId that is not an item of the instrument is passed on under that id, so that
 * the scorer reports it as {@code UNKNOWN_ITEM}. The read-only total items (linkId = scale id)
 * and groups are skipped.
 *
 * @since 0.1.0
 */
public final class QuestionnaireResponses {
  private QuestionnaireResponses() {}

  /**
   * The answers of the response, coded by position.
   *
   * @throws IllegalArgumentException when the response does not name the instrument's
   *     Questionnaire ({@code url|version}, see {@link Questionnaires#canonical}); the message
   *     names both
   */
  public static Responses toResponses(Instrument instrument, QuestionnaireResponse response) {
    requireNonNull(instrument, "instrument");
    requireNonNull(response, "response");
    String expected = Fhir.canonical(instrument);
    String given = response.hasQuestionnaire() ? response.getQuestionnaire() : null;
    if (!expected.equals(given)) {
      throw new IllegalArgumentException("the QuestionnaireResponse answers the Questionnaire "
          + (given == null ? "(none named)" : "[" + given + "]") + ", not [" + expected + "] of instrument "
          + instrument.id() + " version " + instrument.version());
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    walk(instrument, response.getItem(), answers);
    return Responses.of(AnswerCoding.POSITION, answers);
  }

  private static void walk(Instrument instrument, List<QuestionnaireResponseItemComponent> items,
      Map<String, Object> answers) {
    for (QuestionnaireResponseItemComponent qi : items) {
      String linkId = qi.getLinkId();
      Optional<Item> item = instrument.item(linkId);
      if (qi.hasAnswer() && !isTotalOrGroup(instrument, linkId)) {
        answers.put(linkId, item.map(i -> value(instrument, i, qi.getAnswer())).orElseGet(() -> raw(qi.getAnswer())));
      }
      walk(instrument, qi.getItem(), answers);
      for (QuestionnaireResponseItemAnswerComponent a : qi.getAnswer()) {
        walk(instrument, a.getItem(), answers);
      }
    }
  }

  private static boolean isTotalOrGroup(Instrument instrument, String linkId) {
    return linkId.equals(instrument.id()) || instrument.scales().stream().map(Scale::id).anyMatch(linkId::equals);
  }

  private static Object value(Instrument instrument, Item item, List<QuestionnaireResponseItemAnswerComponent> as) {
    if (as.size() != 1) {
      return raw(as);
    }
    Type v = as.get(0).getValue();
    AnswerType type = item.answerType();
    if (type instanceof AnswerType.Numeric) {
      if (v instanceof IntegerType i && i.getValue() != null) {
        return (long) i.getValue();
      }
      if (v instanceof Quantity q && q.hasValue() && type instanceof AnswerType.Duration) {
        BigDecimal minutes = "h".equals(q.getCode()) ? q.getValue().multiply(BigDecimal.valueOf(60))
            : "min".equals(q.getCode()) ? q.getValue() : null;
        if (minutes != null) {
          return minutes;
        }
      }
      if (v instanceof DecimalType d && d.getValue() != null) {
        return d.getValue();
      }
      return raw(as);
    }
    if (v instanceof Coding c && (!c.hasSystem() || c.getSystem().equals(Fhir.codeSystem(instrument)))) {
      List<Option> options = type.options();
      for (int p = 0; p < options.size(); p++) {
        if (options.get(p).code().equals(c.getCode())) {
          return (long) (p + 1);
        }
      }
    }
    return raw(as);
  }

  /** An answer that is not one of the item's: its text, for the scorer to report. */
  private static String raw(List<QuestionnaireResponseItemAnswerComponent> as) {
    return as.stream().map(a -> spell(a.getValue())).collect(Collectors.joining("|"));
  }

  private static String spell(Type v) {
    if (v instanceof Coding c) {
      return (c.hasSystem() ? c.getSystem() + "#" : "") + c.getCode();
    }
    if (v instanceof Quantity q) {
      return q.getValue() + " " + q.getCode();
    }
    if (v instanceof PrimitiveType<?> p) {
      return p.getValueAsString();
    }
    return v == null ? "" : v.fhirType();
  }
}
