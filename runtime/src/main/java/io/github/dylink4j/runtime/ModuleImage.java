package io.github.dylink4j.runtime;

import io.github.dylink4j.runtime.internal.Instantiator;
import io.github.dylink4j.runtime.internal.ModuleSpec;

/**
 * A compiled module: the generated JVM classes plus what instantiation needs. Independent of the
 * compiler that made it; instantiate it any number of times.
 */
public final class ModuleImage {
  private final ModuleSpec spec;

  /** Made by the compiler. */
  public ModuleImage(ModuleSpec spec) {
    this.spec = spec;
  }

  /** The module name used in messages and class names. */
  public String name() {
    return spec.name();
  }

  /**
   * A new instance linked against {@code imports}.
   *
   * @throws LinkException when an import is missing or has an incompatible type
   * @throws WasmTrap when instantiation traps (an out-of-bounds active segment, a trapping start
   *     function); effects before the trap stay, as in Wasm 2.0
   */
  public ModuleInstance instantiate(Imports imports) {
    return Instantiator.instantiate(spec, imports);
  }

  /**
   * The compiled form, for tools.
   *
   * @hidden
   */
  public ModuleSpec spec() {
    return spec;
  }
}
