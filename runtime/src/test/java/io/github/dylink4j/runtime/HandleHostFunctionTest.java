package io.github.dylink4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.internal.Functions;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host functions given as method handles of the function's exact JVM type (no boxing). */
class HandleHostFunctionTest {
  static int subtract(int a, long b) {
    return (int) (a - b);
  }

  private static final FuncType I32_I64_TO_I32 =
      FuncType.of(List.of(ValType.I32, ValType.I64), List.of(ValType.I32));

  private static MethodHandle subtract() throws ReflectiveOperationException {
    return MethodHandles.lookup()
        .findStatic(
            HandleHostFunctionTest.class,
            "subtract",
            MethodType.methodType(int.class, int.class, long.class));
  }

  @Test
  void compiledCodeGetsTheHandleItselfAndCallWorksBoxed() throws Throwable {
    MethodHandle h = subtract();
    WasmFunction f = WasmFunction.host(I32_I64_TO_I32, h);
    assertEquals(I32_I64_TO_I32, f.type());
    // What compiled code calls: the very handle, unboxed.
    assertEquals(h, Functions.handle(f));
    assertEquals(7, (int) Functions.handle(f).invokeExact(10, 3L));
    assertArrayEquals(new Object[] {-5}, f.call(5, 10L));
  }

  @Test
  void aHandleOfAnotherTypeIsRefusedNamingBothTypes() throws Throwable {
    FuncType i32ToI32 = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WasmFunction.host(i32ToI32, subtract()));
    assertTrue(e.getMessage().contains("(int)int"), e.getMessage());
    assertTrue(e.getMessage().contains("(int,long)int"), e.getMessage());
  }

  @Test
  void boxedCallsAreCheckedAndVoidGivesNoResults() {
    WasmFunction nothing =
        WasmFunction.host(
            FuncType.of(List.of(ValType.I32), List.of()),
            MethodHandles.empty(MethodType.methodType(void.class, int.class)));
    assertArrayEquals(new Object[0], nothing.call(1));
    assertThrows(IllegalArgumentException.class, () -> nothing.call(1L));
  }

  @Test
  void exceptionsPassThroughAndStackOverflowBecomesATrap() {
    MethodHandle overflow =
        MethodHandles.dropArguments(
            MethodHandles.throwException(int.class, StackOverflowError.class)
                .bindTo(new StackOverflowError()),
            0,
            int.class);
    WasmFunction f =
        WasmFunction.host(FuncType.of(List.of(ValType.I32), List.of(ValType.I32)), overflow);
    WasmTrap trap = assertThrows(WasmTrap.class, () -> f.call(1));
    assertEquals("call stack exhausted", trap.getMessage());
  }
}
