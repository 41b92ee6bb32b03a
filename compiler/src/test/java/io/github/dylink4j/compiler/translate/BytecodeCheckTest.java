package io.github.dylink4j.compiler.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.compiler.CompileException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class BytecodeCheckTest {
  private static byte[] classWith(String method, String descriptor, Consumer<MethodVisitor> body) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    cw.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        "test/gen/F0",
        null,
        "java/lang/Object",
        null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, method, descriptor, null, null);
    mv.visitCode();
    body.accept(mv);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    // A static initialiser that must not run: checking a class links it, never initialises it.
    MethodVisitor clinit = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    clinit.visitCode();
    clinit.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
    clinit.visitInsn(Opcodes.DUP);
    clinit.visitMethodInsn(
        Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
    clinit.visitInsn(Opcodes.ATHROW);
    clinit.visitMaxs(0, 0);
    clinit.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  @Test
  void validClassPassesWithoutBeingInitialised() {
    byte[] ok =
        classWith(
            "f3",
            "(J)J",
            mv -> {
              mv.visitVarInsn(Opcodes.LLOAD, 0);
              mv.visitInsn(Opcodes.LRETURN);
            });
    BytecodeCheck.check("ok.wasm", ok);
  }

  @Test
  void badOperandTypeIsACompileErrorNamingModuleFunctionAndReason() {
    byte[] bad =
        classWith(
            "f12",
            "(I)J",
            mv -> {
              mv.visitVarInsn(Opcodes.ILOAD, 0);
              mv.visitInsn(Opcodes.LRETURN); // an int returned as a long
            });
    CompileException e =
        assertThrows(CompileException.class, () -> BytecodeCheck.check("bad.wasm", bad));
    assertEquals(CompileException.Kind.UNSUPPORTED, e.kind());
    assertTrue(
        e.getMessage().startsWith("bad.wasm: function 12 (bytecode offset 1): internal compiler"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Bad type on operand stack"), e.getMessage());
    assertTrue(e.getMessage().contains("is not assignable to long"), e.getMessage());
  }

  @Test
  void stackUnderflowInAHelperMethodNamesTheMethodAndClass() {
    byte[] bad = classWith("chunk0", "()V", mv -> mv.visitInsn(Opcodes.POP));
    // ASM computes frames; an empty stack popped is still written, and the JVM refuses it.
    CompileException e =
        assertThrows(CompileException.class, () -> BytecodeCheck.check("bad.wasm", bad));
    assertTrue(e.getMessage().contains("method chunk0 of test.gen.F0"), e.getMessage());
  }
}
