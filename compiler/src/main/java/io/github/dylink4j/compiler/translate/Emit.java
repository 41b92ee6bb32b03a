package io.github.dylink4j.compiler.translate;

import io.github.dylink4j.runtime.ValType;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Small bytecode idioms. */
final class Emit {
  private Emit() {}

  static void iconst(MethodVisitor mv, int value) {
    if (value >= -1 && value <= 5) {
      mv.visitInsn(Opcodes.ICONST_0 + value);
    } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.SIPUSH, value);
    } else {
      mv.visitLdcInsn(value);
    }
  }

  static void zero(MethodVisitor mv, ValType type) {
    switch (type) {
      case I32:
        mv.visitInsn(Opcodes.ICONST_0);
        break;
      case I64:
        mv.visitInsn(Opcodes.LCONST_0);
        break;
      case F32:
        mv.visitInsn(Opcodes.FCONST_0);
        break;
      case F64:
        mv.visitInsn(Opcodes.DCONST_0);
        break;
      default:
        mv.visitInsn(Opcodes.ACONST_NULL);
    }
  }

  static int loadOpcode(ValType type) {
    switch (type) {
      case I32:
        return Opcodes.ILOAD;
      case I64:
        return Opcodes.LLOAD;
      case F32:
        return Opcodes.FLOAD;
      case F64:
        return Opcodes.DLOAD;
      default:
        return Opcodes.ALOAD;
    }
  }

  static int storeOpcode(ValType type) {
    return loadOpcode(type) + (Opcodes.ISTORE - Opcodes.ILOAD);
  }

  static int returnOpcode(ValType type) {
    switch (type) {
      case I32:
        return Opcodes.IRETURN;
      case I64:
        return Opcodes.LRETURN;
      case F32:
        return Opcodes.FRETURN;
      case F64:
        return Opcodes.DRETURN;
      default:
        return Opcodes.ARETURN;
    }
  }

  static void pop(MethodVisitor mv, ValType type) {
    mv.visitInsn(type == ValType.I64 || type == ValType.F64 ? Opcodes.POP2 : Opcodes.POP);
  }

  /** Boxes the value on top of the stack (exact bits for floats). */
  static void box(MethodVisitor mv, ValType type) {
    switch (type) {
      case I32:
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        break;
      case I64:
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
        break;
      case F32:
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;", false);
        break;
      case F64:
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
        break;
      default:
        break;
    }
  }

  /** Unboxes the Object on top of the stack into a value of {@code type}. */
  static void unbox(MethodVisitor mv, ValType type) {
    switch (type) {
      case I32:
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Integer");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
        break;
      case I64:
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Long");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
        break;
      case F32:
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Float");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Float", "floatValue", "()F", false);
        break;
      case F64:
        mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Double");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
        break;
      default:
        break;
    }
  }
}
