package io.github.dylink4j.bench;

/** A workload loaded into one engine, ready to call. */
@FunctionalInterface
public interface Runner {
  /** Calls the module's {@code run(n)}; the checksum as an unsigned 32-bit value. */
  long run(int n);
}
