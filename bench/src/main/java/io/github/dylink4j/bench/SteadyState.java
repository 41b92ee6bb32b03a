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
 * Steady-state time of one {@code run(n)} call, for every workload on the JIT-compiling engines.
 *
 * <p>Sized for a 2-core machine: one fork (a fresh JVM per workload and engine), 4 warm-up and 5
 * measured iterations of 1 s; a run(n) takes 10-100 ms, so each iteration averages 10-100 calls.
 * The JVM flags are those of the dylink4j launcher, given to every engine alike. bench/run
 * overrides the counts with JMH's -wi/-i/-w/-r for --quick.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xss128m", "-XX:-DontCompileHugeMethods", "-XX:ReservedCodeCacheSize=512m"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class SteadyState {
  @Param({"nbody", "fannkuch", "sha256", "matmul", "interp", "hashtable", "dynlink", "dynlink-one"})
  public String workload;

  @Param({"dylink4j", "chicory-compiler"})
  public String engine;

  /** True in bench/run --quick: the small work sizes. */
  @Param({"false"})
  public boolean quick;

  private Runner runner;
  private int n;

  @Setup(Level.Trial)
  public void load() {
    Workload w = Workload.named(workload);
    Engine e = Engine.labelled(engine);
    if (!e.supports(w)) {
      // JMH has no "skip": bench/run leaves these combinations out with -p; a direct run says why.
      throw new UnsupportedOperationException(engine + " cannot run " + workload);
    }
    runner = e.loadChecked(w, quick);
    n = w.size(quick);
  }

  @Benchmark
  public long run() {
    return runner.run(n);
  }
}
