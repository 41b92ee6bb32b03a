package io.github.dylink4j.compiler;

import static io.github.dylink4j.compiler.WasmBuilder.I32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.compiler.WasmBuilder.Code;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import org.junit.jupiter.api.Test;

/** Instances sharing memory and functions, and instantiation order and traps. */
class LinkingTest {
  private static final int[] NONE = {};

  /** A module exporting "get" (i32.load at 0) and "set" (memory.grow by 1, then store at 0). */
  private static ModuleImage library() {
    WasmBuilder b = new WasmBuilder().importMemory("env", "memory", 1);
    int get =
        b.function(b.type(NONE, new int[] {I32}), NONE, new Code().i32Const(0).mem(0x28, 2, 0));
    int set =
        b.function(
            b.type(new int[] {I32}, NONE),
            NONE,
            new Code().i32Const(1).op(0x40, 0).op(0x1A).i32Const(0).localGet(0).mem(0x36, 2, 0));
    b.exportFunction("get", get).exportFunction("set", set);
    return Compiler.compile(b.build(), "library");
  }

  @Test
  void twoInstancesShareAnImportedMemoryAndCallEachOther() {
    Memory memory = new Memory(1, 10);
    ModuleInstance lib = library().instantiate(new Imports().add("env", "memory", memory));

    WasmBuilder b = new WasmBuilder().importMemory("env", "memory", 1);
    int set = b.importFunction("lib", "set", b.type(new int[] {I32}, NONE));
    // call lib.set(x) (which grows the shared memory), then read the new page through our own view
    int f =
        b.function(
            b.type(new int[] {I32}, new int[] {I32}),
            NONE,
            new Code()
                .localGet(0)
                .call(set)
                .i32Const(65536)
                .i32Const(7)
                .mem(0x36, 2, 0)
                .i32Const(0)
                .mem(0x28, 2, 0)
                .i32Const(65536)
                .mem(0x28, 2, 0)
                .op(0x6A));
    b.exportFunction("f", f);
    ModuleInstance app =
        Compiler.compile(b.build(), "app")
            .instantiate(
                new Imports().add("env", "memory", memory).add("lib", "set", lib.function("set")));
    assertArrayEquals(new Object[] {35 + 7}, app.function("f").call(35));
    assertEquals(2, memory.pages());
    assertArrayEquals(new Object[] {35}, lib.function("get").call());
  }

  @Test
  void importTypesAreChecked() {
    WasmFunction get =
        library()
            .instantiate(new Imports().add("env", "memory", new Memory(1, -1)))
            .function("get");
    WasmBuilder b = new WasmBuilder();
    b.importFunction("lib", "f", b.type(new int[] {I32}, NONE)); // get has type [] -> [i32]
    ModuleImage image = Compiler.compile(b.build(), "app");
    LinkException e =
        assertThrows(
            LinkException.class, () -> image.instantiate(new Imports().add("lib", "f", get)));
    assertEquals("incompatible import type for lib.f", e.getMessage());
  }

  @Test
  void exportedFunctionValuesAreStable() {
    ModuleInstance lib =
        library().instantiate(new Imports().add("env", "memory", new Memory(1, -1)));
    assertSame(lib.function("get"), lib.export("get"));
  }

  @Test
  void trappingStartFunctionKeepsEarlierDataSegmentEffects() {
    Memory memory = new Memory(1, -1);
    WasmBuilder b = new WasmBuilder().importMemory("env", "memory", 1);
    int start = b.function(b.type(NONE, NONE), NONE, new Code().op(0x00)); // unreachable
    b.start(start).data(16, new byte[] {42});
    ModuleImage image = Compiler.compile(b.build(), "starter");
    WasmTrap trap =
        assertThrows(
            WasmTrap.class, () -> image.instantiate(new Imports().add("env", "memory", memory)));
    assertEquals("unreachable", trap.getMessage());
    assertEquals(42, memory.readByte(16));
  }

  @Test
  void outOfBoundsDataSegmentTrapsAfterWritingEarlierSegments() {
    Memory memory = new Memory(1, -1);
    WasmBuilder b = new WasmBuilder().importMemory("env", "memory", 1);
    b.data(0, new byte[] {1}).data(65535, new byte[] {2, 3});
    ModuleImage image = Compiler.compile(b.build(), "segments");
    WasmTrap trap =
        assertThrows(
            WasmTrap.class, () -> image.instantiate(new Imports().add("env", "memory", memory)));
    assertEquals("out of bounds memory access", trap.getMessage());
    assertEquals(1, memory.readByte(0));
    assertEquals(0, memory.readByte(65535));
  }
}
