package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.WasmTrap;
import java.util.function.IntSupplier;

/** Runs guest code on its own thread with a large stack, and hands back its outcome. */
final class GuestThread {
  private GuestThread() {}

  /**
   * Runs {@code body} on a new thread with {@code stackBytes} of stack; closes {@code wasi}
   * afterwards (flushing output). A JVM stack overflow that escaped as an error becomes the trap
   * "call stack exhausted"; other exceptions are rethrown here.
   */
  static int run(IntSupplier body, long stackBytes, WasiPreview1 wasi) {
    Object[] outcome = new Object[1];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                outcome[0] = body.getAsInt();
              } catch (WasiExit exit) {
                outcome[0] = exit.code();
              } catch (Throwable e) {
                outcome[0] = e;
              }
            },
            "wasm-main",
            stackBytes);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the wasm program ran", e);
    } finally {
      wasi.close();
    }
    if (outcome[0] instanceof Integer) {
      return (Integer) outcome[0];
    }
    Throwable e = (Throwable) outcome[0];
    if (e instanceof StackOverflowError) {
      throw new WasmTrap("call stack exhausted", e);
    }
    if (e instanceof RuntimeException) {
      throw (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    throw new IllegalStateException(e);
  }
}
