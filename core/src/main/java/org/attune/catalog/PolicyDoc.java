package org.attune.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shape of a site policy document, as {@link Doc} is of a definition: plain records that
 * Jackson fills without judging, checked afterwards by {@link BeanChecks} and
 * {@link PolicyChecks} so that every problem is reported at once, each with its JSON path
 * ({@code instruments.epds.alerts[0].rule.rules[1].items[0]}).
 */
final class PolicyDoc {
  static final String POLICY_ID = "^[a-z][a-z0-9_-]*$";

  private PolicyDoc() {}

  @JsonPropertyOrder({"schemaVersion", "id", "version", "instruments"})
  record Policy(
      @NotNull Integer schemaVersion,
      @NotNull @Pattern(regexp = POLICY_ID, message = "must be lower case ([a-z][a-z0-9_-]*)") String id,
      @NotBlank String version,
      @NotNull Map<String, @NotNull @Valid Instrument> instruments) {}

  /** What the policy changes for one instrument; the key in {@code instruments} is the instrument's id. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Instrument(
      String profile,
      List<@NotNull @Valid Threshold> thresholds,
      List<@NotBlank String> removedFlags,
      Map<String, @NotBlank String> messages,
      List<@NotNull @Valid Alert> alerts) {}

  /** A more sensitive threshold for the instrument's flag {@code flag}. */
  record Threshold(@NotBlank String flag, @NotNull BigDecimal threshold) {}

  /** An alert of the site's own; {@code rule} has the shape of a definition's flag rule. */
  record Alert(
      @NotNull @Pattern(regexp = Doc.ID, message = Doc.ID_MESSAGE) String code,
      @NotBlank String label,
      @NotNull String level,
      @NotNull @Valid Doc.FlagRule rule,
      @NotBlank String message,
      @NotBlank String source) {}
}
