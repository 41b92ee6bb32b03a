package io.github.dylink4j.wasi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;

/** The four WASI clocks: realtime, monotonic, process and thread CPU time, in nanoseconds. */
final class Clocks {
  static final int REALTIME = 0;
  static final int MONOTONIC = 1;
  static final int PROCESS_CPUTIME = 2;
  static final int THREAD_CPUTIME = 3;

  private final Clock wall;
  private final long monotonicOrigin = System.nanoTime();

  Clocks(Clock wall) {
    this.wall = wall;
  }

  long time(int id) throws WasiException {
    switch (id) {
      case REALTIME:
        return FdCalls.nowNanos(wall);
      case MONOTONIC:
        // Starts near zero like CLOCK_MONOTONIC after boot, never goes back.
        return System.nanoTime() - monotonicOrigin + 1;
      case PROCESS_CPUTIME:
        return ProcessHandle.current()
            .info()
            .totalCpuDuration()
            .map(Duration::toNanos)
            .orElseGet(this::threadCpu);
      case THREAD_CPUTIME:
        return threadCpu();
      default:
        throw new WasiException(Errno.INVAL);
    }
  }

  private long threadCpu() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported()
        ? bean.getCurrentThreadCpuTime()
        : System.nanoTime() - monotonicOrigin;
  }

  /** Resolution: the JVM's clocks count in nanoseconds; the wall clock ticks in microseconds. */
  long resolution(int id) throws WasiException {
    switch (id) {
      case REALTIME:
        return 1_000;
      case MONOTONIC:
      case PROCESS_CPUTIME:
      case THREAD_CPUTIME:
        return 1;
      default:
        throw new WasiException(Errno.INVAL);
    }
  }
}
