package io.github.dylink4j.compiler;

import static io.github.dylink4j.compiler.WasmBuilder.FUNCREF;
import static io.github.dylink4j.compiler.WasmBuilder.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.compiler.WasmBuilder.Code;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * call_indirect sites with a few known targets get inline arms (a switch on the table index, each
 * arm a guarded direct call): they must call exactly what the table holds at the time of the call,
 * whoever changed it, and trap as the spec says otherwise.
 */
class IndirectArmsTest {
  private static final int[] NONE = {};

  /**
   * A module whose functions k = 0..count-1 compute x + 100k + base (base an exported mutable
   * global, so two instances of it differ), put in table slots {@code slots[k]} by active segments,
   * and an export call(slot, x) = table[slot](x).
   */
  private static byte[] module(int tableSize, int... slots) {
    WasmBuilder b = new WasmBuilder().table(FUNCREF, tableSize);
    int ii = b.type(new int[] {I32}, new int[] {I32});
    int base = b.global(I32, true, new Code().i32Const(0));
    for (int k = 0; k < slots.length; k++) {
      int f =
          b.function(
              ii,
              NONE,
              new Code().localGet(0).i32Const(100 * k).op(0x6A).op(0x23).u32(base).op(0x6A));
      b.elem(slots[k], f);
    }
    int other = b.function(b.type(NONE, NONE), NONE, new Code());
    b.elem(tableSize - 1, other);
    int call =
        b.function(
            b.type(new int[] {I32, I32}, new int[] {I32}),
            NONE,
            new Code().localGet(1).localGet(0).op(0x11).u32(ii).u32(0));
    b.exportFunction("call", call).exportTable("table").exportGlobal("base", base);
    return b.build();
  }

  private static int call(WasmFunction f, int slot, int x) {
    return (Integer) f.call(slot, x)[0];
  }

  private static String trap(WasmFunction f, int slot) {
    return assertThrows(WasmTrap.class, () -> f.call(slot, 0)).getMessage();
  }

  /** The names of the static methods that export {@code call}'s own method invokes directly. */
  private static List<String> directCalls(ModuleImage image) {
    int index =
        image.spec().exports().stream()
            .filter(e -> e.name().equals("call"))
            .findFirst()
            .orElseThrow()
            .index();
    List<String> called = new ArrayList<>();
    for (Map.Entry<String, byte[]> c : image.spec().classes().entrySet()) {
      new ClassReader(c.getValue())
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String desc, String sig, String[] exceptions) {
                  if (!name.equals("f" + index)) {
                    return null;
                  }
                  return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(
                        int op, String owner, String m, String d, boolean itf) {
                      if (op == Opcodes.INVOKESTATIC && m.matches("f\\d+")) {
                        called.add(m);
                      }
                    }
                  };
                }
              },
              0);
    }
    return called;
  }

  @Test
  void denseArmsCallWhatTheTableHoldsNow() {
    byte[] wasm = module(8, 0, 1, 2, 3, 4);
    ModuleImage image = Compiler.compile(wasm, "arms");
    // The site has arms: direct calls of the five functions (indices 0..4).
    assertEquals(List.of("f0", "f1", "f2", "f3", "f4"), directCalls(image));
    ModuleInstance a = image.instantiate(new Imports());
    WasmFunction f = a.function("call");
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 5; k++) {
        assertEquals(7 + 100 * k, call(f, k, 7));
      }
    }
    Table table = a.table("table");
    // Another function of this instance in an armed slot.
    table.set(1, table.get(3));
    assertEquals(307, call(f, 1, 7));
    // The same function of another instance of the same module: not this instance's arm.
    ModuleInstance b = image.instantiate(new Imports());
    b.global("base").setInt(1000);
    table.set(2, b.table("table").get(2));
    assertEquals(1207, call(f, 2, 7));
    assertEquals(1107, call(b.function("call"), 1, 7)); // b's own table is unchanged
    // A host function of the same type.
    FuncType ii = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
    table.set(4, WasmFunction.host(ii, args -> new Object[] {-(Integer) args[0]}));
    assertEquals(-7, call(f, 4, 7));
    // Another type, null, out of range.
    table.set(0, table.get(7));
    assertEquals("indirect call type mismatch", trap(f, 0));
    table.set(3, null);
    assertEquals("uninitialized element", trap(f, 3));
    assertEquals("undefined element", trap(f, 8));
    assertEquals("undefined element", trap(f, -1));
    // Slots without arms still work, and a table that grew keeps the arms valid.
    table.set(5, b.table("table").get(1));
    assertEquals(1107, call(f, 5, 7));
    table.grow(100, table.get(5));
    assertEquals(1107, call(f, 50, 7));
    assertEquals(307, call(f, 1, 7));
  }

  @Test
  void sparseArmsUseALookupSwitch() {
    ModuleImage image = Compiler.compile(module(300, 0, 150, 90, 7), "sparse");
    // Arms in slot order: f0 at 0, f3 at 7, f2 at 90, f1 at 150.
    assertEquals(List.of("f0", "f3", "f2", "f1"), directCalls(image));
    WasmFunction f = image.instantiate(new Imports()).function("call");
    assertEquals(5, call(f, 0, 5));
    assertEquals(105, call(f, 150, 5));
    assertEquals(205, call(f, 90, 5));
    assertEquals(305, call(f, 7, 5));
    assertEquals("uninitialized element", trap(f, 8));
    assertEquals("indirect call type mismatch", trap(f, 299));
    assertEquals("undefined element", trap(f, 300));
  }

  @Test
  void manyTargetsOrOneKeepTheGenericCallSite() {
    int[] slots = new int[17];
    for (int k = 0; k < slots.length; k++) {
      slots[k] = k;
    }
    ModuleImage many = Compiler.compile(module(20, slots), "many");
    assertTrue(directCalls(many).isEmpty());
    WasmFunction f = many.instantiate(new Imports()).function("call");
    for (int k = 0; k < slots.length; k++) {
      assertEquals(3 + 100 * k, call(f, k, 3));
    }
    assertTrue(directCalls(Compiler.compile(module(4, 1), "one")).isEmpty());
  }
}
