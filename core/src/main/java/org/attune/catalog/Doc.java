package org.attune.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.attune.model.Score;
import java.util.List;
import java.util.Map;

/**
 * The shape of a definition document: plain records that Jackson fills without judging, so
 * that Hibernate Validator and {@link DefinitionChecks} can then report every problem at once,
 * each with its JSON path. Sealed model types appear here flat, with their {@code type} as a
 * string, so an unknown type is one more reported problem rather than an exception.
 */
final class Doc {
  static final String ID = "^[a-z][a-z0-9_]*$";
  static final String ID_MESSAGE = "must be lower snake case ([a-z][a-z0-9_]*)";

  private Doc() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"schemaVersion", "id", "version", "publishedVersion", "name", "shortName"})
  record Instrument(
      @NotNull Integer schemaVersion,
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
      @NotBlank String version,
      @NotBlank String publishedVersion,
      @NotBlank String name,
      @NotBlank String shortName,
      @NotNull String respondent,
      @NotBlank String population,
      @NotBlank String recallPeriod,
      @Valid AgeRange ageRange,
      Map<String, String> instructions,
      @NotNull @Valid Licence licence,
      @NotEmpty List<@NotNull @Valid Citation> references,
      @NotNull @Valid Source scoringSource,
      Map<String, String> codes,
      @NotEmpty List<@NotNull @Valid Item> items,
      List<@NotNull @Valid Scale> scales,
      List<@NotNull @Valid Profile> profiles,
      List<@NotNull @Valid Flag> flags,
      List<@NotBlank String> notes) {}

  /** The child's ages the instrument applies to, in completed months, both ends included. */
  record AgeRange(@NotNull @Min(0) Integer minMonths, @NotNull @Min(0) Integer maxMonths, @NotNull @Valid Source source) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Licence(
      @JsonProperty("class") @NotNull String licenceClass,
      @NotBlank String copyright,
      @NotBlank String terms,
      @NotNull Boolean textIncluded,
      @NotBlank String note) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Citation(
      @NotNull @Pattern(regexp = "^[a-z][a-z0-9_-]*$", message = "must be lower case ([a-z][a-z0-9_-]*)") String id,
      @NotBlank String text,
      String doi,
      String url) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Source(@NotEmpty List<@NotBlank String> refs, @NotNull String evidence, String note) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Item(
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
      @NotBlank String label,
      Map<String, String> text,
      @NotNull @Valid Answer answer,
      Map<String, String> codes,
      String recallPeriod,
      @Valid EnableWhen enableWhen) {}

  /** When a session shows an item: any of {@code items} answered with a score of at least {@code atLeast}. */
  record EnableWhen(@NotEmpty List<@NotBlank String> items, @NotNull BigDecimal atLeast) {}

  /**
   * An answer type: {@code single_choice} (with options), {@code yes_no} (with optional
   * scores), {@code integer} or {@code duration} (minutes), both with {@code min} and {@code max}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(
      @NotNull String type,
      List<@NotNull @Valid Option> options,
      Score yesScore,
      Score noScore,
      @Min(0) Integer min,
      @Min(0) Integer max,
      String unit) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Option(
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String code,
      @NotBlank String label,
      Map<String, String> text,
      Score score,
      Boolean notApplicable) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Scale(
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
      @NotBlank String label,
      @NotEmpty List<@NotBlank String> items,
      @NotNull @Valid Rule rule,
      @NotNull @Valid Missing missing,
      @NotNull BigDecimal min,
      @NotNull BigDecimal max,
      Map<String, String> codes,
      @NotNull @Valid Source source,
      List<@NotNull @Valid ChangeThreshold> change) {}

  /**
   * A published threshold for change: {@code kind} ({@code reliable_change}, {@code mcid} or
   * {@code reliable_improvement}), {@code threshold} in points, {@code better} ({@code lower}
   * or {@code higher}).
   */
  record ChangeThreshold(
      @NotNull String kind,
      @NotNull BigDecimal threshold,
      @NotNull String better,
      @NotNull @Valid Source source) {}

  /** The cut-off a profile uses for clinically significant change: {@code atLeast} is the lowest score above it. */
  record ClinicalCutoff(@NotNull BigDecimal atLeast, @NotNull @Valid Source source) {}

  /** A scoring rule: {@code sum} (optionally times {@code factor}) or {@code count_endorsed}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Rule(@NotNull String type, @Min(1) Integer factor) {}

  /** A missing-data policy: {@code none}, {@code count_as_zero}, or {@code prorate} with {@code maxMissing}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Missing(@NotNull String type, @Min(1) Integer maxMissing) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Profile(
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String id,
      @NotBlank String label,
      @JsonProperty("default") Boolean isDefault,
      @NotBlank String population,
      @NotEmpty List<@NotNull @Valid ScaleBands> scales) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ScaleBands(
      @NotBlank String scale,
      @NotNull @Valid Source source,
      @NotEmpty List<@NotNull @Valid Band> bands,
      @Valid ClinicalCutoff clinicalCutoff) {}

  record Band(
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String code,
      @NotBlank String label,
      @NotNull BigDecimal min,
      @NotNull BigDecimal max,
      @NotNull @Min(0) Integer severity) {}

  record Flag(
      @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String code,
      @NotBlank String label,
      @NotNull String level,
      @NotNull Boolean safety,
      @NotNull @Valid FlagRule rule,
      @NotBlank String message,
      @NotNull @Valid Source source) {}

  /**
   * A flag rule: {@code item} (any of {@code items} at least {@code atLeast}), {@code scale}
   * ({@code scale} at least {@code atLeast}), {@code sum_below} (all {@code items} answered,
   * their sum below {@code below}) or {@code any_of} (any of {@code rules}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FlagRule(@NotNull String type, List<@NotBlank String> items, String scale, BigDecimal atLeast,
      BigDecimal below, List<@NotNull @Valid FlagRule> rules) {}
}
