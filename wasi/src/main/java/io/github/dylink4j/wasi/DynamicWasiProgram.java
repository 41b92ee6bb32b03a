package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.WasmSections;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.util.Map;
import java.util.Set;

/**
 * Runs a WASI main module that loads side modules: the runtime's {@link Linkage} creates the shared
 * memory, table and stack pointer and provides {@code dlopen} and friends; WASI provides the rest,
 * and the guest's files (for {@code dlopen} paths and NEEDED libraries) are its preopened
 * directories, seen through the same sandbox.
 */
public final class DynamicWasiProgram {
  private static final Set<String> DLFCN =
      Set.of("dlopen", "dlsym", "dlclose", "dlerror", "dladdr");

  private final byte[] wasm;
  private final String name;
  private final ModuleCompiler compiler;
  private long stackBytes = WasiProgram.DEFAULT_STACK_BYTES;

  /**
   * @param compiler compiles the main module and every side module it loads
   */
  public DynamicWasiProgram(byte[] wasm, String name, ModuleCompiler compiler) {
    this.wasm = wasm;
    this.name = name;
    this.compiler = compiler;
  }

  public DynamicWasiProgram stackBytes(long bytes) {
    this.stackBytes = bytes;
    return this;
  }

  /**
   * Whether a main module needs the dynamic loader: it imports a dlfcn function, or it is a PIC
   * main module (its first section is {@code dylink.0}).
   */
  public static boolean needsDynamicLinking(
      byte[] wasm, java.util.List<ImportSpec> importsOfModule) {
    for (ImportSpec imp : importsOfModule) {
      if (imp.module().equals("env") && DLFCN.contains(imp.name())) {
        return true;
      }
    }
    try {
      java.util.List<SectionHeader> sections = WasmSections.scan(wasm);
      return !sections.isEmpty() && "dylink.0".equals(sections.get(0).customName());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Loads and runs the program; returns its exit status like {@link WasiProgram#run}.
   *
   * @param extraImports host values for other imports of the main module (may be empty)
   */
  public int run(WasiPreview1 wasi, Imports extraImports, Map<String, String> environment) {
    return GuestThread.run(() -> runHere(wasi, extraImports, environment), stackBytes, wasi);
  }

  private int runHere(WasiPreview1 wasi, Imports imports, Map<String, String> environment) {
    wasi.addTo(imports);
    Linkage linkage =
        Linkage.builder()
            .compiler(compiler)
            .files(wasi::readGuestFile)
            .environment(environment)
            .hostImports(imports)
            .build();
    // The linkage makes the memory while loading; constructors may already print.
    wasi.setMemory(linkage::memory);
    Library main = linkage.loadMain(wasm, name);
    WasmFunction start = main.instance().function("_start");
    if (start == null) {
      throw new LinkException(
          "module " + name + " exports no _start function: it is not a WASI command");
    }
    start.call();
    return 0;
  }
}
