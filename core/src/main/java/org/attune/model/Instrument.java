package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A published assessment instrument as data: what is asked, how answers score, how scores
 * are read, and under which licence and sources.
 *
 * @param schemaVersion version of the definition format (currently 1)
 * @param id stable lower-case id, e.g. {@code epds}
 * @param version our encoding of the instrument, bumped when anything in the definition changes
 * @param publishedVersion the instrument's own published version or year, e.g. {@code 1987}
 * @param name full name
 * @param shortName usual abbreviation, e.g. {@code EPDS}
 * @param respondent who answers
 * @param population whom the instrument is for, in words
 * @param recallPeriod the period the questions ask about, in words (e.g. "past 7 days")
 * @param instructions instructions to the respondent per locale; empty when the licence forbids shipping them
 * @param licence licence class, copyright notice and terms
 * @param references every work cited anywhere in the definition
 * @param scoringSource where the scoring key (option scores, scales) comes from
 * @param codes codes in external systems (e.g. {@code loinc}) for the instrument as a whole
 * @param items the items in printed order
 * @param scales scales (totals and subscales) in definition order
 * @param profiles cut-off profiles; empty when the instrument has only continuous scores
 * @param flags flags evaluated on every valid answer, in definition order
 * @param notes further remarks for users (e.g. what was left out and why)
 * @param ageRange the ages of the child the instrument applies to, or null when it is not about a child's age
 * @since 0.1.0
 */
public record Instrument(
    int schemaVersion,
    String id,
    String version,
    String publishedVersion,
    String name,
    String shortName,
    Respondent respondent,
    String population,
    String recallPeriod,
    Map<String, String> instructions,
    Licence licence,
    List<Citation> references,
    Source scoringSource,
    Map<String, String> codes,
    List<Item> items,
    List<Scale> scales,
    List<CutoffProfile> profiles,
    List<Flag> flags,
    List<String> notes,
    AgeRange ageRange) {

  /** The definition format this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  public Instrument {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(publishedVersion, "publishedVersion");
    requireNonNull(name, "name");
    requireNonNull(shortName, "shortName");
    requireNonNull(respondent, "respondent");
    requireNonNull(population, "population");
    requireNonNull(recallPeriod, "recallPeriod");
    instructions = Map.copyOf(instructions);
    requireNonNull(licence, "licence");
    references = List.copyOf(references);
    requireNonNull(scoringSource, "scoringSource");
    codes = Map.copyOf(codes);
    items = List.copyOf(items);
    scales = List.copyOf(scales);
    profiles = List.copyOf(profiles);
    flags = List.copyOf(flags);
    notes = List.copyOf(notes);
  }

  /** The item with this id, if any. */
  public Optional<Item> item(String itemId) {
    for (Item item : items) {
      if (item.id().equals(itemId)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** The scale with this id, if any. */
  public Optional<Scale> scale(String scaleId) {
    for (Scale scale : scales) {
      if (scale.id().equals(scaleId)) {
        return Optional.of(scale);
      }
    }
    return Optional.empty();
  }

  /** The cut-off profile with this id, if any. */
  public Optional<CutoffProfile> profile(String profileId) {
    for (CutoffProfile profile : profiles) {
      if (profile.id().equals(profileId)) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  /** The default cut-off profile; empty when the instrument has no profiles. */
  public Optional<CutoffProfile> defaultProfile() {
    for (CutoffProfile profile : profiles) {
      if (profile.isDefault()) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  /** The citation with this id, if any. */
  public Optional<Citation> reference(String citationId) {
    for (Citation citation : references) {
      if (citation.id().equals(citationId)) {
        return Optional.of(citation);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the item is scored, that is, named by at least one scale. Unscored items are
   * optional columns in batch input.
   */
  public boolean isScored(String itemId) {
    for (Scale scale : scales) {
      if (scale.items().contains(itemId)) {
        return true;
      }
    }
    return false;
  }
}
