package io.github.dylink4j.runtime;

/**
 * A WebAssembly trap. The message is the text the Wasm specification's test suite expects, for
 * example {@code "out of bounds memory access"} or {@code "integer divide by zero"}.
 *
 * <p>Traps are thrown from hot paths and can be frequent in tests, so no JVM stack trace is
 * captured.
 */
public class WasmTrap extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static volatile boolean captureStackTraces;

  public WasmTrap(String message) {
    super(message, null, false, captureStackTraces);
  }

  public WasmTrap(String message, Throwable cause) {
    super(message, cause, false, captureStackTraces);
  }

  /**
   * Whether traps created from now on record the JVM stack, from which a guest backtrace can be
   * read (off by default: traps are thrown on hot paths). A command that runs one program and
   * reports its trap turns it on.
   */
  public static void captureStackTraces(boolean on) {
    captureStackTraces = on;
  }
}
