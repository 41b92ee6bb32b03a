package io.github.dylink4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Before/after comparisons on a busy machine: the median <em>CPU time</em> of the calling thread
 * per {@code run(n)}, after a warm-up of wall-clock seconds. Other processes on the 2 cores stretch
 * wall time (what JMH measures) by their share of the CPU, but not the thread's own CPU time, and
 * the JIT compiles on threads of its own. Cache and memory-bandwidth interference remain, so a
 * quiet machine and JMH (bench/run) are still the reference; this is for comparing two compilers at
 * the same time of day.
 *
 * <pre>
 * java [-Ddylink4j.split.threshold=0 ...] -cp bench/target/benchmarks.jar \
 *     io.github.dylink4j.bench.CpuTime WORKLOAD[,WORKLOAD...] [WARMUP_SECONDS (10)] [CALLS (15)]
 * </pre>
 *
 * Prints one line per workload: {@code cpu WORKLOAD median-ms min-ms max-ms (CALLS calls)}.
 */
public final class CpuTime {
  private CpuTime() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: CpuTime WORKLOAD[,WORKLOAD...] [WARMUP_SECONDS] [CALLS]");
      System.exit(2);
    }
    long warmup = args.length > 1 ? Long.parseLong(args[1]) : 10;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : args[0].split(",")) {
      Workload w = Workload.named(name);
      Runner r = Engine.DYLINK4J.loadChecked(w, false);
      long end = System.nanoTime() + warmup * 1_000_000_000L;
      while (System.nanoTime() < end) {
        check(w, r.run(w.n()));
      }
      double[] ms = new double[calls];
      for (int i = 0; i < calls; i++) {
        long start = threads.getCurrentThreadCpuTime();
        long checksum = r.run(w.n());
        ms[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        check(w, checksum);
      }
      Arrays.sort(ms);
      System.out.printf(
          "cpu %s %.2f %.2f %.2f (%d calls)%n", name, ms[calls / 2], ms[0], ms[calls - 1], calls);
    }
  }

  private static void check(Workload w, long checksum) {
    if (checksum != w.checksum()) {
      throw new IllegalStateException(w.name() + ": wrong checksum " + checksum);
    }
  }
}
