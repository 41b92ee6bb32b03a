package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.ActiveElement;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.DeclarativeElement;
import com.dylibso.chicory.wasm.types.Element;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TableLimits;
import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.internal.JvmTypes;
import io.github.dylink4j.runtime.internal.ModuleSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ExportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.GlobalSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.Limits;
import io.github.dylink4j.runtime.internal.ModuleSpec.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Translates a decoded module into generated classes and the {@link ModuleSpec} the runtime
 * instantiates: a main class {@code Module} holding the instance state in static fields and the
 * instance initialiser {@code $init()}, and function classes {@code F0, F1, ...} with one static
 * method per wasm function.
 */
public final class ModuleTranslator {
  /** Function classes stay far below the JVM's 65,535 constant-pool entries per class. */
  private static final int MAX_FUNCTIONS_PER_CLASS = 400;

  private static final int MAX_INSTRUCTIONS_PER_CLASS = 40_000;

  private final WasmModule module;
  private final ModuleInfo info;

  public ModuleTranslator(WasmModule module, String name, byte[] bytes) {
    this.module = module;
    this.info = new ModuleInfo(module, name, bytes);
  }

  public ModuleSpec translate() {
    int defined = module.functionSection().functionCount();
    if (module.codeSection().functionBodyCount() != defined) {
      throw new CompileException(
          CompileException.Kind.MALFORMED,
          info.name + ": function and code section have inconsistent lengths");
    }
    new ModuleValidator(info).validate();
    Map<String, byte[]> classes = new LinkedHashMap<>();
    // A class over the JVM's limits (constant pool, size) is unlikely with these shard sizes but
    // possible with unusual code: translate again with smaller shards.
    for (int divisor = 1; ; divisor *= 4) {
      assignOwners(
          defined,
          Math.max(1, MAX_FUNCTIONS_PER_CLASS / divisor),
          Math.max(1, MAX_INSTRUCTIONS_PER_CLASS / divisor));
      classes.clear();
      try {
        translateFunctions(defined, classes);
        break;
      } catch (ShardTooLarge e) {
        if (divisor >= 64) {
          throw new CompileException(
              CompileException.Kind.UNSUPPORTED,
              info.name + ": generated class too large: " + e.getCause().getMessage(),
              e.getCause());
        }
      }
    }
    classes.put(binaryName(info.mainClass), mainClass());
    return new ModuleSpec(
        info.name,
        imports(),
        info.types,
        info.functionTypes,
        owners(),
        memories(),
        tables(),
        globals(),
        exports(),
        dataSegments(),
        info.elemTypes.size(),
        elemFunctions(),
        startFunction(),
        classes,
        binaryName(info.mainClass));
  }

  private static String binaryName(String internalName) {
    return internalName.replace('/', '.');
  }

