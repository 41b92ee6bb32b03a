package io.github.dylink4j.bench;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chicory's interpreter on the same workloads and sizes. It is 1-2 orders of magnitude slower, so
 * one call can outlast a 1 s iteration: fewer iterations keep a default run within its budget, and
 * the interpreter's own JIT warm-up matters little at these call lengths.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xss128m", "-XX:-DontCompileHugeMethods", "-XX:ReservedCodeCacheSize=512m"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
public class Interpreter {
  @Param({"nbody", "fannkuch", "sha256", "matmul", "interp", "hashtable", "dynlink-one"})
  public String workload;

  @Param({"false"})
  public boolean quick;

  private Runner runner;
  private int n;

  @Setup(Level.Trial)
  public void load() {
    Workload w = Workload.named(workload);
    runner = Engine.CHICORY_INTERPRETER.loadChecked(w, quick);
    n = w.size(quick);
  }

  @Benchmark
  public long run() {
    return runner.run(n);
  }
}
