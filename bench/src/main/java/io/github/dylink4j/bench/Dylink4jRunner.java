package io.github.dylink4j.bench;

import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Supplier;

/**
 * dylink4j: a plain module is compiled and instantiated on its own; a dynamic one is loaded as a
 * main module through a {@link Linkage}, whose dlopen finds its side module among the benchmark
 * files.
 */
final class Dylink4jRunner {
  private Dylink4jRunner() {}

  static Runner load(Workload w) {
    ModuleInstance instance;
    if (w.dynamic()) {
      Linkage[] linkage = new Linkage[1];
      linkage[0] =
          Linkage.builder()
              .compiler(Compiler::compile)
              .files(Dylink4jRunner::benchmarkFile)
              .hostImports(imports(() -> linkage[0].memory()))
              .build();
      Library main = linkage[0].loadMain(w.wasm(), w.name() + ".wasm");
      instance = main.instance();
    } else {
      ModuleInstance[] holder = new ModuleInstance[1];
      holder[0] =
          Compiler.compile(w.wasm(), w.name() + ".wasm")
              .instantiate(imports(() -> holder[0].memory("memory")));
      instance = holder[0];
    }
    WasmFunction init = instance.function("_initialize");
    if (init != null) {
      init.call();
    }
    WasmFunction run = instance.function("run");
    if (run == null) {
      throw new IllegalStateException(w.name() + ".wasm exports no function run");
    }
    return n -> ((Integer) run.call(n)[0]) & 0xFFFF_FFFFL;
  }

  /** The guest's files: the side modules shipped with the workloads, by bare name. */
  private static byte[] benchmarkFile(String guestPath) throws NoSuchFileException {
    String name = guestPath.substring(guestPath.lastIndexOf('/') + 1);
    if (!name.endsWith(".so")) {
      throw new NoSuchFileException(guestPath);
    }
    try {
      return Workload.bytes(name);
    } catch (java.io.UncheckedIOException e) {
      throw new NoSuchFileException(guestPath);
    }
  }

  /** zig's crt seeds its stack protector from random_get: zero bytes, as in every engine. */
  private static Imports imports(Supplier<Memory> memory) {
    return new Imports()
        .add(
            StubImports.WASI,
            "random_get",
            WasmFunction.host(
                FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
                args -> {
                  memory.get().writeBytes((Integer) args[0], new byte[(Integer) args[1]]);
                  return new Object[] {0};
                }));
  }
}
