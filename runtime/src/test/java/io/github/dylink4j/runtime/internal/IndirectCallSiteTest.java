package io.github.dylink4j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmTrap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code call_indirect} site that met more functions than it caches turns generic, then profiles
 * and re-links with guarded arms for the functions it calls most; whatever its shape, each call
 * runs the function in the slot now, or traps as the spec says.
 */
class IndirectCallSiteTest {
  private static final FuncType I32_TO_I32 =
      FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
  private static final MethodType SITE = MethodType.methodType(int.class, int.class, int.class);
  private static final MethodHandle ADD;

  static {
    try {
      ADD =
          MethodHandles.lookup()
              .findStatic(
                  IndirectCallSiteTest.class,
                  "add",
                  MethodType.methodType(int.class, int.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Enough generic calls for one profile, with some to spare. */
  private static final int ONE_PROFILE =
      TargetProfile.GENERIC_CALLS_BEFORE_PROFILE + 2 * TargetProfile.SAMPLES;

  private static int add(int x, int k) {
    return x + k;
  }

  /** A table whose slot i holds a function (i32) -> i32 returning its argument plus 100 * i. */
  private static Table table(int size) {
    Table table = new Table(ValType.FUNCREF, size, size);
    for (int i = 0; i < size; i++) {
      MethodHandle plus = MethodHandles.insertArguments(ADD, 1, 100 * i);
      table.set(i, CompiledFunction.ofHandle(I32_TO_I32, plus, "plus" + 100 * i));
    }
    return table;
  }

  private static int call(IndirectCallSite site, int x, int slot) throws Throwable {
    return (int) site.dynamicInvoker().invokeExact(x, slot);
  }

  private static String trap(IndirectCallSite site, int x, int slot) {
    return assertThrows(WasmTrap.class, () -> call(site, x, slot)).getMessage();
  }

  /** Calls every slot once: more functions than the site caches as met, so it turns generic. */
  private static IndirectCallSite genericSite(Table table) throws Throwable {
    IndirectCallSite site = new IndirectCallSite(SITE, table, I32_TO_I32);
    for (int i = 0; i < table.size(); i++) {
      assertEquals(100 * i + 1, call(site, 1, i));
    }
    return site;
  }

  @Test
  void dominantTargetIsRelinkedForAndArmsFollowTableChanges() throws Throwable {
    Table table = table(8);
    IndirectCallSite site = genericSite(table);
    MethodHandle generic = site.getTarget();
    // Slot 2 nine times in ten; the others share the rest.
    for (int n = 0; n < ONE_PROFILE; n++) {
      int slot = n % 10 != 0 ? 2 : (n / 10) % 8;
      assertEquals(100 * slot + n, call(site, n, slot));
    }
    assertNotSame(generic, site.getTarget(), "re-linked with an arm for slot 2's function");

    // The slot changes behind the arm: same type, then another type, then empty.
    table.set(2, table.get(5));
    assertEquals(507, call(site, 7, 2));
    FuncType binary = FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
    table.set(2, CompiledFunction.ofHandle(binary, ADD, "add"));
    assertEquals("indirect call type mismatch", trap(site, 7, 2));
    table.set(2, null);
    assertEquals("uninitialized element", trap(site, 7, 2));
    assertEquals("undefined element", trap(site, 7, 8));
    assertEquals("undefined element", trap(site, 7, -1));
    for (int slot = 0; slot < 8; slot++) {
      if (slot != 2) {
        assertEquals(100 * slot + 9, call(site, 9, slot));
      }
    }
  }

  @Test
  void evenlySpreadTargetsLeaveTheSiteGeneric() throws Throwable {
    Table table = table(12); // each slot 1/12 of the calls: none earns an arm
    IndirectCallSite site = genericSite(table);
    MethodHandle generic = site.getTarget();
    for (int n = 0; n < ONE_PROFILE; n++) {
      int slot = n % 12;
      assertEquals(100 * slot + 3, call(site, 3, slot));
    }
    assertSame(generic, site.getTarget());
  }
}
