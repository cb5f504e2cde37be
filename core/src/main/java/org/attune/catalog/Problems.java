package org.attune.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.attune.AttuneException;

/**
 * Collects the problems of one document (a definition or a text pack), at most one per path
 * (the first one found).
 */
final class Problems {
  private final String resource;
  private final String document;
  private final List<DefinitionProblem> list = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();

  Problems(String resource) {
    this(resource, "definition");
  }

  /** For a document of this kind ({@code definition}, {@code site policy}), named in the exception's message. */
  Problems(String resource, String document) {
    this.resource = resource;
    this.document = document;
  }

  void add(String path, String message) {
    if (paths.add(path)) {
      list.add(new DefinitionProblem(resource, path, message));
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Throws {@link InvalidDefinitionException} when any problem was found. */
  void throwIfAny() {
    throwIfAny(problems -> new InvalidDefinitionException(document, problems));
  }

  /** Throws the exception made from the problems when any was found. */
  void throwIfAny(Function<List<DefinitionProblem>, ? extends AttuneException> exception) {
    if (!list.isEmpty()) {
      throw exception.apply(List.copyOf(list));
    }
  }
}
