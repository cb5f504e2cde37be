package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A screening pathway: instruments chained by conditions, as a guideline describes them (NICE
 * CG192: the Whooley questions and the GAD-2; after a yes, the EPDS or PHQ-9; after a GAD-2 of
 * 3 or more, the GAD-7). Data, like an instrument: read from a document, checked against the
 * catalogue's instruments, run by {@link org.attune.session.PathwaySession}.
 *
 * @param id stable lower-case id, e.g. {@code nice_cg192}
 * @param version our encoding of the pathway, bumped when anything in it changes
 * @param name full name
 * @param references every work cited
 * @param source where the pathway comes from, and how well that is confirmed
 * @param inputs the practitioner's explicit inputs that conditions may use (clinical concern)
 * @param choices the choices a service makes (EPDS or PHQ-9)
 * @param steps the steps in order
 * @param notes further remarks for users
 * @since 0.1.0
 */
public record Pathway(String id, String version, String name, List<Citation> references, Source source,
    List<Input> inputs, List<Choice> choices, List<Step> steps, List<String> notes) {

  public Pathway {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(name, "name");
    references = List.copyOf(references);
    requireNonNull(source, "source");
    inputs = List.copyOf(inputs);
    choices = List.copyOf(choices);
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  /** The choice with this id, if any. */
  public Optional<Choice> choice(String choiceId) {
    return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
  }

  /** An explicit yes/no input of the practitioner, false unless set. */
  public record Input(String id, String label) {}

  /** A choice among instruments that a service makes for a step, with the default. */
  public record Choice(String id, String label, List<String> instruments, String defaultInstrument) {
    public Choice {
      instruments = List.copyOf(instruments);
    }
  }

  /**
   * One step: an instrument (or the instrument a choice names), asked when any of its
   * conditions holds (always, when it has none), with answers carried from earlier steps
   * ({@code carry}: this instrument's item id to {@code <step>.<item>}, for the same question).
   */
  public record Step(String id, String instrument, String choice, Map<String, String> carry,
      List<Condition> when, Source source) {
    public Step {
      carry = Map.copyOf(carry);
      when = List.copyOf(when);
    }
  }

  /**
   * A condition: an earlier step's scale scored at least {@code atLeast}, or an input set.
   *
   * @param step an earlier step's id (with scale and atLeast), or null
   * @param scale that step's scale
   * @param atLeast the score the scale must reach
   * @param input an input's id, or null
   */
  public record Condition(String step, String scale, BigDecimal atLeast, String input) {}
}
