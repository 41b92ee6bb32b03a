package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;

/**
 * Finds the stack pointer of a main module linked with libdylink, which the compiled module then
 * exports as {@code __stack_pointer} so that side modules run on the program's own C stack.
 *
 * <p>wasm-ld keeps {@code __stack_pointer} hidden unless the user's link line says {@code
 * -Wl,--export=__stack_pointer}, which an archive cannot add; libdylink instead links the exported
 * function {@code __dylink4j_stack_pointer}, whose body is exactly {@code global.get N; end}. The
 * compiler (not the loader) adds the export, so a bundle precompiled at build time and a module
 * compiled at run time are the same image of the same bytes (bundles are found by the bytes' hash).
 */
final class StackPointerMarker {
  static final String MARKER = "__dylink4j_stack_pointer";
  static final String STACK_POINTER = "__stack_pointer";

  private StackPointerMarker() {}

  /**
   * The index of the global that libdylink's marker reads: a mutable i32 global, when the module
   * exports the marker as {@code global.get N; end} and exports no {@code __stack_pointer} itself;
   * otherwise -1 (nothing to add).
   */
  static int find(WasmModule module) {
    int marker = -1;
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      Export e = module.exportSection().getExport(i);
      if (e.exportType() == ExternalType.GLOBAL && e.name().equals(STACK_POINTER)) {
        return -1;
      }
      if (e.exportType() == ExternalType.FUNCTION && e.name().equals(MARKER)) {
        marker = (int) e.index();
      }
    }
    if (marker < 0) {
      return -1;
    }
    int importedFunctions = 0;
    int importedGlobals = 0;
    GlobalImport[] globalImports = new GlobalImport[module.importSection().importCount()];
    for (int i = 0; i < module.importSection().importCount(); i++) {
      var imp = module.importSection().getImport(i);
      if (imp instanceof FunctionImport) {
        importedFunctions++;
      } else if (imp instanceof GlobalImport) {
        globalImports[importedGlobals++] = (GlobalImport) imp;
      }
    }
    int defined = marker - importedFunctions;
    if (defined < 0 || defined >= module.codeSection().functionBodyCount()) {
      return -1;
    }
    List<AnnotatedInstruction> body = module.codeSection().getFunctionBody(defined).instructions();
    if (body.size() != 2
        || body.get(0).opcode() != OpCode.GLOBAL_GET
        || body.get(1).opcode() != OpCode.END) {
      return -1;
    }
    int global = (int) body.get(0).operand(0);
    boolean mutableI32;
    if (global < importedGlobals) {
      GlobalImport g = globalImports[global];
      mutableI32 = ValType.I32.equals(g.type()) && g.mutabilityType() == MutabilityType.Var;
    } else {
      int index = global - importedGlobals;
      if (index >= module.globalSection().globalCount()) {
        return -1;
      }
      var g = module.globalSection().getGlobal(index);
      mutableI32 = ValType.I32.equals(g.valueType()) && g.mutabilityType() == MutabilityType.Var;
    }
    return mutableI32 ? global : -1;
  }
}
