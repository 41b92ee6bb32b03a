package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.internal.ModuleSpec.ExportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.GlobalSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.Limits;
import io.github.dylink4j.runtime.internal.ModuleSpec.TableSpec;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Instantiates a compiled module: links imports, allocates memories, tables and global cells, loads
 * the generated classes in a fresh {@link InstanceClassLoader}, runs the generated {@code $init()}
 * (globals, then active element and data segments in order) and the start function.
 */
public final class Instantiator {
  private Instantiator() {}

  public static ModuleInstance instantiate(ModuleSpec spec, Imports imports) {
    int nFunctions = spec.functionTypes().size();
    WasmFunction[] functions = new WasmFunction[nFunctions];
    int importedMemories = 0;
    int importedTables = 0;
    for (ImportSpec imp : spec.imports()) {
      if (imp.kind() == ModuleSpec.Kind.MEMORY) {
        importedMemories++;
      } else if (imp.kind() == ModuleSpec.Kind.TABLE) {
        importedTables++;
      }
    }
    Memory[] memories = new Memory[importedMemories + spec.memories().size()];
    Table[] tables = new Table[importedTables + spec.tables().size()];
    Global[] globals = new Global[spec.globals().size()];

    int fi = 0;
    int mi = 0;
    int ti = 0;
    int gi = 0;
    for (ImportSpec imp : spec.imports()) {
      Object value = imports == null ? null : imports.get(imp.module(), imp.name());
      if (value == null) {
        throw new LinkException("unknown import: " + imp.qualifiedName());
      }
      switch (imp.kind()) {
        case FUNCTION:
          if (!(value instanceof WasmFunction)
              || !((WasmFunction) value).type().equals(imp.funcType())) {
            throw incompatible(imp);
          }
          functions[fi++] = (WasmFunction) value;
          break;
        case MEMORY:
          if (!(value instanceof Memory)) {
            throw incompatible(imp);
          }
          Memory memory = (Memory) value;
          if (!limitsMatch(memory.pages(), memory.maxPages(), imp.limits())) {
            throw incompatible(imp);
          }
          memories[mi++] = memory;
          break;
        case TABLE:
          if (!(value instanceof Table)) {
            throw incompatible(imp);
          }
          Table table = (Table) value;
          if (table.elementType() != imp.valType()
              || !limitsMatch(table.size(), table.maxSize(), imp.limits())) {
            throw incompatible(imp);
          }
          tables[ti++] = table;
          break;
        case GLOBAL:
          if (!(value instanceof Global)) {
            throw incompatible(imp);
          }
          Global global = (Global) value;
          if (global.type() != imp.valType() || global.mutable() != imp.mutable()) {
            throw incompatible(imp);
          }
          globals[gi++] = global;
          break;
      }
    }
    for (Limits limits : spec.memories()) {
      if (limits.min() > Memory.MAX_PAGES) {
        throw new LinkException(
            spec.name()
                + ": memory of "
                + limits.min()
                + " pages exceeds the JVM limit of "
                + Memory.MAX_PAGES
                + " pages");
      }
      memories[mi++] = new Memory((int) limits.min(), (int) limits.max());
    }
    for (TableSpec t : spec.tables()) {
      if (t.limits().min() > Table.MAX_SIZE) {
        throw new LinkException(
            spec.name() + ": table of " + t.limits().min() + " elements exceeds the limit");
      }
      tables[ti++] = new Table(t.elementType(), (int) t.limits().min(), (int) t.limits().max());
    }
    for (; gi < globals.length; gi++) {
      GlobalSpec g = spec.globals().get(gi);
      if (g.cell()) {
        globals[gi] = new Global(g.type(), g.mutable(), zero(g.type()));
      }
    }

    InstanceContext context = new InstanceContext(spec, functions, memories, tables, globals);
    InstanceClassLoader loader =
        new InstanceClassLoader(Instantiator.class.getClassLoader(), spec.classes(), context);
    context.setLoader(loader);
    Class<?> main;
    try {
      main = Class.forName(spec.mainClass(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // The compiler verifies what it generates, so this is a compiler or class-path bug: say which
      // module, and do not let a VerifyError escape as if the JVM were broken.
      throw new IllegalStateException(spec.name() + ": the generated code failed to load: " + e, e);
    }
    try {
      MethodHandles.Lookup lookup = context.lookup();
      MethodHandle init = lookup.findStatic(main, "$init", MethodType.methodType(void.class));
      init.invokeExact();
    } catch (Throwable t) {
      throw Traps.boundary(t);
    }
    if (spec.startFunction() >= 0) {
      context.function(spec.startFunction()).call();
    }

    Map<String, Object> exports = new LinkedHashMap<>();
    for (ExportSpec e : spec.exports()) {
      switch (e.kind()) {
        case FUNCTION:
          exports.put(e.name(), context.function(e.index()));
          break;
        case MEMORY:
          exports.put(e.name(), context.memory(e.index()));
          break;
        case TABLE:
          exports.put(e.name(), context.table(e.index()));
          break;
        case GLOBAL:
          exports.put(e.name(), context.global(e.index()));
          break;
      }
    }
    return new ModuleInstance(exports);
  }

  /** Import matching (Wasm 2.0): at least the minimum, and within the maximum when one is set. */
  private static boolean limitsMatch(int size, int max, Limits wanted) {
    if (Integer.toUnsignedLong(size) < wanted.min()) {
      return false;
    }
    if (wanted.max() < 0) {
      return true;
    }
    return max != -1 && Integer.toUnsignedLong(max) <= wanted.max();
  }

  private static LinkException incompatible(ImportSpec imp) {
    return new LinkException("incompatible import type for " + imp.qualifiedName());
  }

  private static Object zero(ValType type) {
    switch (type) {
      case I32:
        return 0;
      case I64:
        return 0L;
      case F32:
        return 0f;
      case F64:
        return 0d;
      default:
        return null;
    }
  }
}
