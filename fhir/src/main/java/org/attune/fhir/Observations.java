package org.attune.fhir;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.attune.model.Band;
import org.attune.model.Instrument;
import org.attune.model.Scale;
import org.attune.scoring.Completeness;
import org.attune.scoring.Provenance;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A {@link Result} as FHIR R4 resources: one {@link Observation} per scored scale, and one
 * FHIR {@code Flag} per flag raised.
 *
 * <p>Each Observation is {@code final}, of category {@code survey}; its code is the scale's
 * LOINC code where one is confirmed for the score itself (PHQ-9 total 44261-6, GAD-7 total
 * 70274-6; never a panel code) and always our own ({@code https://w3id.org/attune/fhir/CodeSystem/<id>},
 * code = scale id); its value is the exact score as a {@code Quantity} (UCUM {@code {score}});
 * its interpretation is the band in our code system; it is {@code derivedFrom} the response;
 * its method names the instrument, definition version, cut-off profile, site policy and
 * Attune version. A prorated score says so in a note. Subject, effective time and performer
 * are the caller's to set.
 *
 * <p>Raised flags become FHIR {@code Flag}s rather than {@code RiskAssessment}s: a raised flag
 * is a prompt to act on an answer (e.g. a self-harm answer), not a prediction of risk with a
 * probability, which Attune does not make. Each points at the response with the core
 * {@code flag-detail} extension.
 *
 * @since 0.1.0
 */
public final class Observations {
  private Observations() {}

  /**
   * One Observation per scale that has a score, in definition order; none for an invalid result.
   *
   * @param response the QuestionnaireResponse the result was scored from
   * @throws IllegalArgumentException when the result is not of this instrument and version
   */
  public static List<Observation> of(Instrument instrument, Result result, Reference response) {
    check(instrument, result);
    requireNonNull(response, "response");
    List<Observation> out = new ArrayList<>();
    for (ScaleResult s : result.scales()) {
      if (!s.scored()) {
        continue;
      }
      Scale scale = instrument.scale(s.scaleId()).orElseThrow();
      Observation o = new Observation();
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.addCategory(new CodeableConcept(new Coding(
          "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
      CodeableConcept code = new CodeableConcept().setText(instrument.shortName() + ": " + scale.label());
      String loinc = scale.codes().get("loinc");
      if (loinc != null) {
        code.addCoding(new Coding(Fhir.LOINC, loinc, null));
      }
      code.addCoding(new Coding(Fhir.codeSystem(instrument), scale.id(), scale.label()));
      o.setCode(code);
      o.setValue(new Quantity().setValue(s.score()).setUnit("score").setSystem(Fhir.UCUM).setCode("{score}"));
      if (s.band() != null) {
        String label = band(instrument, result.provenance().profileId(), scale.id(), s.band());
        o.addInterpretation(new CodeableConcept(new Coding(Fhir.codeSystem(instrument), s.band(), label)));
      }
      o.addDerivedFrom(response.copy());
      o.setMethod(new CodeableConcept().setText(method(instrument, result.provenance())));
      if (s.status() == Completeness.PRORATED) {
        o.addNote().setText("Scored under the instrument's missing-data rule: " + s.answered() + " of "
            + scale.items().size() + " items answered.");
      }
      out.add(o);
    }
    return out;
  }

  /**
   * One FHIR Flag per flag raised, in definition order, active, about the subject.
   *
   * @param response the QuestionnaireResponse whose answers raised the flags
   * @param subject the person the response is about (FHIR's Flag requires one)
   * @throws IllegalArgumentException when the result is not of this instrument and version
   */
  public static List<org.hl7.fhir.r4.model.Flag> flags(Instrument instrument, Result result, Reference response,
      Reference subject) {
    check(instrument, result);
    requireNonNull(response, "response");
    requireNonNull(subject, "subject");
    List<org.hl7.fhir.r4.model.Flag> out = new ArrayList<>();
    for (org.attune.model.Flag f : result.flags()) {
      org.hl7.fhir.r4.model.Flag flag = new org.hl7.fhir.r4.model.Flag();
      flag.setStatus(org.hl7.fhir.r4.model.Flag.FlagStatus.ACTIVE);
      flag.setCode(new CodeableConcept(new Coding(Fhir.codeSystem(instrument), f.code(), f.label()))
          .setText(f.message()));
      flag.addCategory(new CodeableConcept(new Coding(Fhir.BASE + "CodeSystem/flag-level", f.level().code(), null)));
      flag.setSubject(subject.copy());
      flag.addExtension(Fhir.FLAG_DETAIL, response.copy());
      out.add(flag);
    }
    return out;
  }

  private static void check(Instrument instrument, Result result) {
    requireNonNull(instrument, "instrument");
    requireNonNull(result, "result");
    Provenance p = result.provenance();
    if (!p.instrumentId().equals(instrument.id()) || !p.instrumentVersion().equals(instrument.version())) {
      throw new IllegalArgumentException("the result is of " + p.instrumentId() + " version " + p.instrumentVersion()
          + ", not of " + instrument.id() + " version " + instrument.version());
    }
  }

  private static String band(Instrument instrument, String profileId, String scaleId, String bandCode) {
    return instrument.profile(profileId == null ? "" : profileId).flatMap(p -> p.bandsFor(scaleId))
        .flatMap(b -> b.bands().stream().filter(x -> x.code().equals(bandCode)).findFirst())
        .map(Band::label).orElse(null);
  }

  private static String method(Instrument instrument, Provenance p) {
    return instrument.name() + " (" + instrument.shortName() + "), Attune definition " + instrument.id() + " version "
        + p.instrumentVersion() + (p.profileId() != null ? ", cut-off profile " + p.profileId() : "")
        + (p.policyId() != null ? ", site policy " + p.policyId() + " version " + p.policyVersion() : "")
        + ", scored by Attune " + p.libraryVersion();
  }
}
