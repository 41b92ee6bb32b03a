package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.WasmTrap;

/**
 * Wasm numeric instructions whose exact semantics are not a single JVM instruction. Generated code
 * calls these with {@code invokestatic}; the method name is the wasm instruction name in camel case
 * ({@code i32.div_s} is {@link #i32DivS}) and the descriptor follows the wasm types (i32 {@code
 * int}, i64 {@code long}, f32 {@code float}, f64 {@code double}).
 *
 * <p>Every method is kept tiny (most under HotSpot's {@code MaxInlineSize} of 35 bytes of bytecode)
 * so the JIT inlines it even at cold call sites; rare paths (traps, NaN payload handling) live in
 * separate private methods so they do not count against that budget.
 *
 * <p>NaN rule: where the spec wants an "arithmetic" NaN (quiet bit set) we never return an input
 * NaN unchanged, because it may be signalling; {@code x + x} or explicit bit work quiets it while
 * keeping a canonical NaN canonical.
 */
public final class NumericOps {
  private NumericOps() {}

  private static final String DIVIDE_BY_ZERO = "integer divide by zero";
  private static final String OVERFLOW = "integer overflow";
  private static final String INVALID_CONVERSION = "invalid conversion to integer";

  // ---------------------------------------------------------------- i32 comparisons (result 0/1)
  // Written as "cond ? 1 : 0" so that, once inlined, C2 folds a following branch on the result
  // into a direct compare-and-branch.

  public static int i32Eqz(int a) {
    return a == 0 ? 1 : 0;
  }

  public static int i32Eq(int a, int b) {
    return a == b ? 1 : 0;
  }

  public static int i32Ne(int a, int b) {
    return a != b ? 1 : 0;
  }

  public static int i32LtS(int a, int b) {
    return a < b ? 1 : 0;
  }

  /** Unsigned order: flipping the sign bit maps unsigned order onto signed order. */
  public static int i32LtU(int a, int b) {
    return (a + Integer.MIN_VALUE) < (b + Integer.MIN_VALUE) ? 1 : 0;
  }

  public static int i32GtS(int a, int b) {
    return a > b ? 1 : 0;
  }

  public static int i32GtU(int a, int b) {
    return (a + Integer.MIN_VALUE) > (b + Integer.MIN_VALUE) ? 1 : 0;
  }

  public static int i32LeS(int a, int b) {
    return a <= b ? 1 : 0;
  }

  public static int i32LeU(int a, int b) {
    return (a + Integer.MIN_VALUE) <= (b + Integer.MIN_VALUE) ? 1 : 0;
  }

  public static int i32GeS(int a, int b) {
    return a >= b ? 1 : 0;
  }

  public static int i32GeU(int a, int b) {
    return (a + Integer.MIN_VALUE) >= (b + Integer.MIN_VALUE) ? 1 : 0;
  }

  // ---------------------------------------------------------------- i64 comparisons (result 0/1)

  public static int i64Eqz(long a) {
    return a == 0L ? 1 : 0;
  }

  public static int i64Eq(long a, long b) {
    return a == b ? 1 : 0;
  }

  public static int i64Ne(long a, long b) {
    return a != b ? 1 : 0;
  }

  public static int i64LtS(long a, long b) {
    return a < b ? 1 : 0;
  }

  public static int i64LtU(long a, long b) {
    return (a + Long.MIN_VALUE) < (b + Long.MIN_VALUE) ? 1 : 0;
  }

  public static int i64GtS(long a, long b) {
    return a > b ? 1 : 0;
  }

  public static int i64GtU(long a, long b) {
    return (a + Long.MIN_VALUE) > (b + Long.MIN_VALUE) ? 1 : 0;
  }

  public static int i64LeS(long a, long b) {
    return a <= b ? 1 : 0;
  }

  public static int i64LeU(long a, long b) {
    return (a + Long.MIN_VALUE) <= (b + Long.MIN_VALUE) ? 1 : 0;
  }

  public static int i64GeS(long a, long b) {
    return a >= b ? 1 : 0;
  }

  public static int i64GeU(long a, long b) {
    return (a + Long.MIN_VALUE) >= (b + Long.MIN_VALUE) ? 1 : 0;
  }

  // ---------------------------------------------------------------- float comparisons
  // Java's float comparisons are IEEE: every ordered comparison with NaN is false, != is true.

  public static int f32Eq(float a, float b) {
    return a == b ? 1 : 0;
  }

  public static int f32Ne(float a, float b) {
    return a != b ? 1 : 0;
  }

  public static int f32Lt(float a, float b) {
    return a < b ? 1 : 0;
  }

  public static int f32Gt(float a, float b) {
    return a > b ? 1 : 0;
  }

  public static int f32Le(float a, float b) {
    return a <= b ? 1 : 0;
  }

  public static int f32Ge(float a, float b) {
    return a >= b ? 1 : 0;
  }

  public static int f64Eq(double a, double b) {
    return a == b ? 1 : 0;
  }

