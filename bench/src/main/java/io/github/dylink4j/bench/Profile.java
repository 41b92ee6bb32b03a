package io.github.dylink4j.bench;

/**
 * Runs one workload on one engine in a loop, for profiling with JVM flags (-XX:+PrintCompilation,
 * -XX:+UnlockDiagnosticVMOptions -XX:+PrintInlining, -XX:StartFlightRecording=...):
 *
 * <pre>
 * java -XX:+PrintCompilation -cp bench/target/benchmarks.jar io.github.dylink4j.bench.Profile \
 *     WORKLOAD [ENGINE] [SECONDS]
 * </pre>
 *
 * Prints the time of each call, so the point where the JIT settles is visible next to its log.
 */
public final class Profile {
  private Profile() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println(
          "usage: Profile WORKLOAD [ENGINE (default dylink4j)] [SECONDS (default 20)]");
      System.exit(2);
    }
    Workload w = Workload.named(args[0]);
    Engine engine = args.length > 1 ? Engine.labelled(args[1]) : Engine.DYLINK4J;
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 20;
    Runner r = engine.loadChecked(w, false);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int call = 1; System.nanoTime() < end; call++) {
      long start = System.nanoTime();
      long checksum = r.run(w.n());
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (checksum != w.checksum()) {
        throw new IllegalStateException(w.name() + ": wrong checksum " + checksum);
      }
      System.out.printf("profile: %s %s call %d: %d ms%n", engine.label(), w.name(), call, ms);
    }
  }
}
