package org.attune.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.model.Instrument;
import org.attune.model.Pathway;
import org.attune.policy.SitePolicy;
import org.attune.scoring.Scorer;
import org.attune.spi.DefinitionSource;
import org.attune.spi.InstrumentProvider;

/**
 * An immutable set of checked instruments, found by id, with their compiled scorers. A bundled
 * definition (one whose build checked its bytes: {@link DefinitionSource#checkedSha256()}) is
 * read when first asked for, so that a program using one instrument reads one definition; its
 * file is named after its id ({@code epds.json}). Where its provider's build wrote it in code
 * ({@link InstrumentProvider#compiled}), it is built from that code instead. Any other
 * definition is read and checked in full when the catalogue is made.
 *
 * @since 0.1.0
 */
public final class Catalog {
  private final Map<String, Entry> byId;
  private final List<String> ids;
  /** The pathway documents, read and checked on first use (reading them needs the full JSON mapper, slow to start). */
  private final List<DefinitionSource> pathwaySources;
  private volatile Map<String, Pathway> pathways;
  private final Map<String, Scorer> scorers = new ConcurrentHashMap<>();
  private final Map<PolicyScorer, Scorer> policyScorers = new ConcurrentHashMap<>();

  /** The key of a scorer compiled under a site policy: instrument id and policy, by value. */
  private record PolicyScorer(String instrumentId, SitePolicy policy) {}

  private Catalog(Map<String, Entry> inOrder, List<DefinitionSource> pathwaySources) {
    this.byId = Map.copyOf(inOrder);
    this.ids = List.copyOf(inOrder.keySet());
    this.pathwaySources = List.copyOf(pathwaySources);
  }

  /** One instrument: read already, or a bundled definition read on first use. */
  private static final class Entry {
    private final String id;
    private final DefinitionSource source;
    private final InstrumentProvider provider;
    private final String where;
    private volatile Instrument instrument;

    Entry(Instrument instrument, String where) {
      this.id = instrument.id();
      this.source = null;
      this.provider = null;
      this.where = where;
      this.instrument = instrument;
    }

    Entry(String id, DefinitionSource source, InstrumentProvider provider, String where) {
      this.id = id;
      this.source = source;
      this.provider = provider;
      this.where = where;
    }

    Instrument get() {
      Instrument read = instrument;
      if (read == null) {
        synchronized (this) {
          read = instrument;
          if (read == null) {
            read = provider.compiled(source.name(), source.checkedSha256());
            if (read == null) {
              read = read(source);
            }
            if (!read.id().equals(id)) {
              throw new InvalidDefinitionException(List.of(new DefinitionProblem(where, "id",
                  "a bundled definition's file is named after its id: expected " + id + ", found " + read.id())));
            }
            instrument = read;
          }
        }
      }
      return read;
    }
  }

  /**
   * Every instrument of every {@link InstrumentProvider} registered with
   * {@link ServiceLoader}, providers in class-name order.
   *
   * @throws InvalidDefinitionException when a definition is broken or two share an id
   */
  public static Catalog load() {
    // by class name; a loop and a sorted map rather than lambdas, which cost every start their linking
    Map<String, InstrumentProvider> byClass = new TreeMap<>();
    for (InstrumentProvider provider : ServiceLoader.load(InstrumentProvider.class, Catalog.class.getClassLoader())) {
      byClass.put(provider.getClass().getName(), provider);
    }
    return of(byClass.values().toArray(new InstrumentProvider[0]));
  }

  /**
   * The instruments of these providers, in the order given.
   *
   * @throws InvalidDefinitionException when a definition is broken or two share an id
   */
  public static Catalog of(InstrumentProvider... providers) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (InstrumentProvider provider : providers) {
      for (DefinitionSource source : provider.definitions()) {
        String where = provider.getClass().getName() + " (" + source.name() + ")";
        boolean bundled = source.checkedSha256() != null && source.name().endsWith(".json");
        add(byId, bundled ? new Entry(source.name().substring(0, source.name().length() - ".json".length()), source,
            provider, where) : new Entry(read(source), where));
      }
    }
    List<DefinitionSource> pathways = new ArrayList<>();
    for (InstrumentProvider provider : providers) {
      pathways.addAll(provider.pathways());
    }
    return new Catalog(byId, pathways);
  }

  /**
   * These instruments (e.g. built in code), each checked by the same rules as a document.
   *
   * @throws InvalidDefinitionException when one is broken or two share an id
   */
  public static Catalog of(Instrument... instruments) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Instrument instrument : instruments) {
      add(byId, new Entry(Definitions.check(instrument), "instrument " + instrument.id() + " built in code"));
    }
    return new Catalog(byId, List.of());
  }

  private static void add(Map<String, Entry> byId, Entry entry) {
    Entry earlier = byId.putIfAbsent(entry.id, entry);
    if (earlier != null) {
      throw new InvalidDefinitionException(List.of(new DefinitionProblem(entry.where, "id",
          "duplicate instrument id " + entry.id + ", also defined by " + earlier.where)));
    }
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

  /**
   * Every pathway, in provider order. Pathway documents are read and checked against the
   * instruments on the first call (or of {@link #pathway}).
   *
   * @throws InvalidDefinitionException when a pathway document is broken or two share an id
   */
  public List<Pathway> pathways() {
    return List.copyOf(loadedPathways().values());
  }

  private Map<String, Pathway> loadedPathways() {
    Map<String, Pathway> loaded = pathways;
    if (loaded == null) {
      synchronized (this) {
        loaded = pathways;
        if (loaded == null) {
          Map<String, Pathway> read = new LinkedHashMap<>();
          for (DefinitionSource source : pathwaySources) {
            Pathway pathway = PathwayReader.read(source.name(), bytes(source), instrumentsById());
            if (read.putIfAbsent(pathway.id(), pathway) != null) {
              throw new InvalidDefinitionException(List.of(new DefinitionProblem(source.name(), "id",
                  "duplicate pathway id " + pathway.id())));
            }
          }
          loaded = Collections.unmodifiableMap(read);
          pathways = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * The pathway with this id.
   *
   * @throws IllegalArgumentException when there is none; the message lists the known ids
   */
  public Pathway pathway(String id) {
    Pathway pathway = loadedPathways().get(requireNonNull(id, "id"));
    if (pathway == null) {
      throw new IllegalArgumentException("unknown pathway " + id + "; known: " + loadedPathways().keySet());
    }
    return pathway;
  }

  /** Every instrument, in provider order (reading every bundled definition not read yet). */
  public List<Instrument> instruments() {
    return ids.stream().map(id -> byId.get(id).get()).toList();
  }

  private Map<String, Instrument> instrumentsById() {
    Map<String, Instrument> all = new LinkedHashMap<>();
    instruments().forEach(i -> all.put(i.id(), i));
    return all;
  }

  /** The instrument with this id, if any. */
  public Optional<Instrument> find(String id) {
    Entry entry = byId.get(requireNonNull(id, "id"));
    return entry == null ? Optional.empty() : Optional.of(entry.get());
  }

  /**
   * The instrument with this id.
   *
   * @throws IllegalArgumentException when there is none; the message lists the known ids
   */
  public Instrument get(String id) {
    Entry entry = byId.get(requireNonNull(id, "id"));
    if (entry == null) {
      throw new IllegalArgumentException("unknown instrument " + id + "; known: " + ids());
    }
    return entry.get();
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
    return ids;
  }
}
