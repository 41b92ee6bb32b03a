package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveElement;
import com.dylibso.chicory.wasm.types.Element;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TableImport;
import io.github.dylink4j.runtime.FuncType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The likely targets of a {@code call_indirect}: the table slots that this module's own active
 * element segments (constant offsets, {@code ref.func} items) fill with one of its functions of the
 * expected type. A site with a few of them ({@value #MAX_ARMS} at most) calls each through a
 * guarded {@code invokestatic} arm of a switch on the table index, which HotSpot inlines; the guard
 * compares the slot's current content with that function, so a table changed at run time
 * (table.set, dlopen filling slots, another module's segments) only sends calls to the generic
 * path. This is a guess used for speed, never for correctness.
 */
final class IndirectTargets {
  /** More targets than this and the switch costs more bytecode than it saves time. */
  static final int MAX_ARMS = 16;

  /** Estimated bytes of one arm (slot load, guard, call, jump) and of the switch entry. */
  static final int ARM_COST = 26;

  /** One arm: the table slot and the function expected in it. */
  record Arm(int slot, int function) {}

  private final ModuleInfo module;

  /** Per table: slot -> function, as this module's constant active segments leave it. */
  private final List<Map<Integer, Integer>> initial = new ArrayList<>();

  private final Map<Long, List<Arm>> arms = new ConcurrentHashMap<>();

  IndirectTargets(ModuleInfo module, WasmModule wasm) {
    this.module = module;
    List<Long> minSizes = new ArrayList<>();
    for (var imp : module.imports) {
      if (imp instanceof TableImport) {
        minSizes.add(((TableImport) imp).limits().min());
      }
    }
    for (int i = 0; i < wasm.tableSection().tableCount(); i++) {
      minSizes.add(wasm.tableSection().getTable(i).limits().min());
    }
    for (int t = 0; t < minSizes.size(); t++) {
      initial.add(new TreeMap<>());
    }
    for (int k = 0; k < wasm.elementSection().elementCount(); k++) {
      Element e = wasm.elementSection().getElement(k);
      if (!(e instanceof ActiveElement)) {
        continue;
      }
      ActiveElement a = (ActiveElement) e;
      int table = a.tableIndex();
      Integer offset = constant(a.offset());
      if (offset == null || table < 0 || table >= initial.size()) {
        continue; // e.g. a side module's __table_base + k: unknown until load time
      }
      for (int j = 0; j < e.initializers().size(); j++) {
        long slot = (offset & 0xFFFF_FFFFL) + j;
        // Only slots inside the declared minimum: an arm may load its slot without a range check.
        if (slot >= minSizes.get(table)) {
          break;
        }
        Integer f = refFunc(e.initializers().get(j));
        if (f == null) {
          initial.get(table).remove((int) slot);
        } else {
          initial.get(table).put((int) slot, f);
        }
      }
    }
  }

  /** The arms for a call_indirect of type {@code typeIndex} through {@code table}; empty: none. */
  List<Arm> arms(int typeIndex, int table) {
    return arms.computeIfAbsent(((long) table << 32) | typeIndex, k -> compute(typeIndex, table));
  }

  /** Estimated extra bytecode of a call_indirect's arms (for the splitter's budget). */
  int extraCost(int typeIndex, int table) {
    if (typeIndex < 0 || typeIndex >= module.types.size() || table < 0 || table >= initial.size()) {
      return 0;
    }
    return ARM_COST * arms(typeIndex, table).size();
  }

  private List<Arm> compute(int typeIndex, int table) {
    FuncType expected = module.types.get(typeIndex);
    List<Arm> result = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : initial.get(table).entrySet()) {
      int f = e.getValue();
      // Imported functions stay with the generic path (their call is an invokedynamic anyway).
      if (f >= module.importedFunctions
          && f < module.functionTypes.size()
          && module.functionTypes.get(f).equals(expected)) {
        result.add(new Arm(e.getKey(), f));
        if (result.size() > MAX_ARMS) {
          return List.of();
        }
      }
    }
    // One target: the call site's inline cache already makes it a guarded direct call.
    return result.size() < 2 ? List.of() : List.copyOf(result);
  }

  private static Integer constant(List<Instruction> expr) {
    List<Instruction> body = withoutEnd(expr);
    if (body.size() == 1 && body.get(0).opcode() == OpCode.I32_CONST) {
      return (int) body.get(0).operand(0);
    }
    return null;
  }

  private static Integer refFunc(List<Instruction> expr) {
    List<Instruction> body = withoutEnd(expr);
    if (body.size() == 1 && body.get(0).opcode() == OpCode.REF_FUNC) {
      return (int) body.get(0).operand(0);
    }
    return null;
  }

  private static List<Instruction> withoutEnd(List<Instruction> expr) {
    if (!expr.isEmpty() && expr.get(expr.size() - 1).opcode() == OpCode.END) {
      return expr.subList(0, expr.size() - 1);
    }
    return expr;
  }
}
