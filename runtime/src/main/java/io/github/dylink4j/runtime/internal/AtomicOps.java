package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.WasmTrap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.locks.LockSupport;

/**
 * Atomic memory instructions (threads proposal) for single-threaded execution: compiled modules
 * never share a memory between threads, so an atomic access is an ordinary access that must be
 * naturally aligned. Values travel as {@code long}s, zero-extended from their width; {@code bytes}
 * is the access width (1, 2, 4 or 8).
 */
public final class AtomicOps {
  private AtomicOps() {}

  /** Read-modify-write operations, in the order compiled code numbers them. */
  public static final int ADD = 0;

  public static final int SUB = 1;
  public static final int AND = 2;
  public static final int OR = 3;
  public static final int XOR = 4;
  public static final int XCHG = 5;

  private static final VarHandle I16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static int address(int addr, int offset, int bytes, byte[] m) {
    int ea = MemoryOps.ea(addr, offset);
    if (ea < 0 || ea > m.length - bytes) {
      throw Traps.outOfBoundsMemory();
    }
    if ((ea & (bytes - 1)) != 0) {
      throw new WasmTrap("unaligned atomic");
    }
    return ea;
  }

  private static long read(byte[] m, int ea, int bytes) {
    switch (bytes) {
      case 1:
        return m[ea] & 0xFFL;
      case 2:
        return (short) I16.get(m, ea) & 0xFFFFL;
      case 4:
        return (int) I32.get(m, ea) & 0xFFFF_FFFFL;
      default:
        return (long) I64.get(m, ea);
    }
  }

  private static void write(byte[] m, int ea, int bytes, long value) {
    switch (bytes) {
      case 1:
        m[ea] = (byte) value;
        break;
      case 2:
        I16.set(m, ea, (short) value);
        break;
      case 4:
        I32.set(m, ea, (int) value);
        break;
      default:
        I64.set(m, ea, value);
    }
  }

  private static long mask(long value, int bytes) {
    return bytes == 8 ? value : value & ((1L << (8 * bytes)) - 1);
  }

  public static long load(int addr, byte[] m, int offset, int bytes) {
    return read(m, address(addr, offset, bytes, m), bytes);
  }

  public static void store(int addr, long value, byte[] m, int offset, int bytes) {
    write(m, address(addr, offset, bytes, m), bytes, value);
  }

  /** Applies {@code op} and returns the old value. */
  public static long rmw(int addr, long value, byte[] m, int offset, int bytes, int op) {
    int ea = address(addr, offset, bytes, m);
    long old = read(m, ea, bytes);
    long result;
    switch (op) {
      case ADD:
        result = old + value;
        break;
      case SUB:
        result = old - value;
        break;
      case AND:
        result = old & value;
        break;
      case OR:
        result = old | value;
        break;
      case XOR:
        result = old ^ value;
        break;
      default:
        result = value;
    }
    write(m, ea, bytes, result);
    return old;
  }

  /** Stores {@code replacement} when the old value equals {@code expected} (wrapped to width). */
  public static long cmpxchg(
      int addr, long expected, long replacement, byte[] m, int offset, int bytes) {
    int ea = address(addr, offset, bytes, m);
    long old = read(m, ea, bytes);
    if (old == mask(expected, bytes)) {
      write(m, ea, bytes, replacement);
    }
    return old;
  }

  /** i32 form of {@link #cmpxchg} (the operands are ints under nothing else on the stack). */
  public static int cmpxchgI32(
      int addr, int expected, int replacement, byte[] m, int offset, int bytes) {
    return (int) cmpxchg(addr, expected & 0xFFFF_FFFFL, replacement, m, offset, bytes);
  }

  public static int wait32(int addr, int expected, long timeoutNanos, byte[] m, int offset) {
    return await(addr, expected & 0xFFFF_FFFFL, timeoutNanos, m, offset, 4);
  }

  public static int wait64(int addr, long expected, long timeoutNanos, byte[] m, int offset) {
    return await(addr, expected, timeoutNanos, m, offset, 8);
  }

  /** memory.atomic.notify: no other thread can be waiting, so nobody is woken. */
  public static int notify(int addr, int count, byte[] m, int offset) {
    address(addr, offset, 4, m);
    return 0;
  }

  /**
   * memory.atomic.wait32/64: "not-equal" (1) when the value differs; otherwise no other thread can
   * ever change it, so a finite timeout elapses ("timed-out", 2) and an infinite one is a trap
   * rather than a hang.
   */
  private static int await(
      int addr, long expected, long timeoutNanos, byte[] m, int offset, int bytes) {
    long value = read(m, address(addr, offset, bytes, m), bytes);
    if (value != mask(expected, bytes)) {
      return 1;
    }
    if (timeoutNanos < 0) {
      throw new WasmTrap("atomic wait would block forever (single-threaded)");
    }
    LockSupport.parkNanos(timeoutNanos);
    return 2;
  }
}