  /** Thrown when a function class exceeds the JVM's class limits; caught to retry smaller. */
  private static final class ShardTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShardTooLarge(ClassTooLargeException cause) {
      super(cause);
    }
  }

  private void assignOwners(int defined, int maxFunctions, int maxInstructions) {
    info.functionOwners.subList(info.importedFunctions, info.functionOwners.size()).clear();
    int shard = 0;
    int inShard = 0;
    int instructions = 0;
    for (int i = 0; i < defined; i++) {
      int size = module.codeSection().getFunctionBody(i).instructions().size();
      if (inShard > 0 && (inShard >= maxFunctions || instructions + size > maxInstructions)) {
        shard++;
        inShard = 0;
        instructions = 0;
      }
      info.functionOwners.add(info.packagePrefix + "F" + shard);
      inShard++;
      instructions += size;
    }
  }

  /** The functions of one generated class: indices [from, to) of the defined functions. */
  private record Shard(String owner, int from, int to) {}

  /**
   * Translates the function classes, several at a time (they share only read-only state); errors
   * are reported for the lowest function index, as a sequential translation would.
   */
  private void translateFunctions(int defined, Map<String, byte[]> classes) {
    List<Shard> shards = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= defined; i++) {
      if (i == defined
          || !info.functionOwners
              .get(info.importedFunctions + i)
              .equals(info.functionOwners.get(info.importedFunctions + from))) {
        shards.add(new Shard(info.functionOwners.get(info.importedFunctions + from), from, i));
        from = i;
      }
    }
    Object[] results = new Object[shards.size()];
    java.util.stream.IntStream.range(0, shards.size())
        .parallel()
        .forEach(
            k -> {
              try {
                results[k] = translateShard(shards.get(k));
              } catch (RuntimeException | Error e) {
                results[k] = e;
              }
            });
    for (int k = 0; k < results.length; k++) {
      if (results[k] instanceof RuntimeException) {
        throw (RuntimeException) results[k];
      }
      if (results[k] instanceof Error) {
        throw (Error) results[k];
      }
      @SuppressWarnings("unchecked")
      Map<String, byte[]> shardClasses = (Map<String, byte[]>) results[k];
      shardClasses.forEach((name, bytes) -> classes.put(binaryName(name), bytes));
    }
  }

  /** The shard's class and the classes holding chunks of its split functions, by internal name. */
  private Map<String, byte[]> translateShard(Shard shard) {
    ClassWriter cw = newClass(shard.owner());
    ChunkClasses chunks = new ChunkClasses(shard.owner(), ModuleTranslator::newClass);
    for (int i = shard.from(); i < shard.to(); i++) {
      int index = info.importedFunctions + i;
      FuncType type = info.functionTypes.get(index);
      FunctionBody body = module.codeSection().getFunctionBody(i);
      MethodVisitor mv =
          cw.visitMethod(
              Opcodes.ACC_STATIC, "f" + index, JvmTypes.methodDescriptor(type), null, null);
      try {
        StoreSequence stores = StoreSequence.match(info, type, body); // relocations as a table
        if (stores != null) {
          stores.emit(mv);
          continue;
        }
        FunctionSplitter split =
            FunctionSplitter.isLarge(info, body)
                ? new FunctionSplitter(info, index, body, chunks, FunctionSplitter.BUDGET)
                : null;
        if (split != null && split.needed() && split.hasDispatch()) {
          split = wholeNestIfItFits(index, body, chunks, split);
        }
        if (split != null && split.needed()) {
          new FunctionTranslator(info, index, body, mv, split, null).translate();
        } else {
          new FunctionTranslator(info, index, body, mv).translate();
        }
      } catch (CompileException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new CompileException(
            CompileException.Kind.UNSUPPORTED,
            info.name + ": function " + index + ": internal compiler error: " + e,
            e);
      }
    }
    Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    out.put(shard.owner(), finish(cw, shard.owner()));
    chunks.writers().forEach((name, chunkClass) -> out.put(name, finish(chunkClass, name)));
    return out;
  }

  /**
   * An interpreter loop runs fastest with its loop head, dispatch and handler calls in one method
   * (one chunk call per interpreted instruction). A plan that lets the dispatch levels grow is
   * translated into throwaway classes first and kept only if every method really stays under
   * HotSpot's JIT limit: the planner's sizes are estimates.
   */
  private FunctionSplitter wholeNestIfItFits(
      int index, FunctionBody body, ChunkClasses chunks, FunctionSplitter fallback) {
    MethodSizes sizes = new MethodSizes();
    ClassWriter scratch = new ClassWriter(0); // never loaded: no frames computed
    scratch.visit(Opcodes.V17, Opcodes.ACC_STATIC, "scratch", null, "java/lang/Object", null);
    ChunkClasses scratchChunks = new ChunkClasses("scratch", name -> scratch);
    scratchChunks.methodWrapper = sizes::measure;
    FunctionSplitter trial =
        new FunctionSplitter(
            info,
            index,
            body,
            scratchChunks,
            FunctionSplitter.BUDGET,
            FunctionSplitter.WHOLE_NEST_HALVES);
    FuncType type = info.functionTypes.get(index);
    MethodVisitor mv =
        sizes.measure(
            scratch.visitMethod(
                Opcodes.ACC_STATIC, "f", JvmTypes.methodDescriptor(type), null, null));
    new FunctionTranslator(info, index, body, mv, trial, null).translate();
    if (sizes.largest() >= FunctionSplitter.JIT_LIMIT) {
      return fallback;
    }
    return new FunctionSplitter(
        info, index, body, chunks, FunctionSplitter.BUDGET, FunctionSplitter.WHOLE_NEST_HALVES);
  }

  private static ClassWriter newClass(String internalName) {
    ClassWriter cw = new GeneratedClassWriter();
    cw.visit(
        Opcodes.V17,
        Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_PUBLIC,
        internalName,
        null,
        "java/lang/Object",
        null);
    return cw;
  }

  private byte[] finish(ClassWriter cw, String owner) {
    cw.visitEnd();
    try {
      byte[] bytes = cw.toByteArray();
      if (BytecodeCheck.ENABLED) {
        BytecodeCheck.check(info.name, bytes);
      }
      return bytes;
    } catch (MethodTooLargeException e) {
      throw new CompileException(
          CompileException.Kind.UNSUPPORTED,
          info.name
              + ": function "
              + e.getMethodName().substring(1)
              + " too large for one JVM method ("
              + e.getCodeSize()
              + " bytes of bytecode)",
          e);
    } catch (ClassTooLargeException e) {
      if (!owner.equals(info.mainClass)) {
        throw new ShardTooLarge(e);
      }
      throw new CompileException(
          CompileException.Kind.UNSUPPORTED,
          info.name + ": generated class " + owner + " too large: " + e.getMessage(),
          e);
    }
  }

  /** Frames are computed by ASM; all wasm references are plain {@code Object}s to the verifier. */
  private static final class GeneratedClassWriter extends ClassWriter {
    GeneratedClassWriter() {
      super(ClassWriter.COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
      return "java/lang/Object";
    }
  }

  // ------------------------------------------------------------------ main class

  private byte[] mainClass() {
    ClassWriter cw = newClass(info.mainClass);
    int fieldAccess = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
    cw.visitField(fieldAccess, "CTX", ModuleInfo.CONTEXT_DESC, null, null).visitEnd();
    for (int i = 0; i < info.memoryCount; i++) {
      cw.visitField(fieldAccess, "M" + i, ModuleInfo.MEMORY_DESC, null, null).visitEnd();
    }
    for (int i = 0; i < info.tableTypes.size(); i++) {
      cw.visitField(fieldAccess, "T" + i, ModuleInfo.TABLE_DESC, null, null).visitEnd();
    }
    for (int i = 0; i < info.globals.size(); i++) {
      ModuleInfo.GlobalInfo g = info.globals.get(i);
      cw.visitField(
              g.cell() ? fieldAccess : Opcodes.ACC_STATIC,
              ModuleInfo.globalField(i, g),
              ModuleInfo.globalFieldDesc(g),
              null,
              null)
          .visitEnd();
    }
    staticInitializer(cw);
    instanceInitializer(cw);
    return finish(cw, info.mainClass);
  }

  private void staticInitializer(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    mv.visitLdcInsn(Type.getObjectType(info.mainClass));
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        ModuleInfo.CONTEXT,
        "of",
        "(Ljava/lang/Class;)" + ModuleInfo.CONTEXT_DESC,
        false);
    mv.visitFieldInsn(Opcodes.PUTSTATIC, info.mainClass, "CTX", ModuleInfo.CONTEXT_DESC);
    for (int i = 0; i < info.memoryCount; i++) {
      contextGet(mv, i, "memory", ModuleInfo.MEMORY_DESC, "M" + i);
    }
    for (int i = 0; i < info.tableTypes.size(); i++) {
      contextGet(mv, i, "table", ModuleInfo.TABLE_DESC, "T" + i);
    }
    for (int i = 0; i < info.globals.size(); i++) {
      ModuleInfo.GlobalInfo g = info.globals.get(i);
      if (g.cell()) {
        contextGet(mv, i, "global", ModuleInfo.GLOBAL_DESC, ModuleInfo.globalField(i, g));
      }
    }
    info.emitContext(mv);
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        "java/lang/invoke/MethodHandles",
        "lookup",
        "()Ljava/lang/invoke/MethodHandles$Lookup;",
        false);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL,
        ModuleInfo.CONTEXT,
        "setLookup",
        "(Ljava/lang/invoke/MethodHandles$Lookup;)V",
        false);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private void contextGet(MethodVisitor mv, int index, String method, String desc, String field) {
    info.emitContext(mv);
    Emit.iconst(mv, index);
    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ModuleInfo.CONTEXT, method, "(I)" + desc, false);
    mv.visitFieldInsn(Opcodes.PUTSTATIC, info.mainClass, field, desc);
  }

  /**
   * {@code $init()}: global initialisers, element segment values, then active element and data
   * segments in order (a trap leaves earlier effects in place, as Wasm 2.0 specifies).
   */
  private void instanceInitializer(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "$init", "()V", null, null);
    mv.visitCode();
    List<com.dylibso.chicory.wasm.types.Global> defined = List.of(module.globalSection().globals());
    for (int i = 0; i < defined.size(); i++) {
      int index = info.importedGlobals + i;
      ConstExpr.emit(
          info,
          mv,
          defined.get(i).initInstructions(),
          info.globals.get(index).type(),
          info.importedGlobals,
          "global " + index);
      info.emitGlobalSet(mv, index);
    }
    List<int[]> simple = elemFunctions();
    for (int k = 0; k < info.elemTypes.size(); k++) {
      Element e = module.elementSection().getElement(k);
      if (e instanceof DeclarativeElement) {
        validateItems(e, k);
        continue;
      }
      if (simple.get(k) != null) {
        validateItems(e, k);
        info.emitContext(mv);
        Emit.iconst(mv, k);
        mv.visitMethodInsn(
            Opcodes.INVOKEVIRTUAL, ModuleInfo.CONTEXT, "initElemFromFunctions", "(I)V", false);
        continue;
      }
      info.emitContext(mv);
      Emit.iconst(mv, k);
      Emit.iconst(mv, e.initializers().size());
      mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
      for (int j = 0; j < e.initializers().size(); j++) {
        mv.visitInsn(Opcodes.DUP);
        Emit.iconst(mv, j);
        ConstExpr.emit(
            info,
            mv,
            e.initializers().get(j),
            info.elemTypes.get(k),
            info.importedGlobals,
            "element segment " + k + " item " + j);
        mv.visitInsn(Opcodes.AASTORE);
      }
      mv.visitMethodInsn(
          Opcodes.INVOKEVIRTUAL, ModuleInfo.CONTEXT, "setElem", "(I[Ljava/lang/Object;)V", false);
    }
    for (int k = 0; k < info.elemTypes.size(); k++) {
      Element e = module.elementSection().getElement(k);
      if (!(e instanceof ActiveElement)) {
        continue;
      }
      ActiveElement a = (ActiveElement) e;
      int table = a.tableIndex();
      if (table < 0 || table >= info.tableTypes.size()) {
        throw info.invalid("element segment " + k + ": unknown table " + table);
      }
      if (info.tableTypes.get(table) != info.elemTypes.get(k)) {
        throw info.invalid("element segment " + k + ": type mismatch with table " + table);
      }
      ConstExpr.emit(
          info, mv, a.offset(), ValType.I32, info.importedGlobals, "element segment " + k);
      info.emitTable(mv, table);
      info.emitContext(mv);
      Emit.iconst(mv, k);
      mv.visitMethodInsn(
          Opcodes.INVOKESTATIC,
          "io/github/dylink4j/runtime/internal/TableOps",
          "initActive",
          "(I" + ModuleInfo.TABLE_DESC + ModuleInfo.CONTEXT_DESC + "I)V",
          false);
    }
    for (int k = 0; k < info.dataCount; k++) {
      DataSegment d = module.dataSection().getDataSegment(k);
      if (!(d instanceof ActiveDataSegment)) {
        continue;
      }
      ActiveDataSegment a = (ActiveDataSegment) d;
      if (a.index() != 0 || info.memoryCount == 0) {
        throw info.invalid("data segment " + k + ": unknown memory " + a.index());
      }
      ConstExpr.emit(
          info, mv, a.offsetInstructions(), ValType.I32, info.importedGlobals, "data segment " + k);
      info.emitMemory(mv, 0);
      info.emitContext(mv);
      Emit.iconst(mv, k);
      mv.visitMethodInsn(
          Opcodes.INVOKESTATIC,
          "io/github/dylink4j/runtime/internal/MemoryOps",
          "initActive",
          "(I" + ModuleInfo.MEMORY_DESC + ModuleInfo.CONTEXT_DESC + "I)V",
          false);
    }
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** Validates element items that are not emitted (their code goes to a throwaway visitor). */
  private void validateItems(Element e, int k) {
    MethodVisitor sink = new MethodVisitor(Opcodes.ASM9) {};
    for (int j = 0; j < e.initializers().size(); j++) {
      ConstExpr.emit(
          info,
          sink,
          e.initializers().get(j),
          info.elemTypes.get(k),
          info.importedGlobals,
          "element segment " + k + " item " + j);
    }
  }

  // ------------------------------------------------------------------ spec

  private List<int[]> elemFunctions() {
    List<int[]> result = new ArrayList<>();
    for (int k = 0; k < info.elemTypes.size(); k++) {
      Element e = module.elementSection().getElement(k);
      int[] indices = new int[e.initializers().size()];
      boolean simple = true;
      for (int j = 0; j < indices.length && simple; j++) {
        List<Instruction> item = withoutEnd(e.initializers().get(j));
        if (item.size() != 1) {
          simple = false;
        } else if (item.get(0).opcode() == OpCode.REF_FUNC) {
          indices[j] = (int) item.get(0).operand(0);
        } else if (item.get(0).opcode() == OpCode.REF_NULL) {
          indices[j] = -1;
        } else {
          simple = false;
        }
      }
      result.add(simple ? indices : null);
    }
    return result;
  }

  private static List<Instruction> withoutEnd(List<Instruction> expr) {
    if (!expr.isEmpty() && expr.get(expr.size() - 1).opcode() == OpCode.END) {
      return expr.subList(0, expr.size() - 1);
    }
    return expr;
  }

  private List<ImportSpec> imports() {
    List<ImportSpec> result = new ArrayList<>();
    for (Import imp : info.imports) {
      if (imp instanceof FunctionImport) {
        result.add(
            new ImportSpec(
                imp.module(),
                imp.name(),
                ModuleSpec.Kind.FUNCTION,
                info.type(((FunctionImport) imp).typeIndex()),
                null,
                false,
                null));
      } else if (imp instanceof TableImport) {
        TableImport t = (TableImport) imp;
        result.add(
            new ImportSpec(
                imp.module(),
                imp.name(),
                ModuleSpec.Kind.TABLE,
                null,
                ModuleInfo.valType(t.entryType()),
                false,
                limits(t.limits())));
      } else if (imp instanceof MemoryImport) {
        result.add(
            new ImportSpec(
                imp.module(),
                imp.name(),
                ModuleSpec.Kind.MEMORY,
                null,
                null,
                false,
                limits(((MemoryImport) imp).limits())));
      } else if (imp instanceof GlobalImport) {
        GlobalImport g = (GlobalImport) imp;
        result.add(
            new ImportSpec(
                imp.module(),
                imp.name(),
                ModuleSpec.Kind.GLOBAL,
                null,
                ModuleInfo.valType(g.type()),
                g.mutabilityType() == MutabilityType.Var,
                null));
      }
    }
    return result;
  }

  private static Limits limits(TableLimits l) {
    return new Limits(l.min(), l.max() >= 0xFFFF_FFFFL ? -1 : l.max());
  }

  private static Limits limits(MemoryLimits l) {
    return new Limits(
        l.initialPages(), l.maximumPages() >= MemoryLimits.MAX_PAGES ? -1 : l.maximumPages());
  }

  private List<String> owners() {
    List<String> result = new ArrayList<>();
    for (String owner : info.functionOwners) {
      result.add(owner == null ? null : binaryName(owner));
    }
    return result;
  }

  private List<Limits> memories() {
    List<Limits> result = new ArrayList<>();
    module
        .memorySection()
        .ifPresent(
            s -> {
              for (int i = 0; i < s.memoryCount(); i++) {
                result.add(limits(s.getMemory(i).limits()));
              }
            });
    if (info.memoryCount > 1) {
      throw new CompileException(CompileException.Kind.INVALID, info.name + ": multiple memories");
    }
    return result;
  }

  private List<TableSpec> tables() {
    List<TableSpec> result = new ArrayList<>();
    for (int i = 0; i < module.tableSection().tableCount(); i++) {
      var t = module.tableSection().getTable(i);
      result.add(new TableSpec(ModuleInfo.valType(t.elementType()), limits(t.limits())));
    }
    return result;
  }

  private List<GlobalSpec> globals() {
    List<GlobalSpec> result = new ArrayList<>();
    for (ModuleInfo.GlobalInfo g : info.globals) {
      result.add(new GlobalSpec(g.type(), g.mutable(), g.imported(), g.cell()));
    }
    return result;
  }

  private List<ExportSpec> exports() {
    List<ExportSpec> result = new ArrayList<>();
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      Export e = module.exportSection().getExport(i);
      ModuleSpec.Kind kind;
      switch (e.exportType()) {
        case FUNCTION:
          kind = ModuleSpec.Kind.FUNCTION;
          break;
        case TABLE:
          kind = ModuleSpec.Kind.TABLE;
          break;
        case MEMORY:
          kind = ModuleSpec.Kind.MEMORY;
          break;
        case GLOBAL:
          kind = ModuleSpec.Kind.GLOBAL;
          break;
        default:
          throw new CompileException(
              CompileException.Kind.UNSUPPORTED,
              info.name + ": unsupported export kind " + e.exportType());
      }
      result.add(new ExportSpec(e.name(), kind, e.index()));
    }
    if (info.stackPointerMarkerGlobal >= 0) {
      result.add(
          new ExportSpec(
              StackPointerMarker.STACK_POINTER,
              ModuleSpec.Kind.GLOBAL,
              info.stackPointerMarkerGlobal));
    }
    return result;
  }

  private List<byte[]> dataSegments() {
    List<byte[]> result = new ArrayList<>();
    for (int k = 0; k < info.dataCount; k++) {
      result.add(module.dataSection().getDataSegment(k).data());
    }
    return result;
  }

  private int startFunction() {
    return module.startSection().map(s -> (int) s.startIndex()).orElse(-1);
  }
}
