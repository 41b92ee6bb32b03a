package io.github.dylink4j.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;

/** Chicory 1.7.5, with its runtime compiler or its interpreter. */
final class ChicoryRunner {
  private ChicoryRunner() {}

  static Runner load(Workload w, boolean compiled) {
    if (w.dynamic()) {
      throw new IllegalArgumentException("Chicory cannot load side modules: " + w.name());
    }
    WasmModule module = Parser.parse(w.wasm());
    Instance.Builder builder =
        Instance.builder(module)
            .withImportValues(ImportValues.builder().addFunction(randomGet()).build())
            // Runs the reactor's _initialize, as the other engines do.
            .withInitialize(true);
    if (compiled) {
      builder.withMachineFactory(MachineFactoryCompiler.compile(module));
    }
    ExportFunction run = builder.build().export("run");
    return n -> run.apply(n)[0] & 0xFFFF_FFFFL;
  }

  /** zig's crt seeds its stack protector from random_get: zero bytes, as in every engine. */
  private static HostFunction randomGet() {
    return new HostFunction(
        StubImports.WASI,
        "random_get",
        FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
        (instance, args) -> {
          instance.memory().fill((byte) 0, (int) args[0], (int) (args[0] + args[1]));
          return new long[] {0};
        });
  }
}
