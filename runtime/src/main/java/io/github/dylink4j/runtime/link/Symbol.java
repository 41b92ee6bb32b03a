package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.WasmFunction;

/**
 * A symbol a library defines: a function (called directly, or through a table slot when its address
 * is taken) or data (an absolute address in the shared memory).
 *
 * @param function the function, or null for data
 * @param address the absolute data address (functions: unused)
 */
public record Symbol(String name, LoadedLibrary owner, WasmFunction function, int address) {
  public boolean isFunction() {
    return function != null;
  }
}
