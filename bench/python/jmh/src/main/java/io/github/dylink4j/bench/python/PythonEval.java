package io.github.dylink4j.bench.python;

import io.github.dylink4j.python.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * bench/python's workloads on dylink4j through the Java API: one {@code Python.eval("run(N)")} per
 * operation, so the time includes the call into the interpreter (queued to its thread, the source
 * string copied in, the repr copied out), unlike the harness's numbers, which Python times itself.
 * The returned checksum must be the one native CPython printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xss128m", "-XX:-DontCompileHugeMethods", "-XX:ReservedCodeCacheSize=512m"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class PythonEval {
  @Param({"loop", "calls", "json_roundtrip", "decimal_arith"})
  public String workload;

  /** Small sizes (a smoke test): the workloads' {@code quick.n}. */
  @Param("false")
  public boolean quick;

  private Python python;
  private String call;
  private String expected;

  @Setup(Level.Trial)
  public void start() {
    Properties props = new Properties();
    try (InputStream in = resource("workloads.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String prefix = quick ? workload + ".quick." : workload + ".";
    String n = props.getProperty(prefix + "n");
    if (n == null) {
      throw new IllegalArgumentException("no workload " + workload + " in workloads.properties");
    }
    expected = props.getProperty(prefix + "checksum");
    call = "run(" + n + ")";
    python = Python.builder().stdout(System.out).stderr(System.err).build();
    python.exec(source("workloads/" + workload + ".py"));
    check(python.eval(call));
  }

  @Benchmark
  public String eval() {
    return python.eval(call);
  }

  @TearDown(Level.Trial)
  public void stop() {
    check(python.eval(call));
    python.close();
  }

  /** eval gives repr(): the checksum of decimal_arith is a str, so it comes back quoted. */
  private void check(String repr) {
    String value = repr.startsWith("'") ? repr.substring(1, repr.length() - 1) : repr;
    if (!value.equals(expected)) {
      throw new AssertionError(
          workload + " returned " + repr + ", native CPython 3.11 printed " + expected);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = PythonEval.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " in the benchmark jar");
    }
    return in;
  }

  private static String source(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
