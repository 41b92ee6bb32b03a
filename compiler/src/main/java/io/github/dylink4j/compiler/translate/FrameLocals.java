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

  private static void load(MethodVisitor mv, ValType t, int at, int frameSlot, int refsSlot) {
    boolean ref = t.isReference();
    mv.visitVarInsn(Opcodes.ALOAD, ref ? refsSlot : frameSlot);
    Emit.iconst(mv, at);
    String arr = ref ? "[Ljava/lang/Object;" : "[J";
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        FRAME_OPS,
        "get" + letter(t),
        "(" + arr + "I)" + io.github.dylink4j.runtime.internal.JvmTypes.descriptor(t),
        false);
  }

  private static void store(MethodVisitor mv, ValType t, int at, int frameSlot, int refsSlot) {
    boolean ref = t.isReference();
    mv.visitVarInsn(Opcodes.ALOAD, ref ? refsSlot : frameSlot);
    Emit.iconst(mv, at);
    String arr = ref ? "[Ljava/lang/Object;" : "[J";
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        FRAME_OPS,
        "set" + letter(t),
        "(" + io.github.dylink4j.runtime.internal.JvmTypes.descriptor(t) + arr + "I)V",
        false);
  }

  private static String letter(ValType t) {
    switch (t) {
      case I32:
        return "I";
      case I64:
        return "J";
      case F32:
        return "F";
      case F64:
        return "D";
      default:
        return "R";
    }
  }
}
