package io.github.dylink4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the comparison table of one bench/run: the median time of each workload on each engine and
 * its ratio to dylink4j (engine time / dylink4j time: above 1 means dylink4j is faster), with
 * geometric means. Reads JMH's JSON results (*.json) and the node/native drivers' lines (*.jsonl)
 * from one folder, and checks the drivers' checksums (JMH checks its own in setup).
 *
 * <pre>java -cp benchmarks.jar io.github.dylink4j.bench.Report [--quick] RESULTS_DIR</pre>
 *
 * Exit status 1 when a checksum is wrong or dylink4j has no result for a workload.
 */
public final class Report {
  static final String BASELINE = "dylink4j";
  static final List<String> ENGINES =
      List.of("dylink4j", "chicory-compiler", "chicory-interpreter", "node", "native");

  /** Median milliseconds per run(n), by workload then engine. */
  final Map<String, Map<String, Double>> medians = new LinkedHashMap<>();

  final List<String> errors = new ArrayList<>();

  private final ObjectMapper json = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    if (args.length != (quick ? 2 : 1)) {
      System.err.println("usage: Report [--quick] RESULTS_DIR");
      System.exit(2);
    }
    Report report = new Report();
    report.read(Path.of(args[quick ? 1 : 0]), quick);
    if (quick) {
      System.out.println("QUICK RUN (--quick): checksums checked; the timings below mean nothing.");
      System.out.println();
    }
    report.print(System.out);
    if (!report.errors.isEmpty()) {
      report.errors.forEach(e -> System.err.println("bench: " + e));
      System.exit(1);
    }
  }

  void read(Path dir, boolean quick) throws IOException {
    for (Workload w : Workload.all()) {
      medians.put(w.name(), new LinkedHashMap<>());
    }
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".jsonl")) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            addDriverLine(json.readTree(line), quick, name);
          }
        }
      } else if (name.endsWith(".json")) {
        for (JsonNode result : json.readTree(f.toFile())) {
          addJmhResult(result);
        }
      }
    }
    for (Map.Entry<String, Map<String, Double>> e : medians.entrySet()) {
      if (!e.getValue().isEmpty() && !e.getValue().containsKey(BASELINE)) {
        errors.add("no dylink4j result for " + e.getKey() + " (see the JMH output above)");
      }
    }
  }

  /** One JMH benchmark: the median of its measured iterations. */
  void addJmhResult(JsonNode result) {
    JsonNode params = result.path("params");
    String workload = params.path("workload").asText();
    String engine =
        result.path("benchmark").asText().endsWith(".Interpreter.run")
            ? "chicory-interpreter"
            : params.path("engine").asText();
    String unit = result.path("primaryMetric").path("scoreUnit").asText();
    if (!unit.equals("ms/op")) {
      throw new IllegalArgumentException(
          "JMH result for " + workload + " in " + unit + ", not ms/op");
    }
    List<Double> iterations = new ArrayList<>();
    for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
      fork.forEach(v -> iterations.add(v.asDouble()));
    }
    put(workload, engine, median(iterations));
  }

  /** One node or native line: {"engine", "workload", "checksum", "times_ns": [...]}. */
  void addDriverLine(JsonNode line, boolean quick, String file) {
    String engine = line.path("engine").asText();
    String workload = line.path("workload").asText();
    Workload w;
    try {
      w = Workload.named(workload);
    } catch (IllegalArgumentException e) {
      errors.add(file + ": " + e.getMessage());
      return;
    }
    long checksum = line.path("checksum").asLong();
    if (checksum != w.expected(quick)) {
      errors.add(
          String.format(
              "%s: %s returned checksum %d, expected %d (from the native build)",
              engine, workload, checksum, w.expected(quick)));
      return;
    }
    List<Double> ms = new ArrayList<>();
    line.path("times_ns").forEach(t -> ms.add(t.asDouble() / 1e6));
    if (ms.isEmpty()) {
      errors.add(file + ": no times for " + engine + " " + workload);
      return;
    }
    put(workload, engine, median(ms));
  }

  private void put(String workload, String engine, double ms) {
    medians.computeIfAbsent(workload, k -> new LinkedHashMap<>()).put(engine, ms);
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /** Engine time / dylink4j time for one workload, if both ran. */
  Optional<Double> ratio(String workload, String engine) {
    Map<String, Double> row = medians.getOrDefault(workload, Map.of());
    Double base = row.get(BASELINE);
    Double other = row.get(engine);
    return base == null || other == null ? Optional.empty() : Optional.of(other / base);
  }

  /** Geometric mean of an engine's ratios over the workloads it ran. */
  Optional<Double> geometricMean(String engine) {
    double logSum = 0;
    int count = 0;
    for (String w : medians.keySet()) {
      Optional<Double> r = ratio(w, engine);
      if (r.isPresent() && !Workload.named(w).dynamic()) {
        logSum += Math.log(r.get());
        count++;
      }
    }
    return count == 0 ? Optional.empty() : Optional.of(Math.exp(logSum / count));
  }

  void print(PrintStream out) {
    List<String> engines = ENGINES.stream().filter(this::hasAny).toList();
    out.println(
        "Median time of one run(n) per workload; other engines as a ratio to dylink4j"
            + " (engine time / dylink4j time: above 1 = dylink4j is faster).");
    out.println();
    StringBuilder header = new StringBuilder("| workload | dylink4j ms |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (String e : engines.subList(1, engines.size())) {
      header.append(' ').append(e).append(" |");
      rule.append("---:|");
    }
    out.println(header);
    out.println(rule);
    for (Map.Entry<String, Map<String, Double>> row : medians.entrySet()) {
      String w = row.getKey();
      if (row.getValue().isEmpty()) {
        continue; // not part of this run (bench/run --workloads)
      }
      StringBuilder line = new StringBuilder("| ").append(w).append(" | ");
      Double base = row.getValue().get(BASELINE);
      line.append(base == null ? "—" : format("%.2f", base)).append(" |");
      for (String e : engines.subList(1, engines.size())) {
        Double ms = row.getValue().get(e);
        line.append(' ');
        if (ms == null) {
          line.append("—");
        } else {
          Optional<Double> r = ratio(w, e);
          line.append(r.map(x -> format("%.2fx", x)).orElse("?")).append(format(" (%.2f ms)", ms));
        }
        line.append(" |");
      }
      out.println(line);
    }
    StringBuilder geo = new StringBuilder("| geometric mean* | 1 |");
    for (String e : engines.subList(1, engines.size())) {
      geo.append(' ')
          .append(geometricMean(e).map(x -> format("%.2fx", x)).orElse("—"))
          .append(" |");
    }
    out.println(geo);
    out.println();
    out.println(
        "*over the one-module workloads (dynlink needs a dynamic loader: only dylink4j and native"
            + " run it).");
    crossModule("dylink4j")
        .ifPresent(
            r ->
                out.println(
                    format(
                        "Cross-module calls, dylink4j: dynlink / dynlink-one = %.2fx (target: at most 1.2x)",
                        r)));
    crossModule("native")
        .ifPresent(
            r ->
                out.println(
                    format(
                        "Cross-module calls, native (glibc dlopen, PLT): dynlink / dynlink-one = %.2fx",
                        r)));
  }

  /** The dynamic workload's time over its one-module build's, on one engine. */
  Optional<Double> crossModule(String engine) {
    Double dyn = medians.getOrDefault("dynlink", Map.of()).get(engine);
    Double one = medians.getOrDefault("dynlink-one", Map.of()).get(engine);
    return dyn == null || one == null ? Optional.empty() : Optional.of(dyn / one);
  }

  private boolean hasAny(String engine) {
    return engine.equals(BASELINE)
        || medians.values().stream().anyMatch(m -> m.containsKey(engine));
  }

  private static String format(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
