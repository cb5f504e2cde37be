package org.attune.benchmarks;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the figures of JMH JSON result files ({@code -rf json -rff FILE}) and the ratios that
 * matter, in time and in bytes allocated per operation ({@code gc.alloc.rate.norm}, present when
 * run with {@code -prof gc}): Attune over its hand-written limit, and HAPI's FHIRPath over Attune
 * (how many times faster Attune is). Used by {@code run.sh}, so that no Python is needed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.attune.benchmarks.Report api.json batch.json fhir.json</pre>
 */
public final class Report {
  private Report() {}

  /** One benchmark's figures; alloc is NaN when not measured. */
  private record Figure(double score, double error, String unit, double alloc) {}

  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (String file : args) {
      for (JsonNode run : mapper.readTree(new File(file))) {
        String name = run.get("benchmark").asString();
        name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1); // Class.method
        JsonNode primary = run.get("primaryMetric");
        JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
        Figure f = new Figure(primary.get("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
            primary.get("scoreUnit").asString(), alloc.isMissingNode() ? Double.NaN : alloc.asDouble());
        figures.put(name, f);
        System.out.println(String.format(Locale.ROOT, "%-28s %12.3f ± %.3f %s%s", name, f.score(), f.error(), f.unit(),
            Double.isNaN(f.alloc()) ? "" : String.format(Locale.ROOT, "   %.1f B/op allocated", f.alloc())));
      }
    }
    ratio(figures, "API", "ApiBenchmark.attune", "ApiBenchmark.handCoded", "attune/handCoded");
    ratio(figures, "batch (in-JVM)", "BatchBenchmark.attuneCli", "BatchBenchmark.handWritten", "attune/handWritten");
    ratio(figures, "FHIR", "FhirPathBenchmark.fhirPath", "FhirPathBenchmark.attune", "fhirpath/attune");
  }

  /** Prints numerator over denominator; names is "numerator/denominator" as the line shows them. */
  private static void ratio(Map<String, Figure> figures, String label, String numerator, String denominator,
      String names) {
    Figure a = figures.get(numerator);
    Figure b = figures.get(denominator);
    if (a == null || b == null) {
      return;
    }
    System.out.println(String.format(Locale.ROOT, "%s ratio %s = %.2f", label, names, a.score() / b.score()));
    if (!Double.isNaN(a.alloc()) && !Double.isNaN(b.alloc())) {
      String[] name = names.split("/");
      System.out.println(String.format(Locale.ROOT, "%s allocation per op: %s %.1f B, %s %.1f B", label,
          name[0], a.alloc(), name[1], b.alloc()));
    }
  }
}
