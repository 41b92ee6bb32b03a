package io.github.dylink4j.compiler.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.compiler.translate.NumericInstructions.Signature;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.internal.NumericOps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.CodeSizeEvaluator;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Runs the bytecode {@link NumericInstructions#emit} produces for every numeric opcode: each opcode
 * gets a tiny generated class whose static method loads its parameters, applies {@code emit} and
 * returns the result. The class is verified (ASM's {@link CheckClassAdapter} and the JVM verifier)
 * and its results are compared with assertions of the official Wasm spec tests. Each row names the
 * {@code .wast} file and line its operands and expected result come from (in
 * /work/shared/testsuite, not copied into this repository).
 *
 * <p>Floats cross the boundary of the generated method as raw bits so NaN payloads are compared
 * exactly.
 */
class NumericInstructionsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("specCases")
  void emittedCodeAgreesWithSpecTests(Case c) throws Throwable {
    OpCode op = opCode(c.op());
    Signature sig = NumericInstructions.signature(op);
    assertNotNull(sig, c.op());
    assertEquals(sig.params(), c.args().stream().map(Val::type).toList(), "operand types");
    MethodHandle h = compiled(new Instruction(0, op, Instruction.EMPTY_OPERANDS));
    Object[] argv = c.args().stream().map(Val::rawBits).toArray();
    if (c.expect() instanceof Trap t) {
      WasmTrap trap = assertThrows(WasmTrap.class, () -> h.invokeWithArguments(argv));
      assertEquals(t.message(), trap.getMessage());
      return;
    }
    Val got = Val.ofRawBits(sig.result(), h.invokeWithArguments(argv));
    if (c.expect() instanceof Returns r) {
      assertEquals(r.value(), got);
    } else if (c.expect() instanceof CanonicalNan) {
      assertTrue(got.isCanonicalNan(), "expected the canonical NaN, got " + got);
    } else if (c.expect() instanceof ArithmeticNan) {
      assertTrue(got.isArithmeticNan(), "expected a quiet NaN, got " + got);
    } else {
      fail("row without an expectation: " + c);
    }
  }

  /** A constant must come out with exactly its bits: signalling NaNs and -0.0 included. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void constantsKeepTheirExactBits(Constant k) throws Throwable {
    MethodHandle h = compiled(new Instruction(0, k.op(), new long[] {k.operand()}));
    Val got = Val.ofRawBits(NumericInstructions.signature(k.op()).result(), h.invoke());
    assertEquals(k.expected(), got);
  }

  /**
   * The const operands are decoded by Chicory, so check emit against what its parser really
   * produces: float_literals.wast:9/109 (f32 nan:0x200000 = 0x7fa00000), :48/141 (f64
   * nan:0x4000000000000, negated here), int_literals.wast:6/41 and :18/53 (i32/i64 smin).
   */
  @Test
  void constantsDecodedByChicoryKeepTheirBits() throws Throwable {
    byte[] wasm = constantsModule();
    WasmModule module = Parser.parse(wasm);
    long[] expected = {0x8000_0000L, Long.MIN_VALUE, 0x7fa0_0000L, 0xfff4_0000_0000_0000L};
    for (int f = 0; f < expected.length; f++) {
      Instruction ins = module.codeSection().getFunctionBody(f).instructions().get(0);
      Val got =
          Val.ofRawBits(
              NumericInstructions.signature(ins.opcode()).result(), compiled(ins).invoke());
      assertEquals(expected[f], got.bits(), ins.toString());
    }
  }

  /** The comparison rows again, through the fused compare-and-jump form, in both polarities. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisonCases")
  void compareAndJumpAgreesWithSpecTests(Case c) throws Throwable {
    OpCode op = opCode(c.op());
    Object[] argv = c.args().stream().map(Val::rawBits).toArray();
    int expected = (int) ((Returns) c.expect()).value().bits();
    assertEquals(
        expected, (int) compiledAsJump(op, true).invokeWithArguments(argv), "jump if true");
    assertEquals(
        1 - expected, (int) compiledAsJump(op, false).invokeWithArguments(argv), "jump if false");
  }

  static Stream<Case> comparisonCases() {
    return specCases().filter(c -> isComparison(opCode(c.op())));
  }

  private static boolean isComparison(OpCode op) {
    return op.name().matches("(I32|I64|F32|F64)_(EQZ|EQ|NE|LT|GT|LE|GE)(_[SU])?");
  }

  @Test
  void compareAndJumpHandlesExactlyTheComparisons() {
    int comparisons = 0;
    for (OpCode op : NumericInstructions.signatures().keySet()) {
      if (isComparison(op)) {
        comparisons++;
        assertTrue(comparisonCases().anyMatch(c -> opCode(c.op()) == op), "no spec row for " + op);
      } else {
        MethodVisitor mustStayUntouched =
            new MethodVisitor(Opcodes.ASM9) {
              @Override
              public void visitInsn(int opcode) {
                fail("emitted code for " + op);
              }

              @Override
              public void visitMethodInsn(
                  int opcode, String owner, String name, String descriptor, boolean isInterface) {
                fail("emitted code for " + op);
              }
            };
        assertEquals(
            false,
            NumericInstructions.emitCompareAndJump(op, true, new Label(), mustStayUntouched),
            op.name());
      }
    }
    assertEquals(2 + 2 * 10 + 2 * 6, comparisons); // eqz x2, ten int and six float comparisons each
  }

  @Test
  void signatureIsDefinedForExactlyTheNumericOpcodes() {
    for (OpCode op : OpCode.values()) {
      String n = op.name();
      boolean numeric = n.matches("(I32|I64|F32|F64)_.*") && !n.matches(".*_(LOAD|STORE|ATOMIC).*");
      if (numeric) {
        assertNotNull(NumericInstructions.signature(op), n);
      } else {
        assertNull(NumericInstructions.signature(op), n);
      }
    }
    // Spot checks of the typing rules (Wasm spec, section "Numeric Instructions").
    assertEquals(sig(List.of(), ValType.F32), NumericInstructions.signature(OpCode.F32_CONST));
    assertEquals(
        sig(List.of(ValType.I64, ValType.I64), ValType.I32),
        NumericInstructions.signature(OpCode.I64_LT_U));
    assertEquals(
        sig(List.of(ValType.I64, ValType.I64), ValType.I64),
        NumericInstructions.signature(OpCode.I64_SHL));
    assertEquals(
        sig(List.of(ValType.I64), ValType.I32), NumericInstructions.signature(OpCode.I64_EQZ));
    assertEquals(
        sig(List.of(ValType.F64), ValType.I64),
        NumericInstructions.signature(OpCode.I64_TRUNC_SAT_F64_U));
    assertEquals(
        sig(List.of(ValType.F32), ValType.F64),
        NumericInstructions.signature(OpCode.F64_PROMOTE_F32));
  }

  @Test
  void everyNumericOpcodeIsRunAgainstTheSpec() {
    Set<OpCode> run = EnumSet.noneOf(OpCode.class);
    specCases().forEach(c -> run.add(opCode(c.op())));
    constants().forEach(k -> run.add(k.op()));
    assertEquals(NumericInstructions.signatures().keySet(), run);
  }

  @Test
  void rejectsNonNumericInstructions() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NumericInstructions.emit(
                    new Instruction(17, OpCode.I32_LOAD, new long[] {2, 0}),
                    new MethodVisitor(Opcodes.ASM9) {}));
    assertTrue(e.getMessage().contains("I32_LOAD"), e.getMessage());
    assertTrue(e.getMessage().contains("17"), e.getMessage());
  }

  /**
   * HotSpot inlines a callee of at most MaxInlineSize = 35 bytecode bytes even at a cold call site;
   * generated code relies on that for every NumericOps helper.
   */
  @Test
  void numericOpsHelpersAreSmallEnoughToAlwaysInline() throws IOException {
    List<String> tooBig = new ArrayList<>();
    try (InputStream in = NumericOps.class.getResourceAsStream("NumericOps.class")) {
      new ClassReader(in)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String desc, String signature, String[] exceptions) {
                  if ((access & Opcodes.ACC_PUBLIC) == 0 || name.startsWith("<")) {
                    return null;
                  }
                  return new CodeSizeEvaluator(null) {
                    @Override
                    public void visitEnd() {
                      if (getMinSize() > 35) {
                        tooBig.add(name + desc + " = " + getMinSize() + " bytes");
                      }
                    }
                  };
                }
              },
              0);
    }
    assertEquals(List.of(), tooBig);
  }

  @Test
  void helperNamesAreTheCamelCaseInstructionNames() {
    assertEquals("i32TruncSatF32U", NumericInstructions.helperName(OpCode.I32_TRUNC_SAT_F32_U));
    assertEquals("f64Copysign", NumericInstructions.helperName(OpCode.F64_COPYSIGN));
  }

  // ------------------------------------------------------------------ generated test methods

  private static final Map<String, MethodHandle> COMPILED = new ConcurrentHashMap<>();

  private static Signature sig(List<ValType> params, ValType result) {
    return new Signature(params, result);
  }

  /** {@code i32.extend8_s} -> {@code I32_EXTEND_8_S}, {@code f32.convert_i64_u} -> ... */
  static OpCode opCode(String wasmName) {
    String n = wasmName.toUpperCase(Locale.ROOT).replace('.', '_');
    return OpCode.valueOf(n.replaceAll("EXTEND(8|16|32)_S", "EXTEND_$1_S"));
  }

  /**
   * A static method that takes the operands as raw bits (int for i32/f32, long for i64/f64), turns
   * them into wasm values, runs {@code emit(ins)} and returns the result as raw bits.
   */
  private static MethodHandle compiled(Instruction ins) {
    String key = ins.opcode() + Arrays.toString(ins.operands());
    Signature sig = NumericInstructions.signature(ins.opcode());
    return COMPILED.computeIfAbsent(
        key, k -> define("Numeric_" + ins.opcode(), sig, mv -> NumericInstructions.emit(ins, mv)));
  }

  /** Like {@link #compiled}, but the comparison's 0/1 comes from emitCompareAndJump. */
  private static MethodHandle compiledAsJump(OpCode op, boolean jumpWhen) {
    Signature sig = NumericInstructions.signature(op);
    return COMPILED.computeIfAbsent(
        "jump " + op + " " + jumpWhen,
        k ->
            define(
                "Jump_" + op + "_" + jumpWhen,
                sig,
                mv -> {
                  Label taken = new Label();
                  Label done = new Label();
                  assertTrue(NumericInstructions.emitCompareAndJump(op, jumpWhen, taken, mv));
                  mv.visitInsn(Opcodes.ICONST_0);
                  mv.visitJumpInsn(Opcodes.GOTO, done);
                  mv.visitLabel(taken);
                  mv.visitInsn(Opcodes.ICONST_1);
                  mv.visitLabel(done);
                }));
  }

  private static MethodHandle define(String name, Signature sig, Consumer<MethodVisitor> body) {
    String className = "io/github/dylink4j/generated/" + name;
    StringBuilder desc = new StringBuilder("(");
    sig.params().forEach(t -> desc.append(rawDescriptor(t)));
    desc.append(')').append(rawDescriptor(sig.result()));

    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, className, null, "java/lang/Object", null);
    MethodVisitor mv =
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", desc.toString(), null, null);
    mv.visitCode();
    int slot = 0;
    for (ValType t : sig.params()) {
      boolean wide = t == ValType.I64 || t == ValType.F64;
      mv.visitVarInsn(wide ? Opcodes.LLOAD : Opcodes.ILOAD, slot);
      slot += wide ? 2 : 1;
      if (t == ValType.F32) {
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
      } else if (t == ValType.F64) {
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
      }
    }
    body.accept(mv);
    switch (sig.result()) {
      case F32 ->
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
      case F64 ->
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
      default -> {}
    }
    boolean wideResult = sig.result() == ValType.I64 || sig.result() == ValType.F64;
    mv.visitInsn(wideResult ? Opcodes.LRETURN : Opcodes.IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    byte[] bytes = cw.toByteArray();

    StringWriter problems = new StringWriter();
    CheckClassAdapter.verify(
        new ClassReader(bytes),
        NumericInstructionsTest.class.getClassLoader(),
        false,
        new PrintWriter(problems));
    assertEquals("", problems.toString(), "ASM verifier on " + name);

    try {
      Class<?> c = new OneClassLoader().define(className.replace('/', '.'), bytes);
      MethodType type =
          MethodType.fromMethodDescriptorString(
              desc.toString(), NumericInstructionsTest.class.getClassLoader());
      return MethodHandles.publicLookup().findStatic(c, "run", type);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("generated class " + name + " does not load", e);
    }
  }

  private static char rawDescriptor(ValType t) {
    return switch (t) {
      case I32, F32 -> 'I';
      case I64, F64 -> 'J';
      default -> throw new IllegalArgumentException(t.toString());
    };
  }

  /** A throwaway loader per generated class; the JVM verifies what it defines. */
  private static final class OneClassLoader extends ClassLoader {
    OneClassLoader() {
      super(NumericInstructionsTest.class.getClassLoader());
    }

    Class<?> define(String name, byte[] bytes) {
      Class<?> c = defineClass(name, bytes, 0, bytes.length);
      resolveClass(c);
      return c;
    }
  }

  /**
   * A module with four functions, each only a constant: i32.const -0x80000000, i64.const
   * -0x8000000000000000, f32.const nan:0x200000, f64.const -nan:0x4000000000000.
   */
  private static byte[] constantsModule() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    // type section: ()->i32, ()->i64, ()->f32, ()->f64
    section(out, 1, 4, 0x60, 0, 1, 0x7f, 0x60, 0, 1, 0x7e, 0x60, 0, 1, 0x7d, 0x60, 0, 1, 0x7c);
    section(out, 3, 4, 0, 1, 2, 3); // function section: function i has type i
    section(
        out,
        10,
        4,
        // body size, no locals, i32.const (signed LEB128 of -2^31), end
        8,
        0,
        0x41,
        0x80,
        0x80,
        0x80,
        0x80,
        0x78,
        0x0b,
        // i64.const, signed LEB128 of -2^63
        13,
        0,
        0x42,
        0x80,
        0x80,
        0x80,
        0x80,
        0x80,
        0x80,
        0x80,
        0x80,
        0x80,
        0x7f,
        0x0b,
        // f32.const, little-endian bits 0x7fa00000
        7,
        0,
        0x43,
        0x00,
        0x00,
        0xa0,
        0x7f,
        0x0b,
        // f64.const, little-endian bits 0xfff4000000000000
        11,
        0,
        0x44,
        0,
        0,
        0,
        0,
        0,
        0,
        0xf4,
        0xff,
        0x0b);
    return out.toByteArray();
  }

  private static void section(ByteArrayOutputStream out, int id, int... content) {
    out.write(id);
    out.write(content.length); // every section here is shorter than 128 bytes
    for (int b : content) {
      out.write(b);
    }
  }

  // ------------------------------------------------------------------ the row language

  /** A wasm value: its type and raw bits (i32/f32 bits zero-extended). */
  record Val(ValType type, long bits) {
    /** What the generated method takes: int bits for i32/f32, long bits for i64/f64. */
    Object rawBits() {
      return type == ValType.I32 || type == ValType.F32 ? (Object) (int) bits : (Object) bits;
    }

    static Val ofRawBits(ValType type, Object raw) {
      return raw instanceof Integer i ? new Val(type, i & 0xffff_ffffL) : new Val(type, (Long) raw);
    }

    boolean isCanonicalNan() {
      return type == ValType.F32
          ? (bits & 0x7fff_ffffL) == 0x7fc0_0000L
          : (bits & Long.MAX_VALUE) == 0x7ff8_0000_0000_0000L;
    }

    /** A NaN with the quiet bit set (any payload, any sign). */
    boolean isArithmeticNan() {
      return type == ValType.F32
          ? (bits & 0x7fc0_0000L) == 0x7fc0_0000L
          : (bits & 0x7ff8_0000_0000_0000L) == 0x7ff8_0000_0000_0000L;
    }

    @Override
    public String toString() {
      return type.wasmName() + ":0x" + Long.toHexString(bits);
    }
  }

  static Val i32(int v) {
    return new Val(ValType.I32, v & 0xffff_ffffL);
  }

  static Val i64(long v) {
    return new Val(ValType.I64, v);
  }

  static Val f32(float v) {
    return f32Bits(Float.floatToRawIntBits(v));
  }

  static Val f32Bits(int bits) {
    return new Val(ValType.F32, bits & 0xffff_ffffL);
  }

  static Val f64(double v) {
    return f64Bits(Double.doubleToRawLongBits(v));
  }

  static Val f64Bits(long bits) {
    return new Val(ValType.F64, bits);
  }

  sealed interface Expect permits Returns, CanonicalNan, ArithmeticNan, Trap {}

  record Returns(Val value) implements Expect {}

  record CanonicalNan() implements Expect {}

  record ArithmeticNan() implements Expect {}

  record Trap(String message) implements Expect {}

  /** One spec assertion: where it is, the instruction, its operands and what must happen. */
  record Case(String source, String op, List<Val> args, Expect expect) {
    Case returns(Val v) {
      return new Case(source, op, args, new Returns(v));
    }

    Case returnsCanonicalNan() {
      return new Case(source, op, args, new CanonicalNan());
    }

    Case returnsArithmeticNan() {
      return new Case(source, op, args, new ArithmeticNan());
    }

    Case traps(String message) {
      return new Case(source, op, args, new Trap(message));
    }

    @Override
    public String toString() {
      return source + " " + op + " " + args;
    }
  }

  static Case c(String source, String op, Val... args) {
    return new Case(source, op, List.of(args), null);
  }

  /**
   * A const instruction with its operand encoded as Chicory does (f32: int bits, sign-extended).
   */
  record Constant(String source, OpCode op, long operand) {
    Val expected() {
      ValType t = NumericInstructions.signature(op).result();
      boolean narrow = t == ValType.I32 || t == ValType.F32;
      return new Val(t, narrow ? operand & 0xffff_ffffL : operand);
    }

    @Override
    public String toString() {
      return source + " " + op + " 0x" + Long.toHexString(operand);
    }
  }

  static Constant i32Const(String source, int v) {
    return new Constant(source, OpCode.I32_CONST, v);
  }

  static Constant i64Const(String source, long v) {
    return new Constant(source, OpCode.I64_CONST, v);
  }

  static Constant f32Const(String source, int bits) {
    return new Constant(source, OpCode.F32_CONST, bits);
  }

  static Constant f64Const(String source, long bits) {
    return new Constant(source, OpCode.F64_CONST, bits);
  }

  // ------------------------------------------------------------------ the rows

  /**
   * int_literals.wast and float_literals.wast (lines: the function / its assertion), plus values at
   * the edges of each push instruction the emitter picks (iconst/bipush/sipush/ldc, fconst_0/1/2),
   * whose expected result is the operand itself.
   */
  static Stream<Constant> constants() {
    return Stream.of(
        i32Const("int_literals.wast:2/37", 0x0bAdD00D),
        i32Const("int_literals.wast:3/38", -1),
        i32Const("int_literals.wast:4/39", 0x7fffffff),
        i32Const("int_literals.wast:6/41", 0x80000000),
        i32Const("int_literals.wast:9/44", 0),
        i32Const("int_literals.wast:10/45", 10),
        i32Const("int_literals.wast:12/47", 42),
        i32Const("iconst_5", 5),
        i32Const("bipush", -128),
        i32Const("bipush", 127),
        i32Const("sipush", 128),
        i32Const("sipush", -129),
        i32Const("sipush", 32767),
        i32Const("ldc", 32768),
        i32Const("ldc", -32769),
        i64Const("int_literals.wast:14/49", 0x0CABBA6E0ba66a6eL),
        i64Const("int_literals.wast:15/50", -1L),
        i64Const("int_literals.wast:16/51", Long.MAX_VALUE),
        i64Const("int_literals.wast:18/53", Long.MIN_VALUE),
        i64Const("int_literals.wast:21/56", 0L),
        i64Const("lconst_1", 1L),
        f32Const("float_literals.wast:5/105", 0x7fc00000),
        f32Const("float_literals.wast:7/107", 0xffc00000),
        f32Const("float_literals.wast:9/109", 0x7fa00000),
        f32Const("float_literals.wast:10/110", 0xffffffff),
        f32Const("float_literals.wast:11/111", 0x7f812345),
        f32Const("float_literals.wast:13/113", 0xffaabcde),
        f32Const("float_literals.wast:14/114", 0x7f800000),
        f32Const("float_literals.wast:16/116", 0xff800000),
        f32Const("float_literals.wast:19/117", 0),
        f32Const("float_literals.wast:21/119", 0x80000000),
        f32Const("float_literals.wast:22/120", 0x40c90fdb),
        f32Const("float_literals.wast:23/121", 1),
        f32Const("float_literals.wast:25/124", 0x7f7fffff),
        f32Const("float_literals.wast:41/135", 0x3f800001),
        f32Const("fconst_1", 0x3f800000),
        f32Const("fconst_2", 0x40000000),
        f64Const("float_literals.wast:44/137", 0x7ff8000000000000L),
        f64Const("float_literals.wast:46/139", 0xfff8000000000000L),
        f64Const("float_literals.wast:48/141", 0x7ff4000000000000L),
        f64Const("float_literals.wast:49/142", 0xffffffffffffffffL),
        f64Const("float_literals.wast:50/143", 0x7ff0123456789abcL),
        f64Const("float_literals.wast:52/145", 0xfff2abcdef012345L),
        f64Const("float_literals.wast:55/148", 0xfff0000000000000L),
        f64Const("float_literals.wast:58/149", 0L),
        f64Const("float_literals.wast:60/151", 0x8000000000000000L),
        f64Const("float_literals.wast:61/152", 0x401921fb54442d18L),
        f64Const("float_literals.wast:62/153", 1L),
        f64Const("float_literals.wast:65/156", 0x7fefffffffffffffL),
        f64Const("dconst_1", 0x3ff0000000000000L));
  }

  static Stream<Case> specCases() {
    return Stream.of(
        c("i32.wast:37", "i32.add", i32(1), i32(1)).returns(i32(2)),
        c("i32.wast:38", "i32.add", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:39", "i32.add", i32(-1), i32(-1)).returns(i32(-2)),
        c("i32.wast:40", "i32.add", i32(-1), i32(1)).returns(i32(0)),
        c("i32.wast:41", "i32.add", i32(0x7fffffff), i32(1)).returns(i32(0x80000000)),
        c("i32.wast:42", "i32.add", i32(0x80000000), i32(-1)).returns(i32(0x7fffffff)),
        c("i32.wast:43", "i32.add", i32(0x80000000), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:44", "i32.add", i32(0x3fffffff), i32(1)).returns(i32(0x40000000)),
        c("i32.wast:46", "i32.sub", i32(1), i32(1)).returns(i32(0)),
        c("i32.wast:47", "i32.sub", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:48", "i32.sub", i32(-1), i32(-1)).returns(i32(0)),
        c("i32.wast:49", "i32.sub", i32(0x7fffffff), i32(-1)).returns(i32(0x80000000)),
        c("i32.wast:50", "i32.sub", i32(0x80000000), i32(1)).returns(i32(0x7fffffff)),
        c("i32.wast:51", "i32.sub", i32(0x80000000), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:52", "i32.sub", i32(0x3fffffff), i32(-1)).returns(i32(0x40000000)),
        c("i32.wast:54", "i32.mul", i32(1), i32(1)).returns(i32(1)),
        c("i32.wast:55", "i32.mul", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:56", "i32.mul", i32(-1), i32(-1)).returns(i32(1)),
        c("i32.wast:57", "i32.mul", i32(0x10000000), i32(4096)).returns(i32(0)),
        c("i32.wast:59", "i32.mul", i32(0x80000000), i32(-1)).returns(i32(0x80000000)),
        c("i32.wast:60", "i32.mul", i32(0x7fffffff), i32(-1)).returns(i32(0x80000001)),
        c("i32.wast:61", "i32.mul", i32(0x01234567), i32(0x76543210)).returns(i32(0x358e7470)),
        c("i32.wast:62", "i32.mul", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:64", "i32.div_s", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:67", "i32.div_s", i32(0x80000000), i32(0)).traps("integer divide by zero"),
        c("i32.wast:83", "i32.div_s", i32(17), i32(7)).returns(i32(2)),
        c("i32.wast:85", "i32.div_u", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:86", "i32.div_u", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:100", "i32.div_u", i32(17), i32(7)).returns(i32(2)),
        c("i32.wast:102", "i32.rem_s", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:103", "i32.rem_s", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:121", "i32.rem_s", i32(17), i32(7)).returns(i32(3)),
        c("i32.wast:123", "i32.rem_u", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:124", "i32.rem_u", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:138", "i32.rem_u", i32(17), i32(7)).returns(i32(3)),
        c("i32.wast:140", "i32.and", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:141", "i32.and", i32(0), i32(1)).returns(i32(0)),
        c("i32.wast:142", "i32.and", i32(1), i32(1)).returns(i32(1)),
        c("i32.wast:143", "i32.and", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:144", "i32.and", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:145", "i32.and", i32(0x7fffffff), i32(-1)).returns(i32(0x7fffffff)),
        c("i32.wast:146", "i32.and", i32(0xf0f0ffff), i32(-3856)).returns(i32(0xf0f0f0f0)),
        c("i32.wast:147", "i32.and", i32(-1), i32(-1)).returns(i32(-1)),
        c("i32.wast:149", "i32.or", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:150", "i32.or", i32(0), i32(1)).returns(i32(1)),
        c("i32.wast:151", "i32.or", i32(1), i32(1)).returns(i32(1)),
        c("i32.wast:152", "i32.or", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:153", "i32.or", i32(0x7fffffff), i32(0x80000000)).returns(i32(-1)),
        c("i32.wast:154", "i32.or", i32(0x80000000), i32(0)).returns(i32(0x80000000)),
        c("i32.wast:155", "i32.or", i32(0xf0f0ffff), i32(-3856)).returns(i32(-1)),
        c("i32.wast:156", "i32.or", i32(-1), i32(-1)).returns(i32(-1)),
        c("i32.wast:158", "i32.xor", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:159", "i32.xor", i32(0), i32(1)).returns(i32(1)),
        c("i32.wast:161", "i32.xor", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:162", "i32.xor", i32(0x7fffffff), i32(0x80000000)).returns(i32(-1)),
        c("i32.wast:163", "i32.xor", i32(0x80000000), i32(0)).returns(i32(0x80000000)),
        c("i32.wast:164", "i32.xor", i32(-1), i32(0x80000000)).returns(i32(0x7fffffff)),
        c("i32.wast:166", "i32.xor", i32(0xf0f0ffff), i32(-3856)).returns(i32(0x0f0f0f0f)),
        c("i32.wast:167", "i32.xor", i32(-1), i32(-1)).returns(i32(0)),
        c("i32.wast:169", "i32.shl", i32(1), i32(1)).returns(i32(2)),
        c("i32.wast:170", "i32.shl", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:172", "i32.shl", i32(-1), i32(1)).returns(i32(-2)),
        c("i32.wast:173", "i32.shl", i32(0x80000000), i32(1)).returns(i32(0)),
        c("i32.wast:175", "i32.shl", i32(1), i32(31)).returns(i32(0x80000000)),
        c("i32.wast:176", "i32.shl", i32(1), i32(32)).returns(i32(1)),
        c("i32.wast:178", "i32.shl", i32(1), i32(-1)).returns(i32(0x80000000)),
        c("i32.wast:179", "i32.shl", i32(1), i32(0x7fffffff)).returns(i32(0x80000000)),
        c("i32.wast:181", "i32.shr_s", i32(1), i32(1)).returns(i32(0)),
        c("i32.wast:183", "i32.shr_s", i32(-1), i32(1)).returns(i32(-1)),
        c("i32.wast:186", "i32.shr_s", i32(0x40000000), i32(1)).returns(i32(0x20000000)),
        c("i32.wast:188", "i32.shr_s", i32(1), i32(33)).returns(i32(0)),
        c("i32.wast:190", "i32.shr_s", i32(1), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:192", "i32.shr_s", i32(0x80000000), i32(31)).returns(i32(-1)),
        c("i32.wast:195", "i32.shr_s", i32(-1), i32(-1)).returns(i32(-1)),
        c("i32.wast:197", "i32.shr_s", i32(-1), i32(0x80000000)).returns(i32(-1)),
        c("i32.wast:199", "i32.shr_u", i32(1), i32(1)).returns(i32(0)),
        c("i32.wast:201", "i32.shr_u", i32(-1), i32(1)).returns(i32(0x7fffffff)),
        c("i32.wast:204", "i32.shr_u", i32(0x40000000), i32(1)).returns(i32(0x20000000)),
        c("i32.wast:206", "i32.shr_u", i32(1), i32(33)).returns(i32(0)),
        c("i32.wast:208", "i32.shr_u", i32(1), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:210", "i32.shr_u", i32(0x80000000), i32(31)).returns(i32(1)),
        c("i32.wast:213", "i32.shr_u", i32(-1), i32(-1)).returns(i32(1)),
        c("i32.wast:215", "i32.shr_u", i32(-1), i32(0x80000000)).returns(i32(-1)),
        c("i32.wast:217", "i32.rotl", i32(1), i32(1)).returns(i32(2)),
        c("i32.wast:219", "i32.rotl", i32(-1), i32(1)).returns(i32(-1)),
        c("i32.wast:220", "i32.rotl", i32(1), i32(32)).returns(i32(1)),
        c("i32.wast:222", "i32.rotl", i32(0xfe00dc00), i32(4)).returns(i32(0xe00dc00f)),
        c("i32.wast:224", "i32.rotl", i32(32768), i32(37)).returns(i32(0x00100000)),
        c("i32.wast:226", "i32.rotl", i32(0x769abcdf), i32(-19)).returns(i32(0x579beed3)),
        c("i32.wast:227", "i32.rotl", i32(0x769abcdf), i32(0x8000000d)).returns(i32(0x579beed3)),
        c("i32.wast:229", "i32.rotl", i32(0x80000000), i32(1)).returns(i32(1)),
        c("i32.wast:231", "i32.rotr", i32(1), i32(1)).returns(i32(0x80000000)),
        c("i32.wast:233", "i32.rotr", i32(-1), i32(1)).returns(i32(-1)),
        c("i32.wast:234", "i32.rotr", i32(1), i32(32)).returns(i32(1)),
        c("i32.wast:236", "i32.rotr", i32(524288), i32(4)).returns(i32(32768)),
        c("i32.wast:238", "i32.rotr", i32(32768), i32(37)).returns(i32(1024)),
        c("i32.wast:240", "i32.rotr", i32(0x769abcdf), i32(-19)).returns(i32(0xe6fbb4d5)),
        c("i32.wast:241", "i32.rotr", i32(0x769abcdf), i32(0x8000000d)).returns(i32(0xe6fbb4d5)),
        c("i32.wast:243", "i32.rotr", i32(0x80000000), i32(31)).returns(i32(1)),
        c("i32.wast:245", "i32.clz", i32(-1)).returns(i32(0)),
        c("i32.wast:246", "i32.clz", i32(0)).returns(i32(32)),
        c("i32.wast:247", "i32.clz", i32(32768)).returns(i32(16)),
        c("i32.wast:248", "i32.clz", i32(255)).returns(i32(24)),
        c("i32.wast:249", "i32.clz", i32(0x80000000)).returns(i32(0)),
        c("i32.wast:250", "i32.clz", i32(1)).returns(i32(31)),
        c("i32.wast:251", "i32.clz", i32(2)).returns(i32(30)),
        c("i32.wast:252", "i32.clz", i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:254", "i32.ctz", i32(-1)).returns(i32(0)),
        c("i32.wast:255", "i32.ctz", i32(0)).returns(i32(32)),
        c("i32.wast:256", "i32.ctz", i32(32768)).returns(i32(15)),
        c("i32.wast:257", "i32.ctz", i32(65536)).returns(i32(16)),
        c("i32.wast:258", "i32.ctz", i32(0x80000000)).returns(i32(31)),
        c("i32.wast:259", "i32.ctz", i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:261", "i32.popcnt", i32(-1)).returns(i32(32)),
        c("i32.wast:262", "i32.popcnt", i32(0)).returns(i32(0)),
        c("i32.wast:263", "i32.popcnt", i32(32768)).returns(i32(1)),
        c("i32.wast:264", "i32.popcnt", i32(0x80008000)).returns(i32(2)),
        c("i32.wast:265", "i32.popcnt", i32(0x7fffffff)).returns(i32(31)),
        c("i32.wast:266", "i32.popcnt", i32(0xaaaaaaaa)).returns(i32(16)),
        c("i32.wast:267", "i32.popcnt", i32(0x55555555)).returns(i32(16)),
        c("i32.wast:268", "i32.popcnt", i32(0xdeadbeef)).returns(i32(24)),
        c("i32.wast:270", "i32.extend8_s", i32(0)).returns(i32(0)),
        c("i32.wast:271", "i32.extend8_s", i32(127)).returns(i32(127)),
        c("i32.wast:272", "i32.extend8_s", i32(128)).returns(i32(-128)),
        c("i32.wast:273", "i32.extend8_s", i32(255)).returns(i32(-1)),
        c("i32.wast:274", "i32.extend8_s", i32(0x01234500)).returns(i32(0)),
        c("i32.wast:275", "i32.extend8_s", i32(0xfedcba80)).returns(i32(-128)),
        c("i32.wast:276", "i32.extend8_s", i32(-1)).returns(i32(-1)),
        c("i32.wast:278", "i32.extend16_s", i32(0)).returns(i32(0)),
        c("i32.wast:279", "i32.extend16_s", i32(32767)).returns(i32(32767)),
        c("i32.wast:280", "i32.extend16_s", i32(32768)).returns(i32(-32768)),
        c("i32.wast:281", "i32.extend16_s", i32(65535)).returns(i32(-1)),
        c("i32.wast:282", "i32.extend16_s", i32(0x01230000)).returns(i32(0)),
        c("i32.wast:283", "i32.extend16_s", i32(0xfedc8000)).returns(i32(-32768)),
        c("i32.wast:284", "i32.extend16_s", i32(-1)).returns(i32(-1)),
        c("i32.wast:286", "i32.eqz", i32(0)).returns(i32(1)),
        c("i32.wast:288", "i32.eqz", i32(0x80000000)).returns(i32(0)),
        c("i32.wast:290", "i32.eqz", i32(-1)).returns(i32(0)),
        c("i32.wast:292", "i32.eq", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:298", "i32.eq", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:305", "i32.eq", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:307", "i32.ne", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:313", "i32.ne", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:320", "i32.ne", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:322", "i32.lt_s", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:328", "i32.lt_s", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:335", "i32.lt_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:337", "i32.lt_u", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:343", "i32.lt_u", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:350", "i32.lt_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:352", "i32.le_s", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:358", "i32.le_s", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:365", "i32.le_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:367", "i32.le_u", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:373", "i32.le_u", i32(1), i32(0)).returns(i32(0)),
        c("i32.wast:380", "i32.le_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:382", "i32.gt_s", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:388", "i32.gt_s", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:395", "i32.gt_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:397", "i32.gt_u", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:403", "i32.gt_u", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:410", "i32.gt_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:412", "i32.ge_s", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:418", "i32.ge_s", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:425", "i32.ge_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:427", "i32.ge_u", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:433", "i32.ge_u", i32(1), i32(0)).returns(i32(1)),
        c("i32.wast:440", "i32.ge_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i64.wast:38", "i64.add", i64(1), i64(1)).returns(i64(2)),
        c("i64.wast:39", "i64.add", i64(1), i64(0)).returns(i64(1)),
        c("i64.wast:40", "i64.add", i64(-1), i64(-1)).returns(i64(-2)),
        c("i64.wast:41", "i64.add", i64(-1), i64(1)).returns(i64(0)),
        c("i64.wast:42", "i64.add", i64(0x7fffffffffffffffL), i64(1))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:43", "i64.add", i64(0x8000000000000000L), i64(-1))
            .returns(i64(0x7fffffffffffffffL)),
        c("i64.wast:44", "i64.add", i64(0x8000000000000000L), i64(0x8000000000000000L))
            .returns(i64(0)),
        c("i64.wast:45", "i64.add", i64(0x000000003fffffffL), i64(1))
            .returns(i64(0x0000000040000000L)),
        c("i64.wast:47", "i64.sub", i64(1), i64(1)).returns(i64(0)),
        c("i64.wast:48", "i64.sub", i64(1), i64(0)).returns(i64(1)),
        c("i64.wast:49", "i64.sub", i64(-1), i64(-1)).returns(i64(0)),
        c("i64.wast:50", "i64.sub", i64(0x7fffffffffffffffL), i64(-1))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:51", "i64.sub", i64(0x8000000000000000L), i64(1))
            .returns(i64(0x7fffffffffffffffL)),
        c("i64.wast:52", "i64.sub", i64(0x8000000000000000L), i64(0x8000000000000000L))
            .returns(i64(0)),
        c("i64.wast:53", "i64.sub", i64(0x000000003fffffffL), i64(-1))
            .returns(i64(0x0000000040000000L)),
        c("i64.wast:55", "i64.mul", i64(1), i64(1)).returns(i64(1)),
        c("i64.wast:56", "i64.mul", i64(1), i64(0)).returns(i64(0)),
        c("i64.wast:57", "i64.mul", i64(-1), i64(-1)).returns(i64(1)),
        c("i64.wast:58", "i64.mul", i64(0x1000000000000000L), i64(4096)).returns(i64(0)),
        c("i64.wast:60", "i64.mul", i64(0x8000000000000000L), i64(-1))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:61", "i64.mul", i64(0x7fffffffffffffffL), i64(-1))
            .returns(i64(0x8000000000000001L)),
        c("i64.wast:62", "i64.mul", i64(0x0123456789abcdefL), i64(0xfedcba9876543210L))
            .returns(i64(0x2236d88fe5618cf0L)),
        c("i64.wast:63", "i64.mul", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i64(1)),
        c("i64.wast:65", "i64.div_s", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:68", "i64.div_s", i64(0x8000000000000000L), i64(0))
            .traps("integer divide by zero"),
        c("i64.wast:84", "i64.div_s", i64(17), i64(7)).returns(i64(2)),
        c("i64.wast:86", "i64.div_u", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:87", "i64.div_u", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:101", "i64.div_u", i64(17), i64(7)).returns(i64(2)),
        c("i64.wast:103", "i64.rem_s", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:104", "i64.rem_s", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:122", "i64.rem_s", i64(17), i64(7)).returns(i64(3)),
        c("i64.wast:124", "i64.rem_u", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:125", "i64.rem_u", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:139", "i64.rem_u", i64(17), i64(7)).returns(i64(3)),
        c("i64.wast:141", "i64.and", i64(1), i64(0)).returns(i64(0)),
        c("i64.wast:142", "i64.and", i64(0), i64(1)).returns(i64(0)),
        c("i64.wast:143", "i64.and", i64(1), i64(1)).returns(i64(1)),
        c("i64.wast:144", "i64.and", i64(0), i64(0)).returns(i64(0)),
        c("i64.wast:145", "i64.and", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i64(0)),
        c("i64.wast:146", "i64.and", i64(0x7fffffffffffffffL), i64(-1))
            .returns(i64(0x7fffffffffffffffL)),
        c("i64.wast:147", "i64.and", i64(0x00000000f0f0ffffL), i64(0x00000000fffff0f0L))
            .returns(i64(0x00000000f0f0f0f0L)),
        c("i64.wast:148", "i64.and", i64(-1), i64(-1)).returns(i64(-1)),
        c("i64.wast:150", "i64.or", i64(1), i64(0)).returns(i64(1)),
        c("i64.wast:151", "i64.or", i64(0), i64(1)).returns(i64(1)),
        c("i64.wast:152", "i64.or", i64(1), i64(1)).returns(i64(1)),
        c("i64.wast:153", "i64.or", i64(0), i64(0)).returns(i64(0)),
        c("i64.wast:154", "i64.or", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i64(-1)),
        c("i64.wast:155", "i64.or", i64(0x8000000000000000L), i64(0))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:156", "i64.or", i64(0x00000000f0f0ffffL), i64(0x00000000fffff0f0L))
            .returns(i64(0x00000000ffffffffL)),
        c("i64.wast:157", "i64.or", i64(-1), i64(-1)).returns(i64(-1)),
        c("i64.wast:159", "i64.xor", i64(1), i64(0)).returns(i64(1)),
        c("i64.wast:160", "i64.xor", i64(0), i64(1)).returns(i64(1)),
        c("i64.wast:162", "i64.xor", i64(0), i64(0)).returns(i64(0)),
        c("i64.wast:163", "i64.xor", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i64(-1)),
        c("i64.wast:164", "i64.xor", i64(0x8000000000000000L), i64(0))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:165", "i64.xor", i64(-1), i64(0x8000000000000000L))
            .returns(i64(0x7fffffffffffffffL)),
        c("i64.wast:167", "i64.xor", i64(0x00000000f0f0ffffL), i64(0x00000000fffff0f0L))
            .returns(i64(0x000000000f0f0f0fL)),
        c("i64.wast:168", "i64.xor", i64(-1), i64(-1)).returns(i64(0)),
        c("i64.wast:170", "i64.shl", i64(1), i64(1)).returns(i64(2)),
        c("i64.wast:171", "i64.shl", i64(1), i64(0)).returns(i64(1)),
        c("i64.wast:173", "i64.shl", i64(-1), i64(1)).returns(i64(-2)),
        c("i64.wast:174", "i64.shl", i64(0x8000000000000000L), i64(1)).returns(i64(0)),
        c("i64.wast:176", "i64.shl", i64(1), i64(63)).returns(i64(0x8000000000000000L)),
        c("i64.wast:177", "i64.shl", i64(1), i64(64)).returns(i64(1)),
        c("i64.wast:179", "i64.shl", i64(1), i64(-1)).returns(i64(0x8000000000000000L)),
        c("i64.wast:180", "i64.shl", i64(1), i64(0x7fffffffffffffffL))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:182", "i64.shr_s", i64(1), i64(1)).returns(i64(0)),
        c("i64.wast:184", "i64.shr_s", i64(-1), i64(1)).returns(i64(-1)),
        c("i64.wast:187", "i64.shr_s", i64(0x4000000000000000L), i64(1))
            .returns(i64(0x2000000000000000L)),
        c("i64.wast:189", "i64.shr_s", i64(1), i64(65)).returns(i64(0)),
        c("i64.wast:191", "i64.shr_s", i64(1), i64(0x7fffffffffffffffL)).returns(i64(0)),
        c("i64.wast:193", "i64.shr_s", i64(0x8000000000000000L), i64(63)).returns(i64(-1)),
        c("i64.wast:196", "i64.shr_s", i64(-1), i64(-1)).returns(i64(-1)),
        c("i64.wast:198", "i64.shr_s", i64(-1), i64(0x8000000000000000L)).returns(i64(-1)),
        c("i64.wast:200", "i64.shr_u", i64(1), i64(1)).returns(i64(0)),
        c("i64.wast:202", "i64.shr_u", i64(-1), i64(1)).returns(i64(0x7fffffffffffffffL)),
        c("i64.wast:205", "i64.shr_u", i64(0x4000000000000000L), i64(1))
            .returns(i64(0x2000000000000000L)),
        c("i64.wast:207", "i64.shr_u", i64(1), i64(65)).returns(i64(0)),
        c("i64.wast:209", "i64.shr_u", i64(1), i64(0x7fffffffffffffffL)).returns(i64(0)),
        c("i64.wast:211", "i64.shr_u", i64(0x8000000000000000L), i64(63)).returns(i64(1)),
        c("i64.wast:214", "i64.shr_u", i64(-1), i64(-1)).returns(i64(1)),
        c("i64.wast:216", "i64.shr_u", i64(-1), i64(0x8000000000000000L)).returns(i64(-1)),
        c("i64.wast:218", "i64.rotl", i64(1), i64(1)).returns(i64(2)),
        c("i64.wast:220", "i64.rotl", i64(-1), i64(1)).returns(i64(-1)),
        c("i64.wast:221", "i64.rotl", i64(1), i64(64)).returns(i64(1)),
        c("i64.wast:223", "i64.rotl", i64(0xfe000000dc000000L), i64(4))
            .returns(i64(0xe000000dc000000fL)),
        c("i64.wast:225", "i64.rotl", i64(0xabd1234ef567809cL), i64(63))
            .returns(i64(0x55e891a77ab3c04eL)),
        c("i64.wast:227", "i64.rotl", i64(0xabcd7294ef567809L), i64(-19))
            .returns(i64(0xcf013579ae529deaL)),
        c("i64.wast:228", "i64.rotl", i64(0xabd1234ef567809cL), i64(0x800000000000003fL))
            .returns(i64(0x55e891a77ab3c04eL)),
        c("i64.wast:230", "i64.rotl", i64(0x8000000000000000L), i64(1)).returns(i64(1)),
        c("i64.wast:232", "i64.rotr", i64(1), i64(1)).returns(i64(0x8000000000000000L)),
        c("i64.wast:234", "i64.rotr", i64(-1), i64(1)).returns(i64(-1)),
        c("i64.wast:235", "i64.rotr", i64(1), i64(64)).returns(i64(1)),
        c("i64.wast:237", "i64.rotr", i64(0xfe000000dc000000L), i64(4))
            .returns(i64(0x0fe000000dc00000L)),
        c("i64.wast:239", "i64.rotr", i64(0xabd1234ef567809cL), i64(63))
            .returns(i64(0x57a2469deacf0139L)),
        c("i64.wast:241", "i64.rotr", i64(0xabcd7294ef567809L), i64(-19))
            .returns(i64(0x94a77ab3c04d5e6bL)),
        c("i64.wast:242", "i64.rotr", i64(0xabd1234ef567809cL), i64(0x800000000000003fL))
            .returns(i64(0x57a2469deacf0139L)),
        c("i64.wast:244", "i64.rotr", i64(0x8000000000000000L), i64(63)).returns(i64(1)),
        c("i64.wast:246", "i64.clz", i64(-1)).returns(i64(0)),
        c("i64.wast:247", "i64.clz", i64(0)).returns(i64(64)),
        c("i64.wast:248", "i64.clz", i64(32768)).returns(i64(48)),
        c("i64.wast:249", "i64.clz", i64(255)).returns(i64(56)),
        c("i64.wast:250", "i64.clz", i64(0x8000000000000000L)).returns(i64(0)),
        c("i64.wast:251", "i64.clz", i64(1)).returns(i64(63)),
        c("i64.wast:252", "i64.clz", i64(2)).returns(i64(62)),
        c("i64.wast:253", "i64.clz", i64(0x7fffffffffffffffL)).returns(i64(1)),
        c("i64.wast:255", "i64.ctz", i64(-1)).returns(i64(0)),
        c("i64.wast:256", "i64.ctz", i64(0)).returns(i64(64)),
        c("i64.wast:257", "i64.ctz", i64(32768)).returns(i64(15)),
        c("i64.wast:258", "i64.ctz", i64(65536)).returns(i64(16)),
        c("i64.wast:259", "i64.ctz", i64(0x8000000000000000L)).returns(i64(63)),
        c("i64.wast:260", "i64.ctz", i64(0x7fffffffffffffffL)).returns(i64(0)),
        c("i64.wast:262", "i64.popcnt", i64(-1)).returns(i64(64)),
        c("i64.wast:263", "i64.popcnt", i64(0)).returns(i64(0)),
        c("i64.wast:264", "i64.popcnt", i64(32768)).returns(i64(1)),
        c("i64.wast:265", "i64.popcnt", i64(0x8000800080008000L)).returns(i64(4)),
        c("i64.wast:266", "i64.popcnt", i64(0x7fffffffffffffffL)).returns(i64(63)),
        c("i64.wast:267", "i64.popcnt", i64(0xaaaaaaaa55555555L)).returns(i64(32)),
        c("i64.wast:268", "i64.popcnt", i64(0x99999999aaaaaaaaL)).returns(i64(32)),
        c("i64.wast:269", "i64.popcnt", i64(0xdeadbeefdeadbeefL)).returns(i64(48)),
        c("i64.wast:271", "i64.extend8_s", i64(0)).returns(i64(0)),
        c("i64.wast:272", "i64.extend8_s", i64(127)).returns(i64(127)),
        c("i64.wast:273", "i64.extend8_s", i64(128)).returns(i64(-128)),
        c("i64.wast:274", "i64.extend8_s", i64(255)).returns(i64(-1)),
        c("i64.wast:275", "i64.extend8_s", i64(0x0123456789abcd00L)).returns(i64(0)),
        c("i64.wast:276", "i64.extend8_s", i64(0xfedcba9876543280L)).returns(i64(-128)),
        c("i64.wast:277", "i64.extend8_s", i64(-1)).returns(i64(-1)),
        c("i64.wast:279", "i64.extend16_s", i64(0)).returns(i64(0)),
        c("i64.wast:280", "i64.extend16_s", i64(32767)).returns(i64(32767)),
        c("i64.wast:281", "i64.extend16_s", i64(32768)).returns(i64(-32768)),
        c("i64.wast:282", "i64.extend16_s", i64(65535)).returns(i64(-1)),
        c("i64.wast:283", "i64.extend16_s", i64(0x123456789abc0000L)).returns(i64(0)),
        c("i64.wast:284", "i64.extend16_s", i64(0xfedcba9876548000L)).returns(i64(-32768)),
        c("i64.wast:285", "i64.extend16_s", i64(-1)).returns(i64(-1)),
        c("i64.wast:287", "i64.extend32_s", i64(0)).returns(i64(0)),
        c("i64.wast:288", "i64.extend32_s", i64(32767)).returns(i64(32767)),
        c("i64.wast:290", "i64.extend32_s", i64(65535)).returns(i64(65535)),
        c("i64.wast:291", "i64.extend32_s", i64(0x000000007fffffffL))
            .returns(i64(0x000000007fffffffL)),
        c("i64.wast:292", "i64.extend32_s", i64(0x0000000080000000L))
            .returns(i64(0xffffffff80000000L)),
        c("i64.wast:293", "i64.extend32_s", i64(0x00000000ffffffffL)).returns(i64(-1)),
        c("i64.wast:295", "i64.extend32_s", i64(0xfedcba9880000000L))
            .returns(i64(0xffffffff80000000L)),
        c("i64.wast:296", "i64.extend32_s", i64(-1)).returns(i64(-1)),
        c("i64.wast:298", "i64.eqz", i64(0)).returns(i32(1)),
        c("i64.wast:300", "i64.eqz", i64(0x8000000000000000L)).returns(i32(0)),
        c("i64.wast:302", "i64.eqz", i64(-1)).returns(i32(0)),
        c("i64.wast:304", "i64.eq", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:310", "i64.eq", i64(1), i64(0)).returns(i32(0)),
        c("i64.wast:317", "i64.eq", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:319", "i64.ne", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:325", "i64.ne", i64(1), i64(0)).returns(i32(1)),
        c("i64.wast:332", "i64.ne", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:334", "i64.lt_s", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:340", "i64.lt_s", i64(1), i64(0)).returns(i32(0)),
        c("i64.wast:347", "i64.lt_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:349", "i64.lt_u", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:355", "i64.lt_u", i64(1), i64(0)).returns(i32(0)),
        c("i64.wast:362", "i64.lt_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:364", "i64.le_s", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:370", "i64.le_s", i64(1), i64(0)).returns(i32(0)),
        c("i64.wast:377", "i64.le_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:379", "i64.le_u", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:385", "i64.le_u", i64(1), i64(0)).returns(i32(0)),
        c("i64.wast:392", "i64.le_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:394", "i64.gt_s", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:400", "i64.gt_s", i64(1), i64(0)).returns(i32(1)),
        c("i64.wast:407", "i64.gt_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:409", "i64.gt_u", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:415", "i64.gt_u", i64(1), i64(0)).returns(i32(1)),
        c("i64.wast:422", "i64.gt_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:424", "i64.ge_s", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:430", "i64.ge_s", i64(1), i64(0)).returns(i32(1)),
        c("i64.wast:437", "i64.ge_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:439", "i64.ge_u", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:445", "i64.ge_u", i64(1), i64(0)).returns(i32(1)),
        c("i64.wast:452", "i64.ge_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("f32.wast:19", "f32.add", f32(-0.0f), f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:51", "f32.add", f32(-0.0f), f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:119", "f32.add", f32(-0x1p-126f), f32(-0x1.921fb6p+2f))
            .returns(f32(-0x1.921fb6p+2f)),
        c("f32.wast:228", "f32.add", f32(-0x1.921fb6p+2f), f32(0x1p-126f))
            .returns(f32(-0x1.921fb6p+2f)),
        c("f32.wast:291", "f32.add", f32(-0x1.fffffep+127f), f32Bits(0xffc00000))
            .returnsCanonicalNan(),
        c("f32.wast:330", "f32.add", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:370", "f32.add", f32Bits(0x7fa00000), f32(0.5f)).returnsArithmeticNan(),
        c("f32.wast:418", "f32.add", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:419", "f32.sub", f32(-0.0f), f32(-0.0f)).returns(f32(0.0f)),
        c("f32.wast:451", "f32.sub", f32(-0.0f), f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:519", "f32.sub", f32(-0x1p-126f), f32(-0x1.921fb6p+2f))
            .returns(f32(0x1.921fb6p+2f)),
        c("f32.wast:628", "f32.sub", f32(-0x1.921fb6p+2f), f32(0x1p-126f))
            .returns(f32(-0x1.921fb6p+2f)),
        c("f32.wast:691", "f32.sub", f32(-0x1.fffffep+127f), f32Bits(0xffc00000))
            .returnsCanonicalNan(),
        c("f32.wast:729", "f32.sub", f32(Float.POSITIVE_INFINITY), f32(-Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:770", "f32.sub", f32Bits(0x7fa00000), f32(0.5f)).returnsArithmeticNan(),
        c("f32.wast:818", "f32.sub", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:819", "f32.mul", f32(-0.0f), f32(-0.0f)).returns(f32(0.0f)),
        c("f32.wast:847", "f32.mul", f32(-0.0f), f32(-Float.POSITIVE_INFINITY))
            .returnsCanonicalNan(),
        c("f32.wast:921", "f32.mul", f32(0x1p-126f), f32(-0x1.921fb6p+2f))
            .returns(f32(-0x1.921fb6p-124f)),
        c("f32.wast:1028", "f32.mul", f32(-0x1.921fb6p+2f), f32(0x1p-126f))
            .returns(f32(-0x1.921fb6p-124f)),
        c("f32.wast:1057", "f32.mul", f32(0x1.921fb6p+2f), f32Bits(0x7fc00000))
            .returnsCanonicalNan(),
        c("f32.wast:1130", "f32.mul", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:1168", "f32.mul", f32Bits(0x7fa00000), f32(-0.5f)).returnsArithmeticNan(),
        c("f32.wast:1218", "f32.mul", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:1219", "f32.div", f32(-0.0f), f32(-0.0f)).returnsCanonicalNan(),
        c("f32.wast:1223", "f32.div", f32(-0.0f), f32(-0x1p-149f)).returns(f32(0.0f)),
        c("f32.wast:1321", "f32.div", f32(0x1p-126f), f32(-0x1.921fb6p+2f))
            .returns(f32(-0x1.45f3p-129f)),
        c("f32.wast:1428", "f32.div", f32(-0x1.921fb6p+2f), f32(0x1p-126f))
            .returns(f32(-Float.POSITIVE_INFINITY)),
        c("f32.wast:1457", "f32.div", f32(0x1.921fb6p+2f), f32Bits(0x7fc00000))
            .returnsCanonicalNan(),
        c("f32.wast:1526", "f32.div", f32(Float.POSITIVE_INFINITY), f32(0x1.fffffep+127f))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:1568", "f32.div", f32Bits(0x7fa00000), f32(-0.5f)).returnsArithmeticNan(),
        c("f32.wast:1618", "f32.div", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:1651", "f32.min", f32(-0.0f), f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:1930", "f32.min", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2018", "f32.min", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:2051", "f32.max", f32(-0.0f), f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2330", "f32.max", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2418", "f32.max", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:2421", "f32.sqrt", f32(-0x1p-149f)).returnsCanonicalNan(),
        c("f32.wast:2434", "f32.sqrt", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2438", "f32.sqrt", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2454", "f32.floor", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2455", "f32.floor", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2458", "f32.floor", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2474", "f32.ceil", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2475", "f32.ceil", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2478", "f32.ceil", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2494", "f32.trunc", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2495", "f32.trunc", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2498", "f32.trunc", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2514", "f32.nearest", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2515", "f32.nearest", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2518", "f32.nearest", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f64.wast:19", "f64.add", f64(-0.0), f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:51", "f64.add", f64(-0.0), f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:119", "f64.add", f64(-0x1p-1022), f64(-0x1.921fb54442d18p+2))
            .returns(f64(-0x1.921fb54442d18p+2)),
        c("f64.wast:228", "f64.add", f64(-0x1.921fb54442d18p+2), f64(0x1p-1022))
            .returns(f64(-0x1.921fb54442d18p+2)),
        c("f64.wast:291", "f64.add", f64(-0x1.fffffffffffffp+1023), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:330", "f64.add", f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:370", "f64.add", f64Bits(0x7ff4000000000000L), f64(0.5)).returnsArithmeticNan(),
        c("f64.wast:418", "f64.add", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:419", "f64.sub", f64(-0.0), f64(-0.0)).returns(f64(0.0)),
        c("f64.wast:451", "f64.sub", f64(-0.0), f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:519", "f64.sub", f64(-0x1p-1022), f64(-0x1.921fb54442d18p+2))
            .returns(f64(0x1.921fb54442d18p+2)),
        c("f64.wast:628", "f64.sub", f64(-0x1.921fb54442d18p+2), f64(0x1p-1022))
            .returns(f64(-0x1.921fb54442d18p+2)),
        c("f64.wast:691", "f64.sub", f64(-0x1.fffffffffffffp+1023), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:729", "f64.sub", f64(Double.POSITIVE_INFINITY), f64(-Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:770", "f64.sub", f64Bits(0x7ff4000000000000L), f64(0.5)).returnsArithmeticNan(),
        c("f64.wast:818", "f64.sub", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:819", "f64.mul", f64(-0.0), f64(-0.0)).returns(f64(0.0)),
        c("f64.wast:847", "f64.mul", f64(-0.0), f64(-Double.POSITIVE_INFINITY))
            .returnsCanonicalNan(),
        c("f64.wast:921", "f64.mul", f64(0x1p-1022), f64(-0x1.921fb54442d18p+2))
            .returns(f64(-0x1.921fb54442d18p-1020)),
        c("f64.wast:1028", "f64.mul", f64(-0x1.921fb54442d18p+2), f64(0x1p-1022))
            .returns(f64(-0x1.921fb54442d18p-1020)),
        c("f64.wast:1057", "f64.mul", f64(0x1.921fb54442d18p+2), f64Bits(0x7ff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:1130", "f64.mul", f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:1168", "f64.mul", f64Bits(0x7ff4000000000000L), f64(-0.5))
            .returnsArithmeticNan(),
        c("f64.wast:1218", "f64.mul", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:1219", "f64.div", f64(-0.0), f64(-0.0)).returnsCanonicalNan(),
        c("f64.wast:1223", "f64.div", f64(-0.0), f64(-5e-324)).returns(f64(0.0)),
        c("f64.wast:1321", "f64.div", f64(0x1p-1022), f64(-0x1.921fb54442d18p+2))
            .returns(f64(-0x0.28be60db9391p-1022)),
        c("f64.wast:1428", "f64.div", f64(-0x1.921fb54442d18p+2), f64(0x1p-1022))
            .returns(f64(-Double.POSITIVE_INFINITY)),
        c("f64.wast:1457", "f64.div", f64(0x1.921fb54442d18p+2), f64Bits(0x7ff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:1526", "f64.div", f64(Double.POSITIVE_INFINITY), f64(0x1.fffffffffffffp+1023))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:1568", "f64.div", f64Bits(0x7ff4000000000000L), f64(-0.5))
            .returnsArithmeticNan(),
        c("f64.wast:1618", "f64.div", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:1651", "f64.min", f64(-0.0), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:1930", "f64.min", f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2018", "f64.min", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:2051", "f64.max", f64(-0.0), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:2330", "f64.max", f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2418", "f64.max", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:2421", "f64.sqrt", f64(-5e-324)).returnsCanonicalNan(),
        c("f64.wast:2434", "f64.sqrt", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2438", "f64.sqrt", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2454", "f64.floor", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2455", "f64.floor", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2458", "f64.floor", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2474", "f64.ceil", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2475", "f64.ceil", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2478", "f64.ceil", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2494", "f64.trunc", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2495", "f64.trunc", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2498", "f64.trunc", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2514", "f64.nearest", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2515", "f64.nearest", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2518", "f64.nearest", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f32_cmp.wast:45", "f32.eq", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:324", "f32.eq", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f32_cmp.wast:412", "f32.eq", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:445", "f32.ne", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(1)),
        c("f32_cmp.wast:724", "f32.ne", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f32_cmp.wast:812", "f32.ne", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(1)),
        c("f32_cmp.wast:845", "f32.lt", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:1124", "f32.lt", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f32_cmp.wast:1212", "f32.lt", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:1245", "f32.le", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:1524", "f32.le", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f32_cmp.wast:1612", "f32.le", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:1645", "f32.gt", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:1924", "f32.gt", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f32_cmp.wast:2012", "f32.gt", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:2045", "f32.ge", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:2324", "f32.ge", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f32_cmp.wast:2412", "f32.ge", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f64_cmp.wast:45", "f64.eq", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:324",
                "f64.eq",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f64_cmp.wast:412", "f64.eq", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:445", "f64.ne", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(1)),
        c(
                "f64_cmp.wast:724",
                "f64.ne",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f64_cmp.wast:812", "f64.ne", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(1)),
        c("f64_cmp.wast:845", "f64.lt", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:1124",
                "f64.lt",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f64_cmp.wast:1212", "f64.lt", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:1245", "f64.le", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:1524",
                "f64.le",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f64_cmp.wast:1612", "f64.le", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:1645", "f64.gt", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:1924",
                "f64.gt",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f64_cmp.wast:2012", "f64.gt", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:2045", "f64.ge", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:2324",
                "f64.ge",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f64_cmp.wast:2412", "f64.ge", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f32_bitwise.wast:42", "f32.copysign", f32(-0.0f), f32Bits(0xffc00000))
            .returns(f32(-0.0f)),
        c(
                "f32_bitwise.wast:293",
                "f32.copysign",
                f32(Float.POSITIVE_INFINITY),
                f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32_bitwise.wast:333", "f32.copysign", f32Bits(0x7fc00000), f32Bits(0x7fc00000))
            .returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:349", "f32.abs", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32_bitwise.wast:350", "f32.abs", f32Bits(0xffc00000)).returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:351", "f32.abs", f32Bits(0x7fc00000)).returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:367", "f32.neg", f32(Float.POSITIVE_INFINITY))
            .returns(f32(-Float.POSITIVE_INFINITY)),
        c("f32_bitwise.wast:368", "f32.neg", f32Bits(0xffc00000)).returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:369", "f32.neg", f32Bits(0x7fc00000)).returns(f32Bits(0xffc00000)),
        c("f64_bitwise.wast:42", "f64.copysign", f64(-0.0), f64Bits(0xfff8000000000000L))
            .returns(f64(-0.0)),
        c(
                "f64_bitwise.wast:293",
                "f64.copysign",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c(
                "f64_bitwise.wast:333",
                "f64.copysign",
                f64Bits(0x7ff8000000000000L),
                f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:349", "f64.abs", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64_bitwise.wast:350", "f64.abs", f64Bits(0xfff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:351", "f64.abs", f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:367", "f64.neg", f64(Double.POSITIVE_INFINITY))
            .returns(f64(-Double.POSITIVE_INFINITY)),
        c("f64_bitwise.wast:368", "f64.neg", f64Bits(0xfff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:369", "f64.neg", f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0xfff8000000000000L)),
        c("conversions.wast:37", "i64.extend_i32_s", i32(0)).returns(i64(0)),
        c("conversions.wast:38", "i64.extend_i32_s", i32(10000)).returns(i64(10000)),
        c("conversions.wast:39", "i64.extend_i32_s", i32(-10000)).returns(i64(-10000)),
        c("conversions.wast:40", "i64.extend_i32_s", i32(-1)).returns(i64(-1)),
        c("conversions.wast:41", "i64.extend_i32_s", i32(0x7fffffff))
            .returns(i64(0x000000007fffffffL)),
        c("conversions.wast:42", "i64.extend_i32_s", i32(0x80000000))
            .returns(i64(0xffffffff80000000L)),
        c("conversions.wast:44", "i64.extend_i32_u", i32(0)).returns(i64(0)),
        c("conversions.wast:45", "i64.extend_i32_u", i32(10000)).returns(i64(10000)),
        c("conversions.wast:46", "i64.extend_i32_u", i32(-10000)).returns(i64(0x00000000ffffd8f0L)),
        c("conversions.wast:47", "i64.extend_i32_u", i32(-1)).returns(i64(0x00000000ffffffffL)),
        c("conversions.wast:48", "i64.extend_i32_u", i32(0x7fffffff))
            .returns(i64(0x000000007fffffffL)),
        c("conversions.wast:49", "i64.extend_i32_u", i32(0x80000000))
            .returns(i64(0x0000000080000000L)),
        c("conversions.wast:51", "i32.wrap_i64", i64(-1)).returns(i32(-1)),
        c("conversions.wast:53", "i32.wrap_i64", i64(0x0000000080000000L)).returns(i32(0x80000000)),
        c("conversions.wast:54", "i32.wrap_i64", i64(0xffffffff7fffffffL)).returns(i32(0x7fffffff)),
        c("conversions.wast:56", "i32.wrap_i64", i64(0xfffffffeffffffffL)).returns(i32(-1)),
        c("conversions.wast:57", "i32.wrap_i64", i64(0xffffffff00000001L)).returns(i32(1)),
        c("conversions.wast:59", "i32.wrap_i64", i64(0x123456789abcdef0L)).returns(i32(0x9abcdef0)),
        c("conversions.wast:60", "i32.wrap_i64", i64(0x00000000ffffffffL)).returns(i32(-1)),
        c("conversions.wast:62", "i32.wrap_i64", i64(0x0000000100000001L)).returns(i32(1)),
        c("conversions.wast:77", "i32.trunc_f32_s", f32(-2147483648.0f)).returns(i32(0x80000000)),
        c("conversions.wast:78", "i32.trunc_f32_s", f32(2147483648.0f)).traps("integer overflow"),
        c("conversions.wast:85", "i32.trunc_f32_s", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:99", "i32.trunc_f32_u", f32(-0x1.fffffep-1f)).returns(i32(0)),
        c("conversions.wast:100", "i32.trunc_f32_u", f32(4294967296.0f)).traps("integer overflow"),
        c("conversions.wast:107", "i32.trunc_f32_u", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:124", "i32.trunc_f64_s", f64(2147483647.9)).returns(i32(0x7fffffff)),
        c("conversions.wast:125", "i32.trunc_f64_s", f64(2147483648.0)).traps("integer overflow"),
        c("conversions.wast:132", "i32.trunc_f64_s", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:149", "i32.trunc_f64_u", f64(4294967295.9)).returns(i32(-1)),
        c("conversions.wast:150", "i32.trunc_f64_u", f64(4294967296.0)).traps("integer overflow"),
        c("conversions.wast:160", "i32.trunc_f64_u", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:177", "i64.trunc_f32_s", f32(-0x1p+63f))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:178", "i64.trunc_f32_s", f32(0x1p+63f)).traps("integer overflow"),
        c("conversions.wast:185", "i64.trunc_f32_s", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:197", "i64.trunc_f32_u", f32(-0x1.fffffep-1f)).returns(i64(0)),
        c("conversions.wast:198", "i64.trunc_f32_u", f32(0x1p+64f)).traps("integer overflow"),
        c("conversions.wast:205", "i64.trunc_f32_u", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:222", "i64.trunc_f64_s", f64(-0x1p+63))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:223", "i64.trunc_f64_s", f64(0x1p+63)).traps("integer overflow"),
        c("conversions.wast:230", "i64.trunc_f64_s", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:246", "i64.trunc_f64_u", f64(0x1p+63))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:247", "i64.trunc_f64_u", f64(0x1p+64)).traps("integer overflow"),
        c("conversions.wast:254", "i64.trunc_f64_u", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:256", "f32.convert_i32_s", i32(1)).returns(f32(1.0f)),
        c("conversions.wast:257", "f32.convert_i32_s", i32(-1)).returns(f32(-1.0f)),
        c("conversions.wast:259", "f32.convert_i32_s", i32(0x7fffffff)).returns(f32(2147483648.0f)),
        c("conversions.wast:260", "f32.convert_i32_s", i32(0x80000000))
            .returns(f32(-2147483648.0f)),
        c("conversions.wast:261", "f32.convert_i32_s", i32(0x499602d2)).returns(f32(1234567936.0f)),
        c("conversions.wast:454", "f32.convert_i32_s", i32(0x01000001)).returns(f32(16777216.0f)),
        c("conversions.wast:456", "f32.convert_i32_s", i32(0x01000003)).returns(f32(16777220.0f)),
        c("conversions.wast:457", "f32.convert_i32_s", i32(0xfefffffd)).returns(f32(-16777220.0f)),
        c("conversions.wast:265", "i32.trunc_sat_f32_s", f32(0.0f)).returns(i32(0)),
        c("conversions.wast:271", "i32.trunc_sat_f32_s", f32(1.5f)).returns(i32(1)),
        c("conversions.wast:276", "i32.trunc_sat_f32_s", f32(-2.0f)).returns(i32(-2)),
        c("conversions.wast:282", "i32.trunc_sat_f32_s", f32(-Float.POSITIVE_INFINITY))
            .returns(i32(0x80000000)),
        c("conversions.wast:283", "i32.trunc_sat_f32_s", f32Bits(0x7fc00000)).returns(i32(0)),
        c("conversions.wast:284", "i32.trunc_sat_f32_s", f32Bits(0x7fa00000)).returns(i32(0)),
        c("conversions.wast:285", "i32.trunc_sat_f32_s", f32Bits(0xffc00000)).returns(i32(0)),
        c("conversions.wast:286", "i32.trunc_sat_f32_s", f32Bits(0xffa00000)).returns(i32(0)),
        c("conversions.wast:304", "i32.trunc_sat_f32_u", f32(-Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("conversions.wast:305", "i32.trunc_sat_f32_u", f32Bits(0x7fc00000)).returns(i32(0)),
        c("conversions.wast:308", "i32.trunc_sat_f32_u", f32Bits(0xffa00000)).returns(i32(0)),
        c("conversions.wast:310", "i32.trunc_sat_f64_s", f64(0.0)).returns(i32(0)),
        c("conversions.wast:316", "i32.trunc_sat_f64_s", f64(1.5)).returns(i32(1)),
        c("conversions.wast:321", "i32.trunc_sat_f64_s", f64(-2.0)).returns(i32(-2)),
        c("conversions.wast:327", "i32.trunc_sat_f64_s", f64(-Double.POSITIVE_INFINITY))
            .returns(i32(0x80000000)),
        c("conversions.wast:328", "i32.trunc_sat_f64_s", f64Bits(0x7ff8000000000000L))
            .returns(i32(0)),
        c("conversions.wast:329", "i32.trunc_sat_f64_s", f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("conversions.wast:330", "i32.trunc_sat_f64_s", f64Bits(0xfff8000000000000L))
            .returns(i32(0)),
        c("conversions.wast:331", "i32.trunc_sat_f64_s", f64Bits(0xfff4000000000000L))
            .returns(i32(0)),
        c("conversions.wast:353", "i32.trunc_sat_f64_u", f64(-Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("conversions.wast:354", "i32.trunc_sat_f64_u", f64Bits(0x7ff8000000000000L))
            .returns(i32(0)),
        c("conversions.wast:357", "i32.trunc_sat_f64_u", f64Bits(0xfff4000000000000L))
            .returns(i32(0)),
        c("conversions.wast:359", "i64.trunc_sat_f32_s", f32(0.0f)).returns(i64(0)),
        c("conversions.wast:365", "i64.trunc_sat_f32_s", f32(1.5f)).returns(i64(1)),
        c("conversions.wast:372", "i64.trunc_sat_f32_s", f32(-4294967296.0f))
            .returns(i64(0xffffffff00000000L)),
        c("conversions.wast:378", "i64.trunc_sat_f32_s", f32(-Float.POSITIVE_INFINITY))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:379", "i64.trunc_sat_f32_s", f32Bits(0x7fc00000)).returns(i64(0)),
        c("conversions.wast:380", "i64.trunc_sat_f32_s", f32Bits(0x7fa00000)).returns(i64(0)),
        c("conversions.wast:381", "i64.trunc_sat_f32_s", f32Bits(0xffc00000)).returns(i64(0)),
        c("conversions.wast:382", "i64.trunc_sat_f32_s", f32Bits(0xffa00000)).returns(i64(0)),
        c("conversions.wast:398", "i64.trunc_sat_f32_u", f32(-Float.POSITIVE_INFINITY))
            .returns(i64(0)),
        c("conversions.wast:399", "i64.trunc_sat_f32_u", f32Bits(0x7fc00000)).returns(i64(0)),
        c("conversions.wast:402", "i64.trunc_sat_f32_u", f32Bits(0xffa00000)).returns(i64(0)),
        c("conversions.wast:404", "i64.trunc_sat_f64_s", f64(0.0)).returns(i64(0)),
        c("conversions.wast:410", "i64.trunc_sat_f64_s", f64(1.5)).returns(i64(1)),
        c("conversions.wast:417", "i64.trunc_sat_f64_s", f64(-4294967296.0))
            .returns(i64(0xffffffff00000000L)),
        c("conversions.wast:423", "i64.trunc_sat_f64_s", f64(-Double.POSITIVE_INFINITY))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:424", "i64.trunc_sat_f64_s", f64Bits(0x7ff8000000000000L))
            .returns(i64(0)),
        c("conversions.wast:425", "i64.trunc_sat_f64_s", f64Bits(0x7ff4000000000000L))
            .returns(i64(0)),
        c("conversions.wast:426", "i64.trunc_sat_f64_s", f64Bits(0xfff8000000000000L))
            .returns(i64(0)),
        c("conversions.wast:427", "i64.trunc_sat_f64_s", f64Bits(0xfff4000000000000L))
            .returns(i64(0)),
        c("conversions.wast:447", "i64.trunc_sat_f64_u", f64(-Double.POSITIVE_INFINITY))
            .returns(i64(0)),
        c("conversions.wast:448", "i64.trunc_sat_f64_u", f64Bits(0x7ff8000000000000L))
            .returns(i64(0)),
        c("conversions.wast:451", "i64.trunc_sat_f64_u", f64Bits(0xfff4000000000000L))
            .returns(i64(0)),
        c("conversions.wast:459", "f32.convert_i64_s", i64(1)).returns(f32(1.0f)),
        c("conversions.wast:461", "f32.convert_i64_s", i64(0)).returns(f32(0.0f)),
        c("conversions.wast:463", "f32.convert_i64_s", i64(0x8000000000000000L))
            .returns(f32(-0x1p+63f)),
        c("conversions.wast:466", "f32.convert_i64_s", i64(0x0000000001000001L))
            .returns(f32(16777216.0f)),
        c("conversions.wast:467", "f32.convert_i64_s", i64(0xfffffffffeffffffL))
            .returns(f32(-16777216.0f)),
        c("conversions.wast:469", "f32.convert_i64_s", i64(0xfffffffffefffffdL))
            .returns(f32(-16777220.0f)),
        c("conversions.wast:472", "f32.convert_i64_s", i64(0x8000004000000001L))
            .returns(f32(-0x1.fffffep+62f)),
        c("conversions.wast:474", "f32.convert_i64_s", i64(0xffdfffffdfffffffL))
            .returns(f32(-0x1.000002p+53f)),
        c("conversions.wast:476", "f64.convert_i32_s", i32(1)).returns(f64(1.0)),
        c("conversions.wast:477", "f64.convert_i32_s", i32(-1)).returns(f64(-1.0)),
        c("conversions.wast:478", "f64.convert_i32_s", i32(0)).returns(f64(0.0)),
        c("conversions.wast:479", "f64.convert_i32_s", i32(0x7fffffff)).returns(f64(2147483647.0)),
        c("conversions.wast:480", "f64.convert_i32_s", i32(0x80000000)).returns(f64(-2147483648.0)),
        c("conversions.wast:481", "f64.convert_i32_s", i32(0x3ade68b1)).returns(f64(987654321.0)),
        c("conversions.wast:483", "f64.convert_i64_s", i64(1)).returns(f64(1.0)),
        c("conversions.wast:484", "f64.convert_i64_s", i64(-1)).returns(f64(-1.0)),
        c("conversions.wast:486", "f64.convert_i64_s", i64(0x7fffffffffffffffL))
            .returns(f64(0x1p+63)),
        c("conversions.wast:487", "f64.convert_i64_s", i64(0x8000000000000000L))
            .returns(f64(-0x1p+63)),
        c("conversions.wast:488", "f64.convert_i64_s", i64(0x0010969d374b968eL))
            .returns(f64(0x1.0969d374b968ep+52)),
        c("conversions.wast:490", "f64.convert_i64_s", i64(0x0020000000000001L))
            .returns(f64(0x1p+53)),
        c("conversions.wast:492", "f64.convert_i64_s", i64(0x0020000000000003L))
            .returns(f64(0x1.0000000000002p+53)),
        c("conversions.wast:493", "f64.convert_i64_s", i64(0xffdffffffffffffdL))
            .returns(f64(-0x1.0000000000002p+53)),
        c("conversions.wast:495", "f32.convert_i32_u", i32(1)).returns(f32(1.0f)),
        c("conversions.wast:501", "f32.convert_i32_u", i32(0x80000080)).returns(f32(2147483648.0f)),
        c("conversions.wast:509", "f32.convert_i32_u", i32(0x01000003)).returns(f32(16777220.0f)),
        c("conversions.wast:511", "f32.convert_i64_u", i64(1)).returns(f32(1.0f)),
        c("conversions.wast:517", "f32.convert_i64_u", i64(0x0000000001000001L))
            .returns(f32(16777216.0f)),
        c("conversions.wast:523", "f32.convert_i64_u", i64(0xfffffe8000000001L))
            .returns(f32(0x1.fffffep+63f)),
        c("conversions.wast:525", "f64.convert_i32_u", i32(1)).returns(f64(1.0)),
        c("conversions.wast:527", "f64.convert_i32_u", i32(0x7fffffff)).returns(f64(2147483647.0)),
        c("conversions.wast:529", "f64.convert_i32_u", i32(-1)).returns(f64(4294967295.0)),
        c("conversions.wast:531", "f64.convert_i64_u", i64(1)).returns(f64(1.0)),
        c("conversions.wast:537", "f64.convert_i64_u", i64(0x8000000000000401L))
            .returns(f64(0x1.0000000000001p+63)),
        c("conversions.wast:544", "f64.convert_i64_u", i64(0x0020000000000003L))
            .returns(f64(0x1.0000000000002p+53)),
        c("conversions.wast:559", "f64.promote_f32", f32(-Float.POSITIVE_INFINITY))
            .returns(f64(-Double.POSITIVE_INFINITY)),
        c("conversions.wast:560", "f64.promote_f32", f32Bits(0x7fc00000)).returnsCanonicalNan(),
        c("conversions.wast:563", "f64.promote_f32", f32Bits(0xffa00000)).returnsArithmeticNan(),
        c("conversions.wast:607", "f32.demote_f64", f64Bits(0x7ff8000000000000L))
            .returnsCanonicalNan(),
        c("conversions.wast:610", "f32.demote_f64", f64Bits(0xfff4000000000000L))
            .returnsArithmeticNan(),
        c("conversions.wast:616", "f32.demote_f64", f64(-0x1.0000000000001p-150))
            .returns(f32(-0x1p-149f)),
        c("conversions.wast:618", "f32.reinterpret_i32", i32(0)).returns(f32(0.0f)),
        c("conversions.wast:620", "f32.reinterpret_i32", i32(1)).returns(f32(0x1p-149f)),
        c("conversions.wast:621", "f32.reinterpret_i32", i32(-1)).returns(f32Bits(0xffffffff)),
        c("conversions.wast:623", "f32.reinterpret_i32", i32(0x80000001)).returns(f32(-0x1p-149f)),
        c("conversions.wast:625", "f32.reinterpret_i32", i32(0xff800000))
            .returns(f32(-Float.POSITIVE_INFINITY)),
        c("conversions.wast:626", "f32.reinterpret_i32", i32(0x7fc00000))
            .returns(f32Bits(0x7fc00000)),
        c("conversions.wast:628", "f32.reinterpret_i32", i32(0x7fa00000))
            .returns(f32Bits(0x7fa00000)),
        c("conversions.wast:629", "f32.reinterpret_i32", i32(0xffa00000))
            .returns(f32Bits(0xffa00000)),
        c("conversions.wast:631", "f64.reinterpret_i64", i64(0)).returns(f64(0.0)),
        c("conversions.wast:633", "f64.reinterpret_i64", i64(-1))
            .returns(f64Bits(0xffffffffffffffffL)),
        c("conversions.wast:634", "f64.reinterpret_i64", i64(0x8000000000000000L))
            .returns(f64(-0.0)),
        c("conversions.wast:636", "f64.reinterpret_i64", i64(0x8000000000000001L))
            .returns(f64(-5e-324)),
        c("conversions.wast:638", "f64.reinterpret_i64", i64(0xfff0000000000000L))
            .returns(f64(-Double.POSITIVE_INFINITY)),
        c("conversions.wast:639", "f64.reinterpret_i64", i64(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("conversions.wast:641", "f64.reinterpret_i64", i64(0x7ff4000000000000L))
            .returns(f64Bits(0x7ff4000000000000L)),
        c("conversions.wast:642", "f64.reinterpret_i64", i64(0xfff4000000000000L))
            .returns(f64Bits(0xfff4000000000000L)),
        c("conversions.wast:644", "i32.reinterpret_f32", f32(0.0f)).returns(i32(0)),
        c("conversions.wast:647", "i32.reinterpret_f32", f32Bits(0xffffffff)).returns(i32(-1)),
        c("conversions.wast:648", "i32.reinterpret_f32", f32(-0x1p-149f)).returns(i32(0x80000001)),
        c("conversions.wast:651", "i32.reinterpret_f32", f32(0x1.fffffep+127f))
            .returns(i32(0x7f7fffff)),
        c("conversions.wast:654", "i32.reinterpret_f32", f32(-Float.POSITIVE_INFINITY))
            .returns(i32(0xff800000)),
        c("conversions.wast:655", "i32.reinterpret_f32", f32Bits(0x7fc00000))
            .returns(i32(0x7fc00000)),
        c("conversions.wast:657", "i32.reinterpret_f32", f32Bits(0x7fa00000))
            .returns(i32(0x7fa00000)),
        c("conversions.wast:658", "i32.reinterpret_f32", f32Bits(0xffa00000))
            .returns(i32(0xffa00000)),
        c("conversions.wast:660", "i64.reinterpret_f64", f64(0.0)).returns(i64(0)),
        c("conversions.wast:663", "i64.reinterpret_f64", f64Bits(0xffffffffffffffffL))
            .returns(i64(-1)),
        c("conversions.wast:664", "i64.reinterpret_f64", f64(-5e-324))
            .returns(i64(0x8000000000000001L)),
        c("conversions.wast:667", "i64.reinterpret_f64", f64(0x1.fffffffffffffp+1023))
            .returns(i64(0x7fefffffffffffffL)),
        c("conversions.wast:670", "i64.reinterpret_f64", f64(-Double.POSITIVE_INFINITY))
            .returns(i64(0xfff0000000000000L)),
        c("conversions.wast:671", "i64.reinterpret_f64", f64Bits(0x7ff8000000000000L))
            .returns(i64(0x7ff8000000000000L)),
        c("conversions.wast:673", "i64.reinterpret_f64", f64Bits(0x7ff4000000000000L))
            .returns(i64(0x7ff4000000000000L)),
        c("conversions.wast:674", "i64.reinterpret_f64", f64Bits(0xfff4000000000000L))
            .returns(i64(0xfff4000000000000L)));
  }
}
