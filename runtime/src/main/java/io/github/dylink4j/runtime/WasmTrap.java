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

  public WasmTrap(String message) {
    super(message, null, false, false);
  }

  public WasmTrap(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
