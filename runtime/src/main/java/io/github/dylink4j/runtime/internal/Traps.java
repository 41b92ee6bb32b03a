package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.WasmTrap;

/** Trap creation for compiled code, and the conversion of JVM failures at the wasm boundary. */
public final class Traps {
  private Traps() {}

  public static final String OUT_OF_BOUNDS_MEMORY = "out of bounds memory access";
  public static final String OUT_OF_BOUNDS_TABLE = "out of bounds table access";
  public static final String CALL_STACK_EXHAUSTED = "call stack exhausted";

  /** For {@code unreachable}: compiled code throws what this returns. */
  public static WasmTrap unreachable() {
    return new WasmTrap("unreachable");
  }

  public static WasmTrap outOfBoundsMemory() {
    return new WasmTrap(OUT_OF_BOUNDS_MEMORY);
  }

  public static WasmTrap outOfBoundsTable() {
    return new WasmTrap(OUT_OF_BOUNDS_TABLE);
  }

  /**
   * Converts what escaped compiled code into what the embedding API promises: a memory access
   * outside the array becomes "out of bounds memory access" (compiled code relies on the array's
   * own bounds check), a JVM stack overflow "call stack exhausted". Other throwables are returned
   * (runtime exceptions) or rethrown (errors, checked exceptions wrapped) unchanged.
   */
  public static RuntimeException boundary(Throwable t) {
    if (t instanceof WasmTrap) {
      return (WasmTrap) t;
    }
    if (t instanceof IndexOutOfBoundsException) {
      return new WasmTrap(OUT_OF_BOUNDS_MEMORY, t);
    }
    if (t instanceof StackOverflowError) {
      return new WasmTrap(CALL_STACK_EXHAUSTED, t); // t keeps the deepest frames
    }
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new IllegalStateException(t);
  }
}
