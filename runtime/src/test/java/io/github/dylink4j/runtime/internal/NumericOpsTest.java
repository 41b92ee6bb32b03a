package io.github.dylink4j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmTrap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every {@link NumericOps} helper against assertions of the official Wasm spec tests. Each
 * row names the {@code .wast} file and line its operands and expected result were taken from (in
 * /work/shared/testsuite, not copied into this repository); the rows cover every trap boundary and
 * NaN case those files test for the helper's instruction, plus a sample of ordinary values.
 *
 * <p>Values travel as raw bits so NaN payloads (signalling ones included) are compared exactly.
 */
class NumericOpsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("specCases")
  void agreesWithSpecTests(Case c) throws Throwable {
    Method m = helperFor(c.op());
    Class<?>[] params = m.getParameterTypes();
    assertEquals(c.args().size(), params.length, "arity of " + m);
    Object[] argv = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Val a = c.args().get(i);
      assertEquals(javaType(a.type()), params[i], "parameter " + i + " of " + m);
      argv[i] = a.toJava();
    }
    MethodHandle h = MethodHandles.lookup().unreflect(m);
    if (c.expect() instanceof Trap t) {
      WasmTrap trap = assertThrows(WasmTrap.class, () -> h.invokeWithArguments(argv));
      assertEquals(t.message(), trap.getMessage());
      return;
    }
    Val got = Val.of(h.invokeWithArguments(argv));
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

  @Test
  void everyHelperIsCheckedAgainstTheSpec() {
    Set<String> tested =
        specCases().map(c -> helperName(c.op())).collect(Collectors.toCollection(TreeSet::new));
    Set<String> helpers =
        Arrays.stream(NumericOps.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(helpers, tested);
  }

  @Test
  void nanPayloadsSurviveAbsNegCopysignExactly() {
    // f32_bitwise.wast / f64_bitwise.wast: these are bit operations, a signalling NaN stays one.
    int snan = 0x7fa0_0000;
    assertEquals(
        snan, Float.floatToRawIntBits(NumericOps.f32Abs(Float.intBitsToFloat(snan | 0x8000_0000))));
    assertEquals(
        snan | 0x8000_0000, Float.floatToRawIntBits(NumericOps.f32Neg(Float.intBitsToFloat(snan))));
    long dsnan = 0x7ff4_0000_0000_0000L;
    assertEquals(
        dsnan | Long.MIN_VALUE,
        Double.doubleToRawLongBits(NumericOps.f64Copysign(Double.longBitsToDouble(dsnan), -1.0)));
  }

  /** {@code i32.trunc_sat_f32_s} -> {@code i32TruncSatF32S}. */
  static String helperName(String op) {
    String[] words = op.toLowerCase(Locale.ROOT).split("[._]");
    StringBuilder sb = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return sb.toString();
  }

  private static Method helperFor(String op) {
    String name = helperName(op);
    return Arrays.stream(NumericOps.class.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("NumericOps has no " + name + " for " + op));
  }

  private static Class<?> javaType(ValType t) {
    return switch (t) {
      case I32 -> int.class;
      case I64 -> long.class;
      case F32 -> float.class;
      case F64 -> double.class;
      default -> throw new IllegalArgumentException(t.toString());
    };
  }

  // ------------------------------------------------------------------ the row language

  /** A wasm value: its type and raw bits (i32/f32 bits zero-extended). */
  record Val(ValType type, long bits) {
    Object toJava() {
      return switch (type) {
        case I32 -> (int) bits;
        case I64 -> bits;
        case F32 -> Float.intBitsToFloat((int) bits);
        case F64 -> Double.longBitsToDouble(bits);
        default -> throw new IllegalArgumentException(type.toString());
      };
    }

    static Val of(Object result) {
      if (result instanceof Integer i) return i32(i);
      if (result instanceof Long l) return i64(l);
      if (result instanceof Float f) return f32Bits(Float.floatToRawIntBits(f));
      if (result instanceof Double d) return f64Bits(Double.doubleToRawLongBits(d));
      throw new IllegalArgumentException("not a wasm number: " + result);
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

  // ------------------------------------------------------------------ the rows

  static Stream<Case> specCases() {
    return Stream.of(
        // i32.wast
        c("i32.wast:64", "i32.div_s", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:65", "i32.div_s", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:66", "i32.div_s", i32(0x80000000), i32(-1)).traps("integer overflow"),
        c("i32.wast:67", "i32.div_s", i32(0x80000000), i32(0)).traps("integer divide by zero"),
        c("i32.wast:68", "i32.div_s", i32(1), i32(1)).returns(i32(1)),
        c("i32.wast:69", "i32.div_s", i32(0), i32(1)).returns(i32(0)),
        c("i32.wast:70", "i32.div_s", i32(0), i32(-1)).returns(i32(0)),
        c("i32.wast:71", "i32.div_s", i32(-1), i32(-1)).returns(i32(1)),
        c("i32.wast:72", "i32.div_s", i32(0x80000000), i32(2)).returns(i32(0xc0000000)),
        c("i32.wast:73", "i32.div_s", i32(0x80000001), i32(1000)).returns(i32(0xffdf3b65)),
        c("i32.wast:74", "i32.div_s", i32(5), i32(2)).returns(i32(2)),
        c("i32.wast:75", "i32.div_s", i32(-5), i32(2)).returns(i32(-2)),
        c("i32.wast:76", "i32.div_s", i32(5), i32(-2)).returns(i32(-2)),
        c("i32.wast:77", "i32.div_s", i32(-5), i32(-2)).returns(i32(2)),
        c("i32.wast:78", "i32.div_s", i32(7), i32(3)).returns(i32(2)),
        c("i32.wast:79", "i32.div_s", i32(-7), i32(3)).returns(i32(-2)),
        c("i32.wast:80", "i32.div_s", i32(7), i32(-3)).returns(i32(-2)),
        c("i32.wast:81", "i32.div_s", i32(-7), i32(-3)).returns(i32(2)),
        c("i32.wast:82", "i32.div_s", i32(11), i32(5)).returns(i32(2)),
        c("i32.wast:83", "i32.div_s", i32(17), i32(7)).returns(i32(2)),
        c("i32.wast:85", "i32.div_u", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:86", "i32.div_u", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:87", "i32.div_u", i32(1), i32(1)).returns(i32(1)),
        c("i32.wast:88", "i32.div_u", i32(0), i32(1)).returns(i32(0)),
        c("i32.wast:89", "i32.div_u", i32(-1), i32(-1)).returns(i32(1)),
        c("i32.wast:90", "i32.div_u", i32(0x80000000), i32(-1)).returns(i32(0)),
        c("i32.wast:91", "i32.div_u", i32(0x80000000), i32(2)).returns(i32(0x40000000)),
        c("i32.wast:92", "i32.div_u", i32(0x8ff00ff0), i32(65537)).returns(i32(36847)),
        c("i32.wast:93", "i32.div_u", i32(0x80000001), i32(1000)).returns(i32(0x0020c49b)),
        c("i32.wast:94", "i32.div_u", i32(5), i32(2)).returns(i32(2)),
        c("i32.wast:95", "i32.div_u", i32(-5), i32(2)).returns(i32(0x7ffffffd)),
        c("i32.wast:96", "i32.div_u", i32(5), i32(-2)).returns(i32(0)),
        c("i32.wast:97", "i32.div_u", i32(-5), i32(-2)).returns(i32(0)),
        c("i32.wast:98", "i32.div_u", i32(7), i32(3)).returns(i32(2)),
        c("i32.wast:99", "i32.div_u", i32(11), i32(5)).returns(i32(2)),
        c("i32.wast:100", "i32.div_u", i32(17), i32(7)).returns(i32(2)),
        c("i32.wast:102", "i32.rem_s", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:103", "i32.rem_s", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:104", "i32.rem_s", i32(0x7fffffff), i32(-1)).returns(i32(0)),
        c("i32.wast:105", "i32.rem_s", i32(1), i32(1)).returns(i32(0)),
        c("i32.wast:106", "i32.rem_s", i32(0), i32(1)).returns(i32(0)),
        c("i32.wast:107", "i32.rem_s", i32(0), i32(-1)).returns(i32(0)),
        c("i32.wast:108", "i32.rem_s", i32(-1), i32(-1)).returns(i32(0)),
        c("i32.wast:109", "i32.rem_s", i32(0x80000000), i32(-1)).returns(i32(0)),
        c("i32.wast:110", "i32.rem_s", i32(0x80000000), i32(2)).returns(i32(0)),
        c("i32.wast:111", "i32.rem_s", i32(0x80000001), i32(1000)).returns(i32(-647)),
        c("i32.wast:112", "i32.rem_s", i32(5), i32(2)).returns(i32(1)),
        c("i32.wast:113", "i32.rem_s", i32(-5), i32(2)).returns(i32(-1)),
        c("i32.wast:114", "i32.rem_s", i32(5), i32(-2)).returns(i32(1)),
        c("i32.wast:115", "i32.rem_s", i32(-5), i32(-2)).returns(i32(-1)),
        c("i32.wast:116", "i32.rem_s", i32(7), i32(3)).returns(i32(1)),
        c("i32.wast:117", "i32.rem_s", i32(-7), i32(3)).returns(i32(-1)),
        c("i32.wast:118", "i32.rem_s", i32(7), i32(-3)).returns(i32(1)),
        c("i32.wast:119", "i32.rem_s", i32(-7), i32(-3)).returns(i32(-1)),
        c("i32.wast:120", "i32.rem_s", i32(11), i32(5)).returns(i32(1)),
        c("i32.wast:121", "i32.rem_s", i32(17), i32(7)).returns(i32(3)),
        c("i32.wast:123", "i32.rem_u", i32(1), i32(0)).traps("integer divide by zero"),
        c("i32.wast:124", "i32.rem_u", i32(0), i32(0)).traps("integer divide by zero"),
        c("i32.wast:125", "i32.rem_u", i32(1), i32(1)).returns(i32(0)),
        c("i32.wast:126", "i32.rem_u", i32(0), i32(1)).returns(i32(0)),
        c("i32.wast:127", "i32.rem_u", i32(-1), i32(-1)).returns(i32(0)),
        c("i32.wast:128", "i32.rem_u", i32(0x80000000), i32(-1)).returns(i32(0x80000000)),
        c("i32.wast:129", "i32.rem_u", i32(0x80000000), i32(2)).returns(i32(0)),
        c("i32.wast:130", "i32.rem_u", i32(0x8ff00ff0), i32(65537)).returns(i32(32769)),
        c("i32.wast:131", "i32.rem_u", i32(0x80000001), i32(1000)).returns(i32(649)),
        c("i32.wast:132", "i32.rem_u", i32(5), i32(2)).returns(i32(1)),
        c("i32.wast:133", "i32.rem_u", i32(-5), i32(2)).returns(i32(1)),
        c("i32.wast:134", "i32.rem_u", i32(5), i32(-2)).returns(i32(5)),
        c("i32.wast:135", "i32.rem_u", i32(-5), i32(-2)).returns(i32(-5)),
        c("i32.wast:136", "i32.rem_u", i32(7), i32(3)).returns(i32(1)),
        c("i32.wast:137", "i32.rem_u", i32(11), i32(5)).returns(i32(1)),
        c("i32.wast:138", "i32.rem_u", i32(17), i32(7)).returns(i32(3)),
        c("i32.wast:286", "i32.eqz", i32(0)).returns(i32(1)),
        c("i32.wast:287", "i32.eqz", i32(1)).returns(i32(0)),
        c("i32.wast:289", "i32.eqz", i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:290", "i32.eqz", i32(-1)).returns(i32(0)),
        c("i32.wast:292", "i32.eq", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:296", "i32.eq", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:301", "i32.eq", i32(0), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:305", "i32.eq", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:307", "i32.ne", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:311", "i32.ne", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:316", "i32.ne", i32(0), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:320", "i32.ne", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:322", "i32.lt_s", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:326", "i32.lt_s", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:331", "i32.lt_s", i32(0), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:335", "i32.lt_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:337", "i32.lt_u", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:341", "i32.lt_u", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:346", "i32.lt_u", i32(0), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:350", "i32.lt_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:352", "i32.le_s", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:356", "i32.le_s", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:361", "i32.le_s", i32(0), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:365", "i32.le_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:367", "i32.le_u", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:371", "i32.le_u", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:376", "i32.le_u", i32(0), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:380", "i32.le_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:382", "i32.gt_s", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:386", "i32.gt_s", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:391", "i32.gt_s", i32(0), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:395", "i32.gt_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:397", "i32.gt_u", i32(0), i32(0)).returns(i32(0)),
        c("i32.wast:401", "i32.gt_u", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(0)),
        c("i32.wast:406", "i32.gt_u", i32(0), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:410", "i32.gt_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:412", "i32.ge_s", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:416", "i32.ge_s", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:421", "i32.ge_s", i32(0), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:425", "i32.ge_s", i32(0x7fffffff), i32(0x80000000)).returns(i32(1)),
        c("i32.wast:427", "i32.ge_u", i32(0), i32(0)).returns(i32(1)),
        c("i32.wast:431", "i32.ge_u", i32(0x7fffffff), i32(0x7fffffff)).returns(i32(1)),
        c("i32.wast:436", "i32.ge_u", i32(0), i32(0x80000000)).returns(i32(0)),
        c("i32.wast:440", "i32.ge_u", i32(0x7fffffff), i32(0x80000000)).returns(i32(0)),
        // i64.wast
        c("i64.wast:65", "i64.div_s", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:66", "i64.div_s", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:67", "i64.div_s", i64(0x8000000000000000L), i64(-1)).traps("integer overflow"),
        c("i64.wast:68", "i64.div_s", i64(0x8000000000000000L), i64(0))
            .traps("integer divide by zero"),
        c("i64.wast:69", "i64.div_s", i64(1), i64(1)).returns(i64(1)),
        c("i64.wast:70", "i64.div_s", i64(0), i64(1)).returns(i64(0)),
        c("i64.wast:71", "i64.div_s", i64(0), i64(-1)).returns(i64(0)),
        c("i64.wast:72", "i64.div_s", i64(-1), i64(-1)).returns(i64(1)),
        c("i64.wast:73", "i64.div_s", i64(0x8000000000000000L), i64(2))
            .returns(i64(0xc000000000000000L)),
        c("i64.wast:74", "i64.div_s", i64(0x8000000000000001L), i64(1000))
            .returns(i64(0xffdf3b645a1cac09L)),
        c("i64.wast:75", "i64.div_s", i64(5), i64(2)).returns(i64(2)),
        c("i64.wast:76", "i64.div_s", i64(-5), i64(2)).returns(i64(-2)),
        c("i64.wast:77", "i64.div_s", i64(5), i64(-2)).returns(i64(-2)),
        c("i64.wast:78", "i64.div_s", i64(-5), i64(-2)).returns(i64(2)),
        c("i64.wast:79", "i64.div_s", i64(7), i64(3)).returns(i64(2)),
        c("i64.wast:80", "i64.div_s", i64(-7), i64(3)).returns(i64(-2)),
        c("i64.wast:81", "i64.div_s", i64(7), i64(-3)).returns(i64(-2)),
        c("i64.wast:82", "i64.div_s", i64(-7), i64(-3)).returns(i64(2)),
        c("i64.wast:83", "i64.div_s", i64(11), i64(5)).returns(i64(2)),
        c("i64.wast:84", "i64.div_s", i64(17), i64(7)).returns(i64(2)),
        c("i64.wast:86", "i64.div_u", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:87", "i64.div_u", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:88", "i64.div_u", i64(1), i64(1)).returns(i64(1)),
        c("i64.wast:89", "i64.div_u", i64(0), i64(1)).returns(i64(0)),
        c("i64.wast:90", "i64.div_u", i64(-1), i64(-1)).returns(i64(1)),
        c("i64.wast:91", "i64.div_u", i64(0x8000000000000000L), i64(-1)).returns(i64(0)),
        c("i64.wast:92", "i64.div_u", i64(0x8000000000000000L), i64(2))
            .returns(i64(0x4000000000000000L)),
        c("i64.wast:93", "i64.div_u", i64(0x8ff00ff00ff00ff0L), i64(0x0000000100000001L))
            .returns(i64(0x000000008ff00fefL)),
        c("i64.wast:94", "i64.div_u", i64(0x8000000000000001L), i64(1000))
            .returns(i64(0x0020c49ba5e353f7L)),
        c("i64.wast:95", "i64.div_u", i64(5), i64(2)).returns(i64(2)),
        c("i64.wast:96", "i64.div_u", i64(-5), i64(2)).returns(i64(0x7ffffffffffffffdL)),
        c("i64.wast:97", "i64.div_u", i64(5), i64(-2)).returns(i64(0)),
        c("i64.wast:98", "i64.div_u", i64(-5), i64(-2)).returns(i64(0)),
        c("i64.wast:99", "i64.div_u", i64(7), i64(3)).returns(i64(2)),
        c("i64.wast:100", "i64.div_u", i64(11), i64(5)).returns(i64(2)),
        c("i64.wast:101", "i64.div_u", i64(17), i64(7)).returns(i64(2)),
        c("i64.wast:103", "i64.rem_s", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:104", "i64.rem_s", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:105", "i64.rem_s", i64(0x7fffffffffffffffL), i64(-1)).returns(i64(0)),
        c("i64.wast:106", "i64.rem_s", i64(1), i64(1)).returns(i64(0)),
        c("i64.wast:107", "i64.rem_s", i64(0), i64(1)).returns(i64(0)),
        c("i64.wast:108", "i64.rem_s", i64(0), i64(-1)).returns(i64(0)),
        c("i64.wast:109", "i64.rem_s", i64(-1), i64(-1)).returns(i64(0)),
        c("i64.wast:110", "i64.rem_s", i64(0x8000000000000000L), i64(-1)).returns(i64(0)),
        c("i64.wast:111", "i64.rem_s", i64(0x8000000000000000L), i64(2)).returns(i64(0)),
        c("i64.wast:112", "i64.rem_s", i64(0x8000000000000001L), i64(1000)).returns(i64(-807)),
        c("i64.wast:113", "i64.rem_s", i64(5), i64(2)).returns(i64(1)),
        c("i64.wast:114", "i64.rem_s", i64(-5), i64(2)).returns(i64(-1)),
        c("i64.wast:115", "i64.rem_s", i64(5), i64(-2)).returns(i64(1)),
        c("i64.wast:116", "i64.rem_s", i64(-5), i64(-2)).returns(i64(-1)),
        c("i64.wast:117", "i64.rem_s", i64(7), i64(3)).returns(i64(1)),
        c("i64.wast:118", "i64.rem_s", i64(-7), i64(3)).returns(i64(-1)),
        c("i64.wast:119", "i64.rem_s", i64(7), i64(-3)).returns(i64(1)),
        c("i64.wast:120", "i64.rem_s", i64(-7), i64(-3)).returns(i64(-1)),
        c("i64.wast:121", "i64.rem_s", i64(11), i64(5)).returns(i64(1)),
        c("i64.wast:122", "i64.rem_s", i64(17), i64(7)).returns(i64(3)),
        c("i64.wast:124", "i64.rem_u", i64(1), i64(0)).traps("integer divide by zero"),
        c("i64.wast:125", "i64.rem_u", i64(0), i64(0)).traps("integer divide by zero"),
        c("i64.wast:126", "i64.rem_u", i64(1), i64(1)).returns(i64(0)),
        c("i64.wast:127", "i64.rem_u", i64(0), i64(1)).returns(i64(0)),
        c("i64.wast:128", "i64.rem_u", i64(-1), i64(-1)).returns(i64(0)),
        c("i64.wast:129", "i64.rem_u", i64(0x8000000000000000L), i64(-1))
            .returns(i64(0x8000000000000000L)),
        c("i64.wast:130", "i64.rem_u", i64(0x8000000000000000L), i64(2)).returns(i64(0)),
        c("i64.wast:131", "i64.rem_u", i64(0x8ff00ff00ff00ff0L), i64(0x0000000100000001L))
            .returns(i64(0x0000000080000001L)),
        c("i64.wast:132", "i64.rem_u", i64(0x8000000000000001L), i64(1000)).returns(i64(809)),
        c("i64.wast:133", "i64.rem_u", i64(5), i64(2)).returns(i64(1)),
        c("i64.wast:134", "i64.rem_u", i64(-5), i64(2)).returns(i64(1)),
        c("i64.wast:135", "i64.rem_u", i64(5), i64(-2)).returns(i64(5)),
        c("i64.wast:136", "i64.rem_u", i64(-5), i64(-2)).returns(i64(-5)),
        c("i64.wast:137", "i64.rem_u", i64(7), i64(3)).returns(i64(1)),
        c("i64.wast:138", "i64.rem_u", i64(11), i64(5)).returns(i64(1)),
        c("i64.wast:139", "i64.rem_u", i64(17), i64(7)).returns(i64(3)),
        c("i64.wast:298", "i64.eqz", i64(0)).returns(i32(1)),
        c("i64.wast:299", "i64.eqz", i64(1)).returns(i32(0)),
        c("i64.wast:301", "i64.eqz", i64(0x7fffffffffffffffL)).returns(i32(0)),
        c("i64.wast:302", "i64.eqz", i64(-1)).returns(i32(0)),
        c("i64.wast:304", "i64.eq", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:308", "i64.eq", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(1)),
        c("i64.wast:313", "i64.eq", i64(0), i64(0x8000000000000000L)).returns(i32(0)),
        c("i64.wast:317", "i64.eq", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:319", "i64.ne", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:323", "i64.ne", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(0)),
        c("i64.wast:328", "i64.ne", i64(0), i64(0x8000000000000000L)).returns(i32(1)),
        c("i64.wast:332", "i64.ne", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:334", "i64.lt_s", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:338", "i64.lt_s", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(0)),
        c("i64.wast:343", "i64.lt_s", i64(0), i64(0x8000000000000000L)).returns(i32(0)),
        c("i64.wast:347", "i64.lt_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:349", "i64.lt_u", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:353", "i64.lt_u", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(0)),
        c("i64.wast:358", "i64.lt_u", i64(0), i64(0x8000000000000000L)).returns(i32(1)),
        c("i64.wast:362", "i64.lt_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:364", "i64.le_s", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:368", "i64.le_s", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(1)),
        c("i64.wast:373", "i64.le_s", i64(0), i64(0x8000000000000000L)).returns(i32(0)),
        c("i64.wast:377", "i64.le_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:379", "i64.le_u", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:383", "i64.le_u", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(1)),
        c("i64.wast:388", "i64.le_u", i64(0), i64(0x8000000000000000L)).returns(i32(1)),
        c("i64.wast:392", "i64.le_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:394", "i64.gt_s", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:398", "i64.gt_s", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(0)),
        c("i64.wast:403", "i64.gt_s", i64(0), i64(0x8000000000000000L)).returns(i32(1)),
        c("i64.wast:407", "i64.gt_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:409", "i64.gt_u", i64(0), i64(0)).returns(i32(0)),
        c("i64.wast:413", "i64.gt_u", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(0)),
        c("i64.wast:418", "i64.gt_u", i64(0), i64(0x8000000000000000L)).returns(i32(0)),
        c("i64.wast:422", "i64.gt_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        c("i64.wast:424", "i64.ge_s", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:428", "i64.ge_s", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(1)),
        c("i64.wast:433", "i64.ge_s", i64(0), i64(0x8000000000000000L)).returns(i32(1)),
        c("i64.wast:437", "i64.ge_s", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(1)),
        c("i64.wast:439", "i64.ge_u", i64(0), i64(0)).returns(i32(1)),
        c("i64.wast:443", "i64.ge_u", i64(0x7fffffffffffffffL), i64(0x7fffffffffffffffL))
            .returns(i32(1)),
        c("i64.wast:448", "i64.ge_u", i64(0), i64(0x8000000000000000L)).returns(i32(0)),
        c("i64.wast:452", "i64.ge_u", i64(0x7fffffffffffffffL), i64(0x8000000000000000L))
            .returns(i32(0)),
        // conversions.wast
        c("conversions.wast:64", "i32.trunc_f32_s", f32(0.0f)).returns(i32(0)),
        c("conversions.wast:65", "i32.trunc_f32_s", f32(-0.0f)).returns(i32(0)),
        c("conversions.wast:66", "i32.trunc_f32_s", f32(0x1p-149f)).returns(i32(0)),
        c("conversions.wast:67", "i32.trunc_f32_s", f32(-0x1p-149f)).returns(i32(0)),
        c("conversions.wast:68", "i32.trunc_f32_s", f32(1.0f)).returns(i32(1)),
        c("conversions.wast:69", "i32.trunc_f32_s", f32(0x1.19999ap+0f)).returns(i32(1)),
        c("conversions.wast:70", "i32.trunc_f32_s", f32(1.5f)).returns(i32(1)),
        c("conversions.wast:71", "i32.trunc_f32_s", f32(-1.0f)).returns(i32(-1)),
        c("conversions.wast:72", "i32.trunc_f32_s", f32(-0x1.19999ap+0f)).returns(i32(-1)),
        c("conversions.wast:73", "i32.trunc_f32_s", f32(-1.5f)).returns(i32(-1)),
        c("conversions.wast:74", "i32.trunc_f32_s", f32(-0x1.e66666p+0f)).returns(i32(-1)),
        c("conversions.wast:75", "i32.trunc_f32_s", f32(-2.0f)).returns(i32(-2)),
        c("conversions.wast:76", "i32.trunc_f32_s", f32(2147483520.0f)).returns(i32(0x7fffff80)),
        c("conversions.wast:77", "i32.trunc_f32_s", f32(-2147483648.0f)).returns(i32(0x80000000)),
        c("conversions.wast:78", "i32.trunc_f32_s", f32(2147483648.0f)).traps("integer overflow"),
        c("conversions.wast:79", "i32.trunc_f32_s", f32(-2147483904.0f)).traps("integer overflow"),
        c("conversions.wast:80", "i32.trunc_f32_s", f32(Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:81", "i32.trunc_f32_s", f32(-Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:82", "i32.trunc_f32_s", f32Bits(0x7fc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:83", "i32.trunc_f32_s", f32Bits(0x7fa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:84", "i32.trunc_f32_s", f32Bits(0xffc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:85", "i32.trunc_f32_s", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:87", "i32.trunc_f32_u", f32(0.0f)).returns(i32(0)),
        c("conversions.wast:88", "i32.trunc_f32_u", f32(-0.0f)).returns(i32(0)),
        c("conversions.wast:89", "i32.trunc_f32_u", f32(0x1p-149f)).returns(i32(0)),
        c("conversions.wast:90", "i32.trunc_f32_u", f32(-0x1p-149f)).returns(i32(0)),
        c("conversions.wast:91", "i32.trunc_f32_u", f32(1.0f)).returns(i32(1)),
        c("conversions.wast:92", "i32.trunc_f32_u", f32(0x1.19999ap+0f)).returns(i32(1)),
        c("conversions.wast:93", "i32.trunc_f32_u", f32(1.5f)).returns(i32(1)),
        c("conversions.wast:94", "i32.trunc_f32_u", f32(0x1.e66666p+0f)).returns(i32(1)),
        c("conversions.wast:95", "i32.trunc_f32_u", f32(2.0f)).returns(i32(2)),
        c("conversions.wast:96", "i32.trunc_f32_u", f32(2147483648.0f)).returns(i32(0x80000000)),
        c("conversions.wast:97", "i32.trunc_f32_u", f32(4294967040.0f)).returns(i32(-256)),
        c("conversions.wast:98", "i32.trunc_f32_u", f32(-0x1.ccccccp-1f)).returns(i32(0)),
        c("conversions.wast:99", "i32.trunc_f32_u", f32(-0x1.fffffep-1f)).returns(i32(0)),
        c("conversions.wast:100", "i32.trunc_f32_u", f32(4294967296.0f)).traps("integer overflow"),
        c("conversions.wast:101", "i32.trunc_f32_u", f32(-1.0f)).traps("integer overflow"),
        c("conversions.wast:102", "i32.trunc_f32_u", f32(Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:103", "i32.trunc_f32_u", f32(-Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:104", "i32.trunc_f32_u", f32Bits(0x7fc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:105", "i32.trunc_f32_u", f32Bits(0x7fa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:106", "i32.trunc_f32_u", f32Bits(0xffc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:107", "i32.trunc_f32_u", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:109", "i32.trunc_f64_s", f64(0.0)).returns(i32(0)),
        c("conversions.wast:110", "i32.trunc_f64_s", f64(-0.0)).returns(i32(0)),
        c("conversions.wast:111", "i32.trunc_f64_s", f64(5e-324)).returns(i32(0)),
        c("conversions.wast:112", "i32.trunc_f64_s", f64(-5e-324)).returns(i32(0)),
        c("conversions.wast:113", "i32.trunc_f64_s", f64(1.0)).returns(i32(1)),
        c("conversions.wast:114", "i32.trunc_f64_s", f64(1.1)).returns(i32(1)),
        c("conversions.wast:115", "i32.trunc_f64_s", f64(1.5)).returns(i32(1)),
        c("conversions.wast:116", "i32.trunc_f64_s", f64(-1.0)).returns(i32(-1)),
        c("conversions.wast:117", "i32.trunc_f64_s", f64(-1.1)).returns(i32(-1)),
        c("conversions.wast:118", "i32.trunc_f64_s", f64(-1.5)).returns(i32(-1)),
        c("conversions.wast:119", "i32.trunc_f64_s", f64(-1.9)).returns(i32(-1)),
        c("conversions.wast:120", "i32.trunc_f64_s", f64(-2.0)).returns(i32(-2)),
        c("conversions.wast:121", "i32.trunc_f64_s", f64(2147483647.0)).returns(i32(0x7fffffff)),
        c("conversions.wast:122", "i32.trunc_f64_s", f64(-2147483648.0)).returns(i32(0x80000000)),
        c("conversions.wast:123", "i32.trunc_f64_s", f64(-2147483648.9)).returns(i32(0x80000000)),
        c("conversions.wast:124", "i32.trunc_f64_s", f64(2147483647.9)).returns(i32(0x7fffffff)),
        c("conversions.wast:125", "i32.trunc_f64_s", f64(2147483648.0)).traps("integer overflow"),
        c("conversions.wast:126", "i32.trunc_f64_s", f64(-2147483649.0)).traps("integer overflow"),
        c("conversions.wast:127", "i32.trunc_f64_s", f64(Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:128", "i32.trunc_f64_s", f64(-Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:129", "i32.trunc_f64_s", f64Bits(0x7ff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:130", "i32.trunc_f64_s", f64Bits(0x7ff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:131", "i32.trunc_f64_s", f64Bits(0xfff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:132", "i32.trunc_f64_s", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:134", "i32.trunc_f64_u", f64(0.0)).returns(i32(0)),
        c("conversions.wast:135", "i32.trunc_f64_u", f64(-0.0)).returns(i32(0)),
        c("conversions.wast:136", "i32.trunc_f64_u", f64(5e-324)).returns(i32(0)),
        c("conversions.wast:137", "i32.trunc_f64_u", f64(-5e-324)).returns(i32(0)),
        c("conversions.wast:138", "i32.trunc_f64_u", f64(1.0)).returns(i32(1)),
        c("conversions.wast:139", "i32.trunc_f64_u", f64(1.1)).returns(i32(1)),
        c("conversions.wast:140", "i32.trunc_f64_u", f64(1.5)).returns(i32(1)),
        c("conversions.wast:141", "i32.trunc_f64_u", f64(1.9)).returns(i32(1)),
        c("conversions.wast:142", "i32.trunc_f64_u", f64(2.0)).returns(i32(2)),
        c("conversions.wast:143", "i32.trunc_f64_u", f64(2147483648.0)).returns(i32(0x80000000)),
        c("conversions.wast:144", "i32.trunc_f64_u", f64(4294967295.0)).returns(i32(-1)),
        c("conversions.wast:145", "i32.trunc_f64_u", f64(-0.9)).returns(i32(0)),
        c("conversions.wast:146", "i32.trunc_f64_u", f64(-0x1.fffffffffffffp-1)).returns(i32(0)),
        c("conversions.wast:147", "i32.trunc_f64_u", f64(100000000.0)).returns(i32(0x05f5e100)),
        c("conversions.wast:148", "i32.trunc_f64_u", f64(-0.9)).returns(i32(0)),
        c("conversions.wast:149", "i32.trunc_f64_u", f64(4294967295.9)).returns(i32(-1)),
        c("conversions.wast:150", "i32.trunc_f64_u", f64(4294967296.0)).traps("integer overflow"),
        c("conversions.wast:151", "i32.trunc_f64_u", f64(-1.0)).traps("integer overflow"),
        c("conversions.wast:152", "i32.trunc_f64_u", f64(1e+16)).traps("integer overflow"),
        c("conversions.wast:153", "i32.trunc_f64_u", f64(1e+30)).traps("integer overflow"),
        c("conversions.wast:154", "i32.trunc_f64_u", f64(0x1p+63)).traps("integer overflow"),
        c("conversions.wast:155", "i32.trunc_f64_u", f64(Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:156", "i32.trunc_f64_u", f64(-Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:157", "i32.trunc_f64_u", f64Bits(0x7ff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:158", "i32.trunc_f64_u", f64Bits(0x7ff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:159", "i32.trunc_f64_u", f64Bits(0xfff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:160", "i32.trunc_f64_u", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:162", "i64.trunc_f32_s", f32(0.0f)).returns(i64(0)),
        c("conversions.wast:163", "i64.trunc_f32_s", f32(-0.0f)).returns(i64(0)),
        c("conversions.wast:164", "i64.trunc_f32_s", f32(0x1p-149f)).returns(i64(0)),
        c("conversions.wast:165", "i64.trunc_f32_s", f32(-0x1p-149f)).returns(i64(0)),
        c("conversions.wast:166", "i64.trunc_f32_s", f32(1.0f)).returns(i64(1)),
        c("conversions.wast:167", "i64.trunc_f32_s", f32(0x1.19999ap+0f)).returns(i64(1)),
        c("conversions.wast:168", "i64.trunc_f32_s", f32(1.5f)).returns(i64(1)),
        c("conversions.wast:169", "i64.trunc_f32_s", f32(-1.0f)).returns(i64(-1)),
        c("conversions.wast:170", "i64.trunc_f32_s", f32(-0x1.19999ap+0f)).returns(i64(-1)),
        c("conversions.wast:171", "i64.trunc_f32_s", f32(-1.5f)).returns(i64(-1)),
        c("conversions.wast:172", "i64.trunc_f32_s", f32(-0x1.e66666p+0f)).returns(i64(-1)),
        c("conversions.wast:173", "i64.trunc_f32_s", f32(-2.0f)).returns(i64(-2)),
        c("conversions.wast:174", "i64.trunc_f32_s", f32(4294967296.0f))
            .returns(i64(0x0000000100000000L)),
        c("conversions.wast:175", "i64.trunc_f32_s", f32(-4294967296.0f))
            .returns(i64(0xffffffff00000000L)),
        c("conversions.wast:176", "i64.trunc_f32_s", f32(0x1.fffffep+62f))
            .returns(i64(0x7fffff8000000000L)),
        c("conversions.wast:177", "i64.trunc_f32_s", f32(-0x1p+63f))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:178", "i64.trunc_f32_s", f32(0x1p+63f)).traps("integer overflow"),
        c("conversions.wast:179", "i64.trunc_f32_s", f32(-0x1.000002p+63f))
            .traps("integer overflow"),
        c("conversions.wast:180", "i64.trunc_f32_s", f32(Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:181", "i64.trunc_f32_s", f32(-Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:182", "i64.trunc_f32_s", f32Bits(0x7fc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:183", "i64.trunc_f32_s", f32Bits(0x7fa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:184", "i64.trunc_f32_s", f32Bits(0xffc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:185", "i64.trunc_f32_s", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:187", "i64.trunc_f32_u", f32(0.0f)).returns(i64(0)),
        c("conversions.wast:188", "i64.trunc_f32_u", f32(-0.0f)).returns(i64(0)),
        c("conversions.wast:189", "i64.trunc_f32_u", f32(0x1p-149f)).returns(i64(0)),
        c("conversions.wast:190", "i64.trunc_f32_u", f32(-0x1p-149f)).returns(i64(0)),
        c("conversions.wast:191", "i64.trunc_f32_u", f32(1.0f)).returns(i64(1)),
        c("conversions.wast:192", "i64.trunc_f32_u", f32(0x1.19999ap+0f)).returns(i64(1)),
        c("conversions.wast:193", "i64.trunc_f32_u", f32(1.5f)).returns(i64(1)),
        c("conversions.wast:194", "i64.trunc_f32_u", f32(4294967296.0f))
            .returns(i64(0x0000000100000000L)),
        c("conversions.wast:195", "i64.trunc_f32_u", f32(0x1.fffffep+63f))
            .returns(i64(0xffffff0000000000L)),
        c("conversions.wast:196", "i64.trunc_f32_u", f32(-0x1.ccccccp-1f)).returns(i64(0)),
        c("conversions.wast:197", "i64.trunc_f32_u", f32(-0x1.fffffep-1f)).returns(i64(0)),
        c("conversions.wast:198", "i64.trunc_f32_u", f32(0x1p+64f)).traps("integer overflow"),
        c("conversions.wast:199", "i64.trunc_f32_u", f32(-1.0f)).traps("integer overflow"),
        c("conversions.wast:200", "i64.trunc_f32_u", f32(Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:201", "i64.trunc_f32_u", f32(-Float.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:202", "i64.trunc_f32_u", f32Bits(0x7fc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:203", "i64.trunc_f32_u", f32Bits(0x7fa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:204", "i64.trunc_f32_u", f32Bits(0xffc00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:205", "i64.trunc_f32_u", f32Bits(0xffa00000))
            .traps("invalid conversion to integer"),
        c("conversions.wast:207", "i64.trunc_f64_s", f64(0.0)).returns(i64(0)),
        c("conversions.wast:208", "i64.trunc_f64_s", f64(-0.0)).returns(i64(0)),
        c("conversions.wast:209", "i64.trunc_f64_s", f64(5e-324)).returns(i64(0)),
        c("conversions.wast:210", "i64.trunc_f64_s", f64(-5e-324)).returns(i64(0)),
        c("conversions.wast:211", "i64.trunc_f64_s", f64(1.0)).returns(i64(1)),
        c("conversions.wast:212", "i64.trunc_f64_s", f64(1.1)).returns(i64(1)),
        c("conversions.wast:213", "i64.trunc_f64_s", f64(1.5)).returns(i64(1)),
        c("conversions.wast:214", "i64.trunc_f64_s", f64(-1.0)).returns(i64(-1)),
        c("conversions.wast:215", "i64.trunc_f64_s", f64(-1.1)).returns(i64(-1)),
        c("conversions.wast:216", "i64.trunc_f64_s", f64(-1.5)).returns(i64(-1)),
        c("conversions.wast:217", "i64.trunc_f64_s", f64(-1.9)).returns(i64(-1)),
        c("conversions.wast:218", "i64.trunc_f64_s", f64(-2.0)).returns(i64(-2)),
        c("conversions.wast:219", "i64.trunc_f64_s", f64(4294967296.0))
            .returns(i64(0x0000000100000000L)),
        c("conversions.wast:220", "i64.trunc_f64_s", f64(-4294967296.0))
            .returns(i64(0xffffffff00000000L)),
        c("conversions.wast:221", "i64.trunc_f64_s", f64(0x1.fffffffffffffp+62))
            .returns(i64(0x7ffffffffffffc00L)),
        c("conversions.wast:222", "i64.trunc_f64_s", f64(-0x1p+63))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:223", "i64.trunc_f64_s", f64(0x1p+63)).traps("integer overflow"),
        c("conversions.wast:224", "i64.trunc_f64_s", f64(-0x1.0000000000001p+63))
            .traps("integer overflow"),
        c("conversions.wast:225", "i64.trunc_f64_s", f64(Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:226", "i64.trunc_f64_s", f64(-Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:227", "i64.trunc_f64_s", f64Bits(0x7ff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:228", "i64.trunc_f64_s", f64Bits(0x7ff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:229", "i64.trunc_f64_s", f64Bits(0xfff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:230", "i64.trunc_f64_s", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:232", "i64.trunc_f64_u", f64(0.0)).returns(i64(0)),
        c("conversions.wast:233", "i64.trunc_f64_u", f64(-0.0)).returns(i64(0)),
        c("conversions.wast:234", "i64.trunc_f64_u", f64(5e-324)).returns(i64(0)),
        c("conversions.wast:235", "i64.trunc_f64_u", f64(-5e-324)).returns(i64(0)),
        c("conversions.wast:236", "i64.trunc_f64_u", f64(1.0)).returns(i64(1)),
        c("conversions.wast:237", "i64.trunc_f64_u", f64(1.1)).returns(i64(1)),
        c("conversions.wast:238", "i64.trunc_f64_u", f64(1.5)).returns(i64(1)),
        c("conversions.wast:239", "i64.trunc_f64_u", f64(4294967295.0))
            .returns(i64(0x00000000ffffffffL)),
        c("conversions.wast:240", "i64.trunc_f64_u", f64(4294967296.0))
            .returns(i64(0x0000000100000000L)),
        c("conversions.wast:241", "i64.trunc_f64_u", f64(0x1.fffffffffffffp+63))
            .returns(i64(-2048)),
        c("conversions.wast:242", "i64.trunc_f64_u", f64(-0.9)).returns(i64(0)),
        c("conversions.wast:243", "i64.trunc_f64_u", f64(-0x1.fffffffffffffp-1)).returns(i64(0)),
        c("conversions.wast:244", "i64.trunc_f64_u", f64(100000000.0))
            .returns(i64(0x0000000005f5e100L)),
        c("conversions.wast:245", "i64.trunc_f64_u", f64(1e+16)).returns(i64(0x002386f26fc10000L)),
        c("conversions.wast:246", "i64.trunc_f64_u", f64(0x1p+63))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:247", "i64.trunc_f64_u", f64(0x1p+64)).traps("integer overflow"),
        c("conversions.wast:248", "i64.trunc_f64_u", f64(-1.0)).traps("integer overflow"),
        c("conversions.wast:249", "i64.trunc_f64_u", f64(Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:250", "i64.trunc_f64_u", f64(-Double.POSITIVE_INFINITY))
            .traps("integer overflow"),
        c("conversions.wast:251", "i64.trunc_f64_u", f64Bits(0x7ff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:252", "i64.trunc_f64_u", f64Bits(0x7ff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:253", "i64.trunc_f64_u", f64Bits(0xfff8000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:254", "i64.trunc_f64_u", f64Bits(0xfff4000000000000L))
            .traps("invalid conversion to integer"),
        c("conversions.wast:288", "i32.trunc_sat_f32_u", f32(0.0f)).returns(i32(0)),
        c("conversions.wast:289", "i32.trunc_sat_f32_u", f32(-0.0f)).returns(i32(0)),
        c("conversions.wast:290", "i32.trunc_sat_f32_u", f32(0x1p-149f)).returns(i32(0)),
        c("conversions.wast:291", "i32.trunc_sat_f32_u", f32(-0x1p-149f)).returns(i32(0)),
        c("conversions.wast:292", "i32.trunc_sat_f32_u", f32(1.0f)).returns(i32(1)),
        c("conversions.wast:293", "i32.trunc_sat_f32_u", f32(0x1.19999ap+0f)).returns(i32(1)),
        c("conversions.wast:294", "i32.trunc_sat_f32_u", f32(1.5f)).returns(i32(1)),
        c("conversions.wast:295", "i32.trunc_sat_f32_u", f32(0x1.e66666p+0f)).returns(i32(1)),
        c("conversions.wast:296", "i32.trunc_sat_f32_u", f32(2.0f)).returns(i32(2)),
        c("conversions.wast:297", "i32.trunc_sat_f32_u", f32(2147483648.0f))
            .returns(i32(0x80000000)),
        c("conversions.wast:298", "i32.trunc_sat_f32_u", f32(4294967040.0f)).returns(i32(-256)),
        c("conversions.wast:299", "i32.trunc_sat_f32_u", f32(-0x1.ccccccp-1f)).returns(i32(0)),
        c("conversions.wast:300", "i32.trunc_sat_f32_u", f32(-0x1.fffffep-1f)).returns(i32(0)),
        c("conversions.wast:301", "i32.trunc_sat_f32_u", f32(4294967296.0f)).returns(i32(-1)),
        c("conversions.wast:302", "i32.trunc_sat_f32_u", f32(-1.0f)).returns(i32(0)),
        c("conversions.wast:303", "i32.trunc_sat_f32_u", f32(Float.POSITIVE_INFINITY))
            .returns(i32(-1)),
        c("conversions.wast:304", "i32.trunc_sat_f32_u", f32(-Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("conversions.wast:305", "i32.trunc_sat_f32_u", f32Bits(0x7fc00000)).returns(i32(0)),
        c("conversions.wast:306", "i32.trunc_sat_f32_u", f32Bits(0x7fa00000)).returns(i32(0)),
        c("conversions.wast:307", "i32.trunc_sat_f32_u", f32Bits(0xffc00000)).returns(i32(0)),
        c("conversions.wast:308", "i32.trunc_sat_f32_u", f32Bits(0xffa00000)).returns(i32(0)),
        c("conversions.wast:333", "i32.trunc_sat_f64_u", f64(0.0)).returns(i32(0)),
        c("conversions.wast:334", "i32.trunc_sat_f64_u", f64(-0.0)).returns(i32(0)),
        c("conversions.wast:335", "i32.trunc_sat_f64_u", f64(5e-324)).returns(i32(0)),
        c("conversions.wast:336", "i32.trunc_sat_f64_u", f64(-5e-324)).returns(i32(0)),
        c("conversions.wast:337", "i32.trunc_sat_f64_u", f64(1.0)).returns(i32(1)),
        c("conversions.wast:338", "i32.trunc_sat_f64_u", f64(1.1)).returns(i32(1)),
        c("conversions.wast:339", "i32.trunc_sat_f64_u", f64(1.5)).returns(i32(1)),
        c("conversions.wast:340", "i32.trunc_sat_f64_u", f64(1.9)).returns(i32(1)),
        c("conversions.wast:341", "i32.trunc_sat_f64_u", f64(2.0)).returns(i32(2)),
        c("conversions.wast:342", "i32.trunc_sat_f64_u", f64(2147483648.0))
            .returns(i32(0x80000000)),
        c("conversions.wast:343", "i32.trunc_sat_f64_u", f64(4294967295.0)).returns(i32(-1)),
        c("conversions.wast:344", "i32.trunc_sat_f64_u", f64(-0.9)).returns(i32(0)),
        c("conversions.wast:345", "i32.trunc_sat_f64_u", f64(-0x1.fffffffffffffp-1))
            .returns(i32(0)),
        c("conversions.wast:346", "i32.trunc_sat_f64_u", f64(100000000.0)).returns(i32(0x05f5e100)),
        c("conversions.wast:347", "i32.trunc_sat_f64_u", f64(4294967296.0)).returns(i32(-1)),
        c("conversions.wast:348", "i32.trunc_sat_f64_u", f64(-1.0)).returns(i32(0)),
        c("conversions.wast:349", "i32.trunc_sat_f64_u", f64(1e+16)).returns(i32(-1)),
        c("conversions.wast:350", "i32.trunc_sat_f64_u", f64(1e+30)).returns(i32(-1)),
        c("conversions.wast:351", "i32.trunc_sat_f64_u", f64(0x1p+63)).returns(i32(-1)),
        c("conversions.wast:352", "i32.trunc_sat_f64_u", f64(Double.POSITIVE_INFINITY))
            .returns(i32(-1)),
        c("conversions.wast:353", "i32.trunc_sat_f64_u", f64(-Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("conversions.wast:354", "i32.trunc_sat_f64_u", f64Bits(0x7ff8000000000000L))
            .returns(i32(0)),
        c("conversions.wast:355", "i32.trunc_sat_f64_u", f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("conversions.wast:356", "i32.trunc_sat_f64_u", f64Bits(0xfff8000000000000L))
            .returns(i32(0)),
        c("conversions.wast:357", "i32.trunc_sat_f64_u", f64Bits(0xfff4000000000000L))
            .returns(i32(0)),
        c("conversions.wast:384", "i64.trunc_sat_f32_u", f32(0.0f)).returns(i64(0)),
        c("conversions.wast:385", "i64.trunc_sat_f32_u", f32(-0.0f)).returns(i64(0)),
        c("conversions.wast:386", "i64.trunc_sat_f32_u", f32(0x1p-149f)).returns(i64(0)),
        c("conversions.wast:387", "i64.trunc_sat_f32_u", f32(-0x1p-149f)).returns(i64(0)),
        c("conversions.wast:388", "i64.trunc_sat_f32_u", f32(1.0f)).returns(i64(1)),
        c("conversions.wast:389", "i64.trunc_sat_f32_u", f32(0x1.19999ap+0f)).returns(i64(1)),
        c("conversions.wast:390", "i64.trunc_sat_f32_u", f32(1.5f)).returns(i64(1)),
        c("conversions.wast:391", "i64.trunc_sat_f32_u", f32(4294967296.0f))
            .returns(i64(0x0000000100000000L)),
        c("conversions.wast:392", "i64.trunc_sat_f32_u", f32(0x1.fffffep+63f))
            .returns(i64(0xffffff0000000000L)),
        c("conversions.wast:393", "i64.trunc_sat_f32_u", f32(-0x1.ccccccp-1f)).returns(i64(0)),
        c("conversions.wast:394", "i64.trunc_sat_f32_u", f32(-0x1.fffffep-1f)).returns(i64(0)),
        c("conversions.wast:395", "i64.trunc_sat_f32_u", f32(0x1p+64f)).returns(i64(-1)),
        c("conversions.wast:396", "i64.trunc_sat_f32_u", f32(-1.0f)).returns(i64(0)),
        c("conversions.wast:397", "i64.trunc_sat_f32_u", f32(Float.POSITIVE_INFINITY))
            .returns(i64(-1)),
        c("conversions.wast:398", "i64.trunc_sat_f32_u", f32(-Float.POSITIVE_INFINITY))
            .returns(i64(0)),
        c("conversions.wast:399", "i64.trunc_sat_f32_u", f32Bits(0x7fc00000)).returns(i64(0)),
        c("conversions.wast:400", "i64.trunc_sat_f32_u", f32Bits(0x7fa00000)).returns(i64(0)),
        c("conversions.wast:401", "i64.trunc_sat_f32_u", f32Bits(0xffc00000)).returns(i64(0)),
        c("conversions.wast:402", "i64.trunc_sat_f32_u", f32Bits(0xffa00000)).returns(i64(0)),
        c("conversions.wast:429", "i64.trunc_sat_f64_u", f64(0.0)).returns(i64(0)),
        c("conversions.wast:430", "i64.trunc_sat_f64_u", f64(-0.0)).returns(i64(0)),
        c("conversions.wast:431", "i64.trunc_sat_f64_u", f64(5e-324)).returns(i64(0)),
        c("conversions.wast:432", "i64.trunc_sat_f64_u", f64(-5e-324)).returns(i64(0)),
        c("conversions.wast:433", "i64.trunc_sat_f64_u", f64(1.0)).returns(i64(1)),
        c("conversions.wast:434", "i64.trunc_sat_f64_u", f64(1.1)).returns(i64(1)),
        c("conversions.wast:435", "i64.trunc_sat_f64_u", f64(1.5)).returns(i64(1)),
        c("conversions.wast:436", "i64.trunc_sat_f64_u", f64(4294967295.0))
            .returns(i64(0x00000000ffffffffL)),
        c("conversions.wast:437", "i64.trunc_sat_f64_u", f64(4294967296.0))
            .returns(i64(0x0000000100000000L)),
        c("conversions.wast:438", "i64.trunc_sat_f64_u", f64(0x1.fffffffffffffp+63))
            .returns(i64(-2048)),
        c("conversions.wast:439", "i64.trunc_sat_f64_u", f64(-0.9)).returns(i64(0)),
        c("conversions.wast:440", "i64.trunc_sat_f64_u", f64(-0x1.fffffffffffffp-1))
            .returns(i64(0)),
        c("conversions.wast:441", "i64.trunc_sat_f64_u", f64(100000000.0))
            .returns(i64(0x0000000005f5e100L)),
        c("conversions.wast:442", "i64.trunc_sat_f64_u", f64(1e+16))
            .returns(i64(0x002386f26fc10000L)),
        c("conversions.wast:443", "i64.trunc_sat_f64_u", f64(0x1p+63))
            .returns(i64(0x8000000000000000L)),
        c("conversions.wast:444", "i64.trunc_sat_f64_u", f64(0x1p+64)).returns(i64(-1)),
        c("conversions.wast:445", "i64.trunc_sat_f64_u", f64(-1.0)).returns(i64(0)),
        c("conversions.wast:446", "i64.trunc_sat_f64_u", f64(Double.POSITIVE_INFINITY))
            .returns(i64(-1)),
        c("conversions.wast:447", "i64.trunc_sat_f64_u", f64(-Double.POSITIVE_INFINITY))
            .returns(i64(0)),
        c("conversions.wast:448", "i64.trunc_sat_f64_u", f64Bits(0x7ff8000000000000L))
            .returns(i64(0)),
        c("conversions.wast:449", "i64.trunc_sat_f64_u", f64Bits(0x7ff4000000000000L))
            .returns(i64(0)),
        c("conversions.wast:450", "i64.trunc_sat_f64_u", f64Bits(0xfff8000000000000L))
            .returns(i64(0)),
        c("conversions.wast:451", "i64.trunc_sat_f64_u", f64Bits(0xfff4000000000000L))
            .returns(i64(0)),
        c("conversions.wast:495", "f32.convert_i32_u", i32(1)).returns(f32(1.0f)),
        c("conversions.wast:496", "f32.convert_i32_u", i32(0)).returns(f32(0.0f)),
        c("conversions.wast:497", "f32.convert_i32_u", i32(0x7fffffff)).returns(f32(2147483648.0f)),
        c("conversions.wast:498", "f32.convert_i32_u", i32(0x80000000)).returns(f32(2147483648.0f)),
        c("conversions.wast:499", "f32.convert_i32_u", i32(0x12345678)).returns(f32(305419904.0f)),
        c("conversions.wast:500", "f32.convert_i32_u", i32(-1)).returns(f32(4294967296.0f)),
        c("conversions.wast:501", "f32.convert_i32_u", i32(0x80000080)).returns(f32(2147483648.0f)),
        c("conversions.wast:502", "f32.convert_i32_u", i32(0x80000081)).returns(f32(2147483904.0f)),
        c("conversions.wast:503", "f32.convert_i32_u", i32(0x80000082)).returns(f32(2147483904.0f)),
        c("conversions.wast:504", "f32.convert_i32_u", i32(-384)).returns(f32(4294966784.0f)),
        c("conversions.wast:505", "f32.convert_i32_u", i32(-383)).returns(f32(4294967040.0f)),
        c("conversions.wast:506", "f32.convert_i32_u", i32(-382)).returns(f32(4294967040.0f)),
        c("conversions.wast:508", "f32.convert_i32_u", i32(0x01000001)).returns(f32(16777216.0f)),
        c("conversions.wast:509", "f32.convert_i32_u", i32(0x01000003)).returns(f32(16777220.0f)),
        c("conversions.wast:511", "f32.convert_i64_u", i64(1)).returns(f32(1.0f)),
        c("conversions.wast:512", "f32.convert_i64_u", i64(0)).returns(f32(0.0f)),
        c("conversions.wast:513", "f32.convert_i64_u", i64(0x7fffffffffffffffL))
            .returns(f32(0x1p+63f)),
        c("conversions.wast:514", "f32.convert_i64_u", i64(0x8000000000000000L))
            .returns(f32(0x1p+63f)),
        c("conversions.wast:515", "f32.convert_i64_u", i64(-1)).returns(f32(0x1p+64f)),
        c("conversions.wast:517", "f32.convert_i64_u", i64(0x0000000001000001L))
            .returns(f32(16777216.0f)),
        c("conversions.wast:518", "f32.convert_i64_u", i64(0x0000000001000003L))
            .returns(f32(16777220.0f)),
        c("conversions.wast:520", "f32.convert_i64_u", i64(0x0020000020000001L))
            .returns(f32(0x1.000002p+53f)),
        c("conversions.wast:521", "f32.convert_i64_u", i64(0x7fffffbfffffffffL))
            .returns(f32(0x1.fffffep+62f)),
        c("conversions.wast:522", "f32.convert_i64_u", i64(0x8000008000000001L))
            .returns(f32(0x1.000002p+63f)),
        c("conversions.wast:523", "f32.convert_i64_u", i64(0xfffffe8000000001L))
            .returns(f32(0x1.fffffep+63f)),
        c("conversions.wast:525", "f64.convert_i32_u", i32(1)).returns(f64(1.0)),
        c("conversions.wast:526", "f64.convert_i32_u", i32(0)).returns(f64(0.0)),
        c("conversions.wast:527", "f64.convert_i32_u", i32(0x7fffffff)).returns(f64(2147483647.0)),
        c("conversions.wast:528", "f64.convert_i32_u", i32(0x80000000)).returns(f64(2147483648.0)),
        c("conversions.wast:529", "f64.convert_i32_u", i32(-1)).returns(f64(4294967295.0)),
        c("conversions.wast:531", "f64.convert_i64_u", i64(1)).returns(f64(1.0)),
        c("conversions.wast:532", "f64.convert_i64_u", i64(0)).returns(f64(0.0)),
        c("conversions.wast:533", "f64.convert_i64_u", i64(0x7fffffffffffffffL))
            .returns(f64(0x1p+63)),
        c("conversions.wast:534", "f64.convert_i64_u", i64(0x8000000000000000L))
            .returns(f64(0x1p+63)),
        c("conversions.wast:535", "f64.convert_i64_u", i64(-1)).returns(f64(0x1p+64)),
        c("conversions.wast:536", "f64.convert_i64_u", i64(0x8000000000000400L))
            .returns(f64(0x1p+63)),
        c("conversions.wast:537", "f64.convert_i64_u", i64(0x8000000000000401L))
            .returns(f64(0x1.0000000000001p+63)),
        c("conversions.wast:538", "f64.convert_i64_u", i64(0x8000000000000402L))
            .returns(f64(0x1.0000000000001p+63)),
        c("conversions.wast:539", "f64.convert_i64_u", i64(-3072))
            .returns(f64(0x1.ffffffffffffep+63)),
        c("conversions.wast:540", "f64.convert_i64_u", i64(-3071))
            .returns(f64(0x1.fffffffffffffp+63)),
        c("conversions.wast:541", "f64.convert_i64_u", i64(-3070))
            .returns(f64(0x1.fffffffffffffp+63)),
        c("conversions.wast:543", "f64.convert_i64_u", i64(0x0020000000000001L))
            .returns(f64(0x1p+53)),
        c("conversions.wast:544", "f64.convert_i64_u", i64(0x0020000000000003L))
            .returns(f64(0x1.0000000000002p+53)),
        c("conversions.wast:546", "f64.promote_f32", f32(0.0f)).returns(f64(0.0)),
        c("conversions.wast:547", "f64.promote_f32", f32(-0.0f)).returns(f64(-0.0)),
        c("conversions.wast:548", "f64.promote_f32", f32(0x1p-149f)).returns(f64(0x1p-149)),
        c("conversions.wast:549", "f64.promote_f32", f32(-0x1p-149f)).returns(f64(-0x1p-149)),
        c("conversions.wast:550", "f64.promote_f32", f32(1.0f)).returns(f64(1.0)),
        c("conversions.wast:551", "f64.promote_f32", f32(-1.0f)).returns(f64(-1.0)),
        c("conversions.wast:552", "f64.promote_f32", f32(-0x1.fffffep+127f))
            .returns(f64(-0x1.fffffep+127)),
        c("conversions.wast:553", "f64.promote_f32", f32(0x1.fffffep+127f))
            .returns(f64(0x1.fffffep+127)),
        c("conversions.wast:555", "f64.promote_f32", f32(0x1p-119f)).returns(f64(0x1p-119)),
        c("conversions.wast:557", "f64.promote_f32", f32(0x1.8f867ep+125f))
            .returns(f64(0x1.8f867ep+125)),
        c("conversions.wast:558", "f64.promote_f32", f32(Float.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("conversions.wast:559", "f64.promote_f32", f32(-Float.POSITIVE_INFINITY))
            .returns(f64(-Double.POSITIVE_INFINITY)),
        c("conversions.wast:560", "f64.promote_f32", f32Bits(0x7fc00000)).returnsCanonicalNan(),
        c("conversions.wast:561", "f64.promote_f32", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("conversions.wast:562", "f64.promote_f32", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("conversions.wast:563", "f64.promote_f32", f32Bits(0xffa00000)).returnsArithmeticNan(),
        c("conversions.wast:565", "f32.demote_f64", f64(0.0)).returns(f32(0.0f)),
        c("conversions.wast:566", "f32.demote_f64", f64(-0.0)).returns(f32(-0.0f)),
        c("conversions.wast:567", "f32.demote_f64", f64(5e-324)).returns(f32(0.0f)),
        c("conversions.wast:568", "f32.demote_f64", f64(-5e-324)).returns(f32(-0.0f)),
        c("conversions.wast:569", "f32.demote_f64", f64(1.0)).returns(f32(1.0f)),
        c("conversions.wast:570", "f32.demote_f64", f64(-1.0)).returns(f32(-1.0f)),
        c("conversions.wast:571", "f32.demote_f64", f64(0x1.fffffep-127)).returns(f32(0x1p-126f)),
        c("conversions.wast:572", "f32.demote_f64", f64(-0x1.fffffep-127)).returns(f32(-0x1p-126f)),
        c("conversions.wast:573", "f32.demote_f64", f64(0x1.fffffdfffffffp-127))
            .returns(f32(0x1.fffffcp-127f)),
        c("conversions.wast:574", "f32.demote_f64", f64(-0x1.fffffdfffffffp-127))
            .returns(f32(-0x1.fffffcp-127f)),
        c("conversions.wast:575", "f32.demote_f64", f64(0x1p-149)).returns(f32(0x1p-149f)),
        c("conversions.wast:576", "f32.demote_f64", f64(-0x1p-149)).returns(f32(-0x1p-149f)),
        c("conversions.wast:577", "f32.demote_f64", f64(0x1.fffffdp+127))
            .returns(f32(0x1.fffffcp+127f)),
        c("conversions.wast:578", "f32.demote_f64", f64(-0x1.fffffdp+127))
            .returns(f32(-0x1.fffffcp+127f)),
        c("conversions.wast:579", "f32.demote_f64", f64(0x1.fffffd0000001p+127))
            .returns(f32(0x1.fffffep+127f)),
        c("conversions.wast:580", "f32.demote_f64", f64(-0x1.fffffd0000001p+127))
            .returns(f32(-0x1.fffffep+127f)),
        c("conversions.wast:581", "f32.demote_f64", f64(0x1.fffffep+127))
            .returns(f32(0x1.fffffep+127f)),
        c("conversions.wast:582", "f32.demote_f64", f64(-0x1.fffffep+127))
            .returns(f32(-0x1.fffffep+127f)),
        c("conversions.wast:583", "f32.demote_f64", f64(0x1.fffffefffffffp+127))
            .returns(f32(0x1.fffffep+127f)),
        c("conversions.wast:584", "f32.demote_f64", f64(-0x1.fffffefffffffp+127))
            .returns(f32(-0x1.fffffep+127f)),
        c("conversions.wast:585", "f32.demote_f64", f64(0x1.ffffffp+127))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("conversions.wast:586", "f32.demote_f64", f64(-0x1.ffffffp+127))
            .returns(f32(-Float.POSITIVE_INFINITY)),
        c("conversions.wast:587", "f32.demote_f64", f64(0x1p-119)).returns(f32(0x1p-119f)),
        c("conversions.wast:588", "f32.demote_f64", f64(0x1.8f867ep+125))
            .returns(f32(0x1.8f867ep+125f)),
        c("conversions.wast:589", "f32.demote_f64", f64(Double.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("conversions.wast:590", "f32.demote_f64", f64(-Double.POSITIVE_INFINITY))
            .returns(f32(-Float.POSITIVE_INFINITY)),
        c("conversions.wast:591", "f32.demote_f64", f64(0x1.0000000000001p+0)).returns(f32(1.0f)),
        c("conversions.wast:592", "f32.demote_f64", f64(0x1.fffffffffffffp-1)).returns(f32(1.0f)),
        c("conversions.wast:593", "f32.demote_f64", f64(0x1.000001p+0)).returns(f32(1.0f)),
        c("conversions.wast:594", "f32.demote_f64", f64(0x1.0000010000001p+0))
            .returns(f32(0x1.000002p+0f)),
        c("conversions.wast:595", "f32.demote_f64", f64(0x1.000002fffffffp+0))
            .returns(f32(0x1.000002p+0f)),
        c("conversions.wast:596", "f32.demote_f64", f64(0x1.000003p+0))
            .returns(f32(0x1.000004p+0f)),
        c("conversions.wast:597", "f32.demote_f64", f64(0x1.000005p+0))
            .returns(f32(0x1.000004p+0f)),
        c("conversions.wast:598", "f32.demote_f64", f64(16777217.0)).returns(f32(16777216.0f)),
        c("conversions.wast:599", "f32.demote_f64", f64(0x1.0000010000001p+24))
            .returns(f32(16777218.0f)),
        c("conversions.wast:600", "f32.demote_f64", f64(0x1.000002fffffffp+24))
            .returns(f32(16777218.0f)),
        c("conversions.wast:601", "f32.demote_f64", f64(16777219.0)).returns(f32(16777220.0f)),
        c("conversions.wast:602", "f32.demote_f64", f64(0x1.4eae4f7024c7p+108))
            .returns(f32(0x1.4eae5p+108f)),
        c("conversions.wast:603", "f32.demote_f64", f64(0x1.a12e71e358685p-113))
            .returns(f32(0x1.a12e72p-113f)),
        c("conversions.wast:604", "f32.demote_f64", f64(0x1.cb98354d521ffp-127))
            .returns(f32(0x1.cb9834p-127f)),
        c("conversions.wast:605", "f32.demote_f64", f64(-0x1.6972b30cfb562p+1))
            .returns(f32(-0x1.6972b4p+1f)),
        c("conversions.wast:606", "f32.demote_f64", f64(-0x1.bedbe4819d4c4p+112))
            .returns(f32(-0x1.bedbe4p+112f)),
        c("conversions.wast:607", "f32.demote_f64", f64Bits(0x7ff8000000000000L))
            .returnsCanonicalNan(),
        c("conversions.wast:608", "f32.demote_f64", f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("conversions.wast:609", "f32.demote_f64", f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("conversions.wast:610", "f32.demote_f64", f64Bits(0xfff4000000000000L))
            .returnsArithmeticNan(),
        c("conversions.wast:611", "f32.demote_f64", f64(0x1p-1022)).returns(f32(0.0f)),
        c("conversions.wast:612", "f32.demote_f64", f64(-0x1p-1022)).returns(f32(-0.0f)),
        c("conversions.wast:613", "f32.demote_f64", f64(0x1p-150)).returns(f32(0.0f)),
        c("conversions.wast:614", "f32.demote_f64", f64(-0x1p-150)).returns(f32(-0.0f)),
        c("conversions.wast:615", "f32.demote_f64", f64(0x1.0000000000001p-150))
            .returns(f32(0x1p-149f)),
        c("conversions.wast:616", "f32.demote_f64", f64(-0x1.0000000000001p-150))
            .returns(f32(-0x1p-149f)),
        // f32.wast
        c("f32.wast:1619", "f32.min", f32(-0.0f), f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:1651", "f32.min", f32(-0.0f), f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:1720", "f32.min", f32(-0x1p-126f), f32(0x1.921fb6p+2f))
            .returns(f32(-0x1p-126f)),
        c("f32.wast:1829", "f32.min", f32(0x1.921fb6p+2f), f32(-0x1p-126f))
            .returns(f32(-0x1p-126f)),
        c("f32.wast:1891", "f32.min", f32(-0x1.fffffep+127f), f32Bits(0xffc00000))
            .returnsCanonicalNan(),
        c("f32.wast:1930", "f32.min", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:1970", "f32.min", f32Bits(0x7fa00000), f32(0.5f)).returnsArithmeticNan(),
        c("f32.wast:2018", "f32.min", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:2019", "f32.max", f32(-0.0f), f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:2051", "f32.max", f32(-0.0f), f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2120", "f32.max", f32(-0x1p-126f), f32(0x1.921fb6p+2f))
            .returns(f32(0x1.921fb6p+2f)),
        c("f32.wast:2229", "f32.max", f32(0x1.921fb6p+2f), f32(-0x1p-126f))
            .returns(f32(0x1.921fb6p+2f)),
        c("f32.wast:2291", "f32.max", f32(-0x1.fffffep+127f), f32Bits(0xffc00000))
            .returnsCanonicalNan(),
        c("f32.wast:2330", "f32.max", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2370", "f32.max", f32Bits(0x7fa00000), f32(0.5f)).returnsArithmeticNan(),
        c("f32.wast:2418", "f32.max", f32Bits(0x7fa00000), f32Bits(0x7fa00000))
            .returnsArithmeticNan(),
        c("f32.wast:2419", "f32.sqrt", f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:2421", "f32.sqrt", f32(-0x1p-149f)).returnsCanonicalNan(),
        c("f32.wast:2424", "f32.sqrt", f32(0x1p-126f)).returns(f32(0x1p-63f)),
        c("f32.wast:2427", "f32.sqrt", f32(-1.0f)).returnsCanonicalNan(),
        c("f32.wast:2428", "f32.sqrt", f32(1.0f)).returns(f32(1.0f)),
        c("f32.wast:2434", "f32.sqrt", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2435", "f32.sqrt", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2438", "f32.sqrt", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2439", "f32.floor", f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:2444", "f32.floor", f32(0x1p-126f)).returns(f32(0.0f)),
        c("f32.wast:2449", "f32.floor", f32(-0x1.921fb6p+2f)).returns(f32(-7.0f)),
        c("f32.wast:2454", "f32.floor", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2455", "f32.floor", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2456", "f32.floor", f32Bits(0xffa00000)).returnsArithmeticNan(),
        c("f32.wast:2457", "f32.floor", f32Bits(0x7fc00000)).returnsCanonicalNan(),
        c("f32.wast:2458", "f32.floor", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2459", "f32.ceil", f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:2464", "f32.ceil", f32(0x1p-126f)).returns(f32(1.0f)),
        c("f32.wast:2469", "f32.ceil", f32(-0x1.921fb6p+2f)).returns(f32(-6.0f)),
        c("f32.wast:2474", "f32.ceil", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2475", "f32.ceil", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2476", "f32.ceil", f32Bits(0xffa00000)).returnsArithmeticNan(),
        c("f32.wast:2477", "f32.ceil", f32Bits(0x7fc00000)).returnsCanonicalNan(),
        c("f32.wast:2478", "f32.ceil", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2479", "f32.trunc", f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:2484", "f32.trunc", f32(0x1p-126f)).returns(f32(0.0f)),
        c("f32.wast:2489", "f32.trunc", f32(-0x1.921fb6p+2f)).returns(f32(-6.0f)),
        c("f32.wast:2494", "f32.trunc", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2495", "f32.trunc", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2496", "f32.trunc", f32Bits(0xffa00000)).returnsArithmeticNan(),
        c("f32.wast:2497", "f32.trunc", f32Bits(0x7fc00000)).returnsCanonicalNan(),
        c("f32.wast:2498", "f32.trunc", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        c("f32.wast:2499", "f32.nearest", f32(-0.0f)).returns(f32(-0.0f)),
        c("f32.wast:2504", "f32.nearest", f32(0x1p-126f)).returns(f32(0.0f)),
        c("f32.wast:2509", "f32.nearest", f32(-0x1.921fb6p+2f)).returns(f32(-6.0f)),
        c("f32.wast:2514", "f32.nearest", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32.wast:2515", "f32.nearest", f32Bits(0xffc00000)).returnsCanonicalNan(),
        c("f32.wast:2516", "f32.nearest", f32Bits(0xffa00000)).returnsArithmeticNan(),
        c("f32.wast:2517", "f32.nearest", f32Bits(0x7fc00000)).returnsCanonicalNan(),
        c("f32.wast:2518", "f32.nearest", f32Bits(0x7fa00000)).returnsArithmeticNan(),
        // f64.wast
        c("f64.wast:1619", "f64.min", f64(-0.0), f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:1651", "f64.min", f64(-0.0), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:1720", "f64.min", f64(-0x1p-1022), f64(0x1.921fb54442d18p+2))
            .returns(f64(-0x1p-1022)),
        c("f64.wast:1829", "f64.min", f64(0x1.921fb54442d18p+2), f64(-0x1p-1022))
            .returns(f64(-0x1p-1022)),
        c("f64.wast:1891", "f64.min", f64(-0x1.fffffffffffffp+1023), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:1930", "f64.min", f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:1970", "f64.min", f64Bits(0x7ff4000000000000L), f64(0.5))
            .returnsArithmeticNan(),
        c("f64.wast:2018", "f64.min", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:2019", "f64.max", f64(-0.0), f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:2051", "f64.max", f64(-0.0), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:2120", "f64.max", f64(-0x1p-1022), f64(0x1.921fb54442d18p+2))
            .returns(f64(0x1.921fb54442d18p+2)),
        c("f64.wast:2229", "f64.max", f64(0x1.921fb54442d18p+2), f64(-0x1p-1022))
            .returns(f64(0x1.921fb54442d18p+2)),
        c("f64.wast:2291", "f64.max", f64(-0x1.fffffffffffffp+1023), f64Bits(0xfff8000000000000L))
            .returnsCanonicalNan(),
        c("f64.wast:2330", "f64.max", f64(Double.POSITIVE_INFINITY), f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2370", "f64.max", f64Bits(0x7ff4000000000000L), f64(0.5))
            .returnsArithmeticNan(),
        c("f64.wast:2418", "f64.max", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returnsArithmeticNan(),
        c("f64.wast:2419", "f64.sqrt", f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:2421", "f64.sqrt", f64(-5e-324)).returnsCanonicalNan(),
        c("f64.wast:2424", "f64.sqrt", f64(0x1p-1022)).returns(f64(0x1p-511)),
        c("f64.wast:2427", "f64.sqrt", f64(-1.0)).returnsCanonicalNan(),
        c("f64.wast:2428", "f64.sqrt", f64(1.0)).returns(f64(1.0)),
        c("f64.wast:2434", "f64.sqrt", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2435", "f64.sqrt", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2438", "f64.sqrt", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2439", "f64.floor", f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:2444", "f64.floor", f64(0x1p-1022)).returns(f64(0.0)),
        c("f64.wast:2449", "f64.floor", f64(-0x1.921fb54442d18p+2)).returns(f64(-7.0)),
        c("f64.wast:2454", "f64.floor", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2455", "f64.floor", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2456", "f64.floor", f64Bits(0xfff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2457", "f64.floor", f64Bits(0x7ff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2458", "f64.floor", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2459", "f64.ceil", f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:2464", "f64.ceil", f64(0x1p-1022)).returns(f64(1.0)),
        c("f64.wast:2469", "f64.ceil", f64(-0x1.921fb54442d18p+2)).returns(f64(-6.0)),
        c("f64.wast:2474", "f64.ceil", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2475", "f64.ceil", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2476", "f64.ceil", f64Bits(0xfff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2477", "f64.ceil", f64Bits(0x7ff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2478", "f64.ceil", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2479", "f64.trunc", f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:2484", "f64.trunc", f64(0x1p-1022)).returns(f64(0.0)),
        c("f64.wast:2489", "f64.trunc", f64(-0x1.921fb54442d18p+2)).returns(f64(-6.0)),
        c("f64.wast:2494", "f64.trunc", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2495", "f64.trunc", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2496", "f64.trunc", f64Bits(0xfff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2497", "f64.trunc", f64Bits(0x7ff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2498", "f64.trunc", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2499", "f64.nearest", f64(-0.0)).returns(f64(-0.0)),
        c("f64.wast:2504", "f64.nearest", f64(0x1p-1022)).returns(f64(0.0)),
        c("f64.wast:2509", "f64.nearest", f64(-0x1.921fb54442d18p+2)).returns(f64(-6.0)),
        c("f64.wast:2514", "f64.nearest", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64.wast:2515", "f64.nearest", f64Bits(0xfff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2516", "f64.nearest", f64Bits(0xfff4000000000000L)).returnsArithmeticNan(),
        c("f64.wast:2517", "f64.nearest", f64Bits(0x7ff8000000000000L)).returnsCanonicalNan(),
        c("f64.wast:2518", "f64.nearest", f64Bits(0x7ff4000000000000L)).returnsArithmeticNan(),
        // f32_cmp.wast
        c("f32_cmp.wast:13", "f32.eq", f32(-0.0f), f32(-0.0f)).returns(i32(1)),
        c("f32_cmp.wast:45", "f32.eq", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:324", "f32.eq", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f32_cmp.wast:412", "f32.eq", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:413", "f32.ne", f32(-0.0f), f32(-0.0f)).returns(i32(0)),
        c("f32_cmp.wast:445", "f32.ne", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(1)),
        c("f32_cmp.wast:724", "f32.ne", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f32_cmp.wast:812", "f32.ne", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(1)),
        c("f32_cmp.wast:813", "f32.lt", f32(-0.0f), f32(-0.0f)).returns(i32(0)),
        c("f32_cmp.wast:845", "f32.lt", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:1124", "f32.lt", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f32_cmp.wast:1212", "f32.lt", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:1213", "f32.le", f32(-0.0f), f32(-0.0f)).returns(i32(1)),
        c("f32_cmp.wast:1245", "f32.le", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:1524", "f32.le", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f32_cmp.wast:1612", "f32.le", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:1613", "f32.gt", f32(-0.0f), f32(-0.0f)).returns(i32(0)),
        c("f32_cmp.wast:1645", "f32.gt", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:1924", "f32.gt", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f32_cmp.wast:2012", "f32.gt", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        c("f32_cmp.wast:2013", "f32.ge", f32(-0.0f), f32(-0.0f)).returns(i32(1)),
        c("f32_cmp.wast:2045", "f32.ge", f32(-0.0f), f32Bits(0xffc00000)).returns(i32(0)),
        c("f32_cmp.wast:2324", "f32.ge", f32(Float.POSITIVE_INFINITY), f32(Float.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f32_cmp.wast:2412", "f32.ge", f32Bits(0x7fa00000), f32Bits(0x7fa00000)).returns(i32(0)),
        // f64_cmp.wast
        c("f64_cmp.wast:13", "f64.eq", f64(-0.0), f64(-0.0)).returns(i32(1)),
        c("f64_cmp.wast:45", "f64.eq", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:324",
                "f64.eq",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f64_cmp.wast:412", "f64.eq", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:413", "f64.ne", f64(-0.0), f64(-0.0)).returns(i32(0)),
        c("f64_cmp.wast:445", "f64.ne", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(1)),
        c(
                "f64_cmp.wast:724",
                "f64.ne",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f64_cmp.wast:812", "f64.ne", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(1)),
        c("f64_cmp.wast:813", "f64.lt", f64(-0.0), f64(-0.0)).returns(i32(0)),
        c("f64_cmp.wast:845", "f64.lt", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:1124",
                "f64.lt",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f64_cmp.wast:1212", "f64.lt", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:1213", "f64.le", f64(-0.0), f64(-0.0)).returns(i32(1)),
        c("f64_cmp.wast:1245", "f64.le", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:1524",
                "f64.le",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f64_cmp.wast:1612", "f64.le", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:1613", "f64.gt", f64(-0.0), f64(-0.0)).returns(i32(0)),
        c("f64_cmp.wast:1645", "f64.gt", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:1924",
                "f64.gt",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(0)),
        c("f64_cmp.wast:2012", "f64.gt", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        c("f64_cmp.wast:2013", "f64.ge", f64(-0.0), f64(-0.0)).returns(i32(1)),
        c("f64_cmp.wast:2045", "f64.ge", f64(-0.0), f64Bits(0xfff8000000000000L)).returns(i32(0)),
        c(
                "f64_cmp.wast:2324",
                "f64.ge",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(i32(1)),
        c("f64_cmp.wast:2412", "f64.ge", f64Bits(0x7ff4000000000000L), f64Bits(0x7ff4000000000000L))
            .returns(i32(0)),
        // f32_bitwise.wast
        c("f32_bitwise.wast:10", "f32.copysign", f32(-0.0f), f32(-0.0f)).returns(f32(-0.0f)),
        c("f32_bitwise.wast:42", "f32.copysign", f32(-0.0f), f32Bits(0xffc00000))
            .returns(f32(-0.0f)),
        c("f32_bitwise.wast:103", "f32.copysign", f32(-0x1p-126f), f32(0x1.921fb6p+2f))
            .returns(f32(0x1p-126f)),
        c("f32_bitwise.wast:200", "f32.copysign", f32(0x1.921fb6p+2f), f32(-0x1p-126f))
            .returns(f32(-0x1.921fb6p+2f)),
        c("f32_bitwise.wast:224", "f32.copysign", f32(0x1.921fb6p+2f), f32Bits(0xffc00000))
            .returns(f32(-0x1.921fb6p+2f)),
        c(
                "f32_bitwise.wast:293",
                "f32.copysign",
                f32(Float.POSITIVE_INFINITY),
                f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32_bitwise.wast:311", "f32.copysign", f32Bits(0xffc00000), f32(0.5f))
            .returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:333", "f32.copysign", f32Bits(0x7fc00000), f32Bits(0x7fc00000))
            .returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:334", "f32.abs", f32(-0.0f)).returns(f32(0.0f)),
        c("f32_bitwise.wast:337", "f32.abs", f32(0x1p-149f)).returns(f32(0x1p-149f)),
        c("f32_bitwise.wast:340", "f32.abs", f32(-0.5f)).returns(f32(0.5f)),
        c("f32_bitwise.wast:343", "f32.abs", f32(1.0f)).returns(f32(1.0f)),
        c("f32_bitwise.wast:346", "f32.abs", f32(-0x1.fffffep+127f)).returns(f32(0x1.fffffep+127f)),
        c("f32_bitwise.wast:349", "f32.abs", f32(Float.POSITIVE_INFINITY))
            .returns(f32(Float.POSITIVE_INFINITY)),
        c("f32_bitwise.wast:350", "f32.abs", f32Bits(0xffc00000)).returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:351", "f32.abs", f32Bits(0x7fc00000)).returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:352", "f32.neg", f32(-0.0f)).returns(f32(0.0f)),
        c("f32_bitwise.wast:355", "f32.neg", f32(0x1p-149f)).returns(f32(-0x1p-149f)),
        c("f32_bitwise.wast:358", "f32.neg", f32(-0.5f)).returns(f32(0.5f)),
        c("f32_bitwise.wast:361", "f32.neg", f32(1.0f)).returns(f32(-1.0f)),
        c("f32_bitwise.wast:364", "f32.neg", f32(-0x1.fffffep+127f)).returns(f32(0x1.fffffep+127f)),
        c("f32_bitwise.wast:367", "f32.neg", f32(Float.POSITIVE_INFINITY))
            .returns(f32(-Float.POSITIVE_INFINITY)),
        c("f32_bitwise.wast:368", "f32.neg", f32Bits(0xffc00000)).returns(f32Bits(0x7fc00000)),
        c("f32_bitwise.wast:369", "f32.neg", f32Bits(0x7fc00000)).returns(f32Bits(0xffc00000)),
        // f64_bitwise.wast
        c("f64_bitwise.wast:10", "f64.copysign", f64(-0.0), f64(-0.0)).returns(f64(-0.0)),
        c("f64_bitwise.wast:42", "f64.copysign", f64(-0.0), f64Bits(0xfff8000000000000L))
            .returns(f64(-0.0)),
        c("f64_bitwise.wast:103", "f64.copysign", f64(-0x1p-1022), f64(0x1.921fb54442d18p+2))
            .returns(f64(0x1p-1022)),
        c("f64_bitwise.wast:200", "f64.copysign", f64(0x1.921fb54442d18p+2), f64(-0x1p-1022))
            .returns(f64(-0x1.921fb54442d18p+2)),
        c(
                "f64_bitwise.wast:224",
                "f64.copysign",
                f64(0x1.921fb54442d18p+2),
                f64Bits(0xfff8000000000000L))
            .returns(f64(-0x1.921fb54442d18p+2)),
        c(
                "f64_bitwise.wast:293",
                "f64.copysign",
                f64(Double.POSITIVE_INFINITY),
                f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64_bitwise.wast:311", "f64.copysign", f64Bits(0xfff8000000000000L), f64(0.5))
            .returns(f64Bits(0x7ff8000000000000L)),
        c(
                "f64_bitwise.wast:333",
                "f64.copysign",
                f64Bits(0x7ff8000000000000L),
                f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:334", "f64.abs", f64(-0.0)).returns(f64(0.0)),
        c("f64_bitwise.wast:337", "f64.abs", f64(5e-324)).returns(f64(5e-324)),
        c("f64_bitwise.wast:340", "f64.abs", f64(-0.5)).returns(f64(0.5)),
        c("f64_bitwise.wast:343", "f64.abs", f64(1.0)).returns(f64(1.0)),
        c("f64_bitwise.wast:346", "f64.abs", f64(-0x1.fffffffffffffp+1023))
            .returns(f64(0x1.fffffffffffffp+1023)),
        c("f64_bitwise.wast:349", "f64.abs", f64(Double.POSITIVE_INFINITY))
            .returns(f64(Double.POSITIVE_INFINITY)),
        c("f64_bitwise.wast:350", "f64.abs", f64Bits(0xfff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:351", "f64.abs", f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:352", "f64.neg", f64(-0.0)).returns(f64(0.0)),
        c("f64_bitwise.wast:355", "f64.neg", f64(5e-324)).returns(f64(-5e-324)),
        c("f64_bitwise.wast:358", "f64.neg", f64(-0.5)).returns(f64(0.5)),
        c("f64_bitwise.wast:361", "f64.neg", f64(1.0)).returns(f64(-1.0)),
        c("f64_bitwise.wast:364", "f64.neg", f64(-0x1.fffffffffffffp+1023))
            .returns(f64(0x1.fffffffffffffp+1023)),
        c("f64_bitwise.wast:367", "f64.neg", f64(Double.POSITIVE_INFINITY))
            .returns(f64(-Double.POSITIVE_INFINITY)),
        c("f64_bitwise.wast:368", "f64.neg", f64Bits(0xfff8000000000000L))
            .returns(f64Bits(0x7ff8000000000000L)),
        c("f64_bitwise.wast:369", "f64.neg", f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0xfff8000000000000L)),
        // float_misc.wast
        c("float_misc.wast:519", "f32.sqrt", f32(171.0f)).returns(f32(0x1.a2744cp+3f)),
        c("float_misc.wast:521", "f64.sqrt", f64(171.0)).returns(f64(0x1.a2744ce9674f5p+3)),
        c("float_misc.wast:548", "f32.sqrt", f32(154481008.0f)).returns(f32(0x1.84685p+13f)),
        c("float_misc.wast:555", "f64.sqrt", f64(0x1.a48f348266ad1p-30))
            .returns(f64(0x1.481ee7540baf7p-15)),
        c("float_misc.wast:561", "f32.sqrt", f32(0x1.736044p+15f)).returns(f32(0x1.b40e4p+7f)),
        c("float_misc.wast:572", "f64.sqrt", f64(-0x1.360e8d0032adp-963)).returnsCanonicalNan(),
        c("float_misc.wast:586", "f32.sqrt", f32(0x1.fffffap-1f)).returns(f32(0x1.fffffcp-1f)),
        c("float_misc.wast:588", "f64.sqrt", f64(0x1.ffffffffffffdp-1))
            .returns(f64(0x1.ffffffffffffep-1)),
        c("float_misc.wast:592", "f32.abs", f32Bits(0x7f80f1e2)).returns(f32Bits(0x7f80f1e2)),
        c("float_misc.wast:593", "f32.abs", f32Bits(0xff80f1e2)).returns(f32Bits(0x7f80f1e2)),
        c("float_misc.wast:594", "f64.abs", f64Bits(0x7ff00000f1e27a6bL))
            .returns(f64Bits(0x7ff00000f1e27a6bL)),
        c("float_misc.wast:595", "f64.abs", f64Bits(0xfff00000f1e27a6bL))
            .returns(f64Bits(0x7ff00000f1e27a6bL)),
        c("float_misc.wast:597", "f32.neg", f32Bits(0x7f80f1e2)).returns(f32Bits(0xff80f1e2)),
        c("float_misc.wast:598", "f32.neg", f32Bits(0xff80f1e2)).returns(f32Bits(0x7f80f1e2)),
        c("float_misc.wast:599", "f64.neg", f64Bits(0x7ff00000f1e27a6bL))
            .returns(f64Bits(0xfff00000f1e27a6bL)),
        c("float_misc.wast:600", "f64.neg", f64Bits(0xfff00000f1e27a6bL))
            .returns(f64Bits(0x7ff00000f1e27a6bL)),
        c("float_misc.wast:602", "f32.copysign", f32Bits(0x7f80f1e2), f32Bits(0x7fc00000))
            .returns(f32Bits(0x7f80f1e2)),
        c("float_misc.wast:603", "f32.copysign", f32Bits(0x7f80f1e2), f32Bits(0xffc00000))
            .returns(f32Bits(0xff80f1e2)),
        c("float_misc.wast:604", "f32.copysign", f32Bits(0xff80f1e2), f32Bits(0x7fc00000))
            .returns(f32Bits(0x7f80f1e2)),
        c("float_misc.wast:605", "f32.copysign", f32Bits(0xff80f1e2), f32Bits(0xffc00000))
            .returns(f32Bits(0xff80f1e2)),
        c(
                "float_misc.wast:606",
                "f64.copysign",
                f64Bits(0x7ff00000f1e27a6bL),
                f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff00000f1e27a6bL)),
        c(
                "float_misc.wast:607",
                "f64.copysign",
                f64Bits(0x7ff00000f1e27a6bL),
                f64Bits(0xfff8000000000000L))
            .returns(f64Bits(0xfff00000f1e27a6bL)),
        c(
                "float_misc.wast:608",
                "f64.copysign",
                f64Bits(0xfff00000f1e27a6bL),
                f64Bits(0x7ff8000000000000L))
            .returns(f64Bits(0x7ff00000f1e27a6bL)),
        c(
                "float_misc.wast:609",
                "f64.copysign",
                f64Bits(0xfff00000f1e27a6bL),
                f64Bits(0xfff8000000000000L))
            .returns(f64Bits(0xfff00000f1e27a6bL)),
        c("float_misc.wast:612", "f32.ceil", f32(0x1.fffffep-1f)).returns(f32(1.0f)),
        c("float_misc.wast:614", "f64.ceil", f64(0x1.fffffffffffffp-1)).returns(f64(1.0)),
        c("float_misc.wast:618", "f32.ceil", f32(8388607.5f)).returns(f32(8388608.0f)),
        c("float_misc.wast:619", "f32.ceil", f32(-8388607.5f)).returns(f32(-8388607.0f)),
        c("float_misc.wast:620", "f64.ceil", f64(0x1.fffffffffffffp+51)).returns(f64(0x1p+52)),
        c("float_misc.wast:621", "f64.ceil", f64(-0x1.fffffffffffffp+51))
            .returns(f64(-0x1.ffffffffffffep+51)),
        c("float_misc.wast:626", "f32.ceil", f32(-16777215.0f)).returns(f32(-16777215.0f)),
        c("float_misc.wast:628", "f64.ceil", f64(-0x1.fffffffffffffp+52))
            .returns(f64(-0x1.fffffffffffffp+52)),
        c("float_misc.wast:631", "f32.floor", f32(-0x1.fffffep-1f)).returns(f32(-1.0f)),
        c("float_misc.wast:632", "f32.floor", f32(-0x1.000002p+0f)).returns(f32(-2.0f)),
        c("float_misc.wast:633", "f64.floor", f64(-0x1.fffffffffffffp-1)).returns(f64(-1.0)),
        c("float_misc.wast:634", "f64.floor", f64(-0x1.0000000000001p+0)).returns(f64(-2.0)),
        c("float_misc.wast:638", "f32.floor", f32(8388607.5f)).returns(f32(8388607.0f)),
        c("float_misc.wast:640", "f64.floor", f64(0x1.fffffffffffffp+51))
            .returns(f64(0x1.ffffffffffffep+51)),
        c("float_misc.wast:644", "f32.floor", f32(88607.0f)).returns(f32(88607.0f)),
        c("float_misc.wast:645", "f64.floor", f64(88607.0)).returns(f64(88607.0)),
        c("float_misc.wast:648", "f32.trunc", f32(-8388607.5f)).returns(f32(-8388607.0f)),
        c("float_misc.wast:649", "f32.trunc", f32(8388607.5f)).returns(f32(8388607.0f)),
        c("float_misc.wast:650", "f64.trunc", f64(-0x1.fffffffffffffp+51))
            .returns(f64(-0x1.ffffffffffffep+51)),
        c("float_misc.wast:651", "f64.trunc", f64(0x1.fffffffffffffp+51))
            .returns(f64(0x1.ffffffffffffep+51)),
        c("float_misc.wast:656", "f32.nearest", f32(8388609.0f)).returns(f32(8388609.0f)),
        c("float_misc.wast:659", "f32.nearest", f32(0x1.fffffep+47f)).returns(f32(0x1.fffffep+47f)),
        c("float_misc.wast:660", "f64.nearest", f64(0x1.0000000000001p+52))
            .returns(f64(0x1.0000000000001p+52)),
        c("float_misc.wast:663", "f64.nearest", f64(0x1.fffffffffffffp+105))
            .returns(f64(0x1.fffffffffffffp+105)),
        c("float_misc.wast:668", "f32.nearest", f32(-4.5f)).returns(f32(-4.0f)),
        c("float_misc.wast:671", "f64.nearest", f64(-4.5)).returns(f64(-4.0)),
        c("float_misc.wast:676", "f32.nearest", f32(8388607.5f)).returns(f32(8388608.0f)),
        c("float_misc.wast:678", "f64.nearest", f64(0x1.fffffffffffffp+51)).returns(f64(0x1p+52)));
  }
}
