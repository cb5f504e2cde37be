package org.attune.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.attune.AttuneException;

/**
 * A {@linkplain TextPack text pack} is broken or does not fit the definition it was given for.
 * Lists every problem found, each with the pack's name and the JSON path of the offending
 * value, so that one bad field does not hide the others.
 *
 * <p>Messages name ids, paths, locales and counts only: the pack's wording is licensed text
 * and never appears in a message, so the exception may be logged.
 *
 * @since 0.1.0
 */
public final class InvalidTextPackException extends AttuneException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  /**
   * @param problems every problem found, in order; at least one
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidTextPackException(List<DefinitionProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<DefinitionProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid text pack has at least one problem");
    }
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in text pack:\n  "
        + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n  "));
  }

  /** Every problem, in the order found. */
  public List<DefinitionProblem> problems() {
    return problems;
  }
}
