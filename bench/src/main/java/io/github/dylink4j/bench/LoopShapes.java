package io.github.dylink4j.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * What C2 makes of matmul's inner loop in the shape dylink4j emits for it, next to the same loop
 * with a {@code <} exit test: hand-written Java over a {@code byte[]} memory with little-endian
 * {@code VarHandle}s, as the generated code accesses it (docs/performance.md, "matmul against
 * node").
 *
 * <p>zig's LLVM unrolls the inner loop twice and exits with {@code i32.ne} on a counter that steps
 * by 2. C2 only forms a counted loop (range-check elimination, unrolling, no safepoint poll per
 * iteration) from a {@code !=} test when the stride is 1 or -1, so the translated loop keeps six
 * bounds checks and a poll per iteration. The {@code <} variant is what a translator could emit
 * when it proves (or checks once before the loop) that the counter meets the limit exactly.
 *
 * <p>{@code recurrence}: dynlink-one's {@code lib_loop} (a chain {@code acc = f(acc, i)} through
 * small functions, no memory) as a counted loop, which C2 unrolls and reassociates (adding adds to
 * the chain), against the same loop with its stride in a variable, which C2 does not count and so
 * does not unroll.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.dylink4j.bench.LoopShapes [N (200)] [SECONDS (8)] [CALLS (21)]
 * java -cp bench/target/benchmarks.jar io.github.dylink4j.bench.LoopShapes recurrence
 * </pre>
 */
public final class LoopShapes {
  private LoopShapes() {}

  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  // matmul.wasm's static arrays: a, b, c of 512 x 512 doubles.
  private static final int A = 16_777_232;
  private static final int B = 18_874_384;
  private static final int C = 20_971_536;

  private static double load(byte[] m, int addr) {
    return Double.longBitsToDouble((long) I64.get(m, addr));
  }

  private static void store(byte[] m, int addr, double v) {
    I64.set(m, addr, Double.doubleToRawLongBits(v));
  }

  /** c += a x b with the inner loop exiting on {@code limit != j} (as translated). */
  static void multiplyNe(byte[] m, int n) {
    int limit = n & -2;
    for (int i = 0; i != n; i++) {
      for (int k = 0; k != n; k++) {
        double aik = load(m, A + ((i * n + k) << 3));
        int pb = B + ((k * n) << 3);
        int pc = C + ((i * n) << 3);
        int j = 0;
        if (n != 1) {
          do {
            store(m, pc, aik * load(m, pb) + load(m, pc));
            store(m, pc + 8, aik * load(m, pb + 8) + load(m, pc + 8));
            pb += 16;
            pc += 16;
            j += 2;
          } while (limit != j);
        }
        if ((n & 1) != 0) {
          int at = C + ((i * n + j) << 3);
          store(m, at, aik * load(m, B + ((k * n + j) << 3)) + load(m, at));
        }
      }
    }
  }

  /** The same with {@code j < limit}: a loop C2 counts. */
  static void multiplyLt(byte[] m, int n) {
    int limit = n & -2;
    for (int i = 0; i != n; i++) {
      for (int k = 0; k != n; k++) {
        double aik = load(m, A + ((i * n + k) << 3));
        int pb = B + ((k * n) << 3);
        int pc = C + ((i * n) << 3);
        int j = 0;
        if (n != 1) {
          do {
            store(m, pc, aik * load(m, pb) + load(m, pc));
            store(m, pc + 8, aik * load(m, pb + 8) + load(m, pc + 8));
            pb += 16;
            pc += 16;
            j += 2;
          } while (j < limit);
        }
        if ((n & 1) != 0) {
          int at = C + ((i * n + j) << 3);
          store(m, at, aik * load(m, B + ((k * n + j) << 3)) + load(m, at));
        }
      }
    }
  }

  private static void fill(byte[] m, int n) {
    for (int i = 0; i < n * n; i++) {
      store(m, A + (i << 3), (double) (i % 17) - 8.0);
      store(m, B + (i << 3), (double) (i % 13) * 0.5);
      store(m, C + (i << 3), 0);
    }
  }

