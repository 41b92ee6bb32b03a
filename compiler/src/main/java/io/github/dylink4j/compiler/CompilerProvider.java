package io.github.dylink4j.compiler;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.spi.ModuleCompiler;

/**
 * The compiler as the runtime's {@link ModuleCompiler} service, registered in {@code
 * META-INF/services}, so the runtime (which cannot depend on this module) finds it with {@link
 * java.util.ServiceLoader} when a library has no precompiled bundle.
 */
public final class CompilerProvider implements ModuleCompiler {
  @Override
  public ModuleImage compile(byte[] wasm, String name) {
    return Compiler.compile(wasm, name);
  }
}