  public static int f64Ne(double a, double b) {
    return a != b ? 1 : 0;
  }

  public static int f64Lt(double a, double b) {
    return a < b ? 1 : 0;
  }

  public static int f64Gt(double a, double b) {
    return a > b ? 1 : 0;
  }

  public static int f64Le(double a, double b) {
    return a <= b ? 1 : 0;
  }

  public static int f64Ge(double a, double b) {
    return a >= b ? 1 : 0;
  }

  // ---------------------------------------------------------------- integer division
  // The zero test comes first so C2 can drop the JVM's own implicit zero check on idiv/ldiv.

  public static int i32DivS(int a, int b) {
    if (b == 0) throw divideByZero();
    if (b == -1 && a == Integer.MIN_VALUE) throw overflow();
    return a / b;
  }

  public static int i32DivU(int a, int b) {
    if (b == 0) throw divideByZero();
    return Integer.divideUnsigned(a, b);
  }

  /** {@code MIN_VALUE % -1} is 0 on the JVM, exactly as wasm wants; only zero traps. */
  public static int i32RemS(int a, int b) {
    if (b == 0) throw divideByZero();
    return a % b;
  }

  public static int i32RemU(int a, int b) {
    if (b == 0) throw divideByZero();
    return Integer.remainderUnsigned(a, b);
  }

  public static long i64DivS(long a, long b) {
    if (b == 0L) throw divideByZero();
    if (b == -1L && a == Long.MIN_VALUE) throw overflow();
    return a / b;
  }

  public static long i64DivU(long a, long b) {
    if (b == 0L) throw divideByZero();
    return Long.divideUnsigned(a, b);
  }

  public static long i64RemS(long a, long b) {
    if (b == 0L) throw divideByZero();
    return a % b;
  }

  public static long i64RemU(long a, long b) {
    if (b == 0L) throw divideByZero();
    return Long.remainderUnsigned(a, b);
  }

  // ---------------------------------------------------------------- f32 unary and binary
  // abs/neg/copysign are pure sign-bit operations (spec: they never change a NaN's payload), so
  // they work on the raw bits rather than using fneg or Math.abs.

