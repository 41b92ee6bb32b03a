package io.github.dylink4j.runtime.internal;

/**
 * Locals of a split (very large) wasm function live in a {@code long[]} frame (floats as their
 * bits) and an {@code Object[]} for references, shared by the function's method and its chunk
 * methods. The compiler now emits frame accesses as plain array instructions (C2 stops inlining
 * even one-line helpers into methods past its 8,000-byte inlining budget); the get/set helpers stay
 * for bundles compiled before that, which still call them.
 */
public final class FrameOps {
  private FrameOps() {}

  /**
   * Frame words held by the current thread's active split-function calls. Their locals are on the
   * heap, so deep recursion would exhaust the heap (slowly, through GC) instead of the stack; past
   * this limit a call fails as a stack overflow does ("call stack exhausted").
   */
  private static final ThreadLocal<long[]> HELD = ThreadLocal.withInitial(() -> new long[1]);

  private static final long LIMIT = Long.getLong("dylink4j.split.frameWords", 1L << 24);

  /** Allocates a split function's numeric frame of {@code words} longs. */
  public static long[] enter(int words) {
    long[] held = HELD.get();
    if (held[0] + words > LIMIT) {
      throw new StackOverflowError("split function frames exceed " + LIMIT + " words");
    }
    held[0] += words;
    return new long[words];
  }

  /** Releases what {@link #enter} counted, on every way out of the function. */
  public static void leave(int words) {
    HELD.get()[0] -= words;
  }

  public static int getI(long[] frame, int index) {
    return (int) frame[index];
  }

  public static long getJ(long[] frame, int index) {
    return frame[index];
  }

  public static float getF(long[] frame, int index) {
    return Float.intBitsToFloat((int) frame[index]);
  }

  public static double getD(long[] frame, int index) {
    return Double.longBitsToDouble(frame[index]);
  }

  public static Object getR(Object[] refs, int index) {
    return refs[index];
  }

  public static void setI(int value, long[] frame, int index) {
    frame[index] = value;
  }

  public static void setJ(long value, long[] frame, int index) {
    frame[index] = value;
  }

  // Raw bits: a NaN's payload must survive a local.set/local.get round trip.
  public static void setF(float value, long[] frame, int index) {
    frame[index] = Float.floatToRawIntBits(value);
  }

  public static void setD(double value, long[] frame, int index) {
    frame[index] = Double.doubleToRawLongBits(value);
  }

  public static void setR(Object value, Object[] refs, int index) {
    refs[index] = value;
  }
}
