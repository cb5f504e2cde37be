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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attune.Attune;
import org.attune.catalog.Catalog;
import org.attune.cli.spi.OutputFormat;
import org.attune.model.Instrument;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code attune score}: batch-scores a CSV or JSON Lines file, one output row per input row. */
@Command(name = "score", sortOptions = false,
    description = {"Score every row of a CSV or JSON Lines file. Results are screening results, not diagnoses.",
        "Output cells that begin with = + - @, a tab or a carriage return and are not numbers get a leading ' "
            + "so that spreadsheets do not run them as formulas."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every row scored without violations", "1:unexpected internal failure",
        "2:the command could not run; nothing was scored", "3:the run finished but one or more rows were invalid"})
final class ScoreCommand implements Callable<Integer> {
  /** Formats; {@code fhir} is read and written by the attune-fhir-cli jar's extension ({@link Extensions}). */
  enum Format { csv, jsonl, qs, fhir }

  enum Coding { score, position }

  @ParentCommand AttuneCommand parent;

  @Parameters(index = "0", paramLabel = "INSTRUMENT[,INSTRUMENT...]", description = "instrument id(s), e.g. epds or epds,gad7")
  String instruments;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "input file, or - for standard input (default)")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (default: standard output)")
  Path output;

  @Option(names = "--answers", paramLabel = "score|position", defaultValue = "score",
      description = "how answer cells are coded: the item score (default) or the 1-based printed position")
  Coding answers;

  @Option(names = "--format", paramLabel = "csv|jsonl|qs|fhir", defaultValue = "csv",
      description = "output format (default: csv); qs: CDISC SDTM QS records, see docs/cdisc-qs.md; "
          + "fhir: NDJSON of Observations and Flags")
  Format format;

  @Option(names = "--study-id", paramLabel = "ID", description = "STUDYID of --format qs records (default: empty)")
  String studyId;

  @Option(names = "--input-format", paramLabel = "csv|jsonl|fhir",
      description = "input format (default: from the file name; csv for standard input); "
          + "fhir: QuestionnaireResponses as NDJSON or a Bundle")
  Format inputFormat;

  @Option(names = "--profile", paramLabel = "ID", description = "cut-off profile (default: each instrument's default)")
  String profile;

  @Option(names = "--id-column", paramLabel = "NAME", description = "column copied to the output to identify rows (default: id)")
  String idColumn;

  @Option(names = "--missing", paramLabel = "TOKENS",
      description = "comma-separated values that also mean not answered, besides an empty cell and NA")
  String missing;

  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", description = "CSV delimiter (default: ,)")
  char delimiter;

  @Option(names = "--map", paramLabel = "ITEM=COLUMN",
      description = "read ITEM from the input column COLUMN (repeatable), e.g. --map epds_1=EPDS_Q1")
  List<String> map = new ArrayList<>();

  @Option(names = "--map-file", paramLabel = "FILE",
      description = "a CSV file of item,column lines, for files whose headers differ from the item ids")
  Path mapFile;

  @Option(names = "--threads", paramLabel = "N",
      description = "threads scoring CSV input (default: one per processor, at most " + MAX_THREADS + "); "
          + "output order and content do not depend on it")
  Integer threads;

  private static final int MAX_THREADS = 8;

  @Option(names = {"-q", "--quiet"}, description = "no summary at the end (errors are still reported)")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    List<Scorer> scorers = scorers(Attune.catalog());
    List<Instrument> list = scorers.stream().map(Scorer::instrument).toList();
    Set<String> items = new HashSet<>();
    list.forEach(i -> i.items().forEach(item -> items.add(item.id())));
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
        ParallelCsv.SinkFactory sinks = o -> switch (format) {
          case jsonl -> new JsonLinesResultSink(o, list.size());
          case qs -> new QsResultSink(o, outDelimiter, list, source.hasIds(), source.idColumn(), studyId);
          case fhir -> new ExtensionSink(o, extended.open(o, scorers));
          case csv -> new CsvResultSink(o, outDelimiter, scorers, source.hasIds(), source.idColumn());
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
    List<Instrument> list = scorers.stream().map(Scorer::instrument).toList();
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
