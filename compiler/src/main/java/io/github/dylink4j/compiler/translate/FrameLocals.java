package io.github.dylink4j.compiler.translate;

import io.github.dylink4j.runtime.ValType;
import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Where the locals of a split function live: numbers in a {@code long[]} frame, references in an
 * {@code Object[]}, so the function's method and all its chunk methods share them. After the locals
 * come "carry" slots: the values a chunk hands to its caller when it branches out of itself (or
 * returns), at most {@link #carries} of them.
 */
final class FrameLocals {
  static final String FRAME_OPS = "io/github/dylink4j/runtime/internal/FrameOps";

  private final List<ValType> types;
  private final int[] index;
  private final int numbers;
  private final int refs;
  private final int carries;

  FrameLocals(List<ValType> localTypes, int carries) {
    this.types = List.copyOf(localTypes);
    this.index = new int[types.size()];
    int n = 0;
    int r = 0;
    for (int i = 0; i < types.size(); i++) {
      index[i] = types.get(i).isReference() ? r++ : n++;
    }
    this.numbers = n;
    this.refs = r;
    this.carries = carries;
  }

  /** Size of the numeric frame, counted by FrameOps.enter/leave against deep recursion. */
  int frameWords() {
    return numbers + carries;
  }

  /** Emits the release of the frame (before every return and on the way out of an exception). */
  void release(MethodVisitor mv) {
    Emit.iconst(mv, frameWords());
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, FRAME_OPS, "leave", "(I)V", false);
  }

  List<ValType> types() {
    return types;
  }

  /** Emits the allocation of both arrays into the given JVM locals (zeroed, as wasm requires). */
  void allocate(MethodVisitor mv, int frameSlot, int refsSlot) {
    Emit.iconst(mv, frameWords());
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, FRAME_OPS, "enter", "(I)[J", false);
    mv.visitVarInsn(Opcodes.ASTORE, frameSlot);
    Emit.iconst(mv, refs + carries);
    mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
    mv.visitVarInsn(Opcodes.ASTORE, refsSlot);
  }

  void get(MethodVisitor mv, int local, int frameSlot, int refsSlot) {
    load(mv, types.get(local), index[local], frameSlot, refsSlot);
  }

  /** Stores the value on top of the stack into the local. */
  void set(MethodVisitor mv, int local, int frameSlot, int refsSlot) {
    store(mv, types.get(local), index[local], frameSlot, refsSlot);
  }

  void loadCarry(MethodVisitor mv, ValType t, int j, int frameSlot, int refsSlot) {
    load(mv, t, (t.isReference() ? refs : numbers) + carry(j), frameSlot, refsSlot);
  }

  void storeCarry(MethodVisitor mv, ValType t, int j, int frameSlot, int refsSlot) {
    store(mv, t, (t.isReference() ? refs : numbers) + carry(j), frameSlot, refsSlot);
  }

  private int carry(int j) {
    if (j >= carries) {
      throw new IllegalStateException("carry slot " + j + " beyond " + carries);
    }
    return j;
  }

  // Frame accesses are plain array instructions, not calls to FrameOps helpers: C2 stops inlining
  // into a method once it and what it inlined reach 8,000 bytes of bytecode (DesiredMethodLimit,
  // checked even for one-line callees), and a split function's big methods (an interpreter's
  // dispatch nest) passed that after a few handlers, so every later local access was a real call.
  private static void load(MethodVisitor mv, ValType t, int at, int frameSlot, int refsSlot) {
    boolean ref = t.isReference();
    mv.visitVarInsn(Opcodes.ALOAD, ref ? refsSlot : frameSlot);
    Emit.iconst(mv, at);
    switch (t) {
      case I32:
        mv.visitInsn(Opcodes.LALOAD);
        mv.visitInsn(Opcodes.L2I);
        break;
      case I64:
        mv.visitInsn(Opcodes.LALOAD);
        break;
      case F32:
        mv.visitInsn(Opcodes.LALOAD);
        mv.visitInsn(Opcodes.L2I);
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
        break;
      case F64:
        mv.visitInsn(Opcodes.LALOAD);
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        break;
      default:
        mv.visitInsn(Opcodes.AALOAD);
        break;
    }
  }

  /** Stores the value on top of the stack: converted to a long (raw bits), then moved under. */
  private static void store(MethodVisitor mv, ValType t, int at, int frameSlot, int refsSlot) {
    if (t.isReference()) {
      // value -> refs, value -> refs, index, value
      mv.visitVarInsn(Opcodes.ALOAD, refsSlot);
      mv.visitInsn(Opcodes.SWAP);
      Emit.iconst(mv, at);
      mv.visitInsn(Opcodes.SWAP);
      mv.visitInsn(Opcodes.AASTORE);
      return;
    }
    switch (t) {
      case I32:
        mv.visitInsn(Opcodes.I2L);
        break;
      case F32:
        // Raw bits: a NaN's payload must survive a local.set/local.get round trip.
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
        mv.visitInsn(Opcodes.I2L);
        break;
      case F64:
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
        break;
      default:
        break;
    }
    // long -> long, frame, index -> frame, index, long, frame, index -> frame, index, long
    mv.visitVarInsn(Opcodes.ALOAD, frameSlot);
    Emit.iconst(mv, at);
    mv.visitInsn(Opcodes.DUP2_X2);
    mv.visitInsn(Opcodes.POP2);
    mv.visitInsn(Opcodes.LASTORE);
  }
}
