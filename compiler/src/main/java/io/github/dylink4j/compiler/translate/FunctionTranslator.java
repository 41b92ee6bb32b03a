package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.compiler.translate.ControlFrame.Kind;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.internal.JvmTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Translates one wasm function body into the body of one static JVM method, validating it on the
 * way (the operand-stack typing that code generation needs is the wasm validation algorithm).
 *
 * <p>The wasm operand stack is the JVM operand stack and wasm locals are JVM locals. Structured
 * control becomes labels and jumps; a branch that leaves extra values under its results spills the
 * results to temporaries, pops the rest and reloads them. No code is emitted where control cannot
 * reach (after br, return, unreachable...), but that code is still validated.
 */
final class FunctionTranslator {
  private static final String MEMORY_OPS = "io/github/dylink4j/runtime/internal/MemoryOps";
  private static final String TABLE_OPS = "io/github/dylink4j/runtime/internal/TableOps";
  private static final String TRAPS = "io/github/dylink4j/runtime/internal/Traps";
  private static final String BOOTSTRAPS = "io/github/dylink4j/runtime/internal/Bootstraps";
  private static final String OBJ = "Ljava/lang/Object;";

  private static final Handle IMPORT_BSM =
      new Handle(
          Opcodes.H_INVOKESTATIC,
          BOOTSTRAPS,
          "importedFunction",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I)"
              + "Ljava/lang/invoke/CallSite;",
          false);
  private static final Handle CALL_INDIRECT_BSM =
      new Handle(
          Opcodes.H_INVOKESTATIC,
          BOOTSTRAPS,
          "callIndirect",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;II)"
              + "Ljava/lang/invoke/CallSite;",
          false);

  private static final Handle FUNCTION_BSM =
      new Handle(
          Opcodes.H_INVOKESTATIC,
          BOOTSTRAPS,
          "function",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;I)"
              + "Ljava/lang/invoke/CallSite;",
          false);

  private static final Handle INT_ARRAY_BSM =
      new Handle(
          Opcodes.H_INVOKESTATIC,
          BOOTSTRAPS,
          "intArray",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/String;)"
              + "[I",
          false);

  /** br_tables with more entries than this use an index map (see largeBrTable). */
  private static final int LARGE_BR_TABLE = 1024;

  /** A load or store: the MemoryOps helper, the value type and the natural alignment (log2). */
  private record MemOp(String helper, ValType type, boolean store, int maxAlign) {}

  private static final Map<OpCode, MemOp> MEM_OPS = new EnumMap<>(OpCode.class);

  static {
    load(OpCode.I32_LOAD, "i32Load", ValType.I32, 2);
    load(OpCode.I64_LOAD, "i64Load", ValType.I64, 3);
    load(OpCode.F32_LOAD, "f32Load", ValType.F32, 2);
    load(OpCode.F64_LOAD, "f64Load", ValType.F64, 3);
    load(OpCode.I32_LOAD8_S, "i32Load8S", ValType.I32, 0);
    load(OpCode.I32_LOAD8_U, "i32Load8U", ValType.I32, 0);
    load(OpCode.I32_LOAD16_S, "i32Load16S", ValType.I32, 1);
    load(OpCode.I32_LOAD16_U, "i32Load16U", ValType.I32, 1);
    load(OpCode.I64_LOAD8_S, "i64Load8S", ValType.I64, 0);
    load(OpCode.I64_LOAD8_U, "i64Load8U", ValType.I64, 0);
    load(OpCode.I64_LOAD16_S, "i64Load16S", ValType.I64, 1);
    load(OpCode.I64_LOAD16_U, "i64Load16U", ValType.I64, 1);
    load(OpCode.I64_LOAD32_S, "i64Load32S", ValType.I64, 2);
    load(OpCode.I64_LOAD32_U, "i64Load32U", ValType.I64, 2);
    store(OpCode.I32_STORE, "i32Store", ValType.I32, 2);
    store(OpCode.I64_STORE, "i64Store", ValType.I64, 3);
    store(OpCode.F32_STORE, "f32Store", ValType.F32, 2);
    store(OpCode.F64_STORE, "f64Store", ValType.F64, 3);
    store(OpCode.I32_STORE8, "i32Store8", ValType.I32, 0);
    store(OpCode.I32_STORE16, "i32Store16", ValType.I32, 1);
    store(OpCode.I64_STORE8, "i64Store8", ValType.I64, 0);
    store(OpCode.I64_STORE16, "i64Store16", ValType.I64, 1);
    store(OpCode.I64_STORE32, "i64Store32", ValType.I64, 2);
  }

  private static void load(OpCode op, String helper, ValType type, int align) {
    MEM_OPS.put(op, new MemOp(helper, type, false, align));
  }

  private static void store(OpCode op, String helper, ValType type, int align) {
    MEM_OPS.put(op, new MemOp(helper, type, true, align));
  }

  private final ModuleInfo module;
  private final int functionIndex;
  private final FuncType type;
  private final FunctionBody body;
  private final MethodVisitor mv;

  private final List<ValType> localTypes = new ArrayList<>();
  private final List<Integer> localSlots = new ArrayList<>();
  private int memorySlot = -1;
  private int nextSlot;
  private final Map<ValType, ArrayDeque<Integer>> freeTemps = new EnumMap<>(ValType.class);
  private final ArrayDeque<Integer> freeArrayTemps = new ArrayDeque<>();

  /** The validation operand stack; null marks an unknown type (stack-polymorphic code). */
  private final ArrayList<ValType> stack = new ArrayList<>();

  private final ArrayList<ControlFrame> frames = new ArrayList<>();
  private int offset;

  /**
   * A comparison whose code is held back one instruction: when an if or br_if consumes it, the
   * comparison and the branch become one JVM compare-and-jump instead of materialising 0 or 1.
   */
  private Instruction pendingCompare;

  /** Sees the validation state before each instruction (the splitter's dry run). */
  interface Observer {
    void before(int index, int depth, int height, boolean dead, boolean unreachable);
  }

  Observer observer;

  // Split functions (see FunctionSplitter): locals in frame arrays, ranges outlined into chunks.
  private final FunctionSplitter split;
  private final FunctionSplitter.Span chunk;
  private final Label bodyStart = new Label();
  private final Label bodyEnd = new Label();
  private int frameSlot = -1;
  private int refsSlot = -1;

  /**
   * In a split function: the locals this method's own code touches. They live in JVM locals here
   * (the function's method: its parameters and zeroed locals; a chunk: loaded from the frame at
   * entry) and are written back to the frame only where other code can see them: before a chunk
   * call (those the chunk uses) and when a chunk returns (all it wrote).
   */
  private FunctionSplitter.LocalUse own;

  /**
   * In a split function: the locals this method may have written since it loaded them, i.e. that
   * may differ from the frame (a superset: writes earlier in code order, and all writes of a loop
   * once its head is passed, since a back edge can bring them). Only these are written back before
   * a chunk call: a nest of chunks (an interpreter's dispatch) would otherwise store every local it
   * holds on every call, right after loading it.
   */
  private final BitSet dirty = new BitSet();

  /**
   * In a split function: the locals this method writes that chunks it calls may read or write.
   * {@code local.set} stores them into the frame as well ("write-through"), so they are never
   * dirty: no stores before chunk calls, none on the way out. A dispatch nest (an interpreter loop
   * calling a handler chunk per opcode) would otherwise store them before every handler call, which
   * is most of its code. Locals that only this method uses stay in JVM locals alone.
   */
  private BitSet writeThrough = new BitSet();

  /** In a chunk that writes locals: the shared way out that writes them back (code in a temp). */
  private Label exitLabel;

  private int exitCodeSlot = -1;

  /** In a chunk: frames below this index belong to the caller; branching there exits the chunk. */
  private int outerFrames;

  /**
   * In a chunk: the outer frame indices it exits to, in the order of their exit codes (1, 2...).
   */
  private final List<Integer> exits = new ArrayList<>();

  /**
   * The method's shared exit dispatch (see {@link #emitSharedExit}): chunk calls that never fall
   * through jump here with their exit code instead of each carrying its own reloads and switch.
   */
  private Label sharedExitLabel;

  private int sharedCodeSlot = -1;

  /** Exit code (frame index + 1) to the frame it branches to, for the shared exit dispatch. */
  private final java.util.TreeMap<Integer, ControlFrame> sharedTargets = new java.util.TreeMap<>();

  /** The locals the shared exit dispatch reloads: those its callers' chunks may write. */
  private final BitSet sharedReload = new BitSet();

  private boolean sharedPassOn;

  /**
   * What the shared exit dispatch may reload: the locals used here that chunks called here write.
   */
  private BitSet sharedReloadBound;

  private BitSet sharedReloadBound() {
    if (sharedReloadBound == null) {
      int from = chunk == null ? 0 : chunk.start();
      int to = chunk == null ? body.instructions().size() : chunk.end();
      sharedReloadBound = split.childWrites(from, to, chunk);
      sharedReloadBound.and(own.used());
    }
    return sharedReloadBound;
  }

  FunctionTranslator(ModuleInfo module, int functionIndex, FunctionBody body, MethodVisitor mv) {
    this(module, functionIndex, body, mv, null, null);
  }

  FunctionTranslator(
      ModuleInfo module,
      int functionIndex,
      FunctionBody body,
      MethodVisitor mv,
      FunctionSplitter split,
      FunctionSplitter.Span chunk) {
    this.module = module;
    this.functionIndex = functionIndex;
    this.type = module.functionTypes.get(functionIndex);
    this.body = body;
    this.mv = mv;
    this.split = split;
    this.chunk = chunk;
  }

  void translate() {
    mv.visitCode();
    if (chunk != null) {
      translateChunk();
      return;
    }
    boolean argumentArray = JvmTypes.argumentsInArray(type);
    if (argumentArray) {
      nextSlot = 1; // slot 0 holds the Object[] of boxed arguments
    }
    for (ValType p : type.params()) {
      addLocal(p);
    }
    int paramCount = localTypes.size();
    if (argumentArray) {
      for (int i = 0; i < paramCount; i++) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Emit.iconst(mv, i);
        mv.visitInsn(Opcodes.AALOAD);
        Emit.unbox(mv, localTypes.get(i));
        mv.visitVarInsn(Emit.storeOpcode(localTypes.get(i)), localSlots.get(i));
      }
    }
    for (var local : body.localTypes()) {
      addLocal(ModuleInfo.valType(local));
    }
    if (split != null) {
      // The arrays come zeroed; the parameters are copied in. This method's own locals stay in
      // JVM locals, zeroed like an ordinary function's.
      frameSlot = nextSlot++;
      refsSlot = nextSlot++;
      split.locals.allocate(mv, frameSlot, refsSlot);
      mv.visitTryCatchBlock(bodyStart, bodyEnd, bodyEnd, null);
      mv.visitLabel(bodyStart);
      for (int i = 0; i < paramCount; i++) {
        storeToFrame(i);
      }
      own = split.own(0, body.instructions().size(), null);
      writeThrough = writeThroughSet(0, body.instructions().size());
      BitSet used = own.used();
      for (int i = used.nextSetBit(paramCount); i >= 0; i = used.nextSetBit(i + 1)) {
        Emit.zero(mv, localTypes.get(i));
        mv.visitVarInsn(Emit.storeOpcode(localTypes.get(i)), localSlots.get(i));
      }
    } else {
      for (int i = paramCount; i < localTypes.size(); i++) {
        Emit.zero(mv, localTypes.get(i));
        mv.visitVarInsn(Emit.storeOpcode(localTypes.get(i)), localSlots.get(i));
      }
    }
    if (module.memoryCount > 0 && accessesMemoryArray()) {
      memorySlot = nextSlot++;
      reloadMemory();
    }
    frames.add(new ControlFrame(Kind.FUNCTION, List.of(), type.results(), 0, false));
    instructions(0, body.instructions().size());
    emitSharedExit();
    if (split != null) {
      // Any exception (trap, stack overflow) releases the frame on its way out.
      mv.visitLabel(bodyEnd);
      split.locals.release(mv);
      mv.visitInsn(Opcodes.ATHROW);
    }
    if (!frames.isEmpty()) {
      throw error(CompileException.Kind.MALFORMED, "unexpected end of function body");
    }
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private void instructions(int from, int to) {
    List<AnnotatedInstruction> instructions = body.instructions();
    for (int i = from; i < to; i++) {
      AnnotatedInstruction ins = instructions.get(i);
      offset = ins.address();
      if (frames.isEmpty()) {
        throw error(CompileException.Kind.MALFORMED, "instructions after the function's end");
      }
      if (observer != null) {
        ControlFrame f = top();
        observer.before(i, frames.size(), stack.size() - f.height, f.dead, f.unreachable);
      }
      FunctionSplitter.Span inner = split == null ? null : split.spanAt(i, chunk);
      if (inner != null) {
        callChunk(inner);
        i = inner.end() - 1;
        continue;
      }
      if (split != null) {
        markDirty(i, ins);
      }
      instruction(ins);
    }
  }

  // ------------------------------------------------------------------ split functions

  private void markDirty(int i, AnnotatedInstruction ins) {
    switch (ins.opcode()) {
      case LOCAL_SET:
      case LOCAL_TEE:
        if (!writeThrough.get((int) ins.operand(0))) {
          dirty.set((int) ins.operand(0));
        }
        break;
      case LOOP:
        BitSet w = split.ownWritesOfBlock(i, chunk);
        w.andNot(writeThrough);
        dirty.or(w);
        break;
      default:
        break;
    }
  }

  /** Translates this chunk: its range with the caller's frames as outer labels. */
  private void translateChunk() {
    frameSlot = 0;
    refsSlot = 1;
    nextSlot = 2;
    localTypes.addAll(split.locals.types());
    own = split.own(chunk.start(), chunk.end(), chunk);
    writeThrough = writeThroughSet(chunk.start(), chunk.end());
    BitSet used = own.used();
    for (int i = 0; i < localTypes.size(); i++) {
      localSlots.add(-1);
    }
    // All of them, not only those read: a local written on some paths only is written back whole.
    for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
      localSlots.set(i, nextSlot);
      nextSlot += JvmTypes.slots(localTypes.get(i));
      loadFromFrame(i);
    }
    if (!writtenBack().isEmpty()) {
      exitCodeSlot = nextSlot++;
      exitLabel = new Label();
    }
    if (module.memoryCount > 0 && accessesMemoryArray()) {
      memorySlot = nextSlot++;
      reloadMemory();
    }
    instructions(chunk.start(), chunk.end());
    if (live()) {
      mv.visitInsn(Opcodes.ICONST_0);
      leaveChunk(0);
    }
    emitSharedExit();
    if (exitLabel != null) {
      mv.visitLabel(exitLabel);
      BitSet written = writtenBack();
      for (int i = written.nextSetBit(0); i >= 0; i = written.nextSetBit(i + 1)) {
        storeToFrame(i);
      }
      mv.visitVarInsn(Opcodes.ILOAD, exitCodeSlot);
      mv.visitInsn(Opcodes.IRETURN);
    }
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private BitSet writeThroughSet(int from, int to) {
    BitSet wt = split.children(from, to, chunk).used();
    wt.and(own.written());
    return wt;
  }

  /** A chunk's locals that its exits write back to the frame: written, not written through. */
  private BitSet writtenBack() {
    BitSet w = (BitSet) own.written().clone();
    w.andNot(writeThrough);
    return w;
  }

  private void writeThrough(int i) {
    if (writeThrough.get(i)) {
      storeToFrame(i);
    }
  }

  /** Copies local {@code i} from its JVM local into the frame. */
  private void storeToFrame(int i) {
    mv.visitVarInsn(Emit.loadOpcode(localTypes.get(i)), localSlots.get(i));
    split.locals.set(mv, i, frameSlot, refsSlot);
  }

  /** Copies local {@code i} from the frame into its JVM local. */
  private void loadFromFrame(int i) {
    split.locals.get(mv, i, frameSlot, refsSlot);
    mv.visitVarInsn(Emit.storeOpcode(localTypes.get(i)), localSlots.get(i));
  }

  /**
   * Returns from this chunk with the exit code on top of the JVM stack and the bottom {@code below}
   * values of the validation stack under it. A chunk that wrote locals first writes them back,
   * through one shared block (so its size does not grow with the number of exits times the number
   * of locals): the code goes to a temp and the values below are popped to match the block's frame.
   */
  private void leaveChunk(int below) {
    if (exitLabel == null) {
      mv.visitInsn(Opcodes.IRETURN); // values left below on the JVM stack are discarded
      return;
    }
    mv.visitVarInsn(Opcodes.ISTORE, exitCodeSlot);
    for (int i = below - 1; i >= 0; i--) {
      Emit.pop(mv, stack.get(i));
    }
    mv.visitJumpInsn(Opcodes.GOTO, exitLabel);
  }

  /** The chunk's view of its caller's control stack: same types, all exits, empty stack. */
  private void enterAsChunk(List<ControlFrame> callerFrames) {
    for (ControlFrame f : callerFrames) {
      frames.add(new ControlFrame(f.kind, f.params, f.results, 0, false));
    }
    outerFrames = frames.size();
  }

  private boolean isOuter(ControlFrame target) {
    if (outerFrames == 0) {
      return false;
    }
    for (int i = 0; i < outerFrames; i++) {
      if (frames.get(i) == target) {
        return true;
      }
    }
    return false;
  }

  /**
   * Live code in a chunk: leaves it towards {@code target} with the carried values in the frame.
   */
  private void exitChunk(ControlFrame target) {
    List<ValType> carried = target.labelTypes();
    for (int j = carried.size() - 1; j >= 0; j--) {
      split.locals.storeCarry(mv, carried.get(j), j, frameSlot, refsSlot);
    }
    int index = frames.indexOf(target);
    if (!exits.contains(index)) {
      exits.add(index);
    }
    // The code names the frame absolutely, so a caller can pass exits beyond itself straight on.
    Emit.iconst(mv, index + 1);
    if (index == 0) {
      mv.visitInsn(Opcodes.IRETURN); // the function returns: nobody reads its locals again
    } else {
      leaveChunk(stack.size() - carried.size());
    }
  }

  /** Calls the chunk for {@code span} and continues where its exit code says. */
  private void callChunk(FunctionSplitter.Span span) {
    ControlFrame f = top();
    if (f.dead || stack.size() != f.height || pendingCompare != null) {
      throw new IllegalStateException(
          "chunk at instruction " + span.start() + " not at a clean point");
    }
    String name = split.nextChunkName();
    MethodVisitor cmv = split.classes.newChunk(name, span.cost());
    String owner = split.classes.owner();
    FunctionTranslator sub = new FunctionTranslator(module, functionIndex, body, cmv, split, span);
    sub.enterAsChunk(frames);
    sub.translate();
    // The chunk sees the frame: write back what it may read, reload what it may have written.
    FunctionSplitter.LocalUse child = split.use(span);
    boolean shared = joinsSharedExit(span, sub.exits);
    BitSet store = own.written();
    store = (BitSet) store.clone();
    BitSet seen = child.used();
    if (shared) {
      // The shared dispatch may reload any local that some chunk of this method writes.
      seen.or(sharedReloadBound());
    }
    store.and(seen);
    store.and(dirty);
    for (int i = store.nextSetBit(0); i >= 0; i = store.nextSetBit(i + 1)) {
      storeToFrame(i);
    }
    mv.visitVarInsn(Opcodes.ALOAD, frameSlot);
    mv.visitVarInsn(Opcodes.ALOAD, refsSlot);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, ChunkClasses.CHUNK_DESC, false);
    BitSet reload = own.used();
    reload.and(child.written());
    if (shared) {
      sharedReload.or(reload);
      mv.visitJumpInsn(Opcodes.GOTO, sharedExitLabel);
      if (split.unreachableAt(span.end())) {
        markUnreachable();
      }
      f.dead = true;
      return;
    }
    for (int i = reload.nextSetBit(0); i >= 0; i = reload.nextSetBit(i + 1)) {
      loadFromFrame(i);
    }
    reloadMemory();
    Label next = new Label();
    if (sub.exits.isEmpty()) {
      mv.visitInsn(Opcodes.POP);
    } else {
      dispatch(sub.exits, next);
    }
    mv.visitLabel(next);
    // Continue in the state the dry run saw after the range.
    if (split.unreachableAt(span.end())) {
      markUnreachable();
    }
    if (split.deadAt(span.end())) {
      f.dead = true;
      // Never reached (the chunk cannot fall through), but the label needs code after it.
      mv.visitMethodInsn(
          Opcodes.INVOKESTATIC,
          TRAPS,
          "unreachable",
          "()Lio/github/dylink4j/runtime/WasmTrap;",
          false);
      mv.visitInsn(Opcodes.ATHROW);
    }
  }

  /**
   * Whether the call of {@code span} (already translated, exiting to {@code childExits}) can end in
   * the method's shared exit dispatch: it never falls through, nothing but its exit code is on the
   * JVM stack, and each frame it exits to in this method is the one the other callers mean by that
   * code (a nest of blocks, as in an interpreter's dispatch, always agrees). A dispatch nest then
   * spends a call and a jump per handler instead of reloads and a switch per handler, so more of it
   * fits one method. Registers the targets when it says yes.
   */
  private boolean joinsSharedExit(FunctionSplitter.Span span, List<Integer> childExits) {
    if (childExits.isEmpty() || !split.deadAt(span.end()) || !stack.isEmpty()) {
      return false;
    }
    for (int idx : childExits) {
      if (idx < outerFrames) {
        continue;
      }
      ControlFrame target = frames.get(idx);
      ControlFrame known = sharedTargets.get(idx + 1);
      if (target.height != 0 || (known != null && known != target)) {
        return false;
      }
    }
    if (sharedExitLabel == null) {
      sharedExitLabel = new Label();
      sharedCodeSlot = nextSlot++;
    }
    for (int idx : childExits) {
      if (idx < outerFrames) {
        sharedPassOn = true;
        exitsBeyondThisMethod(idx);
        continue;
      }
      ControlFrame target = frames.get(idx);
      sharedTargets.put(idx + 1, target);
      // The block's end must be emitted as reachable although the branch is emitted later.
      target.endTargeted |= target.kind != Kind.LOOP;
    }
    return true;
  }

  /**
   * The shared exit dispatch, after the method's code: reloads what the chunks may have written,
   * passes codes of frames outside this method on, and branches to the frames of this one.
   */
  private void emitSharedExit() {
    if (sharedExitLabel == null) {
      return;
    }
    List<ValType> saved = new ArrayList<>(stack);
    stack.clear();
    mv.visitLabel(sharedExitLabel);
    mv.visitVarInsn(Opcodes.ISTORE, sharedCodeSlot);
    for (int i = sharedReload.nextSetBit(0); i >= 0; i = sharedReload.nextSetBit(i + 1)) {
      loadFromFrame(i);
    }
    reloadMemory();
    if (sharedPassOn) {
      passOuterCodesOn(sharedCodeSlot, 0);
    }
    Label bad = new Label();
    if (!sharedTargets.isEmpty()) {
      Map<Integer, Label> labels = switchOn(sharedCodeSlot, sharedTargets.navigableKeySet(), bad);
      for (var e : sharedTargets.entrySet()) {
        mv.visitLabel(labels.get(e.getKey()));
        branchWithCarriedValues(e.getValue());
        stack.clear();
      }
    }
    mv.visitLabel(bad);
    trapUnreachable();
    stack.addAll(saved);
  }

  /**
   * A switch on the int in local {@code slot}: to a new label per key of {@code keys}, anything
   * else to {@code dflt}. Sparse keys get a lookupswitch (8 bytes a key), which is then smaller
   * than a tableswitch over their range. Returns the labels by key, in ascending key order.
   */
  private Map<Integer, Label> switchOn(int slot, java.util.SortedSet<Integer> keys, Label dflt) {
    Map<Integer, Label> labels = new java.util.LinkedHashMap<>();
    for (int k : keys) {
      labels.put(k, new Label());
    }
    int lo = keys.first();
    int hi = keys.last();
    mv.visitVarInsn(Opcodes.ILOAD, slot);
    if ((long) hi - lo + 1 <= 2L * keys.size() + 4) {
      Label[] dense = new Label[hi - lo + 1];
      java.util.Arrays.fill(dense, dflt);
      labels.forEach((k, label) -> dense[k - lo] = label);
      mv.visitTableSwitchInsn(lo, hi, dflt, dense);
    } else {
      int[] sparse = keys.stream().mapToInt(Integer::intValue).toArray();
      mv.visitLookupSwitchInsn(dflt, sparse, labels.values().toArray(Label[]::new));
    }
    return labels;
  }

  /**
   * After a chunk call, with its exit code on the stack: 0 continues at {@code next}; a code for a
   * frame outside this chunk too is returned unchanged (its carried values are already in the
   * frame); the others branch to frames of this method through a tableswitch whose size is the
   * number of frames opened here, not the nesting depth.
   */
  private void dispatch(List<Integer> childExits, Label next) {
    int code = temp(ValType.I32);
    mv.visitVarInsn(Opcodes.ISTORE, code);
    mv.visitVarInsn(Opcodes.ILOAD, code);
    mv.visitJumpInsn(Opcodes.IFEQ, next);
    // Codes this method handles: from the lowest the chunk returns, not from our first frame (a
    // chunk deep in a nest of blocks exits to few of the many frames above it).
    java.util.TreeSet<Integer> mine = new java.util.TreeSet<>();
    boolean passOn = false;
    for (int idx : childExits) {
      if (idx < outerFrames) {
        passOn = true;
        exitsBeyondThisMethod(idx);
      } else {
        mine.add(idx + 1);
      }
    }
    if (passOn) {
      passOuterCodesOn(code, stack.size());
    }
    if (mine.isEmpty()) {
      release(ValType.I32, code);
      trapUnreachable();
      return;
    }
    Label bad = new Label();
    Map<Integer, Label> labels = switchOn(code, mine, bad);
    release(ValType.I32, code);
    mv.visitLabel(bad);
    trapUnreachable();
    for (var e : labels.entrySet()) {
      mv.visitLabel(e.getValue());
      ControlFrame target = frames.get(e.getKey() - 1);
      branchWithCarriedValues(target);
      for (int j = 0; j < target.labelTypes().size(); j++) {
        stack.remove(stack.size() - 1);
      }
    }
  }

  /** Notes that this method can return exit code {@code idx} too: our caller must handle it. */
  private void exitsBeyondThisMethod(int idx) {
    if (!exits.contains(idx)) {
      exits.add(idx);
    }
  }

  /**
   * Returns the exit code in local {@code codeSlot} from this method when it names a frame outside
   * it (its carried values are already in the frame), with {@code below} values under it.
   */
  private void passOuterCodesOn(int codeSlot, int below) {
    Label local = new Label();
    mv.visitVarInsn(Opcodes.ILOAD, codeSlot);
    Emit.iconst(mv, outerFrames);
    mv.visitJumpInsn(Opcodes.IF_ICMPGT, local);
    mv.visitVarInsn(Opcodes.ILOAD, codeSlot);
    leaveChunk(below);
    mv.visitLabel(local);
  }

  /** A {@code br} to {@code target} with the values it carries reloaded from the carry slots. */
  private void branchWithCarriedValues(ControlFrame target) {
    List<ValType> carried = target.labelTypes();
    for (int j = 0; j < carried.size(); j++) {
      split.locals.loadCarry(mv, carried.get(j), j, frameSlot, refsSlot);
    }
    pushAll(carried);
    branch(target);
  }

  private void trapUnreachable() {
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        TRAPS,
        "unreachable",
        "()Lio/github/dylink4j/runtime/WasmTrap;",
        false);
    mv.visitInsn(Opcodes.ATHROW);
  }

  /**
   * Whether this method's own code reads or writes the memory array directly (loads, stores,
   * atomics): only then does it keep the array in a local, which keeps small functions small enough
   * to inline. In a split function only its own instructions count, nested chunks left out: a
   * dispatch nest that only calls handler chunks would otherwise re-read the array after every call
   * for nothing (C2 stops inlining {@code Memory.array()} into such big methods, so each re-read
   * was a real call).
   */
  private boolean accessesMemoryArray() {
    List<AnnotatedInstruction> code = body.instructions();
    int from = chunk == null ? 0 : chunk.start();
    int to = chunk == null ? code.size() : chunk.end();
    for (int i = from; i < to; i++) {
      FunctionSplitter.Span inner = split == null ? null : split.spanAt(i, chunk);
      if (inner != null) {
        i = inner.end() - 1;
        continue;
      }
      OpCode op = code.get(i).opcode();
      if (MEM_OPS.containsKey(op)) {
        return true;
      }
      AtomicInstructions.Atomic a = AtomicInstructions.of(op);
      if (a != null && a.kind() != AtomicInstructions.Kind.FENCE) {
        return true;
      }
    }
    return false;
  }

  private void addLocal(ValType t) {
    localTypes.add(t);
    localSlots.add(nextSlot);
    nextSlot += JvmTypes.slots(t);
  }

  // ------------------------------------------------------------------ errors

  private CompileException error(CompileException.Kind kind, String message) {
    return new CompileException(
        kind,
        module.name + ": function " + functionIndex + " at byte offset " + offset + ": " + message);
  }

  private CompileException invalid(String message) {
    return error(CompileException.Kind.INVALID, message);
  }

  // ------------------------------------------------------------------ validation stack

  private ControlFrame top() {
    return frames.get(frames.size() - 1);
  }

  private boolean live() {
    return !top().dead;
  }

  private void push(ValType t) {
    stack.add(t);
  }

  private void pushAll(List<ValType> types) {
    stack.addAll(types);
  }

  private ValType pop() {
    ControlFrame f = top();
    if (stack.size() == f.height) {
      if (f.unreachable) {
        return null;
      }
      throw invalid("type mismatch: operand stack underflow");
    }
    return stack.remove(stack.size() - 1);
  }

  private ValType pop(ValType expected) {
    ValType actual = pop();
    if (actual != null && expected != null && actual != expected) {
      throw invalid(
          "type mismatch: expected " + expected.wasmName() + " but found " + actual.wasmName());
    }
    return actual;
  }

  private List<ValType> popAll(List<ValType> types) {
    ValType[] popped = new ValType[types.size()];
    for (int i = types.size() - 1; i >= 0; i--) {
      popped[i] = pop(types.get(i));
    }
    return java.util.Arrays.asList(popped);
  }

  private ValType peek(int depth) {
    return stack.get(stack.size() - 1 - depth);
  }

  private void markUnreachable() {
    ControlFrame f = top();
    while (stack.size() > f.height) {
      stack.remove(stack.size() - 1);
    }
    f.unreachable = true;
    f.dead = true;
  }

  private ControlFrame label(long depth) {
    if (depth < 0 || depth >= frames.size()) {
      throw invalid("unknown label " + depth);
    }
    return frames.get(frames.size() - 1 - (int) depth);
  }

  // ------------------------------------------------------------------ temporaries

  private int temp(ValType t) {
    ArrayDeque<Integer> free = freeTemps.computeIfAbsent(t, k -> new ArrayDeque<>());
    if (!free.isEmpty()) {
      return free.pop();
    }
    int slot = nextSlot;
    nextSlot += JvmTypes.slots(t);
    return slot;
  }

  private void release(ValType t, int slot) {
    freeTemps.get(t).push(slot);
  }

  private int arrayTemp() {
    if (!freeArrayTemps.isEmpty()) {
      return freeArrayTemps.pop();
    }
    return nextSlot++;
  }

  // ------------------------------------------------------------------ instructions

  private void instruction(AnnotatedInstruction ins) {
    OpCode op = ins.opcode();
    if (pendingCompare != null && op != OpCode.IF && op != OpCode.BR_IF) {
      flushCompare();
    }
    switch (op) {
      case UNREACHABLE:
        if (live()) {
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              TRAPS,
              "unreachable",
              "()Lio/github/dylink4j/runtime/WasmTrap;",
              false);
          mv.visitInsn(Opcodes.ATHROW);
        }
        markUnreachable();
        return;
      case NOP:
        return;
      case BLOCK:
      case LOOP:
        {
          FuncType bt = blockType(ins.operand(0));
          popAll(bt.params());
          ControlFrame f =
              new ControlFrame(
                  op == OpCode.LOOP ? Kind.LOOP : Kind.BLOCK,
                  bt.params(),
                  bt.results(),
                  stack.size(),
                  top().dead);
          frames.add(f);
          pushAll(bt.params());
          if (op == OpCode.LOOP && !f.dead) {
            mv.visitLabel(f.label);
          }
          return;
        }
      case IF:
        {
          FuncType bt = blockType(ins.operand(0));
          pop(ValType.I32);
          popAll(bt.params());
          ControlFrame f =
              new ControlFrame(Kind.IF, bt.params(), bt.results(), stack.size(), top().dead);
          frames.add(f);
          pushAll(bt.params());
          if (!f.dead) {
            jumpIf(false, f.elseLabel);
          }
          return;
        }
      case ELSE:
        elseInstruction();
        return;
      case END:
        endInstruction();
        return;
      case BR:
        {
          ControlFrame target = label(ins.operand(0));
          if (live()) {
            checkTop(target.labelTypes());
            branch(target);
          }
          popAll(target.labelTypes());
          markUnreachable();
          return;
        }
      case BR_IF:
        {
          ControlFrame target = label(ins.operand(0));
          pop(ValType.I32);
          List<ValType> types = target.labelTypes();
          if (live()) {
            checkTop(types);
            if (!needsAdjust(target)) {
              target.endTargeted |= target.kind != Kind.LOOP;
              jumpIf(true, target.label);
            } else {
              Label skip = new Label();
              jumpIf(false, skip);
              branch(target);
              mv.visitLabel(skip);
            }
          }
          popAll(types);
          pushAll(types);
          return;
        }
      case BR_TABLE:
        brTable(ins);
        return;
      case RETURN:
        if (live()) {
          checkTop(type.results());
          emitReturn();
        }
        popAll(type.results());
        markUnreachable();
        return;
      case CALL:
        call((int) ins.operand(0));
        return;
      case CALL_INDIRECT:
        callIndirect((int) ins.operand(0), (int) ins.operand(1));
        return;
      case DROP:
        {
          ValType t = pop();
          if (live()) {
            Emit.pop(mv, t);
          }
          return;
        }
      case SELECT:
        {
          pop(ValType.I32);
          ValType b = pop();
          ValType a = pop();
          if ((a != null && a.isReference()) || (b != null && b.isReference())) {
            throw invalid("type mismatch: select without a type needs numeric operands");
          }
          if (a != null && b != null && a != b) {
            throw invalid("type mismatch: select operands differ");
          }
          ValType t = a != null ? a : b;
          push(t);
          if (live()) {
            select(t);
          }
          return;
        }
      case SELECT_T:
        {
          long[] ops = ins.operands();
          if (ops.length != 1) {
            throw invalid("invalid result arity");
          }
          ValType t = ModuleInfo.valTypeOrNull(ops[0]);
          if (t == null) {
            throw error(CompileException.Kind.UNSUPPORTED, "unsupported select type");
          }
          pop(ValType.I32);
          pop(t);
          pop(t);
          push(t);
          if (live()) {
            select(t);
          }
          return;
        }
      case LOCAL_GET:
        {
          int i = local(ins.operand(0));
          push(localTypes.get(i));
          if (live()) {
            mv.visitVarInsn(Emit.loadOpcode(localTypes.get(i)), localSlots.get(i));
          }
          return;
        }
      case LOCAL_SET:
        {
          int i = local(ins.operand(0));
          pop(localTypes.get(i));
          if (live()) {
            mv.visitVarInsn(Emit.storeOpcode(localTypes.get(i)), localSlots.get(i));
            writeThrough(i);
          }
          return;
        }
      case LOCAL_TEE:
        {
          int i = local(ins.operand(0));
          ValType t = localTypes.get(i);
          pop(t);
          push(t);
          if (live()) {
            mv.visitInsn(JvmTypes.slots(t) == 2 ? Opcodes.DUP2 : Opcodes.DUP);
            mv.visitVarInsn(Emit.storeOpcode(t), localSlots.get(i));
            writeThrough(i);
          }
          return;
        }
      case GLOBAL_GET:
        {
          int g = global(ins.operand(0));
          push(module.globals.get(g).type());
          if (live()) {
            module.emitGlobalGet(mv, g);
          }
          return;
        }
      case GLOBAL_SET:
        {
          int g = global(ins.operand(0));
          if (!module.globals.get(g).mutable()) {
            throw invalid("global is immutable");
          }
          pop(module.globals.get(g).type());
          if (live()) {
            module.emitGlobalSet(mv, g);
          }
          return;
        }
      case TABLE_GET:
        {
          int t = table(ins.operand(0));
          pop(ValType.I32);
          push(module.tableTypes.get(t));
          if (live()) {
            module.emitTable(mv, t);
            tableOp("get", "(I" + ModuleInfo.TABLE_DESC + ")" + OBJ);
          }
          return;
        }
      case TABLE_SET:
        {
          int t = table(ins.operand(0));
          pop(module.tableTypes.get(t));
          pop(ValType.I32);
          if (live()) {
            module.emitTable(mv, t);
            tableOp("set", "(I" + OBJ + ModuleInfo.TABLE_DESC + ")V");
          }
          return;
        }
      case TABLE_SIZE:
        {
          int t = table(ins.operand(0));
          push(ValType.I32);
          if (live()) {
            module.emitTable(mv, t);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ModuleInfo.TABLE, "size", "()I", false);
          }
          return;
        }
      case TABLE_GROW:
        {
          int t = table(ins.operand(0));
          pop(ValType.I32);
          pop(module.tableTypes.get(t));
          push(ValType.I32);
          if (live()) {
            module.emitTable(mv, t);
            tableOp("grow", "(" + OBJ + "I" + ModuleInfo.TABLE_DESC + ")I");
          }
          return;
        }
      case TABLE_FILL:
        {
          int t = table(ins.operand(0));
          pop(ValType.I32);
          pop(module.tableTypes.get(t));
          pop(ValType.I32);
          if (live()) {
            module.emitTable(mv, t);
            tableOp("fill", "(I" + OBJ + "I" + ModuleInfo.TABLE_DESC + ")V");
          }
          return;
        }
      case TABLE_COPY:
        {
          int dst = table(ins.operand(0));
          int src = table(ins.operand(1));
          if (module.tableTypes.get(dst) != module.tableTypes.get(src)) {
            throw invalid("type mismatch: table.copy between tables of different types");
          }
          popI32s(3);
          if (live()) {
            module.emitTable(mv, dst);
            module.emitTable(mv, src);
            tableOp("copy", "(III" + ModuleInfo.TABLE_DESC + ModuleInfo.TABLE_DESC + ")V");
          }
          return;
        }
      case TABLE_INIT:
        {
          int elem = elem(ins.operand(0));
          int t = table(ins.operand(1));
          if (module.tableTypes.get(t) != module.elemTypes.get(elem)) {
            throw invalid("type mismatch: table.init element type");
          }
          popI32s(3);
          if (live()) {
            module.emitTable(mv, t);
            module.emitContext(mv);
            Emit.iconst(mv, elem);
            tableOp("init", "(III" + ModuleInfo.TABLE_DESC + ModuleInfo.CONTEXT_DESC + "I)V");
          }
          return;
        }
      case ELEM_DROP:
        {
          int elem = elem(ins.operand(0));
          if (live()) {
            module.emitContext(mv);
            Emit.iconst(mv, elem);
            mv.visitMethodInsn(
                Opcodes.INVOKEVIRTUAL, ModuleInfo.CONTEXT, "dropElem", "(I)V", false);
          }
          return;
        }
      case MEMORY_SIZE:
        requireMemory();
        checkZeroByte(ins);
        push(ValType.I32);
        if (live()) {
          module.emitMemory(mv, 0);
          mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ModuleInfo.MEMORY, "pages", "()I", false);
        }
        return;
      case MEMORY_GROW:
        requireMemory();
        checkZeroByte(ins);
        pop(ValType.I32);
        push(ValType.I32);
        if (live()) {
          module.emitMemory(mv, 0);
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              MEMORY_OPS,
              "grow",
              "(I" + ModuleInfo.MEMORY_DESC + ")I",
              false);
          reloadMemory();
        }
        return;
      case MEMORY_FILL:
        requireMemory();
        popI32s(3);
        if (live()) {
          module.emitMemory(mv, 0);
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              MEMORY_OPS,
              "fill",
              "(III" + ModuleInfo.MEMORY_DESC + ")V",
              false);
        }
        return;
      case MEMORY_COPY:
        requireMemory();
        popI32s(3);
        if (live()) {
          module.emitMemory(mv, 0);
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC,
              MEMORY_OPS,
              "copy",
              "(III" + ModuleInfo.MEMORY_DESC + ")V",
              false);
        }
        return;
      case MEMORY_INIT:
        {
          int data = data(ins.operand(0));
          requireMemory();
          popI32s(3);
          if (live()) {
            module.emitMemory(mv, 0);
            module.emitContext(mv);
            Emit.iconst(mv, data);
            mv.visitMethodInsn(
                Opcodes.INVOKESTATIC,
                MEMORY_OPS,
                "init",
                "(III" + ModuleInfo.MEMORY_DESC + ModuleInfo.CONTEXT_DESC + "I)V",
                false);
          }
          return;
        }
      case DATA_DROP:
        {
          int data = data(ins.operand(0));
          if (live()) {
            module.emitContext(mv);
            Emit.iconst(mv, data);
            mv.visitMethodInsn(
                Opcodes.INVOKEVIRTUAL, ModuleInfo.CONTEXT, "dropData", "(I)V", false);
          }
          return;
        }
      case REF_NULL:
        {
          ValType t = heapType(ins.operand(0));
          push(t);
          if (live()) {
            mv.visitInsn(Opcodes.ACONST_NULL);
          }
          return;
        }
      case REF_IS_NULL:
        {
          ValType t = pop();
          if (t != null && !t.isReference()) {
            throw invalid("type mismatch: ref.is_null needs a reference");
          }
          push(ValType.I32);
          if (live()) {
            Label nonNull = new Label();
            Label done = new Label();
            mv.visitJumpInsn(Opcodes.IFNONNULL, nonNull);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(nonNull);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitLabel(done);
          }
          return;
        }
      case REF_FUNC:
        {
          int f = (int) ins.operand(0);
          if (f < 0 || f >= module.functionTypes.size()) {
            throw invalid("unknown function " + f);
          }
          if (!module.declaredFunctionRefs.contains(f)) {
            throw invalid("undeclared function reference " + f);
          }
          push(ValType.FUNCREF);
          if (live()) {
            module.emitFunctionRef(mv, f);
          }
          return;
        }
      default:
        break;
    }
    MemOp memOp = MEM_OPS.get(op);
    if (memOp != null) {
      memoryAccess(ins, memOp);
      return;
    }
    AtomicInstructions.Atomic atomic = AtomicInstructions.of(op);
    if (atomic != null) {
      atomic(ins, atomic);
      return;
    }
    NumericInstructions.Signature sig = NumericInstructions.signature(op);
    if (sig != null) {
      popAll(sig.params());
      push(sig.result());
      if (live()) {
        if (NumericInstructions.isComparison(op)) {
          pendingCompare = ins;
        } else {
          NumericInstructions.emit(ins, mv);
        }
      }
      return;
    }
    if (op.name().startsWith("V128") || op.name().matches("^[IF](8|16|32|64)X\\d+_.*")) {
      throw error(
          CompileException.Kind.UNSUPPORTED, "SIMD instruction " + op + " is not supported");
    }
    throw error(
        CompileException.Kind.UNSUPPORTED,
        "instruction " + op + " is not supported (Wasm 2.0 without SIMD only)");
  }

  /** Jumps to {@code target} when the i32 condition on the stack is (or is not) zero. */
  private void jumpIf(boolean whenTrue, Label target) {
    if (pendingCompare != null) {
      Instruction compare = pendingCompare;
      pendingCompare = null;
      if (NumericInstructions.emitCompareAndJump(compare.opcode(), whenTrue, target, mv)) {
        return;
      }
      NumericInstructions.emit(compare, mv);
    }
    mv.visitJumpInsn(whenTrue ? Opcodes.IFNE : Opcodes.IFEQ, target);
  }

  private void flushCompare() {
    Instruction compare = pendingCompare;
    pendingCompare = null;
    NumericInstructions.emit(compare, mv);
  }

  private void popI32s(int n) {
    for (int i = 0; i < n; i++) {
      pop(ValType.I32);
    }
  }

  private void tableOp(String name, String desc) {
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, TABLE_OPS, name, desc, false);
  }

  // ------------------------------------------------------------------ index checks

  private int local(long index) {
    if (index < 0 || index >= localTypes.size()) {
      throw invalid("unknown local " + index);
    }
    return (int) index;
  }

  private int global(long index) {
    if (index < 0 || index >= module.globals.size()) {
      throw invalid("unknown global " + index);
    }
    return (int) index;
  }

  private int table(long index) {
    if (index < 0 || index >= module.tableTypes.size()) {
      throw invalid("unknown table " + index);
    }
    return (int) index;
  }

  private int elem(long index) {
    if (index < 0 || index >= module.elemTypes.size()) {
      throw invalid("unknown elem segment " + index);
    }
    return (int) index;
  }

  private int data(long index) {
    if (!module.hasDataCountSection) {
      throw error(CompileException.Kind.MALFORMED, "data count section required");
    }
    if (index < 0 || index >= module.dataCount) {
      throw invalid("unknown data segment " + index);
    }
    return (int) index;
  }

  /** memory.size and memory.grow carry a reserved byte that must be exactly 0x00. */
  private void checkZeroByte(Instruction ins) {
    int at = ins.address() + 1;
    if (module.bytes != null && at < module.bytes.length && module.bytes[at] != 0) {
      throw error(CompileException.Kind.MALFORMED, "zero byte expected");
    }
  }

  private void requireMemory() {
    if (module.memoryCount == 0) {
      throw invalid("unknown memory 0");
    }
  }

  private ValType heapType(long code) {
    if (code == -16 || code == 0x70) {
      return ValType.FUNCREF;
    }
    if (code == -17 || code == 0x6F) {
      return ValType.EXTERNREF;
    }
    throw error(CompileException.Kind.MALFORMED, "malformed reference type " + code);
  }

  private FuncType blockType(long operand) {
    if (operand == 0x40) {
      return FuncType.of(List.of(), List.of());
    }
    ValType single = ModuleInfo.valTypeOrNull(operand);
    if (single != null) {
      return FuncType.of(List.of(), List.of(single));
    }
    if (operand == com.dylibso.chicory.wasm.types.ValType.V128.id()) {
      throw error(CompileException.Kind.UNSUPPORTED, "SIMD (v128) is not supported");
    }
    if (operand < 0 || operand >= module.types.size()) {
      throw invalid("unknown type " + operand);
    }
    return module.types.get((int) operand);
  }

  // ------------------------------------------------------------------ control

  private void elseInstruction() {
    ControlFrame f = top();
    if (f.kind != Kind.IF) {
      throw invalid("else without matching if");
    }
    popAll(f.results);
    if (stack.size() != f.height) {
      throw invalid("type mismatch: values remain at the end of the then branch");
    }
    if (!f.dead) {
      mv.visitJumpInsn(Opcodes.GOTO, f.label);
      f.endTargeted = true;
    }
    f.kind = Kind.ELSE;
    f.unreachable = false;
    f.dead = f.entryDead;
    if (!f.entryDead) {
      mv.visitLabel(f.elseLabel);
    }
    pushAll(f.params);
  }

  private void endInstruction() {
    ControlFrame f = top();
    popAll(f.results);
    if (stack.size() != f.height) {
      throw invalid("type mismatch: values remain at the end of the block");
    }
    if (f.kind == Kind.FUNCTION) {
      if (!f.dead) {
        emitReturn();
      }
      frames.remove(frames.size() - 1);
      return;
    }
    boolean liveAfter;
    if (f.kind == Kind.IF) {
      // No else: a false condition carries the params to the end unchanged.
      if (!f.params.equals(f.results)) {
        throw invalid("type mismatch: if without else must leave its params unchanged");
      }
      liveAfter = !f.entryDead;
      if (liveAfter) {
        mv.visitLabel(f.elseLabel);
      }
    } else if (f.kind == Kind.LOOP) {
      liveAfter = !f.dead;
    } else {
      liveAfter = !f.dead || f.endTargeted;
    }
    if (liveAfter && f.kind != Kind.LOOP && f.endTargeted) {
      mv.visitLabel(f.label);
    }
    frames.remove(frames.size() - 1);
    pushAll(f.results);
    top().dead = !liveAfter;
  }

  /** Live code only: the top of the stack must hold {@code types} (validated precisely later). */
  private void checkTop(List<ValType> types) {
    int base = stack.size() - types.size();
    if (base < top().height) {
      return; // validation reports the underflow
    }
    for (int i = 0; i < types.size(); i++) {
      if (stack.get(base + i) != types.get(i)) {
        return; // validation reports the mismatch
      }
    }
  }

  /** Whether a branch to {@code target} must drop values below the ones it carries. */
  private boolean needsAdjust(ControlFrame target) {
    if (target.kind == Kind.FUNCTION || isOuter(target)) {
      return true;
    }
    return stack.size() - target.labelTypes().size() > target.height;
  }

  /** Live code: jumps to {@code target}, first dropping the values below the carried ones. */
  private void branch(ControlFrame target) {
    if (isOuter(target)) {
      exitChunk(target);
      return;
    }
    if (target.kind == Kind.FUNCTION) {
      emitReturn();
      return;
    }
    List<ValType> carried = target.labelTypes();
    int keepFrom = stack.size() - carried.size();
    if (keepFrom > target.height) {
      int[] slots = new int[carried.size()];
      for (int i = carried.size() - 1; i >= 0; i--) {
        slots[i] = temp(carried.get(i));
        mv.visitVarInsn(Emit.storeOpcode(carried.get(i)), slots[i]);
      }
      for (int i = keepFrom - 1; i >= target.height; i--) {
        Emit.pop(mv, stack.get(i));
      }
      for (int i = 0; i < carried.size(); i++) {
        mv.visitVarInsn(Emit.loadOpcode(carried.get(i)), slots[i]);
        release(carried.get(i), slots[i]);
      }
    }
    if (target.kind != Kind.LOOP) {
      target.endTargeted = true;
    }
    mv.visitJumpInsn(Opcodes.GOTO, target.label);
  }

  private void brTable(AnnotatedInstruction ins) {
    long[] ops = ins.operands();
    pop(ValType.I32);
    ControlFrame defaultTarget = label(ops[ops.length - 1]);
    int arity = defaultTarget.labelTypes().size();
    List<ControlFrame> targets = new ArrayList<>();
    for (int i = 0; i < ops.length - 1; i++) {
      ControlFrame t = label(ops[i]);
      if (t.labelTypes().size() != arity) {
        throw invalid("type mismatch: br_table targets differ in arity");
      }
      targets.add(t);
    }
    if (live() && leavesChunkOnly(targets, defaultTarget)) {
      outerBrTable(targets, defaultTarget);
    } else if (live()) {
      Map<ControlFrame, Label> trampolines = new HashMap<>();
      Label[] labels = new Label[targets.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = targetLabel(targets.get(i), trampolines);
      }
      Label dflt = targetLabel(defaultTarget, trampolines);
      if (labels.length == 0) {
        mv.visitInsn(Opcodes.POP);
        mv.visitJumpInsn(Opcodes.GOTO, dflt);
      } else if (labels.length > LARGE_BR_TABLE) {
        largeBrTable(labels, dflt);
      } else {
        mv.visitTableSwitchInsn(0, labels.length - 1, dflt, labels);
      }
      List<ControlFrame> ordered = new ArrayList<>(trampolines.keySet());
      Collections.sort(ordered, (a, b) -> Integer.compare(frames.indexOf(a), frames.indexOf(b)));
      for (ControlFrame t : ordered) {
        mv.visitLabel(trampolines.get(t));
        branch(t);
      }
    }
    for (ControlFrame t : targets) {
      pushAll(popAll(t.labelTypes()));
    }
    popAll(defaultTarget.labelTypes());
    markUnreachable();
  }

  /** A large br_table in a chunk whose targets all lie outside it and carry no values. */
  private boolean leavesChunkOnly(List<ControlFrame> targets, ControlFrame dflt) {
    if (chunk == null || targets.size() < 16 || !dflt.labelTypes().isEmpty() || !isOuter(dflt)) {
      return false;
    }
    for (ControlFrame t : targets) {
      if (!isOuter(t) || !t.labelTypes().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Such a br_table only picks the chunk's exit code: a constant int[] maps the index to it, so a
   * 1,000-target br_table costs a few bytes instead of a tableswitch plus 1,000 trampolines.
   */
  private void outerBrTable(List<ControlFrame> targets, ControlFrame dflt) {
    StringBuilder map = new StringBuilder(targets.size());
    for (ControlFrame t : targets) {
      int index = frames.indexOf(t);
      if (!exits.contains(index)) {
        exits.add(index);
      }
      map.append((char) (index + 2)); // the code (index + 1), encoded +1 (see Bootstraps.intArray)
    }
    int dfltIndex = frames.indexOf(dflt);
    if (!exits.contains(dfltIndex)) {
      exits.add(dfltIndex);
    }
    mv.visitLdcInsn(new ConstantDynamic("brTable", "[I", INT_ARRAY_BSM, map.toString()));
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, BOOTSTRAPS, "brTableCase", "(I[I)I", false);
    Label done = new Label();
    mv.visitInsn(Opcodes.DUP);
    mv.visitJumpInsn(Opcodes.IFGE, done);
    mv.visitInsn(Opcodes.POP);
    Emit.iconst(mv, dfltIndex + 1);
    mv.visitLabel(done);
    leaveChunk(stack.size());
  }

  /**
   * A tableswitch takes 4 bytes per entry, so a br_table with thousands of entries would not fit a
   * JVM method. Instead a constant int[] maps the index to one of the distinct targets, and a small
   * tableswitch dispatches on that.
   */
  private void largeBrTable(Label[] labels, Label dflt) {
    if (labels.length > 60_000) {
      throw error(CompileException.Kind.UNSUPPORTED, "br_table with more than 60000 entries");
    }
    Map<Label, Integer> caseOf = new HashMap<>();
    List<Label> distinct = new ArrayList<>();
    StringBuilder map = new StringBuilder(labels.length);
    for (Label l : labels) {
      Integer c = caseOf.get(l);
      if (c == null) {
        c = distinct.size();
        caseOf.put(l, c);
        distinct.add(l);
      }
      map.append((char) (c + 1)); // never '\0', which takes two bytes in a class file
    }
    mv.visitLdcInsn(new ConstantDynamic("brTable", "[I", INT_ARRAY_BSM, map.toString()));
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, BOOTSTRAPS, "brTableCase", "(I[I)I", false);
    mv.visitTableSwitchInsn(0, distinct.size() - 1, dflt, distinct.toArray(new Label[0]));
  }

  private Label targetLabel(ControlFrame target, Map<ControlFrame, Label> trampolines) {
    if (!needsAdjust(target)) {
      if (target.kind != Kind.LOOP) {
        target.endTargeted = true;
      }
      return target.label;
    }
    return trampolines.computeIfAbsent(target, t -> new Label());
  }

  /** Live code: returns the function's results from the top of the stack. */
  private void emitReturn() {
    if (chunk != null) {
      exitChunk(frames.get(0));
      return;
    }
    if (split != null) {
      split.locals.release(mv);
    }
    List<ValType> results = type.results();
    if (results.isEmpty()) {
      mv.visitInsn(Opcodes.RETURN);
    } else if (results.size() == 1) {
      mv.visitInsn(Emit.returnOpcode(results.get(0)));
    } else {
      boxResults(results);
      mv.visitInsn(Opcodes.ARETURN);
    }
  }

  /**
   * Replaces the top values of {@code types} with one Object[] holding them boxed (several results,
   * or the arguments of a function with too many parameters for the JVM).
   */
  private void boxResults(List<ValType> types) {
    int n = types.size();
    int[] slots = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      slots[i] = temp(types.get(i));
      mv.visitVarInsn(Emit.storeOpcode(types.get(i)), slots[i]);
    }
    Emit.iconst(mv, n);
    mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
    for (int i = 0; i < n; i++) {
      mv.visitInsn(Opcodes.DUP);
      Emit.iconst(mv, i);
      mv.visitVarInsn(Emit.loadOpcode(types.get(i)), slots[i]);
      Emit.box(mv, types.get(i));
      mv.visitInsn(Opcodes.AASTORE);
      release(types.get(i), slots[i]);
    }
  }

  /** Replaces the Object[] on top of the stack with the values it holds. */
  private void unpackResults(List<ValType> types) {
    int slot = arrayTemp();
    mv.visitVarInsn(Opcodes.ASTORE, slot);
    for (int i = 0; i < types.size(); i++) {
      mv.visitVarInsn(Opcodes.ALOAD, slot);
      Emit.iconst(mv, i);
      mv.visitInsn(Opcodes.AALOAD);
      Emit.unbox(mv, types.get(i));
    }
    freeArrayTemps.push(slot);
  }

  private void select(ValType t) {
    Label second = new Label();
    Label done = new Label();
    mv.visitJumpInsn(Opcodes.IFEQ, second);
    Emit.pop(mv, t);
    mv.visitJumpInsn(Opcodes.GOTO, done);
    mv.visitLabel(second);
    if (JvmTypes.slots(t) == 2) {
      mv.visitInsn(Opcodes.DUP2_X2);
      mv.visitInsn(Opcodes.POP2);
      mv.visitInsn(Opcodes.POP2);
    } else {
      mv.visitInsn(Opcodes.SWAP);
      mv.visitInsn(Opcodes.POP);
    }
    mv.visitLabel(done);
  }

  // ------------------------------------------------------------------ calls

  private void call(int f) {
    if (f < 0 || f >= module.functionTypes.size()) {
      throw invalid("unknown function " + f);
    }
    FuncType callee = module.functionTypes.get(f);
    popAll(callee.params());
    pushAll(callee.results());
    if (!live()) {
      return;
    }
    if (JvmTypes.argumentsInArray(callee)) {
      boxResults(callee.params());
    }
    String desc = JvmTypes.methodDescriptor(callee);
    if (f < module.importedFunctions) {
      mv.visitInvokeDynamicInsn("import" + f, desc, IMPORT_BSM, f);
    } else {
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, module.functionOwners.get(f), "f" + f, desc, false);
    }
    afterCall(callee);
  }

  private void callIndirect(int typeIndex, int tableIndex) {
    FuncType callee = module.type(typeIndex);
    int t = table(tableIndex);
    if (module.tableTypes.get(t) != ValType.FUNCREF) {
      throw invalid("type mismatch: call_indirect through a table of " + module.tableTypes.get(t));
    }
    pop(ValType.I32);
    popAll(callee.params());
    pushAll(callee.results());
    if (!live()) {
      return;
    }
    if (JvmTypes.argumentsInArray(callee)) {
      int index = temp(ValType.I32);
      mv.visitVarInsn(Opcodes.ISTORE, index);
      boxResults(callee.params());
      mv.visitVarInsn(Opcodes.ILOAD, index);
      release(ValType.I32, index);
    }
    String direct = JvmTypes.methodDescriptor(callee);
    String desc =
        direct.substring(0, direct.indexOf(')')) + "I" + direct.substring(direct.indexOf(')'));
    List<IndirectTargets.Arm> arms = module.indirect.arms(typeIndex, t);
    if (arms.isEmpty()) {
      mv.visitInvokeDynamicInsn("callIndirect", desc, CALL_INDIRECT_BSM, t, typeIndex);
    } else {
      Label done = indirectArms(arms, t, direct);
      mv.visitInvokeDynamicInsn("callIndirect", desc, CALL_INDIRECT_BSM, t, typeIndex);
      mv.visitLabel(done);
    }
    afterCall(callee);
  }

  /**
   * With the arguments and the table index on the stack: a switch on the index whose arms call the
   * function expected in that slot directly (an invokestatic HotSpot inlines) if the slot still
   * holds it; every other case falls through to the code after this, the generic call site, with
   * the index pushed again. Returns the label the arms jump to once they have called.
   */
  private Label indirectArms(List<IndirectTargets.Arm> arms, int table, String direct) {
    int index = temp(ValType.I32);
    mv.visitVarInsn(Opcodes.ISTORE, index);
    Label generic = new Label();
    Label done = new Label();
    java.util.TreeSet<Integer> slots = new java.util.TreeSet<>();
    for (IndirectTargets.Arm arm : arms) {
      slots.add(arm.slot()); // distinct: IndirectTargets keeps one function per slot
    }
    Map<Integer, Label> labels = switchOn(index, slots, generic);
    for (IndirectTargets.Arm arm : arms) {
      mv.visitLabel(labels.get(arm.slot()));
      module.emitTable(mv, table);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ModuleInfo.TABLE, "elements", "()[" + OBJ, false);
      Emit.iconst(mv, arm.slot());
      mv.visitInsn(Opcodes.AALOAD);
      mv.visitInvokeDynamicInsn("f" + arm.function(), "()" + OBJ, FUNCTION_BSM, arm.function());
      mv.visitJumpInsn(Opcodes.IF_ACMPNE, generic);
      mv.visitMethodInsn(
          Opcodes.INVOKESTATIC,
          module.functionOwners.get(arm.function()),
          "f" + arm.function(),
          direct,
          false);
      mv.visitJumpInsn(Opcodes.GOTO, done);
    }
    mv.visitLabel(generic);
    mv.visitVarInsn(Opcodes.ILOAD, index);
    release(ValType.I32, index);
    return done;
  }

  private void afterCall(FuncType callee) {
    if (callee.results().size() > 1) {
      unpackResults(callee.results());
    }
    reloadMemory();
  }

  private void reloadMemory() {
    if (memorySlot < 0) {
      return;
    }
    module.emitMemory(mv, 0);
    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ModuleInfo.MEMORY, "array", "()[B", false);
    mv.visitVarInsn(Opcodes.ASTORE, memorySlot);
  }

  // ------------------------------------------------------------------ memory

  private static final String ATOMIC_OPS = "io/github/dylink4j/runtime/internal/AtomicOps";

  /** Atomic accesses: validated like loads and stores, executed by AtomicOps helpers. */
  private void atomic(Instruction ins, AtomicInstructions.Atomic a) {
    if (a.kind() == AtomicInstructions.Kind.FENCE) {
      return; // one thread: nothing to order
    }
    requireMemory();
    if (ins.operand(0) != a.alignLog2()) {
      throw invalid("alignment must be exactly natural for atomic " + ins.opcode());
    }
    int memOffset = (int) ins.operand(1);
    ValType t = a.type();
    boolean i32 = t == ValType.I32;
    switch (a.kind()) {
      case LOAD:
        pop(ValType.I32);
        push(t);
        if (live()) {
          memoryOperands(memOffset);
          Emit.iconst(mv, a.bytes());
          atomicCall("load", "(I[BII)J");
          if (i32) {
            mv.visitInsn(Opcodes.L2I);
          }
        }
        return;
      case STORE:
        pop(t);
        pop(ValType.I32);
        if (live()) {
          if (i32) {
            mv.visitInsn(Opcodes.I2L);
          }
          memoryOperands(memOffset);
          Emit.iconst(mv, a.bytes());
          atomicCall("store", "(IJ[BII)V");
        }
        return;
      case RMW:
        pop(t);
        pop(ValType.I32);
        push(t);
        if (live()) {
          if (i32) {
            mv.visitInsn(Opcodes.I2L);
          }
          memoryOperands(memOffset);
          Emit.iconst(mv, a.bytes());
          Emit.iconst(mv, a.rmwOp());
          atomicCall("rmw", "(IJ[BIII)J");
          if (i32) {
            mv.visitInsn(Opcodes.L2I);
          }
        }
        return;
      case CMPXCHG:
        pop(t);
        pop(t);
        pop(ValType.I32);
        push(t);
        if (live()) {
          memoryOperands(memOffset);
          Emit.iconst(mv, a.bytes());
          atomicCall(i32 ? "cmpxchgI32" : "cmpxchg", i32 ? "(III[BII)I" : "(IJJ[BII)J");
        }
        return;
      case NOTIFY:
        pop(ValType.I32);
        pop(ValType.I32);
        push(ValType.I32);
        if (live()) {
          memoryOperands(memOffset);
          atomicCall("notify", "(II[BI)I");
        }
        return;
      case WAIT:
        pop(ValType.I64);
        pop(t);
        pop(ValType.I32);
        push(ValType.I32);
        if (live()) {
          memoryOperands(memOffset);
          atomicCall(i32 ? "wait32" : "wait64", i32 ? "(IIJ[BI)I" : "(IJJ[BI)I");
        }
        return;
      default:
        throw new IllegalStateException(a.toString());
    }
  }

  private void memoryOperands(int memOffset) {
    mv.visitVarInsn(Opcodes.ALOAD, memorySlot);
    Emit.iconst(mv, memOffset);
  }

  private void atomicCall(String name, String desc) {
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, ATOMIC_OPS, name, desc, false);
  }

  private void memoryAccess(Instruction ins, MemOp memOp) {
    requireMemory();
    long align = ins.operand(0);
    long memOffset = ins.operand(1);
    if (align > memOp.maxAlign()) {
      throw invalid("alignment must not be larger than natural");
    }
    if (memOp.store()) {
      pop(memOp.type());
      pop(ValType.I32);
    } else {
      pop(ValType.I32);
      push(memOp.type());
    }
    if (!live()) {
      return;
    }
    mv.visitVarInsn(Opcodes.ALOAD, memorySlot);
    Emit.iconst(mv, (int) memOffset);
    String desc =
        memOp.store()
            ? "(I" + JvmTypes.descriptor(memOp.type()) + "[BI)V"
            : "(I[BI)" + JvmTypes.descriptor(memOp.type());
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, MEMORY_OPS, memOp.helper(), desc, false);
  }
}
