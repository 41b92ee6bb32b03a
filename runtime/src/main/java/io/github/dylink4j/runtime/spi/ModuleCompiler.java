package io.github.dylink4j.runtime.spi;

import io.github.dylink4j.runtime.ModuleImage;

/**
 * Turns wasm bytes into a {@link ModuleImage}. The runtime cannot depend on the compiler, so the
 * dynamic loader finds one through {@link java.util.ServiceLoader} (the {@code dylink4j-compiler}
 * jar registers it) or is given one explicitly.
 */
public interface ModuleCompiler {
  /**
   * @param name used in error messages and generated class names
   * @throws RuntimeException naming {@code name} when the bytes are not a valid module
   */
  ModuleImage compile(byte[] wasm, String name);
}
