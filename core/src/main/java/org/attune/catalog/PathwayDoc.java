package org.attune.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shape of a pathway document, as {@link Doc} is of a definition: plain records that
 * Jackson fills without judging, checked afterwards by {@link BeanChecks} and
 * {@link PathwayChecks} so that every problem is reported at once, each with its JSON path.
 */
final class PathwayDoc {
  private PathwayDoc() {}

  record Pathway(
      @NotNull Integer pathwayVersion,
      @NotNull @Pattern(regexp = Doc.ID, message = Doc.ID_MESSAGE) String id,
      @NotBlank String version,
      @NotBlank String name,
      @NotEmpty List<Doc.@NotNull @Valid Citation> references,
      @NotNull @Valid Doc.Source source,
      List<@NotNull @Valid Input> inputs,
      List<@NotNull @Valid Choice> choices,
      @NotEmpty List<@NotNull @Valid Step> steps,
      List<@NotBlank String> notes) {}

  record Input(@NotNull @Pattern(regexp = Doc.ID, message = Doc.ID_MESSAGE) String id, @NotBlank String label) {}

  record Choice(
      @NotNull @Pattern(regexp = Doc.ID, message = Doc.ID_MESSAGE) String id,
      @NotBlank String label,
      @NotEmpty List<@NotBlank String> instruments,
      @JsonProperty("default") @NotBlank String defaultInstrument) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Step(
      @NotNull @Pattern(regexp = Doc.ID, message = Doc.ID_MESSAGE) String id,
      String instrument,
      String choice,
      Map<String, @NotBlank String> carry,
      List<@NotNull @Valid Condition> when,
      @Valid Doc.Source source) {}

  /** An earlier step's scale at least {@code atLeast}, or an input set. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Condition(String step, String scale, BigDecimal atLeast, String input) {}
}
