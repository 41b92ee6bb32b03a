package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.WasmTrap;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The guest's linear memory as WASI calls see it: found at call time (a module that imports its
 * memory has it from the start, one that exports it only after instantiation), and every range
 * checked first, so a bad guest pointer is EFAULT before any I/O happens.
 */
final class GuestMemory {
  private java.util.function.Supplier<Memory> memory = () -> null;

  void set(java.util.function.Supplier<Memory> memory) {
    this.memory = memory;
  }

  Memory get() {
    Memory m = memory.get();
    if (m == null) {
      throw new WasmTrap("WASI function called before the module's memory was known");
    }
    return m;
  }

  /** Fails with EFAULT unless {@code [ptr, ptr + len)} (unsigned) lies in memory. */
  int check(int ptr, int len) throws WasiException {
    long end = Integer.toUnsignedLong(ptr) + Integer.toUnsignedLong(len);
    if (end > get().byteSize()) {
      throw new WasiException(Errno.FAULT);
    }
    return ptr;
  }

  byte[] array() {
    return get().array();
  }

  int i32(int ptr) throws WasiException {
    return get().readInt(check(ptr, 4));
  }

  void putI32(int ptr, int value) throws WasiException {
    get().writeInt(check(ptr, 4), value);
  }

  void putI64(int ptr, long value) throws WasiException {
    get().writeLong(check(ptr, 8), value);
  }

  void putI16(int ptr, int value) throws WasiException {
    get().writeShort(check(ptr, 2), (short) value);
  }

  void putI8(int ptr, int value) throws WasiException {
    get().writeByte(check(ptr, 1), (byte) value);
  }

  long i64(int ptr) throws WasiException {
    return get().readLong(check(ptr, 8));
  }

  int u8(int ptr) throws WasiException {
    return get().readByte(check(ptr, 1)) & 0xff;
  }

  int u16(int ptr) throws WasiException {
    return get().readShort(check(ptr, 2)) & 0xffff;
  }

  void putBytes(int ptr, byte[] data, int len) throws WasiException {
    check(ptr, len);
    System.arraycopy(data, 0, get().array(), ptr, len);
  }

  /** A path or other string argument: strict UTF-8, else EILSEQ. */
  String string(int ptr, int len) throws WasiException {
    check(ptr, len);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(get().array(), ptr, len))
          .toString();
    } catch (CharacterCodingException e) {
      throw new WasiException(Errno.ILSEQ);
    }
  }

  /**
   * Reads an iovec array ({@code buf}, {@code buf_len} pairs) and checks every buffer: returns
   * {@code [ptr0, len0, ptr1, len1, ...]}.
   */
  int[] iovecs(int iovs, int count) throws WasiException {
    if (count < 0 || count > 1024) {
      throw new WasiException(Errno.INVAL);
    }
    check(iovs, count * 8);
    int[] out = new int[count * 2];
    long total = 0;
    for (int i = 0; i < count; i++) {
      int ptr = i32(iovs + i * 8);
      int len = i32(iovs + i * 8 + 4);
      check(ptr, len);
      total += Integer.toUnsignedLong(len);
      out[2 * i] = ptr;
      out[2 * i + 1] = len;
    }
    if (total > Integer.MAX_VALUE) {
      throw new WasiException(Errno.INVAL);
    }
    return out;
  }

  /** Direct buffers over the checked iovecs, for channel I/O. */
  ByteBuffer[] buffers(int[] iov) {
    byte[] a = get().array();
    ByteBuffer[] out = new ByteBuffer[iov.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = ByteBuffer.wrap(a, iov[2 * i], iov[2 * i + 1]);
    }
    return out;
  }
}