  private static long checksum(byte[] m, int n) {
    int sum = 0;
    for (int i = 0; i < n * n; i++) {
      long bits = (long) I64.get(m, C + (i << 3));
      sum = sum * 31 + (int) (bits ^ (bits >>> 32));
    }
    return sum & 0xFFFF_FFFFL;
  }

  private static int mainStep(int x) {
    return (x + (x << 3)) ^ (x >>> 7);
  }

  private static int mainMix(int acc, int i) {
    return (acc + i) * 0x85ebca6b ^ (acc >>> 13);
  }

  /** dynlink-one's lib_loop: a counted loop. */
  static int recurrenceCounted(int n) {
    int acc = 1;
    for (int i = 0; i != n; i++) {
      acc = mainStep(mainMix(acc, i));
    }
    return acc;
  }

  /** The same with the stride in a variable (always 1): not a counted loop for C2. */
  static int recurrenceUncounted(int n, int step) {
    int acc = 1;
    for (int i = 0; i != n; i += step) {
      acc = mainStep(mainMix(acc, i));
    }
    return acc;
  }

  private static void recurrence(int step) {
    int n = Workload.named("dynlink-one").n();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + 8_000_000_000L;
    while (System.nanoTime() < end) {
      if (recurrenceCounted(n) != recurrenceUncounted(n, step)) {
        throw new IllegalStateException("shapes disagree");
      }
    }
    double[][] ms = new double[2][21];
    for (int k = 0; k < 21; k++) {
      long start = threads.getCurrentThreadCpuTime();
      int counted = recurrenceCounted(n);
      ms[0][k] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      start = threads.getCurrentThreadCpuTime();
      int uncounted = recurrenceUncounted(n, step);
      ms[1][k] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      if (counted != uncounted) {
        throw new IllegalStateException("shapes disagree");
      }
    }
    Arrays.sort(ms[0]);
    Arrays.sort(ms[1]);
    System.out.printf(
        "lib_loop n=%d: counted %.2f ms cpu, stride in a variable %.2f ms, ratio %.3f%n",
        n, ms[0][10], ms[1][10], ms[1][10] / ms[0][10]);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("recurrence")) {
      recurrence(args.length > 1 ? Integer.parseInt(args[1]) : 1);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 8;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 21;
    byte[] m = new byte[257 * 65536 + C - 16_777_216 + 512 * 512 * 8];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long expected = -1;
    while (System.nanoTime() < end) {
      for (int shape = 0; shape < 2; shape++) {
        expected = run(m, n, shape, expected);
      }
    }
    Workload matmul = Workload.named("matmul");
    if (n == matmul.n() && expected != matmul.checksum()) {
      throw new IllegalStateException(
          "checksum " + expected + ", matmul.wasm's is " + matmul.checksum());
    }
    double[][] ms = new double[2][calls];
    for (int i = 0; i < calls; i++) {
      for (int shape = 0; shape < 2; shape++) {
        long start = threads.getCurrentThreadCpuTime();
        run(m, n, shape, expected);
        ms[shape][i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
      }
    }
    String[] names = {"ne (as translated)", "lt (counted)"};
    for (int shape = 0; shape < 2; shape++) {
      Arrays.sort(ms[shape]);
      System.out.printf(
          "loop %s n=%d: median %.2f ms cpu (min %.2f, max %.2f)%n",
          names[shape], n, ms[shape][calls / 2], ms[shape][0], ms[shape][calls - 1]);
    }
    System.out.printf("lt/ne %.3f, checksum %d%n", ms[1][calls / 2] / ms[0][calls / 2], expected);
  }

  private static long run(byte[] m, int n, int shape, long expected) {
    fill(m, n);
    if (shape == 0) {
      multiplyNe(m, n);
    } else {
      multiplyLt(m, n);
    }
    long sum = checksum(m, n);
    if (expected != -1 && sum != expected) {
      throw new IllegalStateException("shapes disagree: " + sum + " vs " + expected);
    }
    return sum;
  }
}
