package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JavaScript call semantics of the trampolines, on Java callees in a table (no artifacts). */
class TrampolinesTest {
  private static FuncType type(int params, boolean result) {
    return FuncType.of(
        java.util.Collections.nCopies(params, ValType.I32),
        result ? List.of(ValType.I32) : List.of());
  }

  private final Table table = new Table(ValType.FUNCREF, 8, -1);
  private final Trampolines t = new Trampolines(() -> table);
  private final int[] seen = new int[4];

  /** A callee of {@code n} i32 parameters recording them and returning 1000 + their digits. */
  private WasmFunction callee(int n, boolean result) {
    return WasmFunction.host(
        type(n, result),
        a -> {
          int sum = 0;
          for (int i = 0; i < n; i++) {
            seen[i] = (Integer) a[i];
            sum = sum * 10 + (Integer) a[i];
          }
          return result ? new Object[] {1000 + sum} : null;
        });
  }

  @Test
  void extraArgumentsAreDropped() throws Throwable {
    table.set(1, callee(2, true)); // METH_VARARGS (self, args) through the keywords trampoline
    assertEquals(1012, t.call3(1, 1, 2, 3));
    assertEquals(1000, t.call0(tableWith(2, callee(0, true))));
  }

  @Test
  void missingArgumentsAreZero() throws Throwable {
    table.set(1, callee(3, true));
    assertEquals(1450, t.call2(1, 4, 5));
    assertEquals(0, seen[2]);
  }

  @Test
  void voidResultIsZero() throws Throwable {
    table.set(1, callee(2, false));
    assertEquals(0, t.call2(1, 7, 8));
    assertEquals(7, seen[0]);
    assertEquals(8, seen[1]);
  }

  @Test
  void i64ParametersGetTheNumberWidened() throws Throwable {
    table.set(
        1,
        WasmFunction.host(
            FuncType.of(List.of(ValType.I64), List.of(ValType.I64)),
            a -> new Object[] {(Long) a[0] * 2}));
    assertEquals(-6, t.call2(1, -3, 99));
  }

  @Test
  void aReplacedSlotIsNotServedFromTheCache() throws Throwable {
    table.set(1, callee(1, true));
    assertEquals(1005, t.call2(1, 5, 6));
    table.set(1, callee(2, true));
    assertEquals(1056, t.call2(1, 5, 6));
  }

  @Test
  void badSlotsTrapLikeCallIndirect() {
    assertEquals(
        "uninitialized element", assertThrows(WasmTrap.class, () -> t.call0(3)).getMessage());
    assertEquals(
        "undefined element", assertThrows(WasmTrap.class, () -> t.call0(100)).getMessage());
    table.set(4, WasmFunction.host(FuncType.of(List.of(ValType.EXTERNREF), List.of()), a -> null));
    assertThrows(WasmTrap.class, () -> t.call2(4, 1, 2));
  }

  private int tableWith(int slot, WasmFunction f) {
    table.set(slot, f);
    return slot;
  }
}
