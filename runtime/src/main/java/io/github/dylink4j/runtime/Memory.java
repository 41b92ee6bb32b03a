package io.github.dylink4j.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A wasm linear memory: a {@code byte[]} that {@link #grow} replaces with a larger copy.
 *
 * <p>A Java array holds at most 2^31-1 bytes, so a memory can have at most {@link #MAX_PAGES}
 * (32,767) pages of 64 KiB, whatever maximum the module declares; growing beyond fails like an
 * ordinary failed {@code memory.grow} (result -1). Compiled code keeps {@link #array()} in a local
 * and re-reads it after every call and {@code memory.grow}.
 */
public final class Memory {
  /** Bytes in one wasm page. */
  public static final int PAGE_SIZE = 65536;

  /** The most pages a memory can have on the JVM (the largest byte[] is 2^31-1 bytes). */
  public static final int MAX_PAGES = 32767;

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final int maxPages;
  private byte[] bytes;

  /**
   * @param initialPages size in 64 KiB pages
   * @param maxPages the declared maximum, or -1 when none
   */
  public Memory(int initialPages, int maxPages) {
    if (initialPages < 0 || initialPages > MAX_PAGES) {
      throw new IllegalArgumentException(
          "memory of "
              + Integer.toUnsignedString(initialPages)
              + " pages exceeds the JVM limit of "
              + MAX_PAGES
              + " pages");
    }
    if (maxPages != -1 && Integer.compareUnsigned(maxPages, initialPages) < 0) {
      throw new IllegalArgumentException("memory maximum is below its initial size");
    }
    this.maxPages = maxPages;
    this.bytes = new byte[initialPages * PAGE_SIZE];
  }

  /** Current size in pages. */
  public int pages() {
    return bytes.length / PAGE_SIZE;
  }

  /** The declared maximum in pages, or -1 when none. */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Grows by {@code deltaPages} (unsigned) pages, zero-filled. Returns the old size in pages, or -1
   * (leaving the memory unchanged) when the result would exceed the maximum or the JVM limit.
   */
  public int grow(int deltaPages) {
    int old = pages();
    long limit = maxPages == -1 ? MAX_PAGES : Math.min(MAX_PAGES, Integer.toUnsignedLong(maxPages));
    long wanted = old + Integer.toUnsignedLong(deltaPages);
    if (wanted > limit) {
      return -1;
    }
    if (deltaPages != 0) {
      byte[] grown;
      try {
        grown = new byte[(int) wanted * PAGE_SIZE];
      } catch (OutOfMemoryError e) {
        return -1;
      }
      System.arraycopy(bytes, 0, grown, 0, bytes.length);
      bytes = grown;
    }
    return old;
  }

  /**
   * The current backing array (wasm address = array index). Replaced by {@link #grow}: do not keep
   * it across calls that may grow the memory.
   */
  public byte[] array() {
    return bytes;
  }

  /** Size in bytes. */
  public int byteSize() {
    return bytes.length;
  }

  public byte readByte(int addr) {
    return bytes[checked(addr, 1)];
  }

  public void writeByte(int addr, byte value) {
    bytes[checked(addr, 1)] = value;
  }

  public short readShort(int addr) {
    return (short) SHORT.get(bytes, checked(addr, 2));
  }

  public void writeShort(int addr, short value) {
    SHORT.set(bytes, checked(addr, 2), value);
  }

  public int readInt(int addr) {
    return (int) INT.get(bytes, checked(addr, 4));
  }

  public void writeInt(int addr, int value) {
    INT.set(bytes, checked(addr, 4), value);
  }

  public long readLong(int addr) {
    return (long) LONG.get(bytes, checked(addr, 8));
  }

  public void writeLong(int addr, long value) {
    LONG.set(bytes, checked(addr, 8), value);
  }

  public float readFloat(int addr) {
    return Float.intBitsToFloat(readInt(addr));
  }

  public void writeFloat(int addr, float value) {
    writeInt(addr, Float.floatToRawIntBits(value));
  }

  public double readDouble(int addr) {
    return Double.longBitsToDouble(readLong(addr));
  }

  public void writeDouble(int addr, double value) {
    writeLong(addr, Double.doubleToRawLongBits(value));
  }

  /** Copies {@code length} bytes starting at {@code addr}. */
  public byte[] readBytes(int addr, int length) {
    byte[] out = new byte[length];
    System.arraycopy(bytes, checked(addr, length), out, 0, length);
    return out;
  }

  /** Copies {@code data} into memory at {@code addr}. */
  public void writeBytes(int addr, byte[] data) {
    System.arraycopy(data, 0, bytes, checked(addr, data.length), data.length);
  }

  /** Reads a NUL-terminated UTF-8 string starting at {@code addr}. */
  public String readCString(int addr) {
    int end = checked(addr, 0);
    while (end < bytes.length && bytes[end] != 0) {
      end++;
    }
    if (end == bytes.length) {
      throw new WasmTrap("out of bounds memory access");
    }
    return new String(bytes, addr, end - addr, StandardCharsets.UTF_8);
  }

  /** Reads {@code length} bytes at {@code addr} as UTF-8. */
  public String readString(int addr, int length) {
    return new String(bytes, checked(addr, length), length, StandardCharsets.UTF_8);
  }

  private int checked(int addr, int length) {
    if (addr < 0 || length < 0 || (long) addr + length > bytes.length) {
      throw new WasmTrap("out of bounds memory access");
    }
    return addr;
  }
}
