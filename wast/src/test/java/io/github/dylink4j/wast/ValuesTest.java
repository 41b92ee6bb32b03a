package io.github.dylink4j.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dylink4j.runtime.ValType;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static Expected expected(String text) throws Exception {
    return Values.parseExpected(json(text));
  }

  @Test
  void integersComeAsUnsignedDecimals() throws Exception {
    assertEquals(-1, Values.parseArgument(json("{'type':'i32','value':'4294967295'}")));
    assertEquals(
        Integer.MIN_VALUE, Values.parseArgument(json("{'type':'i32','value':'2147483648'}")));
    assertEquals(-1L, Values.parseArgument(json("{'type':'i64','value':'18446744073709551615'}")));
    assertEquals(42L, Values.parseArgument(json("{'type':'i64','value':'42'}")));
  }

  @Test
  void floatsComeAsBitPatterns() throws Exception {
    assertEquals(1.0f, Values.parseArgument(json("{'type':'f32','value':'1065353216'}")));
    // 0xffc00001: a negative NaN with a payload must keep its exact bits.
    Object nan = Values.parseArgument(json("{'type':'f32','value':'4290772993'}"));
    assertEquals(0xffc00001, Float.floatToRawIntBits((Float) nan));
    Object d = Values.parseArgument(json("{'type':'f64','value':'9223372036854775808'}"));
    assertEquals(0x8000000000000000L, Double.doubleToRawLongBits((Double) d)); // -0.0
  }

  @Test
  void referencesAreNullOrHostRefs() throws Exception {
    assertNull(Values.parseArgument(json("{'type':'externref','value':'null'}")));
    assertNull(Values.parseArgument(json("{'type':'funcref','value':'null'}")));
    assertEquals(new HostRef(7), Values.parseArgument(json("{'type':'externref','value':'7'}")));
    assertInstanceOf(Expected.AnyFunc.class, expected("{'type':'funcref'}"));
  }

  @Test
  void badValuesNameWhatIsWrong() {
    WastException range =
        assertThrows(
            WastException.class,
            () -> Values.parseArgument(json("{'type':'i32','value':'4294967296'}")));
    assertTrue(range.getMessage().contains("4294967296"), range.getMessage());
    WastException v128 =
        assertThrows(
            WastException.class,
            () -> Values.parseArgument(json("{'type':'v128','lane_type':'i32','value':[]}")));
    assertTrue(v128.getMessage().contains("v128"), v128.getMessage());
    assertThrows(WastException.class, () -> expected("{'type':'f32','value':'nan:signalling'}"));
  }

  @Test
  void exactFloatsCompareBitsNotValues() throws Exception {
    Expected zero = expected("{'type':'f32','value':'0'}");
    assertTrue(zero.matches(0.0f));
    assertFalse(zero.matches(-0.0f), "-0 is not +0");
    Expected nan = expected("{'type':'f64','value':'9221120237041090560'}"); // 0x7ff8000000000000
    assertTrue(nan.matches(Double.longBitsToDouble(0x7ff8000000000000L)));
    assertFalse(nan.matches(Double.longBitsToDouble(0x7ff8000000000001L)), "other payload");
  }

  @Test
  void exactValuesCheckTheType() throws Exception {
    Expected one = expected("{'type':'i32','value':'1'}");
    assertTrue(one.matches(1));
    assertFalse(one.matches(1L), "an i64 is not an i32");
    assertFalse(one.matches(null));
    Expected nullRef = expected("{'type':'externref','value':'null'}");
    assertTrue(nullRef.matches(null));
    assertFalse(nullRef.matches(new HostRef(0)));
    assertTrue(expected("{'type':'externref','value':'3'}").matches(new HostRef(3)));
    assertFalse(expected("{'type':'externref','value':'3'}").matches(new HostRef(4)));
  }

  @Test
  void canonicalNanF32() throws Exception {
    Expected e = expected("{'type':'f32','value':'nan:canonical'}");
    assertTrue(e.matches(Float.intBitsToFloat(0x7fc00000)));
    assertTrue(e.matches(Float.intBitsToFloat(0xffc00000)), "either sign");
    assertFalse(e.matches(Float.intBitsToFloat(0x7fc00001)), "payload beyond the quiet bit");
    assertFalse(e.matches(Float.intBitsToFloat(0x7f800001)), "signalling NaN");
    assertFalse(e.matches(Float.POSITIVE_INFINITY));
    assertFalse(e.matches(Double.NaN), "f64 for f32");
  }

  @Test
  void arithmeticNanF32() throws Exception {
    Expected e = expected("{'type':'f32','value':'nan:arithmetic'}");
    assertTrue(e.matches(Float.intBitsToFloat(0x7fc00000)));
    assertTrue(e.matches(Float.intBitsToFloat(0xffc12345)));
    assertFalse(e.matches(Float.intBitsToFloat(0x7fa00000)), "quiet bit clear");
    assertFalse(e.matches(1.0f));
  }

  @Test
  void nanPatternsF64() throws Exception {
    Expected canonical = expected("{'type':'f64','value':'nan:canonical'}");
    Expected arithmetic = expected("{'type':'f64','value':'nan:arithmetic'}");
    double quiet = Double.longBitsToDouble(0xfff8000000000000L);
    double payload = Double.longBitsToDouble(0x7ff8000000000123L);
    double signalling = Double.longBitsToDouble(0x7ff0000000000001L);
    assertTrue(canonical.matches(quiet));
    assertFalse(canonical.matches(payload));
    assertTrue(arithmetic.matches(payload));
    assertFalse(arithmetic.matches(signalling));
    assertFalse(canonical.matches(Float.NaN), "f32 for f64");
    assertEquals(ValType.F64, ((Expected.Nan) canonical).type());
  }

  @Test
  void eitherMatchesAnyAlternative() throws Exception {
    Expected e =
        expected(
            "{'type':'either','values':[{'type':'i32','value':'1'},{'type':'i32','value':'2'}]}");
    assertTrue(e.matches(1));
    assertTrue(e.matches(2));
    assertFalse(e.matches(3));
    assertEquals("either(i32:1 (0x1) | i32:2 (0x2))", e.describe());
  }

  @Test
  void describeShowsTypeValueAndBits() {
    assertEquals("i32:-1 (0xffffffff)", Values.describe(-1));
    assertEquals("f32:NaN (0x7fc00001)", Values.describe(Float.intBitsToFloat(0x7fc00001)));
    assertEquals("ref.null", Values.describe(null));
    assertEquals("ref.extern 5", Values.describe(new HostRef(5)));
  }
}
