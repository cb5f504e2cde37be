package org.attune.catalog;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import org.attune.model.Instrument;

/**
 * Reads, checks and writes definition documents (the JSON format described by
 * {@code org/attune/definition.schema.json} in this artifact).
 *
 * @since 0.1.0
 */
public final class Definitions {
  private Definitions() {}

  /**
   * Reads and fully checks a definition document.
   *
   * @param resource the document's name, used in problem reports
   * @throws InvalidDefinitionException listing every problem, each with its JSON path
   */
  public static Instrument read(String resource, InputStream in) {
    requireNonNull(resource, "resource");
    requireNonNull(in, "in");
    Problems problems = new Problems(resource);
    Doc.Instrument doc = DefinitionReader.read(in, problems);
    problems.throwIfAny();
    check(doc, problems);
    problems.throwIfAny();
    return DocMapping.toModel(doc);
  }

  /**
   * Reads a document whose bytes were checked in full by its module's build (see
   * {@link org.attune.spi.DefinitionSource#checkedSha256()}): parsed strictly, rules not
   * checked again.
   */
  static Instrument readChecked(byte[] json) {
    return DocMapping.toModel(TrustedReader.read(json));
  }

  /**
   * Checks an instrument built in code by the same rules as a document, naming problems by
   * the JSON path they would have in the document.
   *
   * @throws InvalidDefinitionException listing every problem
   */
  public static Instrument check(Instrument instrument) {
    Problems problems = new Problems("instrument " + instrument.id() + " (built in code)");
    check(DocMapping.toDoc(instrument), problems);
    problems.throwIfAny();
    return instrument;
  }

  /** The instrument as a definition document: indented JSON ending in a newline. */
  public static String toJson(Instrument instrument) {
    return DefinitionReader.write(DocMapping.toDoc(instrument));
  }

  private static void check(Doc.Instrument doc, Problems problems) {
    BeanChecks.check(doc, problems);
    DefinitionChecks.check(doc, problems);
  }
}
