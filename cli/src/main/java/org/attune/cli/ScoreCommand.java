package org.attune.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.cli.spi.OutputFormat;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code attune score}: batch-scores a CSV or JSON Lines file, one output row per input row.
 *
 * <p>Its options are declared through picocli's programmatic API, not its annotations: picocli
 * reads annotations by reflection, and the JDK makes a class at run time for each annotation
 * type it reads, which cost every run about 30 ms of start-up on 2 cores.
 */
final class ScoreCommand implements Callable<Integer> {
  /** Formats; {@code fhir} is read and written by the attune-fhir-cli jar's extension ({@link Extensions}). */
  enum Format { csv, jsonl, qs, fhir }

  enum Coding { score, position }

  private static final int MAX_THREADS = 8;

  private final AttuneCommand parent;
  private final CommandSpec spec;

  private String instruments;
  private String file;
  private Path output;
  private Coding answers;
  private Format format;
  private String studyId;
  private Format inputFormat;
  private String profile;
  private String idColumn;
  private String missing;
  private char delimiter;
  private List<String> map;
  private Path mapFile;
  private Integer threads;
  private boolean quiet;

  ScoreCommand(AttuneCommand parent) {
    this.parent = parent;
    spec = CommandSpec.wrapWithoutInspection(this).name("score");
    spec.usageMessage()
        .sortOptions(false)
        .description("Score every row of a CSV or JSON Lines file. Results are screening results, not diagnoses.",
            "Output cells that begin with = + - @, a tab or a carriage return and are not numbers get a leading ' "
                + "so that spreadsheets do not run them as formulas.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true)
        .paramLabel("INSTRUMENT[,INSTRUMENT...]")
        .type(String.class).description("instrument id(s), e.g. epds or epds,gad7").build());
    spec.addPositional(PositionalParamSpec.builder().index("1").arity("0..1").paramLabel("FILE")
        .type(String.class).description("input file, or - for standard input (default)").build());
    option(Path.class, "FILE", null, "output file (default: standard output)", "-o", "--output");
    option(Coding.class, "score|position", "score",
        "how answer cells are coded: the item score (default) or the 1-based printed position", "--answers");
    option(Format.class, "csv|jsonl|qs|fhir", "csv", "output format (default: csv); qs: CDISC SDTM QS records, "
        + "see docs/cdisc-qs.md; fhir: NDJSON of Observations and Flags", "--format");
    option(String.class, "ID", null, "STUDYID of --format qs records (default: empty)", "--study-id");
    option(Format.class, "csv|jsonl|fhir", null, "input format (default: from the file name; csv for standard "
        + "input); fhir: QuestionnaireResponses as NDJSON or a Bundle", "--input-format");
    option(String.class, "ID", null, "cut-off profile (default: each instrument's default)", "--profile");
    option(String.class, "NAME", null, "column copied to the output to identify rows (default: id)", "--id-column");
    option(String.class, "TOKENS", null,
        "comma-separated values that also mean not answered, besides an empty cell and NA", "--missing");
    option(char.class, "CHAR", ",", "CSV delimiter (default: ,)", "--delimiter");
    spec.addOption(OptionSpec.builder("--map").paramLabel("ITEM=COLUMN").type(List.class).auxiliaryTypes(String.class)
        .description("read ITEM from the input column COLUMN (repeatable), e.g. --map epds_1=EPDS_Q1").build());
    option(Path.class, "FILE", null, "a CSV file of item,column lines, for files whose headers differ from the "
        + "item ids", "--map-file");
    option(Integer.class, "N", null, "threads scoring CSV input (default: one per processor, at most "
        + MAX_THREADS + "); output order and content do not depend on it", "--threads");
    spec.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class).arity("0")
        .description("no summary at the end (errors are still reported)").build());
  }

  /** The command as picocli runs it. */
  CommandSpec spec() {
    return spec;
  }

  private void option(Class<?> type, String label, String defaultValue, String description, String... names) {
    spec.addOption(OptionSpec.builder(names).type(type).paramLabel(label).defaultValue(defaultValue)
        .description(description).build());
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(String.valueOf(ExitCodes.OK), "every row scored without violations");
    codes.put(String.valueOf(ExitCodes.FAILURE), "unexpected internal failure");
    codes.put(String.valueOf(ExitCodes.USAGE), "the command could not run; nothing was scored");
    codes.put(String.valueOf(ExitCodes.INVALID_ROWS), "the run finished but one or more rows were invalid");
    return codes;
  }

  /** The values picocli parsed (defaults where not given). */
  private void readArguments() {
    instruments = spec.positionalParameters().get(0).getValue();
    file = spec.positionalParameters().get(1).getValue();
    output = value("--output");
    answers = value("--answers");
    format = value("--format");
    studyId = value("--study-id");
    inputFormat = value("--input-format");
    profile = value("--profile");
    idColumn = value("--id-column");
    missing = value("--missing");
    delimiter = this.<Character>value("--delimiter");
    List<String> maps = value("--map");
    map = maps == null ? List.of() : maps;
    mapFile = value("--map-file");
    threads = value("--threads");
    quiet = Boolean.TRUE.equals(value("--quiet"));
  }

  private <T> T value(String option) {
    return spec.findOption(option).getValue();
  }

  @Override
  public Integer call() throws IOException {
    readArguments();
    List<Scorer> scorers = scorers(Attune.catalog());
    List<Instrument> list = Batch.instruments(scorers);
    Set<String> items = new HashSet<>();
    for (Instrument instrument : list) {
      for (Item item : instrument.items()) {
        items.add(item.id());
      }
    }
    ColumnMap columns = ColumnMap.of(map, mapFile, items);
    Path input = file == null || file.equals("-") ? null : Path.of(file);
    if (output != null && Files.isDirectory(output)) {
      throw new UsageException("cannot write the output file " + output + ": it is a directory");
    }
    if (input != null && output != null && Files.exists(output) && Files.isSameFile(input, output)) {
      throw new UsageException("the output file is the input file: " + output);
    }
    if (inputFormat == Format.qs) {
      throw new UsageException("--input-format is csv, jsonl or fhir, not qs");
    }
    Format in = inputFormat != null ? inputFormat
        : input != null && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? Format.jsonl
        : Format.csv;
    AnswerCoding asked = answers == Coding.position ? AnswerCoding.POSITION : AnswerCoding.SCORE;
    boolean terminal = AttuneCommand.stderrIsTerminal();
    OutputFormat extended = format == Format.fhir ? Extensions.output(format.name()) : null;

    try (RecordSource source = open(input, in, scorers, columns)) {
      AnswerCoding coding = source.coding(asked);
      Path temp = output == null ? null : OutputFiles.tempBeside(output);
      boolean done = false;
      RunSummary summary = new RunSummary(list);
      Progress progress = new Progress(parent.stderr(), terminal, input == null ? -1 : Files.size(input));
      try (OutputStream out = stream(temp)) {
        char outDelimiter = in == Format.csv ? delimiter : ',';
        ParallelCsv.SinkFactory sinks = switch (format) {
          case jsonl -> o -> new JsonLinesResultSink(o, list.size());
          case qs -> o -> new QsResultSink(o, outDelimiter, list, source.hasIds(), source.idColumn(), studyId);
          case fhir -> o -> new ExtensionSink(o, extended.open(o, scorers));
          case csv -> CsvResultSink.factory(outDelimiter, scorers, source.hasIds(), source.idColumn());
        };
        ResultSink sink = sinks.open(out);
        sink.begin();
        int threads = threads();
        if (source instanceof CsvSource csv && threads > 1) {
          sink.finish(); // the header goes out before the pieces
          new ParallelCsv(scorers, coding, csv.layout(), delimiter, sinks, threads)
              .run(csv.rest(), out, summary, progress);
        } else {
          new Batch(scorers, coding).run(source, sink, summary, progress);
        }
        done = true;
      } finally {
        if (temp != null) {
          try {
            if (done) {
              OutputFiles.publish(temp, output);
            }
          } finally {
            Files.deleteIfExists(temp);
          }
        }
      }
      if (terminal && !quiet) {
        summary.print(parent.stderr(), progress.elapsedNanos());
      }
      return summary.invalidRows() > 0 ? ExitCodes.INVALID_ROWS : ExitCodes.OK;
    }
  }

  private int threads() {
    if (threads == null) {
      return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, not " + threads);
    }
    return threads;
  }

  private List<Scorer> scorers(Catalog catalog) {
    List<Scorer> scorers = new ArrayList<>();
    for (String id : instruments.split(",", -1)) {
      Instrument instrument = AttuneCommand.instrument(catalog, id.trim());
      if (profile != null && instrument.profile(profile).isEmpty()) {
        throw new UsageException("unknown profile " + profile + " for " + instrument.id() + "; profiles: "
            + instrument.profiles().stream().map(p -> p.id()).toList());
      }
      scorers.add(profile == null ? catalog.scorer(instrument.id()) : catalog.scorer(instrument.id(), profile));
    }
    return scorers;
  }

  private RecordSource open(Path input, Format in, List<Scorer> scorers, ColumnMap columns) throws IOException {
    InputStream stream;
    try {
      stream = input == null ? parent.stdin() : Files.newInputStream(input);
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read the input file " + input + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read the input file " + input + ": permission denied");
    }
    if (input != null && Files.isDirectory(input)) {
      stream.close();
      throw new UsageException("cannot read the input file " + input + ": it is a directory");
    }
    List<Instrument> list = Batch.instruments(scorers);
    if (in == Format.jsonl) {
      return new JsonLinesSource(stream, list, columns);
    }
    if (in == Format.fhir) {
      try {
        return new ExtensionSource(Extensions.input(in.name()), stream, scorers);
      } catch (IOException | RuntimeException e) {
        stream.close();
        throw e;
      }
    }
    CsvReader reader = new CsvReader(stream, delimiter);
    return new CsvSource(reader, new CsvLayout(reader, list, columns, idColumn == null ? "id" : idColumn,
        idColumn != null, Cells.missingTokens(missing)));
  }

  /**
   * The temporary file is new and empty, so it is opened for writing only, not truncated: on
   * ext4, truncating a file to nothing makes closing it wait for its blocks to be allocated
   * (auto_da_alloc), about 0.17 s for the 530 MB that 10,000,000 EPDS rows make.
   */
  private OutputStream stream(Path temp) throws IOException {
    return new BufferedOutputStream(temp == null ? parent.stdout()
        : Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16);
  }
}
