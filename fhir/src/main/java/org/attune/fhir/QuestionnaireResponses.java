package org.attune.fhir;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.response.OptionCode;
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
 * ({@code min}) or hours ({@code h}) as whole minutes. Nothing is judged here: a coding that is
 * not one of the item's options (an unknown code, or a coding from another system, as
 * {@code system#code}) is passed on as an {@link OptionCode}, which the scorer reports as
 * {@code NOT_AN_OPTION} naming the item's codes; any other answer that is not the item's (several
 * answers to one item, joined by {@code |}, or a value of another type) is passed on as text; and
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
    QuestionnaireIndex index = QuestionnaireIndex.of(instrument);
    String given = response.getQuestionnaire();
    if (!index.canonical.equals(given)) {
      throw new IllegalArgumentException("the QuestionnaireResponse answers the Questionnaire "
          + (given == null || given.isEmpty() ? "(none named)" : "[" + given + "]") + ", not [" + index.canonical
          + "] of instrument " + instrument.id() + " version " + instrument.version());
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    walk(index, response.getItem(), answers);
    return Responses.of(AnswerCoding.POSITION, answers);
  }

  // Lists are read by their size, not HAPI's has...(), which walks each element's whole subtree.
  private static void walk(QuestionnaireIndex index, List<QuestionnaireResponseItemComponent> items,
      Map<String, Object> answers) {
    for (QuestionnaireResponseItemComponent qi : items) {
      String linkId = qi.getLinkId();
      List<QuestionnaireResponseItemAnswerComponent> given = qi.getAnswer();
      if (answered(given)) {
        QuestionnaireIndex.Target target = index.target(linkId);
        if (target == null) {
          answers.put(linkId, raw(given));
        } else if (target != QuestionnaireIndex.SKIPPED) {
          answers.put(linkId, value(index, target, given));
        }
      }
      if (!qi.getItem().isEmpty()) {
        walk(index, qi.getItem(), answers);
      }
      for (QuestionnaireResponseItemAnswerComponent a : given) {
        if (!a.getItem().isEmpty()) {
          walk(index, a.getItem(), answers);
        }
      }
    }
  }

  /**
   * HAPI's {@code hasAnswer()}: whether some answer is not empty. An answer with a coded value
   * is decided at once; only others are checked in full.
   */
  private static boolean answered(List<QuestionnaireResponseItemAnswerComponent> given) {
    for (QuestionnaireResponseItemAnswerComponent a : given) {
      Type v = a.getValue();
      boolean coded = v instanceof Coding c && c.getCode() != null;
      if (coded || !a.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Object value(QuestionnaireIndex index, QuestionnaireIndex.Target target,
      List<QuestionnaireResponseItemAnswerComponent> as) {
    if (as.size() != 1) {
      return raw(as);
    }
    Type v = as.get(0).getValue();
    AnswerType type = target.item().answerType();
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
    if (v instanceof Coding c) {
      boolean ours = c.getSystem() == null || c.getSystem().isEmpty() || c.getSystem().equals(index.codeSystem);
      Long position = ours && c.getCode() != null ? target.positions().get(c.getCode()) : null;
      // an unknown code (or another system's, as system#code) is reported naming the item's codes
      return position != null ? position : new OptionCode(ours && c.getCode() != null ? c.getCode() : spell(c));
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
