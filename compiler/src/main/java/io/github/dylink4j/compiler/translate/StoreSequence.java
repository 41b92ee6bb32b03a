package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Recognises a function that is nothing but a long run of {@code i32.store}s whose address and
 * value are each {@code global.get g}, {@code i32.const c}, or {@code g + c} in either order (how
 * wasm-ld writes {@code __wasm_apply_data_relocs}), and compiles it to a table run by {@code
 * StoreSequenceOps} instead of bytecode. CoWasm's python.wasm has one of 38,600 stores: translated
 * normally it is split into dozens of chunk methods that the JVM loads, verifies and interprets
 * once, about half of the Java time of a Python start. Any other function, or anything unusual in
 * this one (another instruction, an over-aligned store, a non-i32 global), is left to the normal
 * translation, which also reports the errors.
 *
 * <p>{@code FunctionSplitter} could make the same function, but as bytecode that is loaded,
 * verified and interpreted once; a string constant costs nothing of that.
 */
final class StoreSequence {
  private static final String OPS = "io/github/dylink4j/runtime/internal/StoreSequenceOps";

  /** Below this the normal translation is small and fast enough. */
  static final int MIN_STORES = 256;

  /** The globals' values are read by straight-line code in one method: stay far below 64 KB. */
  static final int MAX_GLOBALS = 4096;

  /** Chars per constant string: one char is at most 2 bytes of modified UTF-8 (limit 65,535). */
  private static final int PART_CHARS = 32_000;

  private final ModuleInfo module;

  /** Global index to slot (slot 0 is "no global"). */
  private final Map<Integer, Integer> slots;

  private final List<String> parts;

  private StoreSequence(ModuleInfo module, Map<Integer, Integer> slots, List<String> parts) {
    this.module = module;
    this.slots = slots;
    this.parts = parts;
  }

  /** One operand: global {@code global} (-1 for none) plus {@code constant}. */
  private record Term(int global, int constant, int next) {}

  /** The table form of {@code body}, or null when it does not have the shape. */
  static StoreSequence match(ModuleInfo module, FuncType type, FunctionBody body) {
    if (!type.params().isEmpty() || !type.results().isEmpty() || module.memoryCount == 0) {
      return null;
    }
    List<AnnotatedInstruction> code = body.instructions();
    int n = code.size();
    if (n < MIN_STORES * 3 + 1 || code.get(n - 1).opcode() != OpCode.END) {
      return null;
    }
    Map<Integer, Integer> slots = new LinkedHashMap<>();
    StringBuilder table = new StringBuilder();
    List<String> parts = new ArrayList<>();
    int previousAddress = 0;
    int stores = 0;
    int i = 0;
    while (i < n - 1) {
      Term address = term(module, code, i);
      if (address == null || address.next() >= n - 1) {
        return null;
      }
      Term value = term(module, code, address.next());
      if (value == null || value.next() >= n - 1) {
        return null;
      }
      AnnotatedInstruction store = code.get(value.next());
      if (store.opcode() != OpCode.I32_STORE || store.operand(0) > 2) {
        return null;
      }
      if (table.length() > PART_CHARS) {
        parts.add(table.toString());
        table.setLength(0);
      }
      leb(table, slot(slots, address.global()));
      leb(table, zigzag(address.constant() - previousAddress));
      leb(table, slot(slots, value.global()));
      leb(table, zigzag(value.constant()));
      leb(table, (int) store.operand(1));
      if (slots.size() > MAX_GLOBALS) {
        return null;
      }
      previousAddress = address.constant();
      stores++;
      i = value.next() + 1;
    }
    // Relocation code adds the bases the loader imports (__memory_base, __table_base, GOT
    // entries); a function computing only from its own globals and constants stays on the normal
    // path (the split-function tests rely on such a function being split).
    if (stores < MIN_STORES
        || slots.keySet().stream().noneMatch(g -> module.globals.get(g).imported())) {
      return null;
    }
    parts.add(table.toString());
    return new StoreSequence(module, slots, parts);
  }

  /**
   * {@code i32.const c}, {@code global.get g}, or their sum in either order, at {@code i}; null for
   * anything else. Taking the sum whenever an add follows is how the operand stack evaluates it.
   */
  private static Term term(ModuleInfo module, List<AnnotatedInstruction> code, int i) {
    AnnotatedInstruction first = code.get(i);
    boolean sum = i + 2 < code.size() && code.get(i + 2).opcode() == OpCode.I32_ADD;
    if (first.opcode() == OpCode.GLOBAL_GET) {
      int g = i32Global(module, first);
      if (g < 0) {
        return null;
      }
      AnnotatedInstruction second = code.get(i + 1);
      return sum && second.opcode() == OpCode.I32_CONST
          ? new Term(g, (int) second.operand(0), i + 3)
          : new Term(g, 0, i + 1);
    }
    if (first.opcode() == OpCode.I32_CONST) {
      int c = (int) first.operand(0);
      AnnotatedInstruction second = code.get(i + 1);
      if (sum && second.opcode() == OpCode.GLOBAL_GET) {
        int g = i32Global(module, second);
        return g < 0 ? null : new Term(g, c, i + 3);
      }
      return new Term(-1, c, i + 1);
    }
    return null;
  }

  /** The index read by {@code global.get}, or -1 unless it is a valid i32 global. */
  private static int i32Global(ModuleInfo module, AnnotatedInstruction get) {
    long g = get.operand(0);
    return g >= 0 && g < module.globals.size() && module.globals.get((int) g).type() == ValType.I32
        ? (int) g
        : -1;
  }

  private static int slot(Map<Integer, Integer> slots, int global) {
    return global < 0 ? 0 : slots.computeIfAbsent(global, g -> slots.size() + 1);
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  /** Unsigned LEB128, one byte per char (the encoding StoreSequenceOps reads). */
  private static void leb(StringBuilder out, int v) {
    while ((v & ~0x7F) != 0) {
      out.append((char) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.append((char) v);
  }

  /** The whole method body: read the globals, then call the runner with the table. */
  void emit(MethodVisitor mv) {
    mv.visitCode();
    Emit.iconst(mv, parts.size());
    mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
    for (int p = 0; p < parts.size(); p++) {
      mv.visitInsn(Opcodes.DUP);
      Emit.iconst(mv, p);
      mv.visitLdcInsn(parts.get(p));
      mv.visitInsn(Opcodes.AASTORE);
    }
    Emit.iconst(mv, slots.size() + 1);
    mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
    for (Map.Entry<Integer, Integer> e : slots.entrySet()) {
      mv.visitInsn(Opcodes.DUP);
      Emit.iconst(mv, e.getValue());
      module.emitGlobalGet(mv, e.getKey());
      mv.visitInsn(Opcodes.IASTORE);
    }
    module.emitMemory(mv, 0);
    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ModuleInfo.MEMORY, "array", "()[B", false);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, OPS, "run", "([Ljava/lang/String;[I[B)V", false);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
