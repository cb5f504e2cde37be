package org.attune.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.Attune;
import org.attune.model.Band;
import org.attune.model.Flag;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Scale;
import org.attune.response.AnswerCoding;
import org.attune.response.Responses;
import org.attune.scoring.Completeness;
import org.attune.scoring.Result;
import org.attune.scoring.ScaleResult;
import org.attune.scoring.Scorer;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Scores a cohort's CSV file through the Java API and prints, per scale, how many rows fell in
 * each band of the profile (and how many could not be scored), the rows per status, and how
 * many rows raised each flag. The header names the item ids ({@code epds_1} …); other columns
 * are ignored; an empty cell or {@code NA} is not answered. For scored output row by row, use
 * the command line ({@code ./attune score}), which also reads ages, maps other column names
 * and writes JSON Lines.
 *
 * <pre>{@code
 * java -cp 'examples/target/attune-examples-0.1.0-SNAPSHOT.jar:examples/target/lib/*' \
 *     org.attune.examples.ScoreCohort epds examples/data/epds-sample.csv [profile] [score|position]
 * }</pre>
 */
public final class ScoreCohort {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .build();

  private ScoreCohort() {}

  /** Counts of one cohort: rows per status, rows per band of each scale (null: not scored), rows per flag. */
  public record Counts(
      Map<Completeness, Integer> statuses, Map<String, Map<String, Integer>> bands, Map<String, Integer> flags) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: ScoreCohort <instrument> <file.csv> [profile] [score|position]");
      System.exit(2);
    }
    try (Reader csv = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      Scorer scorer = args.length > 2 ? Attune.catalog().scorer(args[0], args[2]) : Attune.catalog().scorer(args[0]);
      AnswerCoding coding = args.length > 3 ? AnswerCoding.valueOf(args[3].toUpperCase(Locale.ROOT)) : AnswerCoding.SCORE;
      print(scorer, count(scorer, coding, csv), System.out);
    } catch (IllegalArgumentException e) {
      // unknown instrument, profile or coding, or a scored item's column absent
      System.err.println("ScoreCohort: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Scores every row.
   *
   * @throws IllegalArgumentException when the header lacks a scored item's column
   */
  public static Counts count(Scorer scorer, AnswerCoding coding, Reader csv) {
    Instrument instrument = scorer.instrument();
    Counts counts = empty(scorer);
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(csv)) {
      if (!rows.hasNext()) {
        return counts;
      }
      List<String> header = new ArrayList<>();
      for (String name : rows.next()) {
        header.add(name.replace("\uFEFF", "").strip());
      }
      Map<Item, Integer> columns = new LinkedHashMap<>();
      for (Item item : instrument.items()) {
        int column = header.indexOf(item.id());
        if (column < 0 && instrument.isScored(item.id())) {
          throw new IllegalArgumentException("the header has no column " + item.id());
        }
        if (column >= 0) {
          columns.put(item, column);
        }
      }
      while (rows.hasNext()) {
        String[] cells = rows.next();
        Map<String, Object> answers = new LinkedHashMap<>();
        columns.forEach((item, column) -> answers.put(item.id(), column < cells.length ? answer(cells[column]) : null));
        Result result = scorer.evaluate(Responses.of(coding, answers));
        // A row of the wrong width is invalid, as the command line marks it; its answers still raise flags.
        tally(counts, result, cells.length != header.size());
      }
    }
    return counts;
  }

  private static Object answer(String cell) {
    String value = cell.strip();
    return value.isEmpty() || value.equals("NA") ? null : value;
  }

  private static Counts empty(Scorer scorer) {
    Map<Completeness, Integer> statuses = new EnumMap<>(Completeness.class);
    for (Completeness c : Completeness.values()) {
      statuses.put(c, 0);
    }
    Map<String, Map<String, Integer>> bands = new LinkedHashMap<>();
    for (Scale scale : scorer.instrument().scales()) {
      Map<String, Integer> perBand = new LinkedHashMap<>();
      scorer.profile().flatMap(p -> p.bandsFor(scale.id())).ifPresent(b -> {
        for (Band band : b.bands()) {
          perBand.put(band.code(), 0);
        }
      });
      bands.put(scale.id(), perBand);
    }
    Map<String, Integer> flags = new LinkedHashMap<>();
    for (Flag flag : scorer.instrument().flags()) {
      flags.put(flag.code(), 0);
    }
    return new Counts(statuses, bands, flags);
  }

  private static void tally(Counts counts, Result result, boolean wrongWidth) {
    counts.statuses().merge(wrongWidth ? Completeness.INVALID : result.status(), 1, Integer::sum);
    for (ScaleResult scale : result.scales()) {
      String key = wrongWidth || !scale.scored() ? null : scale.band() == null ? "scored" : scale.band();
      counts.bands().get(scale.scaleId()).merge(key, 1, Integer::sum);
    }
    for (Flag flag : result.flags()) {
      counts.flags().merge(flag.code(), 1, Integer::sum);
    }
  }

  /** Prints the counts: statuses, then each scale's bands, then flags. */
  public static void print(Scorer scorer, Counts counts, PrintStream out) {
    int rows = counts.statuses().values().stream().mapToInt(Integer::intValue).sum();
    out.println(scorer.instrument().id() + ", profile " + scorer.profile().map(p -> p.id()).orElse("none") + ": "
        + rows + " rows. " + Wording.NOT_A_DIAGNOSIS);
    out.println("status");
    counts.statuses().forEach((status, n) -> line(out, status.code(), n));
    counts.bands().forEach((scale, perBand) -> {
      out.println(scale);
      perBand.forEach((band, n) -> {
        if (band != null) {
          line(out, band, n);
        }
      });
      line(out, "(not scored)", perBand.getOrDefault(null, 0));
    });
    if (!counts.flags().isEmpty()) {
      out.println("flags");
      counts.flags().forEach((flag, n) -> line(out, flag, n));
    }
  }

  private static void line(PrintStream out, String name, int n) {
    out.println(String.format(Locale.ROOT, "  %-24s %d", name, n));
  }
}
