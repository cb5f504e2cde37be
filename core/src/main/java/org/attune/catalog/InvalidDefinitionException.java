package org.attune.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.attune.AttuneException;

/**
 * A definition document, or a site policy, is broken (or a policy does not fit the instruments
 * it names). Lists every problem found, each with its resource and JSON path, so that one bad
 * field does not hide the others.
 *
 * @since 0.1.0
 */
public final class InvalidDefinitionException extends AttuneException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  public InvalidDefinitionException(List<DefinitionProblem> problems) {
    this("definition", problems);
  }

  /**
   * @param document what kind of document is broken, for the message: {@code definition} or
   *     {@code site policy}
   */
  public InvalidDefinitionException(String document, List<DefinitionProblem> problems) {
    super(message(document, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String document, List<DefinitionProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid " + document + " has at least one problem");
    }
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + document + ":\n  "
        + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n  "));
  }

  /** Every problem, in the order found. */
  public List<DefinitionProblem> problems() {
    return problems;
  }
}
