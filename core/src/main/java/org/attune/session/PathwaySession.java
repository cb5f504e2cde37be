package org.attune.session;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.catalog.Catalog;
import org.attune.model.Pathway;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.session.PathwayOutcome.StepOutcome;
import org.attune.session.PathwayOutcome.StepStatus;

/**
 * A pathway being run: one {@link Session} per step, in order, each step asked only when its
 * condition holds on the results so far and the practitioner's inputs (e.g. clinical concern).
 * Answers to the same question carry into later instruments (the GAD-2's into the GAD-7).
 * Yields every step's {@link Result} and the {@link PathwayOutcome}.
 *
 * <pre>{@code
 * PathwaySession visit = PathwaySession.start(catalog.pathway("nice_cg192"), catalog);
 * while (!visit.isFinished()) {
 *   Session step = visit.current().orElseThrow();
 *   // ... administer step until step.isFinished() ...
 *   visit.next();
 * }
 * visit.outcome();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PathwaySession {
  private final Pathway pathway;
  private final Catalog catalog;
  private final Map<String, String> chosen;
  private final AnswerCoding coding;
  private final int pageSize;
  private final Map<String, Boolean> inputs = new HashMap<>();
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  /** Index of the current step; steps.size() when finished. */
  private int step = -1;

  private PathwaySession(Pathway pathway, Catalog catalog, Map<String, String> choices, AnswerCoding coding,
      int pageSize) {
    this.pathway = requireNonNull(pathway, "pathway");
    this.catalog = requireNonNull(catalog, "catalog");
    this.coding = requireNonNull(coding, "coding");
    this.pageSize = pageSize;
    this.chosen = new HashMap<>();
    for (Pathway.Choice choice : pathway.choices()) {
      String instrument = choices.getOrDefault(choice.id(), choice.defaultInstrument());
      if (!choice.instruments().contains(instrument)) {
        throw new IllegalArgumentException("choice " + choice.id() + " is one of " + choice.instruments()
            + ", not " + instrument);
      }
      chosen.put(choice.id(), instrument);
    }
    choices.keySet().stream().filter(c -> pathway.choice(c).isEmpty()).findFirst().ifPresent(c -> {
      throw new IllegalArgumentException("pathway " + pathway.id() + " has no choice " + c);
    });
    advance();
  }

  /** The pathway with the default choices, one item a step, answers coded by score. */
  public static PathwaySession start(Pathway pathway, Catalog catalog) {
    return new PathwaySession(pathway, catalog, Map.of(), AnswerCoding.SCORE, 1);
  }

  /** The pathway with the service's choices (choice id to instrument id, e.g. PHQ-9 instead of the EPDS). */
  public static PathwaySession start(Pathway pathway, Catalog catalog, Map<String, String> choices,
      AnswerCoding coding, int pageSize) {
    return new PathwaySession(pathway, catalog, Map.copyOf(choices), coding, pageSize);
  }

  public Pathway pathway() {
    return pathway;
  }

  /**
   * Sets one of the practitioner's inputs (e.g. {@code clinical_concern}); it counts for the
   * steps not decided yet.
   */
  public void input(String inputId, boolean value) {
    if (pathway.inputs().stream().noneMatch(i -> i.id().equals(inputId))) {
      throw new IllegalArgumentException("pathway " + pathway.id() + " has no input " + inputId);
    }
    inputs.put(inputId, value);
  }

  /** The session of the step being asked; empty when the pathway is finished. */
  public Optional<Session> current() {
    return isFinished() ? Optional.empty() : Optional.of(sessions.get(pathway.steps().get(step).id()));
  }

  /** The id of the step being asked; empty when finished. */
  public Optional<String> currentStep() {
    return isFinished() ? Optional.empty() : Optional.of(pathway.steps().get(step).id());
  }

  public boolean isFinished() {
    return step >= pathway.steps().size();
  }

  /**
   * Moves on once the current step's session is finished: decides the following steps, skipping
   * those not indicated, and starts the next one asked.
   *
   * @throws IllegalStateException when the current step's session is not finished
   */
  public void next() {
    Session session = current().orElseThrow(() -> new IllegalStateException("the pathway is finished"));
    if (!session.isFinished()) {
      throw new IllegalStateException("step " + currentStep().orElseThrow() + " is not finished");
    }
    advance();
  }

  /** Every asked step's result so far, by step id, in order. */
  public Map<String, Result> results() {
    Map<String, Result> results = new LinkedHashMap<>();
    sessions.forEach((id, session) -> results.put(id, session.result()));
    return results;
  }

  /** Where the pathway has led so far. */
  public PathwayOutcome outcome() {
    List<StepOutcome> steps = new ArrayList<>();
    for (int i = 0; i < pathway.steps().size(); i++) {
      Pathway.Step s = pathway.steps().get(i);
      boolean conditional = !s.when().isEmpty();
      Session session = sessions.get(s.id());
      StepStatus status = session != null ? StepStatus.ASKED : i < step ? StepStatus.NOT_INDICATED : StepStatus.PENDING;
      steps.add(new StepOutcome(s.id(), status == StepStatus.PENDING ? null : instrument(s), conditional, status,
          reasons.getOrDefault(s.id(), "not decided yet")));
    }
    return new PathwayOutcome(steps);
  }

  private void advance() {
    for (step++; step < pathway.steps().size(); step++) {
      Pathway.Step s = pathway.steps().get(step);
      String reason = reason(s);
      reasons.put(s.id(), reason == null ? "no condition held" : reason);
      if (reason != null) {
        sessions.put(s.id(), open(s));
        return;
      }
    }
  }

  /** Which condition holds (or "always" for a step without one); null when none does. */
  private String reason(Pathway.Step s) {
    if (s.when().isEmpty()) {
      return "always asked";
    }
    for (Pathway.Condition c : s.when()) {
      if (c.input() != null) {
        if (inputs.getOrDefault(c.input(), false)) {
          return "input " + c.input();
        }
        continue;
      }
      Session earlier = sessions.get(c.step());
      ScaleResult scale = earlier == null ? null : earlier.result().scale(c.scale());
      if (scale != null && scale.scored() && scale.score().compareTo(c.atLeast()) >= 0) {
        return c.step() + " " + c.scale() + " " + scale.score().stripTrailingZeros().toPlainString() + " >= "
            + c.atLeast().toPlainString();
      }
    }
    return null;
  }

  private String instrument(Pathway.Step s) {
    return s.instrument() != null ? s.instrument() : chosen.get(s.choice());
  }

  private Session open(Pathway.Step s) {
    Session session = Session.start(catalog.scorer(instrument(s)), coding, pageSize);
    s.carry().forEach((to, from) -> {
      int dot = from.indexOf('.');
      Session source = sessions.get(from.substring(0, dot));
      if (source != null) {
        source.answerOf(from.substring(dot + 1)).ifPresent(value -> session.answer(to, value));
      }
    });
    return session;
  }
}
