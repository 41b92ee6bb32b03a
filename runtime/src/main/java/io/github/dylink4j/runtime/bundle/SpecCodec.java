package io.github.dylink4j.runtime.bundle;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.internal.ModuleSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ExportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.GlobalSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.Kind;
import io.github.dylink4j.runtime.internal.ModuleSpec.Limits;
import io.github.dylink4j.runtime.internal.ModuleSpec.TableSpec;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads every field of a {@link ModuleSpec} except the class files, in the field order
 * of the record. A field added to {@code ModuleSpec} breaks this class's compilation on purpose:
 * add it here and bump {@link BundleDescriptor#FORMAT_VERSION}.
 */
final class SpecCodec {
  private static final ValType[] VAL_TYPES = ValType.values();
  private static final Kind[] KINDS = Kind.values();

  private SpecCodec() {}

  static void write(ModuleSpec spec, DataOutputStream out) throws IOException {
    writeString(out, spec.name());
    out.writeInt(spec.imports().size());
    for (ImportSpec imp : spec.imports()) {
      writeString(out, imp.module());
      writeString(out, imp.name());
      out.writeByte(imp.kind().ordinal());
      writeFuncTypeOrNull(out, imp.funcType());
      writeValTypeOrNull(out, imp.valType());
      out.writeBoolean(imp.mutable());
      writeLimitsOrNull(out, imp.limits());
    }
    writeFuncTypes(out, spec.types());
    writeFuncTypes(out, spec.functionTypes());
    // Owners repeat (a class holds many functions): a table of distinct names, then indices.
    Map<String, Integer> owners = new LinkedHashMap<>();
    for (String owner : spec.functionOwners()) {
      if (owner != null) {
        owners.putIfAbsent(owner, owners.size());
      }
    }
    out.writeInt(owners.size());
    for (String owner : owners.keySet()) {
      writeString(out, owner);
    }
    out.writeInt(spec.functionOwners().size());
    for (String owner : spec.functionOwners()) {
      out.writeInt(owner == null ? -1 : owners.get(owner));
    }
    out.writeInt(spec.memories().size());
    for (Limits l : spec.memories()) {
      writeLimitsOrNull(out, l);
    }
    out.writeInt(spec.tables().size());
    for (TableSpec t : spec.tables()) {
      writeValTypeOrNull(out, t.elementType());
      writeLimitsOrNull(out, t.limits());
    }
    out.writeInt(spec.globals().size());
    for (GlobalSpec g : spec.globals()) {
      writeValTypeOrNull(out, g.type());
      out.writeBoolean(g.mutable());
      out.writeBoolean(g.imported());
      out.writeBoolean(g.cell());
    }
    out.writeInt(spec.exports().size());
    for (ExportSpec e : spec.exports()) {
      writeString(out, e.name());
      out.writeByte(e.kind().ordinal());
      out.writeInt(e.index());
    }
    out.writeInt(spec.dataSegments().size());
    for (byte[] segment : spec.dataSegments()) {
      writeBytesOrNull(out, segment);
    }
    out.writeInt(spec.elemSegmentCount());
    out.writeInt(spec.elemFunctions().size());
    for (int[] functions : spec.elemFunctions()) {
      if (functions == null) {
        out.writeInt(-1);
      } else {
        out.writeInt(functions.length);
        for (int f : functions) {
          out.writeInt(f);
        }
      }
    }
    out.writeInt(spec.startFunction());
    writeString(out, spec.mainClass());
  }

  /** The spec as written, with an empty class map (the caller adds the classes). */
  static ModuleSpec read(BinaryInput in) {
    String name = in.string("module name");
    int importCount = in.count("import count", 12);
    List<ImportSpec> imports = new ArrayList<>(importCount);
    for (int i = 0; i < importCount; i++) {
      String module = in.string("import module");
      String field = in.string("import name");
      Kind kind = kind(in, "import kind");
      FuncType funcType = readFuncTypeOrNull(in);
      ValType valType = readValTypeOrNull(in);
      boolean mutable = in.bool("import mutability");
      Limits limits = readLimitsOrNull(in);
      imports.add(new ImportSpec(module, field, kind, funcType, valType, mutable, limits));
    }
    List<FuncType> types = readFuncTypes(in);
    List<FuncType> functionTypes = readFuncTypes(in);
    int ownerCount = in.count("owner class count", 4);
    String[] owners = new String[ownerCount];
    for (int i = 0; i < ownerCount; i++) {
      owners[i] = in.string("owner class name");
    }
    int functionCount = in.count("function owner count", 4);
    List<String> functionOwners = new ArrayList<>(functionCount);
    for (int i = 0; i < functionCount; i++) {
      int index = in.i32("function owner");
      if (index < -1 || index >= ownerCount) {
        throw in.error("bad owner index " + index);
      }
      functionOwners.add(index < 0 ? null : owners[index]);
    }
    int memoryCount = in.count("memory count", 1);
    List<Limits> memories = new ArrayList<>(memoryCount);
    for (int i = 0; i < memoryCount; i++) {
      memories.add(readLimitsOrNull(in));
    }
    int tableCount = in.count("table count", 2);
    List<TableSpec> tables = new ArrayList<>(tableCount);
    for (int i = 0; i < tableCount; i++) {
      tables.add(new TableSpec(readValTypeOrNull(in), readLimitsOrNull(in)));
    }
    int globalCount = in.count("global count", 4);
    List<GlobalSpec> globals = new ArrayList<>(globalCount);
    for (int i = 0; i < globalCount; i++) {
      globals.add(
          new GlobalSpec(
              readValTypeOrNull(in),
              in.bool("global mutability"),
              in.bool("global imported"),
              in.bool("global cell")));
    }
    int exportCount = in.count("export count", 9);
    List<ExportSpec> exports = new ArrayList<>(exportCount);
    for (int i = 0; i < exportCount; i++) {
      exports.add(
          new ExportSpec(
              in.string("export name"), kind(in, "export kind"), in.i32("export index")));
    }
    int segmentCount = in.count("data segment count", 4);
    List<byte[]> dataSegments = new ArrayList<>(segmentCount);
    for (int i = 0; i < segmentCount; i++) {
      dataSegments.add(in.bytesOrNull("data segment " + i));
    }
    int elemSegmentCount = in.i32("element segment count");
    int elemCount = in.count("element function list count", 4);
    List<int[]> elemFunctions = new ArrayList<>(elemCount);
    for (int i = 0; i < elemCount; i++) {
      int n = in.i32("element function count");
      if (n == -1) {
        elemFunctions.add(null);
        continue;
      }
      if (n < 0 || (long) n * 4 > Integer.MAX_VALUE) {
        throw in.error("impossible element function count " + n);
      }
      int[] functions = new int[n];
      for (int j = 0; j < n; j++) {
        functions[j] = in.i32("element function");
      }
      elemFunctions.add(functions);
    }
    int startFunction = in.i32("start function");
    String mainClass = in.string("main class");
    return new ModuleSpec(
        name,
        imports,
        types,
        functionTypes,
        functionOwners,
        memories,
        tables,
        globals,
        exports,
        dataSegments,
        elemSegmentCount,
        elemFunctions,
        startFunction,
        Map.of(),
        mainClass);
  }

  // ---- pieces ----

  static void writeString(DataOutputStream out, String s) throws IOException {
    writeBytesOrNull(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
  }

  static void writeBytesOrNull(DataOutputStream out, byte[] b) throws IOException {
    if (b == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(b.length);
      out.write(b);
    }
  }

  private static void writeFuncTypes(DataOutputStream out, List<FuncType> types)
      throws IOException {
    // Function types repeat too: distinct ones first, then an index per entry.
    Map<FuncType, Integer> distinct = new HashMap<>();
    List<FuncType> order = new ArrayList<>();
    for (FuncType t : types) {
      if (distinct.putIfAbsent(t, order.size()) == null) {
        order.add(t);
      }
    }
    out.writeInt(order.size());
    for (FuncType t : order) {
      writeFuncTypeOrNull(out, t);
    }
    out.writeInt(types.size());
    for (FuncType t : types) {
      out.writeInt(distinct.get(t));
    }
  }

  private static List<FuncType> readFuncTypes(BinaryInput in) {
    int distinctCount = in.count("distinct function type count", 1);
    FuncType[] distinct = new FuncType[distinctCount];
    for (int i = 0; i < distinctCount; i++) {
      distinct[i] = readFuncTypeOrNull(in);
    }
    int n = in.count("function type count", 4);
    List<FuncType> types = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int index = in.i32("function type index");
      if (index < 0 || index >= distinctCount) {
        throw in.error("bad function type index " + index);
      }
      types.add(distinct[index]);
    }
    return types;
  }

  private static void writeFuncTypeOrNull(DataOutputStream out, FuncType t) throws IOException {
    if (t == null) {
      out.writeByte(0);
      return;
    }
    out.writeByte(1);
    out.writeInt(t.params().size());
    for (ValType v : t.params()) {
      out.writeByte(v.ordinal());
    }
    out.writeInt(t.results().size());
    for (ValType v : t.results()) {
      out.writeByte(v.ordinal());
    }
  }

  private static FuncType readFuncTypeOrNull(BinaryInput in) {
    if (!in.bool("function type present")) {
      return null;
    }
    ValType[] params = new ValType[in.count("parameter count", 1)];
    for (int i = 0; i < params.length; i++) {
      params[i] = valType(in);
    }
    ValType[] results = new ValType[in.count("result count", 1)];
    for (int i = 0; i < results.length; i++) {
      results[i] = valType(in);
    }
    // Interned, as the compiler's are: signature checks compare references first.
    return FuncType.of(Arrays.asList(params), Arrays.asList(results));
  }

  private static void writeValTypeOrNull(DataOutputStream out, ValType v) throws IOException {
    out.writeByte(v == null ? 0xff : v.ordinal());
  }

  private static ValType readValTypeOrNull(BinaryInput in) {
    int b = in.u8("value type");
    if (b == 0xff) {
      return null;
    }
    if (b >= VAL_TYPES.length) {
      throw in.error("bad value type " + b);
    }
    return VAL_TYPES[b];
  }

  private static ValType valType(BinaryInput in) {
    ValType v = readValTypeOrNull(in);
    if (v == null) {
      throw in.error("missing value type");
    }
    return v;
  }

  private static void writeLimitsOrNull(DataOutputStream out, Limits l) throws IOException {
    if (l == null) {
      out.writeByte(0);
    } else {
      out.writeByte(1);
      out.writeLong(l.min());
      out.writeLong(l.max());
    }
  }

  private static Limits readLimitsOrNull(BinaryInput in) {
    if (!in.bool("limits present")) {
      return null;
    }
    return new Limits(in.i64("limits minimum"), in.i64("limits maximum"));
  }

  private static Kind kind(BinaryInput in, String what) {
    int b = in.u8(what);
    if (b >= KINDS.length) {
      throw in.error("bad " + what + " " + b);
    }
    return KINDS[b];
  }
}
