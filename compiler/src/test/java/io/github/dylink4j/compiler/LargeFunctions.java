package io.github.dylink4j.compiler;

import static io.github.dylink4j.compiler.WasmBuilder.I32;

import io.github.dylink4j.compiler.WasmBuilder.Code;

/**
 * The two huge functions of issue 3 item 3, built as wasm bytes, and plain Java models of what they
 * compute (written independently of the compiler).
 */
final class LargeFunctions {
  private LargeFunctions() {}

  static final int BASE = 1024;

  /** Words written by {@link #relocs()}: enough for a body of at least 640 KB. */
  static int relocWords;

  /** The value the relocation function stores at word k (before adding the base). */
  static int relocValue(int k) {
    return k * 7919 + 1_000_003;
  }

  /**
   * A straight-line function shaped like wasm-ld's {@code __wasm_apply_data_relocs}: for each word
   * k, {@code global.get base; i32.const 4k; i32.add; global.get base; i32.const v; i32.add;
   * i32.store}, until the body is at least 640 KB. Exported as "apply".
   */
  static byte[] relocs() {
    WasmBuilder b = new WasmBuilder().memory(8, -1);
    int base = b.global(I32, false, new Code().op(0x41).s32(BASE));
    Code body = new Code();
    int k = 0;
    while (body.bytes().length < 640 * 1024) {
      for (int n = 0; n < 1000; n++, k++) {
        body.op(0x23).u32(base).op(0x41).s32(4 * k).op(0x6A);
        body.op(0x23).u32(base).op(0x41).s32(relocValue(k)).op(0x6A);
        body.mem(0x36, 2, 0);
      }
    }
    relocWords = k;
    int t = b.type(new int[0], new int[0]);
    b.exportFunction("apply", b.function(t, new int[0], body));
    b.exportMemory("memory");
    return b.build();
  }

  static final int DEPTH = 1000;
  static final int PRE = 12;
  static final int POST = 22;

  /** Instructions in {@link #nested()}'s body (counted while building). */
  static int nestedInstructions;

  /**
   * (param i32) (result i32), local 1 an accumulator: DEPTH nested blocks; each level first runs
   * PRE filler groups, the innermost does {@code br_table 0 1 ... DEPTH-1} on the parameter, and
   * after the end of each block POST filler groups run. A filler group is {@code local.get 1;
   * i32.const c; i32.add; i32.const 5; i32.mul; local.set 1}. Exported as "run".
   */
  static byte[] nested() {
    WasmBuilder b = new WasmBuilder();
    Code body = new Code();
    int count = 0;
    for (int level = 0; level < DEPTH; level++) {
      body.op(0x02, 0x40);
      count++;
      for (int r = 0; r < PRE; r++) {
        count += filler(body, preConstant(level, r));
      }
    }
    body.localGet(0).op(0x0E).u32(DEPTH - 1);
    for (int l = 0; l < DEPTH; l++) {
      body.u32(l);
    }
    count += 2;
    // The ends, innermost first: end number e (1-based) closes level DEPTH - e.
    for (int e = 1; e <= DEPTH; e++) {
      body.op(0x0B);
      count++;
      for (int r = 0; r < POST; r++) {
        count += filler(body, postConstant(e, r));
      }
    }
    body.localGet(1);
    count += 2; // local.get and the function's end
    nestedInstructions = count;
    int t = b.type(new int[] {I32}, new int[] {I32});
    b.exportFunction("run", b.function(t, new int[] {I32}, body));
    return b.build();
  }

  private static int filler(Code body, int c) {
    body.localGet(1).op(0x41).s32(c).op(0x6A).op(0x41).s32(5).op(0x6C).op(0x21).u32(1);
    return 6;
  }

  static int preConstant(int level, int r) {
    return level * 131 + r;
  }

  static int postConstant(int end, int r) {
    return end * 977 - r;
  }

  /** What "run" returns: the model of the control structure above. */
  static int nestedModel(int x) {
    int acc = 0;
    for (int level = 0; level < DEPTH; level++) {
      for (int r = 0; r < PRE; r++) {
        acc = (acc + preConstant(level, r)) * 5;
      }
    }
    // br_table: index x (unsigned) picks label x, or the default DEPTH-1 when out of range.
    int label = Integer.compareUnsigned(x, DEPTH - 1) < 0 ? x : DEPTH - 1;
    // Label l continues after end number l + 1.
    for (int e = label + 1; e <= DEPTH; e++) {
      for (int r = 0; r < POST; r++) {
        acc = (acc + postConstant(e, r)) * 5;
      }
    }
    return acc;
  }
}
