package io.github.dylink4j.cli.inspect;

import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Global;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TypeSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sorts a module's imports and exports into the groups a dynamic loader cares about: what {@code
 * env} must provide, which GOT cells to create, what WASI must provide, and what the module offers.
 */
final class ImportExportGroups {
  private final ParsedSections sections;
  private final List<Import> imports;
  // Imports come first in each index space, so exports need them by kind.
  private final List<FunctionImport> functionImports;
  private final List<GlobalImport> globalImports;
  private final List<MemoryImport> memoryImports;
  private final List<TableImport> tableImports;

  ImportExportGroups(ParsedSections sections) {
    this.sections = sections;
    this.imports = sections.imports.stream().toList();
    this.functionImports = importsOf(FunctionImport.class);
    this.globalImports = importsOf(GlobalImport.class);
    this.memoryImports = importsOf(MemoryImport.class);
    this.tableImports = importsOf(TableImport.class);
  }

  /** Import groups, in the order they are shown. */
  private enum ImportGroup {
    ENV_FUNCTIONS("env-functions", "env functions"),
    ENV_OTHER("env-other", "env memory, table, globals"),
    GOT_MEM("got-mem", "GOT.mem (data addresses)"),
    GOT_FUNC("got-func", "GOT.func (function pointers)"),
    WASI("wasi", "wasi_snapshot_preview1"),
    OTHER("other", "other");

    final String key;
    final String title;

    ImportGroup(String key, String title) {
      this.key = key;
      this.title = title;
    }

    static ImportGroup of(Import imp) {
      return switch (imp.module()) {
        case "env" -> imp.importType() == ExternalType.FUNCTION ? ENV_FUNCTIONS : ENV_OTHER;
        case "GOT.mem" -> GOT_MEM;
        case "GOT.func" -> GOT_FUNC;
        case "wasi_snapshot_preview1" -> WASI;
        default -> OTHER;
      };
    }
  }

  List<EntryGroup> imports() {
    Map<ImportGroup, List<Entry>> groups = new EnumMap<>(ImportGroup.class);
    for (ImportGroup group : ImportGroup.values()) {
      groups.put(group, new ArrayList<>());
    }
    for (Import imp : imports) {
      groups.get(ImportGroup.of(imp)).add(importEntry(imp));
    }
    List<EntryGroup> result = new ArrayList<>();
    groups.forEach((group, entries) -> result.add(new EntryGroup(group.key, group.title, entries)));
    return result;
  }

  List<EntryGroup> exports() {
    List<Entry> functions = new ArrayList<>();
    List<Entry> globals = new ArrayList<>();
    List<Entry> other = new ArrayList<>();
    for (int i = 0; i < sections.exports.exportCount(); i++) {
      Export export = sections.exports.getExport(i);
      switch (export.exportType()) {
        case FUNCTION -> functions.add(exportEntry(export, functionType(export.index()), null));
        case GLOBAL -> globals.add(globalExport(export));
        default -> other.add(exportEntry(export, otherType(export), null));
      }
    }
    return List.of(
        new EntryGroup("functions", "functions", functions),
        new EntryGroup("data-globals", "data globals", globals),
        new EntryGroup("other", "other", other));
  }

  private Entry importEntry(Import imp) {
    String type;
    if (imp instanceof FunctionImport f) {
      type = typeAt(f.typeIndex());
    } else if (imp instanceof GlobalImport g) {
      type = TypeNames.global(g.mutabilityType(), g.type());
    } else if (imp instanceof MemoryImport m) {
      type = TypeNames.memory(m.limits());
    } else if (imp instanceof TableImport t) {
      type = TypeNames.table(t.entryType(), t.limits());
    } else {
      type = kind(imp.importType());
    }
    return new Entry(imp.module(), imp.name(), kind(imp.importType()), type, null);
  }

  private static Entry exportEntry(Export export, String type, Long value) {
    return new Entry(null, export.name(), kind(export.exportType()), type, value);
  }

  private Entry globalExport(Export export) {
    int index = export.index();
    List<GlobalImport> imported = globalImports;
    if (index < imported.size()) {
      GlobalImport g = imported.get(index);
      return exportEntry(export, TypeNames.global(g.mutabilityType(), g.type()), null);
    }
    int local = index - imported.size();
    if (local >= sections.globals.globalCount()) {
      return exportEntry(export, "<invalid global index " + index + ">", null);
    }
    Global g = sections.globals.getGlobal(local);
    return exportEntry(
        export,
        TypeNames.global(g.mutabilityType(), g.valueType()),
        constant(g.initInstructions()));
  }

  /** The value of a constant initialiser, e.g. a data symbol's offset; null if not a constant. */
  private static Long constant(List<Instruction> init) {
    List<Instruction> code = init.stream().filter(i -> i.opcode() != OpCode.END).toList();
    if (code.size() != 1) {
      return null;
    }
    Instruction only = code.get(0);
    if (only.opcode() == OpCode.I32_CONST) {
      return (long) (int) only.operand(0);
    }
    if (only.opcode() == OpCode.I64_CONST) {
      return only.operand(0);
    }
    return null;
  }

  private String functionType(int index) {
    List<FunctionImport> imported = functionImports;
    if (index < imported.size()) {
      return typeAt(imported.get(index).typeIndex());
    }
    int local = index - imported.size();
    if (local >= sections.functions.functionCount()) {
      return "<invalid function index " + index + ">";
    }
    return typeAt(sections.functions.getFunctionType(local));
  }

  private String otherType(Export export) {
    int index = export.index();
    switch (export.exportType()) {
      case MEMORY -> {
        List<MemoryImport> imported = memoryImports;
        if (index < imported.size()) {
          return TypeNames.memory(imported.get(index).limits());
        }
        int local = index - imported.size();
        if (local < sections.memories.memoryCount()) {
          return TypeNames.memory(sections.memories.getMemory(local).limits());
        }
        return "<invalid memory index " + index + ">";
      }
      case TABLE -> {
        List<TableImport> imported = tableImports;
        if (index < imported.size()) {
          TableImport t = imported.get(index);
          return TypeNames.table(t.entryType(), t.limits());
        }
        int local = index - imported.size();
        if (local < sections.tables.tableCount()) {
          var t = sections.tables.getTable(local);
          return TypeNames.table(t.elementType(), t.limits());
        }
        return "<invalid table index " + index + ">";
      }
      default -> {
        return kind(export.exportType());
      }
    }
  }

  private String typeAt(int typeIndex) {
    TypeSection types = sections.types;
    if (typeIndex < 0 || typeIndex >= types.typeCount()) {
      return "<invalid type index " + typeIndex + ">";
    }
    return TypeNames.function(types.getType(typeIndex));
  }

  private <T extends Import> List<T> importsOf(Class<T> type) {
    return imports.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static String kind(ExternalType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
