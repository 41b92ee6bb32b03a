package io.github.dylink4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Before/after comparisons on a busy machine: the median <em>CPU time</em> of the calling thread
 * per {@code run(n)}, after a warm-up of wall-clock seconds. Other processes on the 2 cores stretch
 * wall time (what JMH measures) by their share of the CPU, but not the thread's own CPU time, and
 * the JIT compiles on threads of its own. Cache and memory-bandwidth interference remain, so a
 * quiet machine and JMH (bench/run) are still the reference; this is for comparing two compilers at
 * the same time of day.
 *
 * <p>With several engines (e.g. {@code dylink4j,chicory-compiler}) they run in the same JVM, their
 * calls alternating during warm-up and measurement, so each pair of calls meets the same load, and
 * the line ends with each engine's time relative to the first one's (the table's ratio). Their
 * generated classes are separate, so neither's profile pollutes the other's.
 *
 * <pre>
 * java [-Ddylink4j.split.threshold=0 ...] -cp bench/target/benchmarks.jar \
 *     io.github.dylink4j.bench.CpuTime WORKLOAD[,WORKLOAD...] [WARMUP_SECONDS (10)] [CALLS (15)] \
 *     [ENGINE[,ENGINE...] (dylink4j)]
 * </pre>
 *
 * Prints one line per workload and engine: {@code cpu WORKLOAD [ENGINE] median-ms min-ms max-ms
 * (CALLS calls)}, and for a second engine {@code ENGINE/FIRST median-ratio}.
 */
public final class CpuTime {
  private CpuTime() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 4) {
      System.err.println(
          "usage: CpuTime WORKLOAD[,WORKLOAD...] [WARMUP_SECONDS] [CALLS] [ENGINE[,ENGINE...]]");
      System.exit(2);
    }
    long warmup = args.length > 1 ? Long.parseLong(args[1]) : 10;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    List<Engine> engines = new ArrayList<>();
    for (String label : (args.length > 3 ? args[3] : "dylink4j").split(",")) {
      engines.add(Engine.labelled(label));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : args[0].split(",")) {
      Workload w = Workload.named(name);
      List<Runner> runners = new ArrayList<>();
      for (Engine e : engines) {
        runners.add(e.loadChecked(w, false));
      }
      long end = System.nanoTime() + warmup * 1_000_000_000L;
      while (System.nanoTime() < end) {
        for (Runner r : runners) {
          check(w, r.run(w.n()));
        }
      }
      double[][] ms = new double[runners.size()][calls];
      for (int i = 0; i < calls; i++) {
        for (int k = 0; k < runners.size(); k++) {
          long start = threads.getCurrentThreadCpuTime();
          long checksum = runners.get(k).run(w.n());
          ms[k][i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
          check(w, checksum);
        }
      }
      double first = 0;
      for (int k = 0; k < runners.size(); k++) {
        double[] m = ms[k];
        Arrays.sort(m);
        double median = m[calls / 2];
        String label = engines.size() > 1 ? " " + engines.get(k).label() : "";
        String ratio = "";
        if (k == 0) {
          first = median;
        } else {
          ratio =
              String.format(" %s/%s %.3f", label.trim(), engines.get(0).label(), median / first);
        }
        System.out.printf(
            "cpu %s%s %.2f %.2f %.2f (%d calls)%s%n",
            name, label, median, m[0], m[calls - 1], calls, ratio);
      }
    }
  }

  private static void check(Workload w, long checksum) {
    if (checksum != w.checksum()) {
      throw new IllegalStateException(w.name() + ": wrong checksum " + checksum);
    }
  }
}
