package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;

/**
 * The extension point of {@link WasiProgram} for imports WASI does not provide (for example {@code
 * env.dlopen} and the other dynamic-linking functions). Resolvers are asked in order before the
 * program's own defaults (a fresh memory and table for {@code env.memory} and {@code
 * env.__indirect_function_table}).
 */
public interface ImportResolver {
  /**
   * The value for {@code imp} (a {@code WasmFunction}, {@code Memory}, {@code Table} or {@code
   * Global}), or null to leave it to the next resolver.
   */
  Object resolve(ImportSpec imp, WasiProgram.Context context);

  /** Called once the main module is instantiated, before {@code _start} runs. */
  default void instantiated(ModuleInstance main, WasiProgram.Context context) {}

  /** Called before instantiation with everything offered so far (to add more, or inspect). */
  default void beforeInstantiate(Imports imports, WasiProgram.Context context) {}
}
