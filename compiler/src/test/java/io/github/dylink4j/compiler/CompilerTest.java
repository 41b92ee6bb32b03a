package io.github.dylink4j.compiler;

import static io.github.dylink4j.compiler.WasmBuilder.F32;
import static io.github.dylink4j.compiler.WasmBuilder.F64;
import static io.github.dylink4j.compiler.WasmBuilder.FUNCREF;
import static io.github.dylink4j.compiler.WasmBuilder.I32;
import static io.github.dylink4j.compiler.WasmBuilder.I64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.compiler.WasmBuilder.Code;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerTest {
  private static final int[] NONE = {};

  private static ModuleInstance instantiate(WasmBuilder b) {
    return Compiler.compile(b.build(), "test").instantiate(new Imports());
  }

  private static String trap(WasmFunction f, Object... args) {
    return assertThrows(WasmTrap.class, () -> f.call(args)).getMessage();
  }

  @Test
  void floatMinOfSignallingNanIsQuietAndNegKeepsPayload() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {F32, F32}, new int[] {F32});
    int u = b.type(new int[] {F32}, new int[] {F32});
    b.exportFunction("min", b.function(t, NONE, new Code().localGet(0).localGet(1).op(0x96)));
    b.exportFunction("neg", b.function(u, NONE, new Code().localGet(0).op(0x8C)));
    ModuleInstance m = instantiate(b);
    float snan = Float.intBitsToFloat(0x7FA00001);
    float min = (Float) m.function("min").call(snan, 1f)[0];
    int bits = Float.floatToRawIntBits(min);
    assertTrue(Float.isNaN(min));
    assertEquals(0x00400000, bits & 0x00400000, "quiet bit set");
    float neg = (Float) m.function("neg").call(snan)[0];
    assertEquals(0xFFA00001, Float.floatToRawIntBits(neg));
  }

  @Test
  void truncTrapsOnNanAndOverflow() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {F64}, new int[] {I32});
    b.exportFunction("trunc", b.function(t, NONE, new Code().localGet(0).op(0xAA)));
    WasmFunction trunc = instantiate(b).function("trunc");
    assertEquals("invalid conversion to integer", trap(trunc, Double.NaN));
    assertEquals("integer overflow", trap(trunc, 2147483648.0));
    assertEquals("integer overflow", trap(trunc, -2147483649.0));
    assertArrayEquals(new Object[] {-2147483648}, trunc.call(-2147483648.9));
  }

  @Test
  void memoryBoundsWithOffsetsNearTwoToThe32() {
    WasmBuilder b = new WasmBuilder().memory(1, -1);
    int t = b.type(new int[] {I32}, new int[] {I32});
    b.exportFunction("load0", b.function(t, NONE, new Code().localGet(0).mem(0x28, 2, 0)));
    b.exportFunction("load4", b.function(t, NONE, new Code().localGet(0).mem(0x28, 2, 4)));
    b.exportFunction(
        "loadMax", b.function(t, NONE, new Code().localGet(0).mem(0x28, 0, 0xFFFFFFFFL)));
    b.exportFunction(
        "loadHigh", b.function(t, NONE, new Code().localGet(0).mem(0x28, 0, 0x80000001L)));
    b.data(65532, new byte[] {1, 2, 3, 4});
    ModuleInstance m = instantiate(b);
    assertArrayEquals(new Object[] {0x04030201}, m.function("load0").call(65532));
    assertEquals("out of bounds memory access", trap(m.function("load0"), 65533));
    assertEquals("out of bounds memory access", trap(m.function("load0"), -1));
    assertArrayEquals(new Object[] {0x04030201}, m.function("load4").call(65528));
    assertEquals("out of bounds memory access", trap(m.function("load4"), 65529));
    // addr + offset wraps past 2^32 in 32-bit arithmetic: must still trap.
    assertEquals("out of bounds memory access", trap(m.function("load4"), -4));
    assertEquals("out of bounds memory access", trap(m.function("loadMax"), 0));
    assertEquals("out of bounds memory access", trap(m.function("loadMax"), 1));
    assertEquals("out of bounds memory access", trap(m.function("loadHigh"), 0x7FFFFFFF));
  }

  @Test
  void brTableDropsValuesUnderTheResultAndHandlesDefault() {
    // (block $a (result i32) (block $b (result i32) (block $c (result i32)
    //   i32.const 7  i32.const 100  local.get 0  br_table $a $b $c) drop i32.const 3) drop
    // i32.const 2)
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {I32}, new int[] {I32});
    Code body =
        new Code()
            .op(0x02, I32, 0x02, I32, 0x02, I32)
            .i32Const(7)
            .i32Const(100)
            .localGet(0)
            .op(0x0E)
            .u32(2)
            .u32(2)
            .u32(1)
            .u32(0)
            .op(0x0B, 0x1A)
            .i32Const(3)
            .op(0x0B, 0x1A)
            .i32Const(2)
            .op(0x0B);
    b.exportFunction("f", b.function(t, NONE, body));
    WasmFunction f = instantiate(b).function("f");
    assertArrayEquals(new Object[] {100}, f.call(0));
    assertArrayEquals(new Object[] {2}, f.call(1));
    assertArrayEquals(new Object[] {2}, f.call(2));
    assertArrayEquals(new Object[] {2}, f.call(-1));
  }

  @Test
  void largeBrTableUsesIndexMap() {
    // block $out (result i32) block $x block $y  local.get 0  br_table (2000 x alternating $x $y)
    // $out
    // end i32.const 20 br $out end i32.const 10 end
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {I32}, new int[] {I32});
    Code body = new Code().op(0x02, I32, 0x02, 0x40, 0x02, 0x40).localGet(0).op(0x0E).u32(2000);
    for (int i = 0; i < 2000; i++) {
      body.u32(i % 2);
    }
    body.u32(1).op(0x0B).i32Const(20).op(0x0C).u32(1).op(0x0B).i32Const(10).op(0x0B);
    b.exportFunction("f", b.function(t, NONE, body));
    WasmFunction f = instantiate(b).function("f");
    assertArrayEquals(new Object[] {20}, f.call(0));
    assertArrayEquals(new Object[] {10}, f.call(1));
    assertArrayEquals(new Object[] {10}, f.call(1999));
    assertArrayEquals(new Object[] {20}, f.call(1998));
    assertArrayEquals(new Object[] {10}, f.call(2000));
    assertArrayEquals(new Object[] {10}, f.call(-1));
  }

  @Test
  void multiValueFunctionsAndBlocksWithParams() {
    WasmBuilder b = new WasmBuilder();
    int three = b.type(NONE, new int[] {I32, I64, F64});
    int swap = b.type(new int[] {I32, I64}, new int[] {I64, I32});
    int producer =
        b.function(three, NONE, new Code().i32Const(1).i64Const(2).f64Bits(0x4008000000000000L));
    // block (type swap) takes [i32 i64] and yields [i64 i32] through locals
    int swapper =
        b.function(
            swap,
            new int[] {I32, I64},
            new Code()
                .localGet(0)
                .localGet(1)
                .op(0x02)
                .s32(swap)
                .op(0x21)
                .u32(3)
                .op(0x21)
                .u32(2)
                .localGet(3)
                .localGet(2)
                .op(0x0B));
    b.exportFunction("three", producer).exportFunction("swap", swapper);
    ModuleInstance m = instantiate(b);
    assertArrayEquals(new Object[] {1, 2L, 3.0}, m.function("three").call());
    assertArrayEquals(new Object[] {5L, 4}, m.function("swap").call(4, 5L));
  }

  @Test
  void callIndirectChecksSignatureNullAndRange() {
    WasmBuilder b = new WasmBuilder().table(FUNCREF, 3);
    int ii = b.type(new int[] {I32}, new int[] {I32});
    int v = b.type(NONE, NONE);
    int inc = b.function(ii, NONE, new Code().localGet(0).i32Const(1).op(0x6A));
    int nop = b.function(v, NONE, new Code());
    b.elem(0, inc, nop);
    int call =
        b.function(
            b.type(new int[] {I32, I32}, new int[] {I32}),
            NONE,
            new Code().localGet(1).localGet(0).op(0x11).u32(ii).u32(0));
    b.exportFunction("call", call);
    WasmFunction f = instantiate(b).function("call");
    assertArrayEquals(new Object[] {42}, f.call(0, 41));
    assertEquals("indirect call type mismatch", trap(f, 1, 0));
    assertEquals("uninitialized element", trap(f, 2, 0));
    assertEquals("undefined element", trap(f, 3, 0));
    assertEquals("undefined element", trap(f, -1, 0));
  }

  @Test
  void callIndirectFollowsTableChangesAfterCaching() {
    WasmBuilder b = new WasmBuilder().table(FUNCREF, 8);
    int ii = b.type(new int[] {I32}, new int[] {I32});
    int[] fs = new int[6];
    for (int k = 0; k < fs.length; k++) {
      fs[k] = b.function(ii, NONE, new Code().localGet(0).i32Const(100 * k).op(0x6A));
    }
    int other = b.function(b.type(NONE, NONE), NONE, new Code());
    b.elem(0, fs);
    b.elem(7, other);
    // call(slot, x) = table[slot](x)
    int call =
        b.function(
            b.type(new int[] {I32, I32}, new int[] {I32}),
            NONE,
            new Code().localGet(1).localGet(0).op(0x11).u32(ii).u32(0));
    b.exportFunction("call", call).exportTable("table");
    ModuleInstance m = instantiate(b);
    WasmFunction f = m.function("call");
    for (int round = 0; round < 3; round++) {
      assertArrayEquals(new Object[] {1}, f.call(0, 1));
    }
    // Replace slot 0 behind the cached target: same type, then another type, then null.
    m.table("table").set(0, m.table("table").get(3));
    assertArrayEquals(new Object[] {301}, f.call(0, 1));
    m.table("table").set(0, m.table("table").get(7));
    assertEquals("indirect call type mismatch", trap(f, 0, 1));
    m.table("table").set(0, null);
    assertEquals("uninitialized element", trap(f, 0, 1));
    // More distinct targets than the site caches: it must stay correct.
    for (int k = 1; k < fs.length; k++) {
      assertArrayEquals(new Object[] {100 * k + 5}, f.call(k, 5));
    }
    for (int k = 1; k < fs.length; k++) {
      assertArrayEquals(new Object[] {100 * k + 6}, f.call(k, 6));
    }
  }

  @Test
  void memoryGrowInCalleeIsVisibleToCaller() {
    WasmBuilder b = new WasmBuilder().memory(1, 4);
    int grow = b.function(b.type(NONE, new int[] {I32}), NONE, new Code().i32Const(1).op(0x40, 0));
    // store 99 at 65536 (page 2) after calling grow, then load it back
    int t = b.type(NONE, new int[] {I32});
    int f =
        b.function(
            t,
            NONE,
            new Code()
                .call(grow)
                .op(0x1A)
                .i32Const(65536)
                .i32Const(99)
                .mem(0x36, 2, 0)
                .i32Const(65536)
                .mem(0x28, 2, 0));
    b.exportFunction("f", f).exportMemory("mem");
    ModuleInstance m = instantiate(b);
    assertArrayEquals(new Object[] {99}, m.function("f").call());
    assertEquals(2, m.memory("mem").pages());
    assertEquals(99, m.memory("mem").readInt(65536));
  }

  @Test
  void deepRecursionTrapsAndLeavesTheJvmUsable() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {I32}, new int[] {I32});
    // f(x) = f(x + 1) + 1, never returns
    int f =
        b.function(
            t, NONE, new Code().localGet(0).i32Const(1).op(0x6A).call(0).i32Const(1).op(0x6A));
    b.exportFunction("f", f);
    WasmFunction fn = instantiate(b).function("f");
    assertEquals("call stack exhausted", trap(fn, 0));
    assertEquals("call stack exhausted", trap(fn, 0));
  }

  @Test
  void hostImportsAreCalledAndMissingImportsFailToLink() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {I64}, new int[] {I64});
    int imp = b.importFunction("env", "twice", t);
    b.exportFunction("f", b.function(t, NONE, new Code().localGet(0).call(imp).call(imp)));
    byte[] wasm = b.build();
    List<Object> seen = new ArrayList<>();
    WasmFunction twice =
        WasmFunction.host(
            FuncType.of(List.of(ValType.I64), List.of(ValType.I64)),
            args -> {
              seen.add(args[0]);
              return new Object[] {(Long) args[0] * 2};
            });
    ModuleInstance m =
        Compiler.compile(wasm, "host").instantiate(new Imports().add("env", "twice", twice));
    assertArrayEquals(new Object[] {12L}, m.function("f").call(3L));
    assertEquals(List.of(3L, 6L), seen);
    LinkException e =
        assertThrows(
            LinkException.class, () -> Compiler.compile(wasm, "host").instantiate(new Imports()));
    assertEquals("unknown import: env.twice", e.getMessage());
  }

  @Test
  void invalidAndMalformedModulesAreRejected() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(NONE, new int[] {I32});
    b.function(t, NONE, new Code().i64Const(1)); // returns i64 where i32 is declared
    CompileException invalid =
        assertThrows(CompileException.class, () -> Compiler.compile(b.build(), "bad"));
    assertEquals(CompileException.Kind.INVALID, invalid.kind());
    assertTrue(invalid.getMessage().startsWith("bad: "), invalid.getMessage());
    CompileException malformed =
        assertThrows(
            CompileException.class,
            () -> Compiler.compile(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}, "bad"));
    assertEquals(CompileException.Kind.MALFORMED, malformed.kind());
  }

  @Test
  void functionsWithMoreParametersThanTheJvmAllowsTakeAnArray() {
    int n = 300; // 300 i32 parameters: more than a JVM method's 255 parameter slots
    int[] params = new int[n];
    java.util.Arrays.fill(params, I32);
    WasmBuilder b = new WasmBuilder().table(FUNCREF, 1);
    int big = b.type(params, new int[] {I32});
    int host = b.importFunction("env", "last", big);
    int sum =
        b.function(big, NONE, new Code().localGet(0).localGet(150).op(0x6A).localGet(299).op(0x6A));
    b.elem(0, sum);
    int t = b.type(NONE, new int[] {I32});
    Code direct = new Code();
    Code indirect = new Code();
    Code viaHost = new Code();
    for (int k = 0; k < n; k++) {
      direct.i32Const(k);
      indirect.i32Const(k);
      viaHost.i32Const(k);
    }
    direct.call(sum);
    indirect.i32Const(0).op(0x11).u32(big).u32(0);
    viaHost.call(host);
    b.exportFunction("sum", sum)
        .exportFunction("direct", b.function(t, NONE, direct))
        .exportFunction("indirect", b.function(t, NONE, indirect))
        .exportFunction("viaHost", b.function(t, NONE, viaHost));
    List<ValType> types = java.util.Collections.nCopies(n, ValType.I32);
    WasmFunction last =
        WasmFunction.host(
            FuncType.of(types, List.of(ValType.I32)), args -> new Object[] {args[n - 1]});
    ModuleInstance m =
        Compiler.compile(b.build(), "wide").instantiate(new Imports().add("env", "last", last));
    assertArrayEquals(new Object[] {449}, m.function("direct").call());
    assertArrayEquals(new Object[] {449}, m.function("indirect").call());
    assertArrayEquals(new Object[] {299}, m.function("viaHost").call());
    Object[] args = new Object[n];
    for (int k = 0; k < n; k++) {
      args[k] = k + 1;
    }
    assertArrayEquals(new Object[] {1 + 151 + 300}, m.function("sum").call(args));
  }

  @Test
  void atomicsRunAsAlignedSingleThreadedAccesses() {
    WasmBuilder b = new WasmBuilder().memory(1, -1);
    int ii = b.type(new int[] {I32, I32}, new int[] {I32});
    int iii = b.type(new int[] {I32, I32, I32}, new int[] {I32});
    // add(addr, v) = i32.atomic.rmw.add; add8(addr, v) = i32.atomic.rmw8.add_u
    b.exportFunction(
        "add",
        b.function(ii, NONE, new Code().localGet(0).localGet(1).op(0xFE).u32(0x1E).u32(2).u32(0)));
    b.exportFunction(
        "add8",
        b.function(ii, NONE, new Code().localGet(0).localGet(1).op(0xFE).u32(0x20).u32(0).u32(0)));
    b.exportFunction(
        "cas",
        b.function(
            iii,
            NONE,
            new Code().localGet(0).localGet(1).localGet(2).op(0xFE).u32(0x48).u32(2).u32(0)));
    b.exportFunction(
        "load",
        b.function(
            b.type(new int[] {I32}, new int[] {I32}),
            NONE,
            new Code().localGet(0).op(0xFE).u32(0x10).u32(2).u32(0)));
    b.exportFunction(
        "wait",
        b.function(
            ii,
            NONE,
            new Code().localGet(0).localGet(1).i64Const(0).op(0xFE).u32(0x01).u32(2).u32(0)));
    ModuleInstance m = instantiate(b);
    assertArrayEquals(new Object[] {0}, m.function("add").call(8, 5));
    assertArrayEquals(new Object[] {5}, m.function("add").call(8, -1));
    assertArrayEquals(new Object[] {4}, m.function("load").call(8));
    assertArrayEquals(new Object[] {4}, m.function("cas").call(8, 3, 9)); // no match: unchanged
    assertArrayEquals(new Object[] {4}, m.function("cas").call(8, 4, 9)); // match: stores 9
    assertArrayEquals(new Object[] {9}, m.function("load").call(8));
    // 8-bit: 9 + 255 wraps to 8 in the byte, the old byte comes back zero-extended
    assertArrayEquals(new Object[] {9}, m.function("add8").call(8, 255));
    assertArrayEquals(new Object[] {8}, m.function("load").call(8));
    assertEquals("unaligned atomic", trap(m.function("add"), 6, 1));
    assertEquals("out of bounds memory access", trap(m.function("add"), 65536, 1));
    assertArrayEquals(new Object[] {1}, m.function("wait").call(8, 7)); // not-equal
    assertArrayEquals(new Object[] {2}, m.function("wait").call(8, 8)); // times out at once
  }

  @Test
  void globalsExportedAndPrivate() {
    WasmBuilder b = new WasmBuilder();
    int g = b.global(I32, true, new Code().i32Const(5));
    int h = b.global(F32, true, new Code().f32Bits(0x7FA00001));
    int t = b.type(NONE, new int[] {I32});
    // g += 1; return g
    int f =
        b.function(
            t,
            NONE,
            new Code().op(0x23).u32(g).i32Const(1).op(0x6A).op(0x24).u32(g).op(0x23).u32(g));
    int getH = b.function(b.type(NONE, new int[] {F32}), NONE, new Code().op(0x23).u32(h));
    b.exportFunction("f", f).exportFunction("h", getH).exportGlobal("g", g);
    ModuleInstance m = instantiate(b);
    assertArrayEquals(new Object[] {6}, m.function("f").call());
    assertEquals(6, m.global("g").get());
    m.global("g").set(40);
    assertArrayEquals(new Object[] {41}, m.function("f").call());
    assertEquals(0x7FA00001, Float.floatToRawIntBits((Float) m.function("h").call()[0]));
  }
}
