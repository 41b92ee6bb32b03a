package io.github.dylink4j.compiler;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test-only writer of small wasm binaries, so tests need no text-format tool. */
final class WasmBuilder {
  static final int I32 = 0x7F;
  static final int I64 = 0x7E;
  static final int F32 = 0x7D;
  static final int F64 = 0x7C;
  static final int FUNCREF = 0x70;
  static final int EXTERNREF = 0x6F;

  private final List<byte[]> types = new ArrayList<>();
  private final List<byte[]> imports = new ArrayList<>();
  private final List<Integer> functions = new ArrayList<>();
  private final List<byte[]> bodies = new ArrayList<>();
  private final List<byte[]> tables = new ArrayList<>();
  private byte[] memory;
  private final List<byte[]> globals = new ArrayList<>();
  private final List<byte[]> exports = new ArrayList<>();
  private final List<byte[]> elems = new ArrayList<>();
  private final List<byte[]> datas = new ArrayList<>();
  private int importedFunctions;
  private int importedGlobals;
  private int start = -1;

  int type(int[] params, int[] results) {
    Code c = new Code().op(0x60).u32(params.length);
    for (int p : params) {
      c.op(p);
    }
    c.u32(results.length);
    for (int r : results) {
      c.op(r);
    }
    types.add(c.bytes());
    return types.size() - 1;
  }

  int importFunction(String module, String name, int type) {
    imports.add(new Code().name(module).name(name).op(0).u32(type).bytes());
    return importedFunctions++;
  }

  WasmBuilder importMemory(String module, String name, int min) {
    imports.add(new Code().name(module).name(name).op(2).op(0).u32(min).bytes());
    return this;
  }

  /** Imports a global; returns its index (call before defining globals). */
  int importGlobal(String module, String name, int type, boolean mutable) {
    imports.add(new Code().name(module).name(name).op(3).op(type).op(mutable ? 1 : 0).bytes());
    return importedGlobals++;
  }

  WasmBuilder start(int function) {
    start = function;
    return this;
  }

  /** Defines a function; {@code locals} are value types, one per local. */
  int function(int type, int[] locals, Code body) {
    functions.add(type);
    Code c = new Code().u32(locals.length);
    for (int l : locals) {
      c.u32(1).op(l);
    }
    c.raw(body.bytes()).op(0x0B);
    bodies.add(c.bytes());
    return importedFunctions + functions.size() - 1;
  }

  WasmBuilder memory(int min, int max) {
    Code c = new Code();
    if (max < 0) {
      c.op(0).u32(min);
    } else {
      c.op(1).u32(min).u32(max);
    }
    memory = c.bytes();
    return this;
  }

  WasmBuilder table(int elemType, int min) {
    tables.add(new Code().op(elemType).op(0).u32(min).bytes());
    return this;
  }

  int global(int type, boolean mutable, Code init) {
    globals.add(new Code().op(type).op(mutable ? 1 : 0).raw(init.bytes()).op(0x0B).bytes());
    return importedGlobals + globals.size() - 1;
  }

  WasmBuilder exportFunction(String name, int index) {
    exports.add(new Code().name(name).op(0).u32(index).bytes());
    return this;
  }

  WasmBuilder exportMemory(String name) {
    exports.add(new Code().name(name).op(2).u32(0).bytes());
    return this;
  }

  WasmBuilder exportTable(String name) {
    exports.add(new Code().name(name).op(1).u32(0).bytes());
    return this;
  }

  WasmBuilder exportGlobal(String name, int index) {
    exports.add(new Code().name(name).op(3).u32(index).bytes());
    return this;
  }

  /** An active segment of table 0 at a constant offset. */
  WasmBuilder elem(int offset, int... functionIndices) {
    Code c = new Code().op(0).op(0x41).s32(offset).op(0x0B).u32(functionIndices.length);
    for (int f : functionIndices) {
      c.u32(f);
    }
    elems.add(c.bytes());
    return this;
  }

  WasmBuilder data(int offset, byte[] bytes) {
    datas.add(new Code().op(0).op(0x41).s32(offset).op(0x0B).u32(bytes.length).raw(bytes).bytes());
    return this;
  }

  byte[] build() {
    Code m = new Code().raw(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    section(m, 1, types);
    section(m, 2, imports);
    List<byte[]> fs = new ArrayList<>();
    for (int t : functions) {
      fs.add(new Code().u32(t).bytes());
    }
    section(m, 3, fs);
    section(m, 4, tables);
    if (memory != null) {
      section(m, 5, List.of(memory));
    }
    section(m, 6, globals);
    section(m, 7, exports);
    if (start >= 0) {
      m.op(8).u32(new Code().u32(start).bytes().length).u32(start);
    }
    section(m, 9, elems);
    List<byte[]> code = new ArrayList<>();
    for (byte[] b : bodies) {
      code.add(new Code().u32(b.length).raw(b).bytes());
    }
    section(m, 10, code);
    section(m, 11, datas);
    return m.bytes();
  }

  private static void section(Code module, int id, List<byte[]> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Code c = new Code().u32(entries.size());
    for (byte[] e : entries) {
      c.raw(e);
    }
    byte[] content = c.bytes();
    module.op(id).u32(content.length).raw(content);
  }

  /** Instruction bytes. */
  static final class Code {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Code op(int... bytes) {
      for (int b : bytes) {
        out.write(b);
      }
      return this;
    }

    Code raw(byte[] bytes) {
      out.write(bytes, 0, bytes.length);
      return this;
    }

    Code u32(long value) {
      long v = value & 0xFFFFFFFFL;
      do {
        int b = (int) (v & 0x7F);
        v >>>= 7;
        out.write(v != 0 ? b | 0x80 : b);
      } while (v != 0);
      return this;
    }

    Code s32(int value) {
      return s64(value);
    }

    Code s64(long value) {
      boolean more = true;
      while (more) {
        int b = (int) (value & 0x7F);
        value >>= 7;
        if ((value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0)) {
          more = false;
        } else {
          b |= 0x80;
        }
        out.write(b);
      }
      return this;
    }

    Code name(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      return u32(b.length).raw(b);
    }

    Code i32Const(int v) {
      return op(0x41).s32(v);
    }

    Code i64Const(long v) {
      return op(0x42).s64(v);
    }

    Code f32Bits(int bits) {
      op(0x43);
      for (int i = 0; i < 4; i++) {
        out.write(bits >>> (8 * i));
      }
      return this;
    }

    Code f64Bits(long bits) {
      op(0x44);
      for (int i = 0; i < 8; i++) {
        out.write((int) (bits >>> (8 * i)));
      }
      return this;
    }

    Code localGet(int i) {
      return op(0x20).u32(i);
    }

    Code call(int f) {
      return op(0x10).u32(f);
    }

    /** A load or store with alignment and offset immediates. */
    Code mem(int opcode, int align, long offset) {
      return op(opcode).u32(align).u32(offset);
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
