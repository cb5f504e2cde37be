package org.attune.catalog;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.attune.model.Instrument;
import org.attune.policy.SitePolicy;

/**
 * Reads, checks and writes site policies (the JSON format described by
 * {@code org/attune/policy.schema.json} in this artifact). Problems are reported as
 * {@link DefinitionProblem}s, each with its JSON path, in one {@link InvalidDefinitionException}.
 *
 * @since 0.1.0
 */
public final class Policies {
  private Policies() {}

  /**
   * Reads a policy and checks what can be checked without its instruments (shape, format
   * version, ids, alert levels and codes). {@link Catalog#readPolicy} also checks it against the
   * instruments it names.
   *
   * @param resource the document's name, used in problem reports
   * @throws InvalidDefinitionException listing every problem, each with its JSON path
   */
  public static SitePolicy read(String resource, InputStream in) {
    return read(resource, in, id -> false, id -> Optional.empty(), List.of());
  }

  /**
   * Reads a policy and checks each entry that {@code checked} accepts against the instrument
   * {@code find} gives (an id it does not find is a problem, naming the {@code known} ids).
   */
  static SitePolicy read(String resource, InputStream in, Predicate<String> checked,
      Function<String, Optional<Instrument>> find, List<String> known) {
    requireNonNull(resource, "resource");
    requireNonNull(in, "in");
    Problems problems = new Problems(resource, "site policy");
    PolicyDoc.Policy doc = DefinitionReader.readPolicy(in, problems);
    problems.throwIfAny();
    check(doc, checked, find, known, problems);
    problems.throwIfAny();
    return PolicyMapping.toModel(doc);
  }

  /**
   * Checks a policy (read or built in code) against one instrument: the policy's entry for it,
   * if any, must name a profile, flags, items and scales the instrument has; it may lower a
   * flag's threshold but not raise it, remove flags but not a safety flag, and add alerts whose
   * codes are not the instrument's flag codes. Entries for other instruments are checked only
   * for what needs no instrument.
   *
   * @return the policy
   * @throws InvalidDefinitionException listing every problem, each with its JSON path, under the
   *     resource name {@code policy <id> version <version>}
   */
  public static SitePolicy check(SitePolicy policy, Instrument instrument) {
    requireNonNull(policy, "policy");
    requireNonNull(instrument, "instrument");
    return check(policy, id -> id.equals(instrument.id()), id -> Optional.of(instrument), List.of());
  }

  /** As {@link #check(SitePolicy, Instrument)}, for every entry {@code checked} accepts. */
  static SitePolicy check(SitePolicy policy, Predicate<String> checked, Function<String, Optional<Instrument>> find,
      List<String> known) {
    requireNonNull(policy, "policy");
    Problems problems = new Problems("policy " + policy.id() + " version " + policy.version(), "site policy");
    check(PolicyMapping.toDoc(policy), checked, find, known, problems);
    problems.throwIfAny();
    return policy;
  }

  /** The policy as a document: indented JSON ending in a newline, instruments in id order. */
  public static String toJson(SitePolicy policy) {
    requireNonNull(policy, "policy");
    return DefinitionReader.write(PolicyMapping.toDoc(policy));
  }

  private static void check(PolicyDoc.Policy doc, Predicate<String> checked,
      Function<String, Optional<Instrument>> find, List<String> known, Problems problems) {
    BeanChecks.check(doc, problems);
    PolicyChecks.check(doc, problems);
    if (doc.instruments() == null) {
      return;
    }
    doc.instruments().forEach((id, entry) -> {
      if (entry == null || !checked.test(id)) {
        return;
      }
      Optional<Instrument> instrument = find.apply(id);
      if (instrument.isEmpty()) {
        problems.add("instruments." + id, "unknown instrument " + id + "; known: " + known);
      } else {
        PolicyChecks.fit("instruments." + id, entry, instrument.get(), problems);
      }
    });
  }
}
