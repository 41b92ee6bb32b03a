package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.Memory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Memory instructions for compiled code. Each access takes the wasm address, the current memory
 * array and the instruction's constant offset; the methods are tiny so the JIT inlines them and
 * folds the offset. Addresses past the array fail the array's own bounds check ({@link
 * IndexOutOfBoundsException}, turned into a trap at the wasm boundary).
 */
public final class MemoryOps {
  private MemoryOps() {}

  private static final VarHandle I16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Effective address of unsigned {@code addr} plus unsigned {@code offset}. Any address at or
   * beyond 2^31 is out of bounds (no array is that large): with both operands and the sum
   * non-negative as ints, the sum did not wrap.
   *
   * <p>Offset 0 (a constant in compiled code) needs no check here: an address at or beyond 2^31 is
   * a negative index, which the array access itself rejects.
   */
  public static int ea(int addr, int offset) {
    if (offset == 0) {
      return addr; // folded away when inlined: the array's own bounds check rejects addr >= 2^31
    }
    int ea = addr + offset;
    if ((addr | offset | ea) < 0) {
      throw Traps.outOfBoundsMemory();
    }
    return ea;
  }

  /**
   * {@link #ea(int, int)} for an access to {@code m}, written as a range check that HotSpot knows:
   * {@code 0 <= addr < m.length - offset} (as signed ints) holds exactly when the unsigned sum is
   * below the array's length, which the access checks again for its width. {@code
   * Objects.checkIndex} is an intrinsic C2 hoists out of counted loops (loop predication), where
   * the sign test of {@code ea(addr, offset)} stays in the loop body as a branch per access.
   */
  public static int ea(int addr, byte[] m, int offset) {
    if (offset == 0) {
      return addr; // folded away when inlined: the array's own bounds check rejects addr >= 2^31
    }
    if (offset < 0) {
      throw Traps.outOfBoundsMemory(); // an offset of 2^31 or more: no array is that large
    }
    // m.length - offset < 0 (an offset past the memory) makes checkIndex throw for every addr.
    return Objects.checkIndex(addr, m.length - offset) + offset;
  }

  public static int i32Load(int addr, byte[] m, int offset) {
    return (int) I32.get(m, ea(addr, m, offset));
  }

  public static long i64Load(int addr, byte[] m, int offset) {
    return (long) I64.get(m, ea(addr, m, offset));
  }

  public static float f32Load(int addr, byte[] m, int offset) {
    return Float.intBitsToFloat((int) I32.get(m, ea(addr, m, offset)));
  }

  public static double f64Load(int addr, byte[] m, int offset) {
    return Double.longBitsToDouble((long) I64.get(m, ea(addr, m, offset)));
  }

  public static int i32Load8S(int addr, byte[] m, int offset) {
    return m[ea(addr, m, offset)];
  }

  public static int i32Load8U(int addr, byte[] m, int offset) {
    return m[ea(addr, m, offset)] & 0xFF;
  }

  public static int i32Load16S(int addr, byte[] m, int offset) {
    return (short) I16.get(m, ea(addr, m, offset));
  }

  public static int i32Load16U(int addr, byte[] m, int offset) {
    return (short) I16.get(m, ea(addr, m, offset)) & 0xFFFF;
  }

  public static long i64Load8S(int addr, byte[] m, int offset) {
    return m[ea(addr, m, offset)];
  }

  public static long i64Load8U(int addr, byte[] m, int offset) {
    return m[ea(addr, m, offset)] & 0xFFL;
  }

  public static long i64Load16S(int addr, byte[] m, int offset) {
    return (short) I16.get(m, ea(addr, m, offset));
  }

  public static long i64Load16U(int addr, byte[] m, int offset) {
    return (short) I16.get(m, ea(addr, m, offset)) & 0xFFFFL;
  }

  public static long i64Load32S(int addr, byte[] m, int offset) {
    return (int) I32.get(m, ea(addr, m, offset));
  }

  public static long i64Load32U(int addr, byte[] m, int offset) {
    return (int) I32.get(m, ea(addr, m, offset)) & 0xFFFFFFFFL;
  }

  public static void i32Store(int addr, int value, byte[] m, int offset) {
    I32.set(m, ea(addr, m, offset), value);
  }

  public static void i64Store(int addr, long value, byte[] m, int offset) {
    I64.set(m, ea(addr, m, offset), value);
  }

  public static void f32Store(int addr, float value, byte[] m, int offset) {
    I32.set(m, ea(addr, m, offset), Float.floatToRawIntBits(value));
  }

  public static void f64Store(int addr, double value, byte[] m, int offset) {
    I64.set(m, ea(addr, m, offset), Double.doubleToRawLongBits(value));
  }

  public static void i32Store8(int addr, int value, byte[] m, int offset) {
    m[ea(addr, m, offset)] = (byte) value;
  }

  public static void i32Store16(int addr, int value, byte[] m, int offset) {
    I16.set(m, ea(addr, m, offset), (short) value);
  }

  public static void i64Store8(int addr, long value, byte[] m, int offset) {
    m[ea(addr, m, offset)] = (byte) value;
  }

  public static void i64Store16(int addr, long value, byte[] m, int offset) {
    I16.set(m, ea(addr, m, offset), (short) value);
  }

  public static void i64Store32(int addr, long value, byte[] m, int offset) {
    I32.set(m, ea(addr, m, offset), (int) value);
  }

  public static int grow(int deltaPages, Memory memory) {
    return memory.grow(deltaPages);
  }

  /** memory.fill: bounds are checked before anything is written. */
  public static void fill(int dst, int value, int n, Memory memory) {
    byte[] m = memory.array();
    checkRange(dst, n, m.length);
    java.util.Arrays.fill(m, dst, dst + n, (byte) value);
  }

  /** memory.copy (overlapping ranges allowed). */
  public static void copy(int dst, int src, int n, Memory memory) {
    byte[] m = memory.array();
    checkRange(dst, n, m.length);
    checkRange(src, n, m.length);
    System.arraycopy(m, src, m, dst, n);
  }

  /** memory.init from data segment {@code segment} (empty once dropped). */
  public static void init(
      int dst, int src, int n, Memory memory, InstanceContext context, int segment) {
    byte[] m = memory.array();
    byte[] data = context.data(segment);
    checkRange(src, n, data.length);
    checkRange(dst, n, m.length);
    System.arraycopy(data, src, m, dst, n);
  }

  /** Applies an active data segment at instantiation, then drops it. */
  public static void initActive(int dst, Memory memory, InstanceContext context, int segment) {
    init(dst, 0, context.data(segment).length, memory, context, segment);
    context.dropData(segment);
  }

  private static void checkRange(int start, int n, int length) {
    if (Integer.toUnsignedLong(start) + Integer.toUnsignedLong(n) > length) {
      throw Traps.outOfBoundsMemory();
    }
  }
}
