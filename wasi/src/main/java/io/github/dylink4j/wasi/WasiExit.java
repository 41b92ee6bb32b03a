package io.github.dylink4j.wasi;

/**
 * Thrown by {@code proc_exit} (and by {@code proc_raise} of a terminating signal) to unwind the
 * guest from any call depth. Guest code cannot catch it: wasm has no handler for JVM exceptions,
 * and the runtime passes non-trap runtime exceptions through unchanged.
 */
public final class WasiExit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  public WasiExit(int code) {
    super("wasm program exited with status " + code, null, false, false);
    this.code = code;
  }

  /** The exit status the guest asked for. */
  public int code() {
    return code;
  }
}
