package io.github.dylink4j.compiler;

import static io.github.dylink4j.compiler.WasmBuilder.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.dylink4j.compiler.WasmBuilder.Code;
import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.ModuleInstance;
import org.junit.jupiter.api.Test;

/** libdylink's marker function makes the compiler export the program's stack pointer. */
class StackPointerMarkerTest {
  private static final int[] NONE = {};
  private static final String MARKER = "__dylink4j_stack_pointer";
  private static final int GLOBAL_GET = 0x23;
  private static final int GLOBAL_SET = 0x24;

  /**
   * A program with a mutable stack pointer (global 0, 1024), an immutable global 1 (7), the given
   * marker body exported as {@code __dylink4j_stack_pointer}, and {@code push}, which moves the
   * stack pointer down by 16 and returns it.
   */
  private static ModuleInstance program(Code markerBody) {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(NONE, new int[] {I32});
    int sp = b.global(I32, true, new Code().i32Const(1024));
    b.global(I32, false, new Code().i32Const(7));
    b.exportFunction(MARKER, b.function(t, NONE, markerBody));
    Code push =
        new Code()
            .op(GLOBAL_GET)
            .u32(sp)
            .i32Const(16)
            .op(0x6B) // i32.sub
            .op(GLOBAL_SET)
            .u32(sp)
            .op(GLOBAL_GET)
            .u32(sp);
    b.exportFunction("push", b.function(t, NONE, push));
    return Compiler.compile(b.build(), "main.wasm").instantiate(new Imports());
  }

  @Test
  void theMarkersGlobalIsExportedAsTheStackPointerThatCompiledCodeUses() {
    ModuleInstance m = program(new Code().op(GLOBAL_GET).u32(0));
    Global sp = m.global("__stack_pointer");
    assertNotNull(sp);
    assertEquals(1024, sp.getInt());
    assertEquals(1008, (Integer) m.function("push").call()[0]);
    assertEquals(1008, sp.getInt(), "the export is the cell the module's code reads and writes");
    sp.setInt(4096);
    assertEquals(4080, (Integer) m.function("push").call()[0]);
  }

  @Test
  void aMarkerThatIsNotExactlyGlobalGetOfAMutableI32ExportsNothing() {
    // An immutable global cannot be a stack pointer.
    assertNull(program(new Code().op(GLOBAL_GET).u32(1)).global("__stack_pointer"));
    // Anything but `global.get N; end` is not libdylink's marker.
    assertNull(program(new Code().i32Const(0)).global("__stack_pointer"));
    assertNull(
        program(new Code().op(GLOBAL_GET).u32(0).i32Const(0).op(0x6A)).global("__stack_pointer"));
  }

  @Test
  void aModuleWithoutTheMarkerKeepsItsGlobalsPrivate() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(NONE, new int[] {I32});
    b.global(I32, true, new Code().i32Const(1024));
    b.exportFunction("get_sp", b.function(t, NONE, new Code().op(GLOBAL_GET).u32(0)));
    ModuleInstance m = Compiler.compile(b.build(), "main.wasm").instantiate(new Imports());
    assertNull(m.global("__stack_pointer"));
    assertEquals(1024, (Integer) m.function("get_sp").call()[0]);
  }
}
