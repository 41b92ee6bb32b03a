package io.github.dylink4j.compiler.translate;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Measures the bytecode size of methods as they are written: a label placed at {@code visitMaxs}
 * has the method's length as its offset. Used by dry and trial translations to compare real sizes
 * with HotSpot's JIT limit.
 */
final class MethodSizes {
  private int largest;

  /** {@code mv}, recording the size of the method written through it. */
  MethodVisitor measure(MethodVisitor mv) {
    Label end = new Label();
    return new MethodVisitor(Opcodes.ASM9, mv) {
      @Override
      public void visitMaxs(int maxStack, int maxLocals) {
        super.visitLabel(end);
        largest = Math.max(largest, end.getOffset());
        super.visitMaxs(maxStack, maxLocals);
      }
    };
  }

  /** The size in bytes of the largest method measured so far (0 before any). */
  int largest() {
    return largest;
  }
}
