package org.attune.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.Instrument;
import org.attune.model.Pathway;
import org.attune.policy.SitePolicy;
import org.attune.scoring.Scorer;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * An immutable set of checked instruments, found by id, with their compiled scorers.
 *
 * @since 0.1.0
 */
public final class Catalog {
  private final Map<String, Instrument> byId;
  private final List<Instrument> order;
  private final Map<String, Pathway> pathways;
  private final List<Pathway> pathwayOrder;
  private final Map<String, Scorer> scorers = new ConcurrentHashMap<>();
  private final Map<PolicyScorer, Scorer> policyScorers = new ConcurrentHashMap<>();

  /** The key of a scorer compiled under a site policy: instrument id and policy, by value. */
  private record PolicyScorer(String instrumentId, SitePolicy policy) {}

  private Catalog(Map<String, Instrument> inOrder, Map<String, Pathway> pathways) {
    this.byId = Map.copyOf(inOrder);
    this.order = List.copyOf(inOrder.values());
    this.pathways = Map.copyOf(pathways);
    this.pathwayOrder = List.copyOf(pathways.values());
  }

  /**
   * Every instrument of every {@link InstrumentProvider} registered with
   * {@link ServiceLoader}, providers in class-name order.
   *
   * @throws InvalidDefinitionException when a definition is broken or two share an id
   */
  public static Catalog load() {
    List<InstrumentProvider> providers = new ArrayList<>();
    ServiceLoader.load(InstrumentProvider.class, Catalog.class.getClassLoader()).forEach(providers::add);
    providers.sort(Comparator.comparing(p -> p.getClass().getName()));
    return of(providers.toArray(InstrumentProvider[]::new));
  }

  /**
   * The instruments of these providers, in the order given.
   *
   * @throws InvalidDefinitionException when a definition is broken or two share an id
   */
  public static Catalog of(InstrumentProvider... providers) {
    Map<String, Instrument> byId = new LinkedHashMap<>();
    Map<String, String> origin = new LinkedHashMap<>();
    for (InstrumentProvider provider : providers) {
      for (DefinitionSource source : provider.definitions()) {
        String where = provider.getClass().getName() + " (" + source.name() + ")";
        add(byId, origin, read(source), where);
      }
    }
    Map<String, Pathway> pathways = new LinkedHashMap<>();
    for (InstrumentProvider provider : providers) {
      for (DefinitionSource source : provider.pathways()) {
        Pathway pathway = PathwayReader.read(source.name(), bytes(source), byId);
        if (pathways.putIfAbsent(pathway.id(), pathway) != null) {
          throw new InvalidDefinitionException(List.of(new DefinitionProblem(source.name(), "id",
              "duplicate pathway id " + pathway.id())));
        }
      }
    }
    return new Catalog(byId, pathways);
  }

  /**
   * These instruments (e.g. built in code), each checked by the same rules as a document.
   *
   * @throws InvalidDefinitionException when one is broken or two share an id
   */
  public static Catalog of(Instrument... instruments) {
    Map<String, Instrument> byId = new LinkedHashMap<>();
    Map<String, String> origin = new LinkedHashMap<>();
    for (Instrument instrument : instruments) {
      add(byId, origin, Definitions.check(instrument), "instrument " + instrument.id() + " built in code");
    }
    return new Catalog(byId, Map.of());
  }

  private static void add(Map<String, Instrument> byId, Map<String, String> origin, Instrument instrument,
      String where) {
    String earlier = origin.putIfAbsent(instrument.id(), where);
    if (earlier != null) {
      throw new InvalidDefinitionException(List.of(new DefinitionProblem(where, "id",
          "duplicate instrument id " + instrument.id() + ", also defined by " + earlier)));
    }
    byId.put(instrument.id(), instrument);
  }

  /** Reads a definition: in full, unless its bytes are the ones its build checked. */
  private static Instrument read(DefinitionSource source) {
    byte[] json = bytes(source);
    if (source.checkedSha256() != null && source.checkedSha256().equals(Sha256.hex(json))) {
      return Definitions.readChecked(json);
    }
    return Definitions.read(source.name(), new java.io.ByteArrayInputStream(json));
  }

  private static byte[] bytes(DefinitionSource source) {
    try (InputStream in = source.opener().open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read definition " + source.name(), e);
    }
  }

  /** Every pathway, in provider order. */
  public List<Pathway> pathways() {
    return pathwayOrder;
  }

  /**
   * The pathway with this id.
   *
   * @throws IllegalArgumentException when there is none; the message lists the known ids
   */
  public Pathway pathway(String id) {
    Pathway pathway = pathways.get(requireNonNull(id, "id"));
    if (pathway == null) {
      throw new IllegalArgumentException("unknown pathway " + id + "; known: " + pathways.keySet());
    }
    return pathway;
  }

  /** Every instrument, in provider order. */
  public List<Instrument> instruments() {
    return order;
  }

  /** The instrument with this id, if any. */
  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * The instrument with this id.
   *
   * @throws IllegalArgumentException when there is none; the message lists the known ids
   */
  public Instrument get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "unknown instrument " + id + "; known: " + ids()));
  }

  /** The scorer of this instrument under its default profile, compiled once. */
  public Scorer scorer(String id) {
    return scorers.computeIfAbsent(id + "\u0000", k -> Scorer.of(get(id)));
  }

  /**
   * The scorer of this instrument under the named profile, compiled once.
   *
   * @throws IllegalArgumentException when the instrument or the profile is unknown
   */
  public Scorer scorer(String id, String profileId) {
    return scorers.computeIfAbsent(id + "\u0000" + profileId, k -> Scorer.of(get(id), profileId));
  }

  /**
   * The scorer of this instrument under a site policy, compiled once per policy: the policy's
   * profile (or the default), flags as the policy leaves them, then its alerts. The whole policy
   * is checked against this catalogue first, so a policy that names an unknown instrument fails
   * here too.
   *
   * @throws IllegalArgumentException when the instrument is unknown
   * @throws InvalidDefinitionException when the policy does not fit the catalogue's instruments
   *     (see {@link #check(SitePolicy)})
   */
  public Scorer scorer(String id, SitePolicy policy) {
    Instrument instrument = get(id);
    requireNonNull(policy, "policy");
    return policyScorers.computeIfAbsent(new PolicyScorer(id, policy), k -> Scorer.of(instrument, check(policy)));
  }

  /**
   * Checks a site policy against this catalogue: every instrument it names exists, and each
   * entry fits its instrument (see {@link Policies#check(SitePolicy, Instrument)}).
   *
   * @return the policy
   * @throws InvalidDefinitionException listing every problem, each with its JSON path
   */
  public SitePolicy check(SitePolicy policy) {
    return Policies.check(policy, id -> true, this::find, ids());
  }

  /**
   * Reads a site policy and checks it against this catalogue's instruments, reporting every
   * problem of shape and of fit at once, each with its JSON path in the document.
   *
   * @param resource the document's name, used in problem reports
   * @throws InvalidDefinitionException listing every problem
   */
  public SitePolicy readPolicy(String resource, InputStream in) {
    return Policies.read(resource, in, id -> true, this::find, ids());
  }

  private List<String> ids() {
    return order.stream().map(Instrument::id).toList();
  }
}
