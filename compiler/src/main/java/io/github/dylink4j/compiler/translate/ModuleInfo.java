package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.TableImport;
import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.internal.JvmTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The module-wide facts every function translation needs (index spaces and their types) and the
 * names of the generated classes and fields that hold per-instance state.
 */
final class ModuleInfo {
  static final String CONTEXT = "io/github/dylink4j/runtime/internal/InstanceContext";
  static final String CONTEXT_DESC = "L" + CONTEXT + ";";
  static final String MEMORY = "io/github/dylink4j/runtime/Memory";
  static final String MEMORY_DESC = "L" + MEMORY + ";";
  static final String TABLE = "io/github/dylink4j/runtime/Table";
  static final String TABLE_DESC = "L" + TABLE + ";";
  static final String GLOBAL = "io/github/dylink4j/runtime/Global";
  static final String GLOBAL_DESC = "L" + GLOBAL + ";";

  /** A global: cells are shared {@code Global} objects, others plain static fields. */
  record GlobalInfo(ValType type, boolean mutable, boolean imported, boolean cell) {}

  final WasmModule module;
  final String name;
  final String packagePrefix;
  final String mainClass;
  final List<FuncType> types = new ArrayList<>();
  final List<FuncType> functionTypes = new ArrayList<>();
  final List<GlobalInfo> globals = new ArrayList<>();
  final List<ValType> tableTypes = new ArrayList<>();
  final List<ValType> elemTypes = new ArrayList<>();
  final Set<Integer> declaredFunctionRefs = new HashSet<>();
  final List<Import> imports;
  int importedFunctions;
  int importedGlobals;
  int memoryCount;
  int dataCount;
  boolean hasDataCountSection;

  /** For each function, the internal name of the generated class holding it (null for imports). */
  final List<String> functionOwners = new ArrayList<>();

  /** The module's binary, for checks that need the raw encoding. */
  final byte[] bytes;

  /**
   * The global that libdylink's marker function reads (see StackPointerMarker), exported as {@code
   * __stack_pointer}; -1 when there is none.
   */
  final int stackPointerMarkerGlobal;

  /** The likely targets of call_indirect sites (see IndirectTargets). */
  final IndirectTargets indirect;

