package io.github.dylink4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table step, on hand-written JMH and driver results whose ratios are worked out by hand. */
class ReportTest {
  @TempDir Path dir;

  private static String jmh(String bench, String workload, String engine, double... iterations) {
    StringBuilder raw = new StringBuilder();
    for (double v : iterations) {
      raw.append(raw.length() == 0 ? "" : ",").append(v);
    }
    return "{\"benchmark\":\"io.github.dylink4j.bench."
        + bench
        + ".run\",\"params\":{\"workload\":\""
        + workload
        + "\""
        + (engine == null ? "" : ",\"engine\":\"" + engine + "\"")
        + ",\"quick\":\"true\"},\"primaryMetric\":{\"score\":0,\"scoreUnit\":\"ms/op\","
        + "\"rawData\":[["
        + raw
        + "]]}}";
  }

  private Report read() throws IOException {
    Report r = new Report();
    r.read(dir, true);
    return r;
  }

  @Test
  void mediansRatiosAndGeometricMean() throws IOException {
    Files.writeString(
        dir.resolve("a.json"),
        "["
            + String.join(
                ",",
                jmh("SteadyState", "nbody", "dylink4j", 9, 1, 2), // median 2
                jmh("SteadyState", "fannkuch", "dylink4j", 4, 4, 5, 100), // median 4.5
                jmh("SteadyState", "nbody", "chicory-compiler", 8, 8, 8), // 4x
                jmh("SteadyState", "fannkuch", "chicory-compiler", 18), // 4x
                jmh("Interpreter", "nbody", null, 200)) // 100x
            + "]");
    // node: nbody 1 ms (0.5x), fannkuch 18 ms (4x): geometric mean sqrt(0.5 * 4) = 1.414...
    Files.writeString(
        dir.resolve("node.jsonl"),
        "{\"engine\":\"node\",\"workload\":\"nbody\",\"checksum\":1847942878,"
            + "\"times_ns\":[3000000,1000000,500000]}\n"
            + "{\"engine\":\"node\",\"workload\":\"fannkuch\",\"checksum\":22816,"
            + "\"times_ns\":[18000000]}\n");
    Report r = read();
    assertEquals(List.of(), r.errors);
    assertEquals(2.0, r.medians.get("nbody").get("dylink4j"));
    assertEquals(4.5, r.medians.get("fannkuch").get("dylink4j"));
    assertEquals(4.0, r.ratio("nbody", "chicory-compiler").orElseThrow(), 1e-12);
    assertEquals(100.0, r.ratio("nbody", "chicory-interpreter").orElseThrow(), 1e-12);
    assertEquals(4.0, r.geometricMean("chicory-compiler").orElseThrow(), 1e-12);
    assertEquals(Math.sqrt(2), r.geometricMean("node").orElseThrow(), 1e-12);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| nbody | 2.00 | 4.00x (8.00 ms) | 100.00x (200.00 ms) |"), table);
    assertTrue(table.contains("| geometric mean* | 1 | 4.00x | 100.00x | 1.41x |"), table);
  }

  @Test
  void aWrongDriverChecksumIsAnErrorAndNotANumber() throws IOException {
    Files.writeString(
        dir.resolve("a.json"), "[" + jmh("SteadyState", "nbody", "dylink4j", 1) + "]");
    Files.writeString(
        dir.resolve("native.jsonl"),
        "{\"engine\":\"native\",\"workload\":\"nbody\",\"checksum\":7,\"times_ns\":[1]}\n");
    Report r = read();
    assertEquals(
        List.of("native: nbody returned checksum 7, expected 1847942878 (from the native build)"),
        r.errors);
    assertTrue(r.medians.get("nbody").get("native") == null);
  }

  @Test
  void aWorkloadWithoutADylink4jResultIsAnError() throws IOException {
    Files.writeString(
        dir.resolve("a.json"), "[" + jmh("SteadyState", "sha256", "chicory-compiler", 1) + "]");
    assertEquals(
        List.of("no dylink4j result for sha256 (see the JMH output above)"), read().errors);
  }

  @Test
  void crossModuleOverheadIsDynamicOverOneModule() throws IOException {
    Files.writeString(
        dir.resolve("a.json"),
        "["
            + jmh("SteadyState", "dynlink", "dylink4j", 3)
            + ","
            + jmh("SteadyState", "dynlink-one", "dylink4j", 2)
            + "]");
    assertEquals(1.5, read().crossModule("dylink4j").orElseThrow(), 1e-12);
  }
}
