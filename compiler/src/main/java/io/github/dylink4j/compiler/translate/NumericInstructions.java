package io.github.dylink4j.compiler.translate;

import static io.github.dylink4j.runtime.ValType.F32;
import static io.github.dylink4j.runtime.ValType.F64;
import static io.github.dylink4j.runtime.ValType.I32;
import static io.github.dylink4j.runtime.ValType.I64;

import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.runtime.ValType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Translates wasm numeric instructions (constants, arithmetic, comparisons, conversions) into JVM
 * bytecode. Operands are already on the JVM operand stack (i32 = int, i64 = long, f32 = float, f64
 * = double); the emitted code replaces them with the result.
 *
 * <p>An instruction whose JVM counterpart has exactly the wasm semantics is emitted inline (for
 * example {@code i32.add} is {@code iadd}). Everything else calls a tiny static method of {@code
 * NumericOps} in the runtime whose name is the instruction name in camel case ({@code i32.div_s}
 * calls {@code i32DivS}) and whose descriptor follows from {@link #signature}.
 */
final class NumericInstructions {
  private NumericInstructions() {}

  /** Operand types (bottom of the stack first) and the result type of a numeric instruction. */
  record Signature(List<ValType> params, ValType result) {
    Signature {
      params = List.copyOf(params);
    }

    /** The JVM method descriptor of a function with these types, e.g. {@code (II)I}. */
    String descriptor() {
      StringBuilder sb = new StringBuilder("(");
      for (ValType p : params) {
        sb.append(jvmType(p));
      }
      return sb.append(')').append(jvmType(result)).toString();
    }
  }

  static final String NUMERIC_OPS = "io/github/dylink4j/runtime/internal/NumericOps";

  private static final Map<OpCode, Signature> SIGNATURES = buildSignatures();

  /** The operand and result types of op, or null when op is not a numeric instruction. */
  static Signature signature(OpCode op) {
    return SIGNATURES.get(op);
  }

  /** All numeric opcodes with their signatures. */
  static Map<OpCode, Signature> signatures() {
    return Collections.unmodifiableMap(SIGNATURES);
  }

  /**
   * Emits the code of a numeric instruction. Its operands are on the JVM stack, bottom first; the
   * code leaves the single result.
   *
   * @throws IllegalArgumentException if the instruction is not numeric
   */
  static void emit(Instruction ins, MethodVisitor mv) {
    OpCode op = ins.opcode();
    Signature sig = signature(op);
    if (sig == null) {
      throw new IllegalArgumentException(
          "not a numeric instruction: " + op + " at byte offset " + ins.address());
    }
    switch (op) {
      case I32_CONST -> pushInt(mv, (int) ins.operand(0));
      case I64_CONST -> pushLong(mv, ins.operand(0));
      case F32_CONST -> pushFloatBits(mv, (int) ins.operand(0));
      case F64_CONST -> pushDoubleBits(mv, ins.operand(0));

      case I32_ADD -> mv.visitInsn(Opcodes.IADD);
      case I32_SUB -> mv.visitInsn(Opcodes.ISUB);
      case I32_MUL -> mv.visitInsn(Opcodes.IMUL);
      case I32_AND -> mv.visitInsn(Opcodes.IAND);
      case I32_OR -> mv.visitInsn(Opcodes.IOR);
      case I32_XOR -> mv.visitInsn(Opcodes.IXOR);
      // JVM shifts use the count modulo the width, exactly like wasm.
      case I32_SHL -> mv.visitInsn(Opcodes.ISHL);
      case I32_SHR_S -> mv.visitInsn(Opcodes.ISHR);
      case I32_SHR_U -> mv.visitInsn(Opcodes.IUSHR);
      case I32_ROTL -> invoke(mv, "java/lang/Integer", "rotateLeft", "(II)I");
      case I32_ROTR -> invoke(mv, "java/lang/Integer", "rotateRight", "(II)I");
      case I32_CLZ -> invoke(mv, "java/lang/Integer", "numberOfLeadingZeros", "(I)I");
      case I32_CTZ -> invoke(mv, "java/lang/Integer", "numberOfTrailingZeros", "(I)I");
      case I32_POPCNT -> invoke(mv, "java/lang/Integer", "bitCount", "(I)I");

      case I64_ADD -> mv.visitInsn(Opcodes.LADD);
      case I64_SUB -> mv.visitInsn(Opcodes.LSUB);
      case I64_MUL -> mv.visitInsn(Opcodes.LMUL);
      case I64_AND -> mv.visitInsn(Opcodes.LAND);
      case I64_OR -> mv.visitInsn(Opcodes.LOR);
      case I64_XOR -> mv.visitInsn(Opcodes.LXOR);
      // The wasm count is an i64 but the JVM takes an int count; its low 6 bits survive l2i.
      case I64_SHL -> longShift(mv, Opcodes.LSHL);
      case I64_SHR_S -> longShift(mv, Opcodes.LSHR);
      case I64_SHR_U -> longShift(mv, Opcodes.LUSHR);
      case I64_ROTL -> {
        mv.visitInsn(Opcodes.L2I);
        invoke(mv, "java/lang/Long", "rotateLeft", "(JI)J");
      }
      case I64_ROTR -> {
        mv.visitInsn(Opcodes.L2I);
        invoke(mv, "java/lang/Long", "rotateRight", "(JI)J");
      }
      case I64_CLZ -> longCount(mv, "numberOfLeadingZeros");
      case I64_CTZ -> longCount(mv, "numberOfTrailingZeros");
      case I64_POPCNT -> longCount(mv, "bitCount");

      // Java float arithmetic is IEEE 754 binary32/binary64 with round-to-nearest (strict since
      // Java 17), and NaN results are quiet NaNs: exactly wasm's semantics.
      case F32_ADD -> mv.visitInsn(Opcodes.FADD);
      case F32_SUB -> mv.visitInsn(Opcodes.FSUB);
      case F32_MUL -> mv.visitInsn(Opcodes.FMUL);
      case F32_DIV -> mv.visitInsn(Opcodes.FDIV);
      case F64_ADD -> mv.visitInsn(Opcodes.DADD);
      case F64_SUB -> mv.visitInsn(Opcodes.DSUB);
      case F64_MUL -> mv.visitInsn(Opcodes.DMUL);
      case F64_DIV -> mv.visitInsn(Opcodes.DDIV);

      case I32_WRAP_I64 -> mv.visitInsn(Opcodes.L2I);
      case I64_EXTEND_I32_S -> mv.visitInsn(Opcodes.I2L);
      case I64_EXTEND_I32_U -> {
        mv.visitInsn(Opcodes.I2L);
        mv.visitLdcInsn(0xffff_ffffL);
        mv.visitInsn(Opcodes.LAND);
      }
      // Signed int -> float conversions round to nearest on the JVM (JLS 5.1.2), as in wasm.
      case F32_CONVERT_I32_S -> mv.visitInsn(Opcodes.I2F);
      case F32_CONVERT_I64_S -> mv.visitInsn(Opcodes.L2F);
      case F64_CONVERT_I32_S -> mv.visitInsn(Opcodes.I2D);
      case F64_CONVERT_I64_S -> mv.visitInsn(Opcodes.L2D);
      // The JVM's float -> int casts saturate and map NaN to 0: trunc_sat's signed semantics.
      case I32_TRUNC_SAT_F32_S -> mv.visitInsn(Opcodes.F2I);
      case I32_TRUNC_SAT_F64_S -> mv.visitInsn(Opcodes.D2I);
      case I64_TRUNC_SAT_F32_S -> mv.visitInsn(Opcodes.F2L);
      case I64_TRUNC_SAT_F64_S -> mv.visitInsn(Opcodes.D2L);
      case I32_REINTERPRET_F32 -> invoke(mv, "java/lang/Float", "floatToRawIntBits", "(F)I");
      case F32_REINTERPRET_I32 -> invoke(mv, "java/lang/Float", "intBitsToFloat", "(I)F");
      case I64_REINTERPRET_F64 -> invoke(mv, "java/lang/Double", "doubleToRawLongBits", "(D)J");
      case F64_REINTERPRET_I64 -> invoke(mv, "java/lang/Double", "longBitsToDouble", "(J)D");

      case I32_EXTEND_8_S -> mv.visitInsn(Opcodes.I2B);
      case I32_EXTEND_16_S -> mv.visitInsn(Opcodes.I2S);
      case I64_EXTEND_8_S -> narrowLong(mv, Opcodes.I2B);
      case I64_EXTEND_16_S -> narrowLong(mv, Opcodes.I2S);
      case I64_EXTEND_32_S -> {
        mv.visitInsn(Opcodes.L2I);
        mv.visitInsn(Opcodes.I2L);
      }

      default -> invoke(mv, NUMERIC_OPS, helperName(op), sig.descriptor());
    }
  }

  /** The comparisons: {@link #emitCompareAndJump} fuses exactly these with a following branch. */
  private static final java.util.Set<OpCode> COMPARISONS =
      java.util.EnumSet.of(
          OpCode.I32_EQZ,
          OpCode.I32_EQ,
          OpCode.I32_NE,
          OpCode.I32_LT_S,
          OpCode.I32_LT_U,
          OpCode.I32_GT_S,
          OpCode.I32_GT_U,
          OpCode.I32_LE_S,
          OpCode.I32_LE_U,
          OpCode.I32_GE_S,
          OpCode.I32_GE_U,
          OpCode.I64_EQZ,
          OpCode.I64_EQ,
          OpCode.I64_NE,
          OpCode.I64_LT_S,
          OpCode.I64_LT_U,
          OpCode.I64_GT_S,
          OpCode.I64_GT_U,
          OpCode.I64_LE_S,
          OpCode.I64_LE_U,
          OpCode.I64_GE_S,
          OpCode.I64_GE_U,
          OpCode.F32_EQ,
          OpCode.F32_NE,
          OpCode.F32_LT,
          OpCode.F32_GT,
          OpCode.F32_LE,
          OpCode.F32_GE,
          OpCode.F64_EQ,
          OpCode.F64_NE,
          OpCode.F64_LT,
          OpCode.F64_GT,
          OpCode.F64_LE,
          OpCode.F64_GE);

  static boolean isComparison(OpCode op) {
    return COMPARISONS.contains(op);
  }

  /**
   * Compare-and-branch fusion, for a comparison (or {@code eqz}) whose result only feeds a branch
   * ({@code br_if}, {@code if}): emits code that pops the operands and jumps to {@code target} when
   * the comparison's result is {@code jumpWhen}, without materialising 0 or 1. Emits nothing and
   * returns false when op is not a comparison.
   *
   * <p>Float comparisons pick {@code fcmpl} or {@code fcmpg} so that NaN makes the condition false,
   * and the inverted jump (jumpWhen false) then correctly fires on NaN.
   */
  static boolean emitCompareAndJump(OpCode op, boolean jumpWhen, Label target, MethodVisitor mv) {
    int jump;
    switch (op) {
      case I32_EQZ -> jump = Opcodes.IFEQ;
      case I32_EQ -> jump = Opcodes.IF_ICMPEQ;
      case I32_NE -> jump = Opcodes.IF_ICMPNE;
      case I32_LT_S -> jump = Opcodes.IF_ICMPLT;
      case I32_GT_S -> jump = Opcodes.IF_ICMPGT;
      case I32_LE_S -> jump = Opcodes.IF_ICMPLE;
      case I32_GE_S -> jump = Opcodes.IF_ICMPGE;
      case I32_LT_U, I32_GT_U, I32_LE_U, I32_GE_U -> {
        invoke(mv, "java/lang/Integer", "compareUnsigned", "(II)I");
        jump = signTest(op);
      }
      case I64_EQZ -> {
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitInsn(Opcodes.LCMP);
        jump = Opcodes.IFEQ;
      }
      case I64_EQ, I64_NE, I64_LT_S, I64_GT_S, I64_LE_S, I64_GE_S -> {
        mv.visitInsn(Opcodes.LCMP);
        jump = signTest(op);
      }
      case I64_LT_U, I64_GT_U, I64_LE_U, I64_GE_U -> {
        invoke(mv, "java/lang/Long", "compareUnsigned", "(JJ)I");
        jump = signTest(op);
      }
      // fcmpg gives +1 on NaN, fcmpl -1: choose the one that fails the test.
      case F32_LT, F32_LE -> {
        mv.visitInsn(Opcodes.FCMPG);
        jump = signTest(op);
      }
      case F32_EQ, F32_NE, F32_GT, F32_GE -> {
        mv.visitInsn(Opcodes.FCMPL);
        jump = signTest(op);
      }
      case F64_LT, F64_LE -> {
        mv.visitInsn(Opcodes.DCMPG);
        jump = signTest(op);
      }
      case F64_EQ, F64_NE, F64_GT, F64_GE -> {
        mv.visitInsn(Opcodes.DCMPL);
        jump = signTest(op);
      }
      default -> {
        return false;
      }
    }
    mv.visitJumpInsn(jumpWhen ? jump : invert(jump), target);
    return true;
  }

  /** The test on a -1/0/+1 comparison result that means op holds. */
  private static int signTest(OpCode op) {
    String n = op.name();
    if (n.endsWith("_EQ")) return Opcodes.IFEQ;
    if (n.endsWith("_NE")) return Opcodes.IFNE;
    if (n.contains("_LT")) return Opcodes.IFLT;
    if (n.contains("_GT")) return Opcodes.IFGT;
    if (n.contains("_LE")) return Opcodes.IFLE;
    if (n.contains("_GE")) return Opcodes.IFGE;
    throw new IllegalArgumentException("not a comparison: " + op);
  }

  private static int invert(int jump) {
    return switch (jump) {
      case Opcodes.IFEQ -> Opcodes.IFNE;
      case Opcodes.IFNE -> Opcodes.IFEQ;
      case Opcodes.IFLT -> Opcodes.IFGE;
      case Opcodes.IFGE -> Opcodes.IFLT;
      case Opcodes.IFGT -> Opcodes.IFLE;
      case Opcodes.IFLE -> Opcodes.IFGT;
      case Opcodes.IF_ICMPEQ -> Opcodes.IF_ICMPNE;
      case Opcodes.IF_ICMPNE -> Opcodes.IF_ICMPEQ;
      case Opcodes.IF_ICMPLT -> Opcodes.IF_ICMPGE;
      case Opcodes.IF_ICMPGE -> Opcodes.IF_ICMPLT;
      case Opcodes.IF_ICMPGT -> Opcodes.IF_ICMPLE;
      case Opcodes.IF_ICMPLE -> Opcodes.IF_ICMPGT;
      default -> throw new IllegalArgumentException("not a conditional jump: " + jump);
    };
  }

  /**
   * The NumericOps method implementing op: {@code I32_TRUNC_SAT_F32_U} -> {@code i32TruncSatF32U}.
   */
  static String helperName(OpCode op) {
    String[] words = op.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------ constants

  private static void pushInt(MethodVisitor mv, int v) {
    if (v >= -1 && v <= 5) {
      mv.visitInsn(Opcodes.ICONST_0 + v);
    } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.BIPUSH, v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.SIPUSH, v);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  private static void pushLong(MethodVisitor mv, long v) {
    if (v == 0L || v == 1L) {
      mv.visitInsn(Opcodes.LCONST_0 + (int) v);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  /**
   * fconst_0 is +0.0 only, so -0.0 goes through ldc. A NaN is built from its int bits with
   * intBitsToFloat, the documented way to get an exact (even signalling) NaN payload.
   */
  private static void pushFloatBits(MethodVisitor mv, int bits) {
    float v = Float.intBitsToFloat(bits);
    if (v != v) {
      pushInt(mv, bits);
      invoke(mv, "java/lang/Float", "intBitsToFloat", "(I)F");
    } else if (bits == Float.floatToRawIntBits(0f)) {
      mv.visitInsn(Opcodes.FCONST_0);
    } else if (bits == Float.floatToRawIntBits(1f)) {
      mv.visitInsn(Opcodes.FCONST_1);
    } else if (bits == Float.floatToRawIntBits(2f)) {
      mv.visitInsn(Opcodes.FCONST_2);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  private static void pushDoubleBits(MethodVisitor mv, long bits) {
    double v = Double.longBitsToDouble(bits);
    if (v != v) {
      mv.visitLdcInsn(bits);
      invoke(mv, "java/lang/Double", "longBitsToDouble", "(J)D");
    } else if (bits == Double.doubleToRawLongBits(0d)) {
      mv.visitInsn(Opcodes.DCONST_0);
    } else if (bits == Double.doubleToRawLongBits(1d)) {
      mv.visitInsn(Opcodes.DCONST_1);
    } else {
      mv.visitLdcInsn(v);
    }
  }

  // ------------------------------------------------------------------------------ small shapes

  private static void invoke(MethodVisitor mv, String owner, String name, String descriptor) {
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, descriptor, false);
  }

  private static void longShift(MethodVisitor mv, int shiftOpcode) {
    mv.visitInsn(Opcodes.L2I);
    mv.visitInsn(shiftOpcode);
  }

  /** Long.numberOfLeadingZeros and friends return int; wasm wants an i64. */
  private static void longCount(MethodVisitor mv, String method) {
    invoke(mv, "java/lang/Long", method, "(J)I");
    mv.visitInsn(Opcodes.I2L);
  }

  /** i64.extend8_s / extend16_s: narrow the low bits with sign, then widen back with sign. */
  private static void narrowLong(MethodVisitor mv, int narrowOpcode) {
    mv.visitInsn(Opcodes.L2I);
    mv.visitInsn(narrowOpcode);
    mv.visitInsn(Opcodes.I2L);
  }

  private static char jvmType(ValType t) {
    return switch (t) {
      case I32 -> 'I';
      case I64 -> 'J';
      case F32 -> 'F';
      case F64 -> 'D';
      case FUNCREF, EXTERNREF ->
          throw new IllegalArgumentException("not a numeric type: " + t.wasmName());
    };
  }

  // ------------------------------------------------------------------------------ signatures

  private static Map<OpCode, Signature> buildSignatures() {
    Map<OpCode, Signature> m = new EnumMap<>(OpCode.class);
    put(m, List.of(), I32, OpCode.I32_CONST);
    put(m, List.of(), I64, OpCode.I64_CONST);
    put(m, List.of(), F32, OpCode.F32_CONST);
    put(m, List.of(), F64, OpCode.F64_CONST);

    put(m, List.of(I32), I32, OpCode.I32_EQZ, OpCode.I32_CLZ, OpCode.I32_CTZ, OpCode.I32_POPCNT);
    put(m, List.of(I32), I32, OpCode.I32_EXTEND_8_S, OpCode.I32_EXTEND_16_S);
    put(
        m,
        List.of(I32, I32),
        I32,
        OpCode.I32_EQ,
        OpCode.I32_NE,
        OpCode.I32_LT_S,
        OpCode.I32_LT_U,
        OpCode.I32_GT_S,
        OpCode.I32_GT_U,
        OpCode.I32_LE_S,
        OpCode.I32_LE_U,
        OpCode.I32_GE_S,
        OpCode.I32_GE_U,
        OpCode.I32_ADD,
        OpCode.I32_SUB,
        OpCode.I32_MUL,
        OpCode.I32_DIV_S,
        OpCode.I32_DIV_U,
        OpCode.I32_REM_S,
        OpCode.I32_REM_U,
        OpCode.I32_AND,
        OpCode.I32_OR,
        OpCode.I32_XOR,
        OpCode.I32_SHL,
        OpCode.I32_SHR_S,
        OpCode.I32_SHR_U,
        OpCode.I32_ROTL,
        OpCode.I32_ROTR);

    put(m, List.of(I64), I32, OpCode.I64_EQZ);
    put(m, List.of(I64), I64, OpCode.I64_CLZ, OpCode.I64_CTZ, OpCode.I64_POPCNT);
    put(
        m,
        List.of(I64),
        I64,
        OpCode.I64_EXTEND_8_S,
        OpCode.I64_EXTEND_16_S,
        OpCode.I64_EXTEND_32_S);
    put(
        m,
        List.of(I64, I64),
        I32,
        OpCode.I64_EQ,
        OpCode.I64_NE,
        OpCode.I64_LT_S,
        OpCode.I64_LT_U,
        OpCode.I64_GT_S,
        OpCode.I64_GT_U,
        OpCode.I64_LE_S,
        OpCode.I64_LE_U,
        OpCode.I64_GE_S,
        OpCode.I64_GE_U);
    put(
        m,
        List.of(I64, I64),
        I64,
        OpCode.I64_ADD,
        OpCode.I64_SUB,
        OpCode.I64_MUL,
        OpCode.I64_DIV_S,
        OpCode.I64_DIV_U,
        OpCode.I64_REM_S,
        OpCode.I64_REM_U,
        OpCode.I64_AND,
        OpCode.I64_OR,
        OpCode.I64_XOR,
        OpCode.I64_SHL,
        OpCode.I64_SHR_S,
        OpCode.I64_SHR_U,
        OpCode.I64_ROTL,
        OpCode.I64_ROTR);

    put(
        m,
        List.of(F32, F32),
        I32,
        OpCode.F32_EQ,
        OpCode.F32_NE,
        OpCode.F32_LT,
        OpCode.F32_GT,
        OpCode.F32_LE,
        OpCode.F32_GE);
    put(
        m,
        List.of(F32),
        F32,
        OpCode.F32_ABS,
        OpCode.F32_NEG,
        OpCode.F32_CEIL,
        OpCode.F32_FLOOR,
        OpCode.F32_TRUNC,
        OpCode.F32_NEAREST,
        OpCode.F32_SQRT);
    put(
        m,
        List.of(F32, F32),
        F32,
        OpCode.F32_ADD,
        OpCode.F32_SUB,
        OpCode.F32_MUL,
        OpCode.F32_DIV,
        OpCode.F32_MIN,
        OpCode.F32_MAX,
        OpCode.F32_COPYSIGN);

    put(
        m,
        List.of(F64, F64),
        I32,
        OpCode.F64_EQ,
        OpCode.F64_NE,
        OpCode.F64_LT,
        OpCode.F64_GT,
        OpCode.F64_LE,
        OpCode.F64_GE);
    put(
        m,
        List.of(F64),
        F64,
        OpCode.F64_ABS,
        OpCode.F64_NEG,
        OpCode.F64_CEIL,
        OpCode.F64_FLOOR,
        OpCode.F64_TRUNC,
        OpCode.F64_NEAREST,
        OpCode.F64_SQRT);
    put(
        m,
        List.of(F64, F64),
        F64,
        OpCode.F64_ADD,
        OpCode.F64_SUB,
        OpCode.F64_MUL,
        OpCode.F64_DIV,
        OpCode.F64_MIN,
        OpCode.F64_MAX,
        OpCode.F64_COPYSIGN);

    // Conversions, grouped by (operand type -> result type).
    put(m, List.of(I64), I32, OpCode.I32_WRAP_I64);
    put(
        m,
        List.of(F32),
        I32,
        OpCode.I32_TRUNC_F32_S,
        OpCode.I32_TRUNC_F32_U,
        OpCode.I32_TRUNC_SAT_F32_S,
        OpCode.I32_TRUNC_SAT_F32_U,
        OpCode.I32_REINTERPRET_F32);
    put(
        m,
        List.of(F64),
        I32,
        OpCode.I32_TRUNC_F64_S,
        OpCode.I32_TRUNC_F64_U,
        OpCode.I32_TRUNC_SAT_F64_S,
        OpCode.I32_TRUNC_SAT_F64_U);
    put(m, List.of(I32), I64, OpCode.I64_EXTEND_I32_S, OpCode.I64_EXTEND_I32_U);
    put(
        m,
        List.of(F32),
        I64,
        OpCode.I64_TRUNC_F32_S,
        OpCode.I64_TRUNC_F32_U,
        OpCode.I64_TRUNC_SAT_F32_S,
        OpCode.I64_TRUNC_SAT_F32_U);
    put(
        m,
        List.of(F64),
        I64,
        OpCode.I64_TRUNC_F64_S,
        OpCode.I64_TRUNC_F64_U,
        OpCode.I64_TRUNC_SAT_F64_S,
        OpCode.I64_TRUNC_SAT_F64_U,
        OpCode.I64_REINTERPRET_F64);
    put(
        m,
        List.of(I32),
        F32,
        OpCode.F32_CONVERT_I32_S,
        OpCode.F32_CONVERT_I32_U,
        OpCode.F32_REINTERPRET_I32);
    put(m, List.of(I64), F32, OpCode.F32_CONVERT_I64_S, OpCode.F32_CONVERT_I64_U);
    put(m, List.of(F64), F32, OpCode.F32_DEMOTE_F64);
    put(m, List.of(I32), F64, OpCode.F64_CONVERT_I32_S, OpCode.F64_CONVERT_I32_U);
    put(
        m,
        List.of(I64),
        F64,
        OpCode.F64_CONVERT_I64_S,
        OpCode.F64_CONVERT_I64_U,
        OpCode.F64_REINTERPRET_I64);
    put(m, List.of(F32), F64, OpCode.F64_PROMOTE_F32);
    return m;
  }

  private static void put(
      Map<OpCode, Signature> m, List<ValType> params, ValType result, OpCode... ops) {
    Signature sig = new Signature(params, result);
    for (OpCode op : ops) {
      if (m.put(op, sig) != null) {
        throw new IllegalStateException("numeric signature listed twice: " + op);
      }
    }
  }
}