  ModuleInfo(WasmModule module, String name, byte[] bytes) {
    this.module = module;
    this.bytes = bytes;
    this.name = name;
    this.packagePrefix = "dylink4j/gen/" + sanitize(name) + "/";
    this.mainClass = packagePrefix + "Module";
    List<Import> importList = new ArrayList<>();
    for (int i = 0; i < module.importSection().importCount(); i++) {
      importList.add(module.importSection().getImport(i));
    }
    this.imports = importList;

    for (int i = 0; i < module.typeSection().typeCount(); i++) {
      types.add(funcType(module.typeSection().getType(i)));
    }
    Set<String> exportedGlobals = new HashSet<>();
    this.stackPointerMarkerGlobal = StackPointerMarker.find(module);
    if (stackPointerMarkerGlobal >= 0) {
      exportedGlobals.add(Integer.toString(stackPointerMarkerGlobal));
    }
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      Export e = module.exportSection().getExport(i);
      if (e.exportType() == ExternalType.GLOBAL) {
        exportedGlobals.add(Integer.toString(e.index()));
      }
      if (e.exportType() == ExternalType.FUNCTION) {
        declaredFunctionRefs.add(e.index());
      }
    }
    for (Import imp : imports) {
      if (imp instanceof FunctionImport) {
        functionTypes.add(type(((FunctionImport) imp).typeIndex()));
        functionOwners.add(null);
        importedFunctions++;
      } else if (imp instanceof GlobalImport) {
        GlobalImport g = (GlobalImport) imp;
        globals.add(
            new GlobalInfo(
                valType(g.type()), g.mutabilityType() == MutabilityType.Var, true, true));
        importedGlobals++;
      } else if (imp instanceof TableImport) {
        tableTypes.add(valType(((TableImport) imp).entryType()));
      } else if (imp instanceof MemoryImport) {
        memoryCount++;
      } else {
        throw new CompileException(
            CompileException.Kind.UNSUPPORTED, name + ": unsupported import kind " + imp);
      }
    }
    for (int i = 0; i < module.functionSection().functionCount(); i++) {
      functionTypes.add(type(module.functionSection().getFunctionType(i)));
    }
    for (var g : module.globalSection().globals()) {
      int index = globals.size();
      boolean exported = exportedGlobals.contains(Integer.toString(index));
      globals.add(
          new GlobalInfo(
              valType(g.valueType()), g.mutabilityType() == MutabilityType.Var, false, exported));
    }
    for (int i = 0; i < module.tableSection().tableCount(); i++) {
      tableTypes.add(valType(module.tableSection().getTable(i).elementType()));
    }
    memoryCount += module.memorySection().map(s -> s.memoryCount()).orElse(0);
    for (int i = 0; i < module.elementSection().elementCount(); i++) {
      var element = module.elementSection().getElement(i);
      elemTypes.add(valType(element.type()));
      for (var init : element.initializers()) {
        for (var ins : init) {
          if (ins.opcode() == com.dylibso.chicory.wasm.types.OpCode.REF_FUNC) {
            declaredFunctionRefs.add((int) ins.operand(0));
          }
        }
      }
    }
    for (var g : module.globalSection().globals()) {
      for (var ins : g.initInstructions()) {
        if (ins.opcode() == com.dylibso.chicory.wasm.types.OpCode.REF_FUNC) {
          declaredFunctionRefs.add((int) ins.operand(0));
        }
      }
    }
    dataCount = module.dataSection().dataSegmentCount();
    hasDataCountSection = module.dataCountSection().isPresent();
    indirect = new IndirectTargets(this, module);
  }

  FuncType type(int index) {
    if (index < 0 || index >= types.size()) {
      throw invalid("unknown type " + index);
    }
    return types.get(index);
  }

  CompileException invalid(String message) {
    return new CompileException(CompileException.Kind.INVALID, name + ": " + message);
  }

  static FuncType funcType(com.dylibso.chicory.wasm.types.FunctionType t) {
    List<ValType> params = new ArrayList<>();
    for (var p : t.params()) {
      params.add(valType(p));
    }
    List<ValType> results = new ArrayList<>();
    for (var r : t.returns()) {
      results.add(valType(r));
    }
    return FuncType.of(params, results);
  }

  static ValType valType(com.dylibso.chicory.wasm.types.ValType t) {
    ValType v = valTypeOrNull(t.id());
    if (v == null) {
      if (t.equals(com.dylibso.chicory.wasm.types.ValType.V128)) {
        throw new CompileException(
            CompileException.Kind.UNSUPPORTED, "SIMD (v128) is not supported");
      }
      throw new CompileException(
          CompileException.Kind.UNSUPPORTED,
          "value type " + t + " is not supported (Wasm 2.0 only)");
    }
    return v;
  }

  /** Our value type for a Chicory value type id, or null when it is none of the six. */
  static ValType valTypeOrNull(long id) {
    if (id == com.dylibso.chicory.wasm.types.ValType.I32.id()) {
      return ValType.I32;
    } else if (id == com.dylibso.chicory.wasm.types.ValType.I64.id()) {
      return ValType.I64;
    } else if (id == com.dylibso.chicory.wasm.types.ValType.F32.id()) {
      return ValType.F32;
    } else if (id == com.dylibso.chicory.wasm.types.ValType.F64.id()) {
      return ValType.F64;
    }
    // Reference types: the low 32 bits are the type constructor, the high ones the heap type
    // (func -16, extern -17). Chicory types legacy element segments as non-null (ref func), a
    // subtype of funcref: Wasm 2.0 has only the nullable form, so both map to it.
    int opcode = (int) id;
    int heapType = (int) (id >> 32);
    if (heapType == 0 && opcode == com.dylibso.chicory.wasm.types.ValType.ID.FuncRef) {
      return ValType.FUNCREF; // the one-byte abbreviation, as in block types
    }
    if (heapType == 0 && opcode == com.dylibso.chicory.wasm.types.ValType.ID.ExternRef) {
      return ValType.EXTERNREF;
    }
    if (opcode == com.dylibso.chicory.wasm.types.ValType.ID.RefNull
        || opcode == com.dylibso.chicory.wasm.types.ValType.ID.Ref) {
      if (heapType == -16) {
        return ValType.FUNCREF;
      } else if (heapType == -17) {
        return ValType.EXTERNREF;
      }
    }
    return null;
  }

  static String sanitize(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
      sb.insert(0, 'm');
    }
    return sb.toString();
  }

  // ---- emission helpers shared by function bodies and the instance initialiser

  static String globalField(int index, GlobalInfo g) {
    return (g.cell() ? "G" : "g") + index;
  }

  static String globalFieldDesc(GlobalInfo g) {
    return g.cell() ? GLOBAL_DESC : JvmTypes.descriptor(g.type());
  }

  void emitGlobalGet(MethodVisitor mv, int index) {
    GlobalInfo g = globals.get(index);
    mv.visitFieldInsn(Opcodes.GETSTATIC, mainClass, globalField(index, g), globalFieldDesc(g));
    if (g.cell()) {
      mv.visitMethodInsn(
          Opcodes.INVOKEVIRTUAL,
          GLOBAL,
          "get" + cellSuffix(g.type()),
          "()" + JvmTypes.descriptor(g.type()),
          false);
    }
  }

  /** Stores the value on top of the stack into global {@code index}. */
  void emitGlobalSet(MethodVisitor mv, int index) {
    GlobalInfo g = globals.get(index);
    if (g.cell()) {
      mv.visitFieldInsn(Opcodes.GETSTATIC, mainClass, globalField(index, g), GLOBAL_DESC);
      if (JvmTypes.slots(g.type()) == 2) {
        mv.visitInsn(Opcodes.DUP_X2);
        mv.visitInsn(Opcodes.POP);
      } else {
        mv.visitInsn(Opcodes.SWAP);
      }
      mv.visitMethodInsn(
          Opcodes.INVOKEVIRTUAL,
          GLOBAL,
          "set" + cellSuffix(g.type()),
          "(" + JvmTypes.descriptor(g.type()) + ")V",
          false);
    } else {
      mv.visitFieldInsn(Opcodes.PUTSTATIC, mainClass, globalField(index, g), globalFieldDesc(g));
    }
  }

  private static String cellSuffix(ValType t) {
    switch (t) {
      case I32:
        return "Int";
      case I64:
        return "Long";
      case F32:
        return "Float";
      case F64:
        return "Double";
      default:
        return "Ref";
    }
  }

  void emitContext(MethodVisitor mv) {
    mv.visitFieldInsn(Opcodes.GETSTATIC, mainClass, "CTX", CONTEXT_DESC);
  }

  void emitMemory(MethodVisitor mv, int index) {
    mv.visitFieldInsn(Opcodes.GETSTATIC, mainClass, "M" + index, MEMORY_DESC);
  }

  void emitTable(MethodVisitor mv, int index) {
    mv.visitFieldInsn(Opcodes.GETSTATIC, mainClass, "T" + index, TABLE_DESC);
  }

  void emitFunctionRef(MethodVisitor mv, int index) {
    emitContext(mv);
    Emit.iconst(mv, index);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL,
        CONTEXT,
        "function",
        "(I)Lio/github/dylink4j/runtime/WasmFunction;",
        false);
  }
}
