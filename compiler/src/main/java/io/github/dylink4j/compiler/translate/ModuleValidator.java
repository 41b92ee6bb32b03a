package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TableLimits;
import io.github.dylink4j.runtime.FuncType;
import java.util.HashSet;
import java.util.Set;

/**
 * Module-level validation rules that the decoder does not check: exports, the start function,
 * memory count and limits. Function bodies are validated while they are translated.
 */
final class ModuleValidator {
  private final ModuleInfo info;

  ModuleValidator(ModuleInfo info) {
    this.info = info;
  }

  void validate() {
    if (info.memoryCount > 1) {
      throw info.invalid("multiple memories");
    }
    for (var imp : info.imports) {
      if (imp instanceof MemoryImport) {
        memoryLimits(((MemoryImport) imp).limits());
      } else if (imp instanceof TableImport) {
        tableLimits(((TableImport) imp).limits());
      }
    }
    info.module
        .memorySection()
        .ifPresent(
            s -> {
              for (int i = 0; i < s.memoryCount(); i++) {
                memoryLimits(s.getMemory(i).limits());
              }
            });
    for (int i = 0; i < info.module.tableSection().tableCount(); i++) {
      tableLimits(info.module.tableSection().getTable(i).limits());
    }
    exports();
    info.module
        .startSection()
        .ifPresent(
            s -> {
              long f = s.startIndex();
              if (f < 0 || f >= info.functionTypes.size()) {
                throw info.invalid("unknown function " + f + " (start)");
              }
              FuncType t = info.functionTypes.get((int) f);
              if (!t.params().isEmpty() || !t.results().isEmpty()) {
                throw info.invalid("start function must have type [] -> []");
              }
            });
  }

  private void memoryLimits(MemoryLimits l) {
    long min = Integer.toUnsignedLong(l.initialPages());
    long max = Integer.toUnsignedLong(l.maximumPages());
    if (min > 65536 || max > 65536) {
      throw info.invalid("memory size must be at most 65536 pages (4GiB)");
    }
    if (min > max) {
      throw info.invalid("size minimum must not be greater than maximum");
    }
  }

  private void tableLimits(TableLimits l) {
    if (Long.compareUnsigned(l.min(), l.max()) > 0) {
      throw info.invalid("size minimum must not be greater than maximum");
    }
  }

  private void exports() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < info.module.exportSection().exportCount(); i++) {
      Export e = info.module.exportSection().getExport(i);
      if (!names.add(e.name())) {
        throw info.invalid("duplicate export name \"" + e.name() + "\"");
      }
      long index = e.index();
      switch (e.exportType()) {
        case FUNCTION:
          check(index, info.functionTypes.size(), "function", e);
          break;
        case TABLE:
          check(index, info.tableTypes.size(), "table", e);
          break;
        case MEMORY:
          check(index, info.memoryCount, "memory", e);
          break;
        case GLOBAL:
          check(index, info.globals.size(), "global", e);
          break;
        default:
          break;
      }
    }
  }

  private void check(long index, int count, String kind, Export e) {
    if (index < 0 || index >= count) {
      throw info.invalid("unknown " + kind + " " + index + " (export \"" + e.name() + "\")");
    }
  }
}
