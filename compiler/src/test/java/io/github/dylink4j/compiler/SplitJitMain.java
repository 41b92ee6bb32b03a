package io.github.dylink4j.compiler;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.WasmFunction;

/**
 * Child-JVM main of {@link FunctionSplitterTest#chunksGetJitCompiled}: calls both huge functions.
 */
public final class SplitJitMain {
  private SplitJitMain() {}

  public static void main(String[] args) {
    ModuleInstance relocs =
        Compiler.compile(LargeFunctions.relocs(), "relocs").instantiate(new Imports());
    ModuleInstance nested =
        Compiler.compile(LargeFunctions.nested(), "nested").instantiate(new Imports());
    WasmFunction apply = relocs.function("apply");
    WasmFunction run = nested.function("run");
    int calls = Integer.parseInt(args[0]);
    long check = 0;
    for (int i = 0; i < calls; i++) {
      apply.call();
      // Every other call exits the innermost block, so every chunk runs on at least half the calls.
      int x = i % 2 == 0 ? 0 : i % (LargeFunctions.DEPTH + 3);
      check += (Integer) run.call(x)[0];
    }
    System.out.println("DONE " + check);
  }
}
