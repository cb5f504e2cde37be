package org.attune.fhir;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.model.AnswerType;
import org.attune.model.Citation;
import org.attune.model.EnableWhen;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Scale;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.StringType;

/**
 * An instrument as a FHIR R4 {@link Questionnaire}.
 *
 * <p>The Questionnaire has the canonical URL {@code https://w3id.org/attune/fhir/Questionnaire/<id>}
 * and the definition's version. Its first item is a group (linkId = the instrument id) holding
 * one question per item (linkId = item id; code = the item's LOINC code where confirmed; text =
 * the published wording only where the licence lets it ship, otherwise our label, so that
 * scoring-only instruments such as the KPCS carry our labels only). After the group comes one
 * read-only {@code decimal} item per scale (linkId = scale id) whose SDC
 * {@code calculatedExpression} sums the scale's answer weights in FHIRPath.
 *
 * <ul>
 *   <li>Choice and yes/no items are {@code choice} items whose options are codings in
 *       {@code https://w3id.org/attune/fhir/CodeSystem/<id>} (code = option code). A scored
 *       option carries its score twice, as {@code itemWeight} (R5 and SDC) and as the R4
 *       {@code ordinalValue}, both decimals: exact where the score has a finite decimal
 *       expansion, otherwise (Condon's thirds, e.g. 7/3) rounded to 34 significant digits half
 *       even, with the exact fraction beside it in the extension
 *       {@code https://w3id.org/attune/fhir/StructureDefinition/exact-score}.
 *   <li>Number items are {@code integer}; durations are {@code integer} minutes with the
 *       {@code questionnaire-unit} UCUM {@code min}; both with {@code minValue} and
 *       {@code maxValue}.
 *   <li>Skip logic ("shown when any of these items scores at least n") becomes
 *       {@code enableWhen} on each option of those items whose score reaches n (FHIR cannot
 *       compare weights), with {@code enableBehavior} {@code any}.
 *   <li>The licence's copyright notice goes into {@code copyright}; the references into
 *       {@code description} and, each, a {@code cqf-relatedArtifact} extension of type
 *       {@code citation}.
 * </ul>
 *
 * @since 0.1.0
 */
public final class Questionnaires {
  private Questionnaires() {}

  /** The canonical URL of the instrument's Questionnaire, without version. */
  public static String url(Instrument instrument) {
    return Fhir.questionnaireUrl(requireNonNull(instrument, "instrument"));
  }

  /** The versioned canonical ({@code url|version}) a QuestionnaireResponse names. */
  public static String canonical(Instrument instrument) {
    return Fhir.canonical(requireNonNull(instrument, "instrument"));
  }

  /** The instrument as a new Questionnaire; every call builds a fresh one. */
  public static Questionnaire of(Instrument instrument) {
    requireNonNull(instrument, "instrument");
    Questionnaire q = new Questionnaire();
    q.setId(instrument.id());
    q.setUrl(url(instrument));
    q.setVersion(instrument.version());
    q.setName(computableName(instrument.shortName()));
    q.setTitle(instrument.name());
    q.setStatus(PublicationStatus.ACTIVE);
    q.setPublisher("Attune");
    q.addSubjectType("Patient");
    q.setCopyright(instrument.licence().copyright());
    q.setDescription(description(instrument));
    for (Citation c : instrument.references()) {
      RelatedArtifact ra = new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION)
          .setLabel(c.id()).setCitation(c.text());
      if (c.url() != null) {
        ra.setUrl(c.url());
      } else if (c.doi() != null) {
        ra.setUrl("https://doi.org/" + c.doi());
      }
      q.addExtension(Fhir.RELATED_ARTIFACT, ra);
    }
    String loinc = instrument.codes().get("loinc");
    if (loinc != null) {
      q.addCode(new Coding(Fhir.LOINC, loinc, instrument.name()));
    }

