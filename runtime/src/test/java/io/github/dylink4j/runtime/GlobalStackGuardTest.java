package io.github.dylink4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobalStackGuardTest {
  private static Global stack() {
    Global sp = new Global(ValType.I32, true, 0x2000);
    sp.guardStack(0x1000, "test stack");
    return sp;
  }

  @Test
  void theStackPointerMovesFreelyDownToItsBottom() {
    Global sp = stack();
    sp.setInt(0x1800);
    sp.setInt(0x1000);
    assertEquals(0x1000, sp.getInt());
    sp.setInt(0x7fff_0000); // back up (and beyond: only the bottom is guarded)
    assertEquals(0x7fff_0000, sp.getInt());
  }

  @Test
  void belowTheBottomTrapsAndKeepsTheOldValue() {
    Global sp = stack();
    sp.setInt(0x1010);
    WasmTrap trap = assertThrows(WasmTrap.class, () -> sp.setInt(0x0ff0));
    assertEquals(
        "call stack exhausted (test stack: the stack pointer would be 0xff0, below its bottom"
            + " 0x1000)",
        trap.getMessage());
    assertEquals(0x1010, sp.getInt());
  }

  @Test
  void aPointerThatWrapsBelowZeroTraps() {
    Global sp = stack();
    WasmTrap trap = assertThrows(WasmTrap.class, () -> sp.setInt(-16));
    assertTrue(trap.getMessage().startsWith("call stack exhausted"));
  }

  @Test
  void anUnguardedGlobalTakesAnyValue() {
    Global g = new Global(ValType.I32, true, 0);
    g.setInt(-1);
    assertEquals(-1, g.getInt());
  }

  @Test
  void onlyAMutableI32CanGuardAStack() {
    assertThrows(
        IllegalStateException.class, () -> new Global(ValType.I64, true, 0L).guardStack(0, "x"));
    assertThrows(
        IllegalStateException.class, () -> new Global(ValType.I32, false, 0).guardStack(0, "x"));
  }
}