  public static float f32Abs(float x) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(x) & 0x7fff_ffff);
  }

  public static float f32Neg(float x) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(x) ^ 0x8000_0000);
  }

  public static float f32Copysign(float magnitude, float sign) {
    return Float.intBitsToFloat(
        (Float.floatToRawIntBits(magnitude) & 0x7fff_ffff)
            | (Float.floatToRawIntBits(sign) & 0x8000_0000));
  }

  // Rounding through double is exact here: the integral result of a float is itself a float.

  public static float f32Ceil(float x) {
    return x != x ? x + x : (float) Math.ceil(x);
  }

  public static float f32Floor(float x) {
    return x != x ? x + x : (float) Math.floor(x);
  }

  /** Toward zero; ceil of a negative keeps the sign of zero (trunc(-0.5) = -0.0). */
  public static float f32Trunc(float x) {
    return x != x ? x + x : (float) (x < 0 ? Math.ceil(x) : Math.floor(x));
  }

  /** Round half to even; Math.rint keeps the sign of zero (nearest(-0.5) = -0.0). */
  public static float f32Nearest(float x) {
    return x != x ? x + x : (float) Math.rint(x);
  }

  /** sqrt in double then rounded to float is correctly rounded (53 >= 2 * 24 + 2 bits). */
  public static float f32Sqrt(float x) {
    return x != x ? x + x : (float) Math.sqrt(x);
  }

  /** Math.min returns a NaN operand unchanged (maybe signalling); a + b yields a quiet NaN. */
  public static float f32Min(float a, float b) {
    return a != a || b != b ? a + b : Math.min(a, b);
  }

  public static float f32Max(float a, float b) {
    return a != a || b != b ? a + b : Math.max(a, b);
  }

  // ---------------------------------------------------------------- f64 unary and binary

  public static double f64Abs(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & Long.MAX_VALUE);
  }

  public static double f64Neg(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ Long.MIN_VALUE);
  }

  public static double f64Copysign(double magnitude, double sign) {
    return Double.longBitsToDouble(
        (Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE)
            | (Double.doubleToRawLongBits(sign) & Long.MIN_VALUE));
  }

  public static double f64Ceil(double x) {
    return x != x ? x + x : Math.ceil(x);
  }

  public static double f64Floor(double x) {
    return x != x ? x + x : Math.floor(x);
  }

  public static double f64Trunc(double x) {
    return x != x ? x + x : x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  public static double f64Nearest(double x) {
    return x != x ? x + x : Math.rint(x);
  }

  public static double f64Sqrt(double x) {
    return x != x ? x + x : Math.sqrt(x);
  }

  public static double f64Min(double a, double b) {
    return a != a || b != b ? a + b : Math.min(a, b);
  }

  public static double f64Max(double a, double b) {
    return a != a || b != b ? a + b : Math.max(a, b);
  }

  // ---------------------------------------------------------------- trapping float -> int
  // The accepted range is written as the open/closed interval of the float value itself: a value
  // is valid when its truncation toward zero fits. NaN fails every comparison and reaches the trap.

  public static int i32TruncF32S(float x) {
    if (x >= -0x1p31f && x < 0x1p31f) return (int) x;
    throw truncTrap(x);
  }

  public static int i32TruncF32U(float x) {
    if (x > -1f && x < 0x1p32f) return (int) (long) x;
    throw truncTrap(x);
  }

  public static int i32TruncF64S(double x) {
    if (x > -0x1p31 - 1 && x < 0x1p31) return (int) x;
    throw truncTrap(x);
  }

  public static int i32TruncF64U(double x) {
    if (x > -1 && x < 0x1p32) return (int) (long) x;
    throw truncTrap(x);
  }

  public static long i64TruncF32S(float x) {
    if (x >= -0x1p63f && x < 0x1p63f) return (long) x;
    throw truncTrap(x);
  }

  public static long i64TruncF32U(float x) {
    if (x > -1f && x < 0x1p64f) return toUnsignedLong(x);
    throw truncTrap(x);
  }

  public static long i64TruncF64S(double x) {
    if (x >= -0x1p63 && x < 0x1p63) return (long) x;
    throw truncTrap(x);
  }

  public static long i64TruncF64U(double x) {
    if (x > -1 && x < 0x1p64) return toUnsignedLong(x);
    throw truncTrap(x);
  }

  // ---------------------------------------------------------------- saturating float -> unsigned
  // (The signed ones are plain f2i/f2l/d2i/d2l: the JVM already saturates and maps NaN to 0.)

  public static int i32TruncSatF32U(float x) {
    return x > -1f ? (x < 0x1p32f ? (int) (long) x : -1) : 0;
  }

  public static int i32TruncSatF64U(double x) {
    return x > -1 ? (x < 0x1p32 ? (int) (long) x : -1) : 0;
  }

  public static long i64TruncSatF32U(float x) {
    return x > -1f ? (x < 0x1p64f ? toUnsignedLong(x) : -1L) : 0L;
  }

  public static long i64TruncSatF64U(double x) {
    return x > -1 ? (x < 0x1p64 ? toUnsignedLong(x) : -1L) : 0L;
  }

  /**
   * Truncates x in (-1, 2^64) to the unsigned 64-bit integer. Above 2^63 subtract 2^63 first (exact
   * by Sterbenz's lemma) and put the top bit back.
   */
  private static long toUnsignedLong(double x) {
    return x < 0x1p63 ? (long) x : (long) (x - 0x1p63) | Long.MIN_VALUE;
  }

  // ---------------------------------------------------------------- unsigned int -> float

  public static float f32ConvertI32U(int x) {
    return (float) (x & 0xffff_ffffL);
  }

  public static double f64ConvertI32U(int x) {
    return (double) (x & 0xffff_ffffL);
  }

  /**
   * For x >= 2^63 halve it, keeping the lost low bit as a sticky bit so the one rounding l2f does
   * is still correct, then double the result (exact).
   */
  public static float f32ConvertI64U(long x) {
    return x >= 0 ? (float) x : (float) ((x >>> 1) | (x & 1)) * 2f;
  }

  public static double f64ConvertI64U(long x) {
    return x >= 0 ? (double) x : (double) ((x >>> 1) | (x & 1)) * 2d;
  }

  // ---------------------------------------------------------------- f32 <-> f64

  /** NaNs are rebuilt by hand so the result is quiet on every platform, payload kept. */
  public static float f32DemoteF64(double x) {
    return x == x ? (float) x : demoteNaN(x);
  }

  public static double f64PromoteF32(float x) {
    return x == x ? (double) x : promoteNaN(x);
  }

  /** Sign, quiet bit, and the top 22 payload bits below the quiet bit. */
  private static float demoteNaN(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int sign = (int) (bits >>> 32) & 0x8000_0000;
    int payload = (int) (bits >>> 29) & 0x003f_ffff;
    return Float.intBitsToFloat(sign | 0x7fc0_0000 | payload);
  }

  private static double promoteNaN(float x) {
    int bits = Float.floatToRawIntBits(x);
    long sign = (long) (bits & 0x8000_0000) << 32;
    long payload = (long) (bits & 0x003f_ffff) << 29;
    return Double.longBitsToDouble(sign | 0x7ff8_0000_0000_0000L | payload);
  }

  // ---------------------------------------------------------------- traps
  // Built out of line so the hot helpers above stay small.

  private static WasmTrap divideByZero() {
    return new WasmTrap(DIVIDE_BY_ZERO);
  }

  private static WasmTrap overflow() {
    return new WasmTrap(OVERFLOW);
  }

  private static WasmTrap truncTrap(double x) {
    return new WasmTrap(x != x ? INVALID_CONVERSION : OVERFLOW);
  }
}
