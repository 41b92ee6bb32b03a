package io.github.dylink4j.compiler;

import static io.github.dylink4j.compiler.WasmBuilder.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.compiler.WasmBuilder.Code;
import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmTrap;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Relocation-shaped functions (a long run of {@code i32.store}s of {@code global.get}/{@code
 * i32.const} sums, like wasm-ld's {@code __wasm_apply_data_relocs}) compile to a table run by
 * StoreSequenceOps; they must write what the normally translated function writes, in the same
 * order, and trap at the same store.
 */
class StoreSequenceTest {
  private static final int MEMORY_BASE = 1024;
  private static final int TABLE_BASE = 77;
  private static final int GOT_VALUE = 0x12345678;
  private static final int STORES = 1000;

  /** The k-th store's word address and value, modelled in plain Java (independent of the code). */
  private static int address(int k) {
    return MEMORY_BASE + 4 * k;
  }

  private static int value(int k) {
    switch (k % 5) {
      case 0:
        return MEMORY_BASE + 31 * k;
      case 1:
        return TABLE_BASE + k;
      case 2:
        return GOT_VALUE;
      case 3:
        return -7 * k;
      default:
        return GOT_VALUE - 100_000 * k;
    }
  }

  /**
   * Exported "relocs": STORES stores mixing every operand form. {@code trapAt} >= 0 gives that
   * store an address past the memory; {@code prefixNop} puts a nop first, so the function no longer
   * has the shape and is translated normally.
   */
  private static byte[] module(int trapAt, boolean prefixNop) {
    WasmBuilder b = new WasmBuilder();
    int memoryBase = b.importGlobal("env", "__memory_base", I32, false);
    int tableBase = b.importGlobal("env", "__table_base", I32, false);
    int got = b.importGlobal("GOT.mem", "x", I32, true);
    b.memory(1, -1);
    Code body = new Code();
    if (prefixNop) {
      body.op(0x01);
    }
    for (int k = 0; k < STORES; k++) {
      int offset = k % 5 == 4 ? 8 : 0;
      int addressConstant = k == trapAt ? 70_000 : 4 * k - offset;
      // address: i32.const c; global.get base; i32.add (wasm-ld's order), or the reverse
      if (k % 2 == 0) {
        body.i32Const(addressConstant).op(0x23).u32(memoryBase).op(0x6A);
      } else {
        body.op(0x23).u32(memoryBase).i32Const(addressConstant).op(0x6A);
      }
      switch (k % 5) {
        case 0:
          body.op(0x23).u32(memoryBase).i32Const(31 * k).op(0x6A);
          break;
        case 1:
          body.op(0x23).u32(tableBase).i32Const(k).op(0x6A);
          break;
        case 2:
          body.op(0x23).u32(got);
          break;
        case 3:
          body.i32Const(-7 * k);
          break;
        default:
          body.i32Const(-100_000 * k).op(0x23).u32(got).op(0x6A);
      }
      body.mem(0x36, 2, offset);
    }
    int t = b.type(new int[0], new int[0]);
    b.exportFunction("relocs", b.function(t, new int[0], body));
    b.exportMemory("memory");
    return b.build();
  }

  private static ModuleInstance instantiate(ModuleImage image) {
    return image.instantiate(
        new Imports()
            .add("env", "__memory_base", new Global(ValType.I32, false, MEMORY_BASE))
            .add("env", "__table_base", new Global(ValType.I32, false, TABLE_BASE))
            .add("GOT.mem", "x", new Global(ValType.I32, true, GOT_VALUE)));
  }

  private static boolean usesTable(ModuleImage image) {
    for (byte[] c : image.spec().classes().values()) {
      if (new String(c, StandardCharsets.ISO_8859_1).contains("StoreSequenceOps")) {
        return true;
      }
    }
    return false;
  }

  private static int word(Memory m, int addr) {
    return (m.readByte(addr) & 0xFF)
        | (m.readByte(addr + 1) & 0xFF) << 8
        | (m.readByte(addr + 2) & 0xFF) << 16
        | (m.readByte(addr + 3) & 0xFF) << 24;
  }

  @Test
  void tableAndNormalTranslationWriteTheModelledWords() {
    ModuleImage table = Compiler.compile(module(-1, false), "relocs");
    ModuleImage normal = Compiler.compile(module(-1, true), "relocs-nop");
    assertTrue(usesTable(table), "the relocation-shaped function became a table");
    assertFalse(usesTable(normal), "a nop first: translated normally");
    for (ModuleImage image : new ModuleImage[] {table, normal}) {
      ModuleInstance m = instantiate(image);
      m.function("relocs").call();
      Memory mem = m.memory("memory");
      for (int k = 0; k < STORES; k++) {
        assertEquals(value(k), word(mem, address(k)), image.spec().name() + " word " + k);
      }
      assertEquals(0, word(mem, address(STORES)), "nothing past the last store");
    }
  }

  @Test
  void anOutOfBoundsStoreTrapsAfterTheStoresBeforeIt() {
    int trapAt = 600;
    ModuleImage table = Compiler.compile(module(trapAt, false), "relocs");
    ModuleImage normal = Compiler.compile(module(trapAt, true), "relocs-nop");
    assertTrue(usesTable(table));
    for (ModuleImage image : new ModuleImage[] {table, normal}) {
      ModuleInstance m = instantiate(image);
      WasmTrap trap = assertThrows(WasmTrap.class, () -> m.function("relocs").call());
      assertEquals("out of bounds memory access", trap.getMessage());
      Memory mem = m.memory("memory");
      for (int k = 0; k < STORES; k++) {
        int expected = k < trapAt ? value(k) : 0;
        assertEquals(expected, word(mem, address(k)), image.spec().name() + " word " + k);
      }
    }
  }

  @Test
  void fewStoresStayOnTheNormalPath() {
    WasmBuilder b = new WasmBuilder();
    int memoryBase = b.importGlobal("env", "__memory_base", I32, false);
    b.memory(1, -1);
    Code body = new Code();
    for (int k = 0; k < 10; k++) {
      body.i32Const(4 * k).op(0x23).u32(memoryBase).op(0x6A).i32Const(k).mem(0x36, 2, 0);
    }
    int t = b.type(new int[0], new int[0]);
    b.exportFunction("relocs", b.function(t, new int[0], body));
    assertFalse(usesTable(Compiler.compile(b.build(), "small")));
  }
}
