package io.github.dylink4j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.WasmTrap;
import org.junit.jupiter.api.Test;

/**
 * Effective addresses with a constant offset: in bounds exactly when the unsigned 33-bit sum addr +
 * offset + width is at most the memory's length; anything else fails as an out-of-bounds access (a
 * {@link WasmTrap} or an {@link IndexOutOfBoundsException}, which the boundary reports as "out of
 * bounds memory access").
 */
class MemoryOpsTest {
  private static final int LENGTH = 64;

  private static byte[] memory() {
    byte[] m = new byte[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      m[i] = (byte) i;
    }
    return m;
  }

  private static void assertOutOfBounds(Runnable access) {
    RuntimeException e = assertThrows(RuntimeException.class, access::run);
    assertTrue(
        e instanceof WasmTrap || e instanceof IndexOutOfBoundsException,
        "not an out-of-bounds failure: " + e);
  }

  @Test
  void lastInBoundsWordAndFirstOutOfBoundsOne() {
    byte[] m = memory();
    // Bytes 60..63 little-endian: 0x3F3E3D3C.
    assertEquals(0x3F3E3D3C, MemoryOps.i32Load(50, m, 10));
    assertEquals(0x3F3E3D3C, MemoryOps.i32Load(0, m, 60));
    assertEquals(0x3F3E3D3C, MemoryOps.i32Load(60, m, 0));
    assertOutOfBounds(() -> MemoryOps.i32Load(51, m, 10));
    assertOutOfBounds(() -> MemoryOps.i32Load(0, m, 61));
    assertEquals(63, MemoryOps.i32Load8U(0, m, 63));
    assertOutOfBounds(() -> MemoryOps.i32Load8U(1, m, 63));
    assertOutOfBounds(() -> MemoryOps.i32Load8U(0, m, 64));
  }

  @Test
  void addressesAtOrAbove2To31NeverWrapIntoTheMemory() {
    byte[] m = memory();
    // addr = 2^32 - 4 (as an int: -4) plus offset 8 wraps to 4 in 32 bits: must not read byte 4.
    assertOutOfBounds(() -> MemoryOps.i32Load(-4, m, 8));
    assertOutOfBounds(() -> MemoryOps.i32Load8U(-1, m, 1));
    assertOutOfBounds(() -> MemoryOps.i32Load(Integer.MIN_VALUE, m, 0));
    assertOutOfBounds(() -> MemoryOps.i32Store(-4, 7, m, 8));
    // Offsets of 2^31 and more (negative ints) are out of bounds whatever the address.
    assertOutOfBounds(() -> MemoryOps.i32Load(0, m, Integer.MIN_VALUE));
    assertOutOfBounds(() -> MemoryOps.i32Load(16, m, -16));
    // An offset larger than the memory.
    assertOutOfBounds(() -> MemoryOps.i64Load(0, m, 1000));
    assertEquals(4, m[4]); // nothing was written
  }

  @Test
  void storesWithAnOffsetLandWhereTheSumSays() {
    byte[] m = memory();
    MemoryOps.i64Store(8, 0x0102030405060708L, m, 48);
    assertEquals(0x0102030405060708L, MemoryOps.i64Load(56, m, 0));
    assertOutOfBounds(() -> MemoryOps.i64Store(9, 0L, m, 48));
    assertEquals(0x0102030405060708L, MemoryOps.i64Load(0, m, 56));
  }
}
