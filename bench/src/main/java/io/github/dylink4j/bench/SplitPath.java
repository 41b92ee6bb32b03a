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
 * The workloads on dylink4j with every function forced through the huge-function path (the one
 * CPython's eval loop takes): {@code dylink4j.split.threshold=0} splits every function, and a
 * budget of 400 estimated bytes cuts hot loops into several chunk methods. Compare with {@link
 * SteadyState}'s dylink4j numbers to see what splitting costs:
 *
 * <pre>java -jar bench/target/benchmarks.jar SplitPath</pre>
 *
 * <p>The system properties must be JVM flags (the compiler reads them once), so this is its own
 * class with its own fork arguments; run it with a fork (not -f 0) or the flags do not apply.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xss128m",
      "-XX:-DontCompileHugeMethods",
      "-XX:ReservedCodeCacheSize=512m",
      "-Ddylink4j.split.threshold=0",
      "-Ddylink4j.split.budget=400"
    })
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class SplitPath {
  @Param({"nbody", "fannkuch", "sha256", "matmul", "interp", "hashtable"})
  public String workload;

  /** True for the small work sizes of bench/run --quick. */
  @Param({"false"})
  public boolean quick;

  private Runner runner;
  private int n;

  @Setup(Level.Trial)
  public void load() {
    Workload w = Workload.named(workload);
    runner = Engine.DYLINK4J.loadChecked(w, quick);
    n = w.size(quick);
  }

  @Benchmark
  public long run() {
    return runner.run(n);
  }
}