    QuestionnaireItemComponent group = q.addItem().setLinkId(instrument.id())
        .setType(QuestionnaireItemType.GROUP).setText(instrument.name());
    for (Item item : instrument.items()) {
      group.addItem(question(instrument, item));
    }
    for (Scale scale : instrument.scales()) {
      QuestionnaireItemComponent total = q.addItem().setLinkId(scale.id()).setText(scale.label())
          .setType(QuestionnaireItemType.DECIMAL).setReadOnly(true);
      String scaleLoinc = scale.codes().get("loinc");
      if (scaleLoinc != null) {
        total.addCode(new Coding(Fhir.LOINC, scaleLoinc, scale.label()));
      }
      total.addExtension(Fhir.CALCULATED_EXPRESSION, new Expression().setLanguage(Fhir.FHIRPATH)
          .setExpression(TotalExpression.of(instrument, scale)));
    }
    return q;
  }

  private static QuestionnaireItemComponent question(Instrument instrument, Item item) {
    QuestionnaireItemComponent qi = new QuestionnaireItemComponent().setLinkId(item.id())
        .setText(Fhir.text(instrument, item));
    String loinc = item.codes().get("loinc");
    if (loinc != null) {
      qi.addCode(new Coding(Fhir.LOINC, loinc, item.label()));
    }
    AnswerType type = item.answerType();
    if (type instanceof AnswerType.Numeric n) {
      qi.setType(QuestionnaireItemType.INTEGER);
      qi.addExtension(Fhir.MIN_VALUE, new IntegerType(n.min()));
      qi.addExtension(Fhir.MAX_VALUE, new IntegerType(n.max()));
      if (n instanceof AnswerType.Duration) {
        qi.addExtension(Fhir.QUESTIONNAIRE_UNIT, new Coding(Fhir.UCUM, "min", "minutes"));
      }
    } else {
      qi.setType(QuestionnaireItemType.CHOICE);
      for (Option o : type.options()) {
        Coding coding = new Coding(Fhir.codeSystem(instrument), o.code(), Fhir.text(instrument, o));
        if (o.score() != null) {
          BigDecimal weight = Fhir.decimal(o.score());
          coding.addExtension(Fhir.ITEM_WEIGHT, new DecimalType(weight));
          coding.addExtension(Fhir.ORDINAL_VALUE, new DecimalType(weight));
          if (!o.score().isDecimal()) {
            coding.addExtension(Fhir.EXACT_SCORE, new StringType(o.score().spelling()));
          }
        }
        qi.addAnswerOption().setValue(coding);
      }
    }
    if (item.enableWhen() != null) {
      enableWhen(instrument, item.enableWhen(), qi);
    }
    return qi;
  }

  private static void enableWhen(Instrument instrument, EnableWhen ew, QuestionnaireItemComponent qi) {
    for (String sourceId : ew.items()) {
      Item source = instrument.item(sourceId).orElseThrow();
      if (source.answerType() instanceof AnswerType.Numeric) {
        qi.addEnableWhen().setQuestion(sourceId).setOperator(Questionnaire.QuestionnaireItemOperator.GREATER_OR_EQUAL)
            .setAnswer(new IntegerType(ew.atLeast().setScale(0, java.math.RoundingMode.CEILING).intValueExact()));
        continue;
      }
      for (Option o : source.answerType().options()) {
        if (o.score() != null && o.score().toBigDecimal().compareTo(ew.atLeast()) >= 0) {
          qi.addEnableWhen().setQuestion(sourceId).setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL)
              .setAnswer(new Coding(Fhir.codeSystem(instrument), o.code(), null));
        }
      }
    }
    qi.setEnableBehavior(Questionnaire.EnableWhenBehavior.ANY);
  }

  /** FHIR's computable name: a letter, then letters, digits and underscores ("PHQ-9" gives "PHQ9"). */
  static String computableName(String shortName) {
    String name = shortName.replaceAll("[^A-Za-z0-9_]", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "A" + name;
    }
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static String description(Instrument instrument) {
    List<String> lines = new ArrayList<>();
    lines.add(instrument.name() + " (" + instrument.shortName() + ", " + instrument.publishedVersion()
        + "), as encoded by Attune, definition version " + instrument.version() + ". A screening instrument:"
        + " its results are screening results, not a diagnosis.");
    if (!instrument.references().isEmpty()) {
      lines.add("");
      lines.add("References:");
      lines.add("");
      for (Citation c : instrument.references()) {
        lines.add("- " + c.text() + (c.doi() != null ? " doi:" + c.doi() : ""));
      }
    }
    return String.join("\n", lines);
  }
}
