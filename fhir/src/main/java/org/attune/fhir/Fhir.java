package org.attune.fhir;

import java.math.BigDecimal;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Option;
import org.attune.model.Score;

/** Canonical URLs, extension URLs and small conversions shared by the public classes. */
final class Fhir {
  static final String BASE = "https://w3id.org/attune/fhir/";
  static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
  static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
  static final String CALCULATED_EXPRESSION =
      "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
  static final String QUESTIONNAIRE_UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
  static final String RELATED_ARTIFACT = "http://hl7.org/fhir/StructureDefinition/cqf-relatedArtifact";
  static final String FLAG_DETAIL = "http://hl7.org/fhir/StructureDefinition/flag-detail";
  /** Our extension: an option's score spelled exactly ({@code 7/3}) where a decimal cannot hold it. */
  static final String EXACT_SCORE = BASE + "StructureDefinition/exact-score";
  static final String LOINC = "http://loinc.org";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String FHIRPATH = "text/fhirpath";
  /** The locale whose wording goes into a Questionnaire when the licence lets it ship. */
  static final String LOCALE = "en";

  private Fhir() {}

  static String questionnaireUrl(Instrument instrument) {
    return BASE + "Questionnaire/" + instrument.id();
  }

  static String canonical(Instrument instrument) {
    return questionnaireUrl(instrument) + "|" + instrument.version();
  }

  static String codeSystem(Instrument instrument) {
    return BASE + "CodeSystem/" + instrument.id();
  }

  /**
   * A score as a FHIR decimal: exact when it has a finite decimal expansion; otherwise (Condon's
   * thirds) rounded to 34 significant digits, half even (IEEE decimal128, as {@link
   * Score#toBigDecimal()} and Attune's prorated scores do). The exact fraction goes beside it in
   * {@link #EXACT_SCORE}.
   */
  static BigDecimal decimal(Score score) {
    return score.isDecimal() ? score.toBigDecimal().stripTrailingZeros() : score.toBigDecimal();
  }

  /** The item's published wording where the licence lets it ship, else our label. */
  static String text(Instrument instrument, Item item) {
    return wording(instrument, item.text().get(LOCALE), item.label());
  }

  static String text(Instrument instrument, Option option) {
    return wording(instrument, option.text().get(LOCALE), option.label());
  }

  private static String wording(Instrument instrument, String text, String label) {
    return instrument.licence().textIncluded() && text != null && !text.isBlank() ? text : label;
  }
}
