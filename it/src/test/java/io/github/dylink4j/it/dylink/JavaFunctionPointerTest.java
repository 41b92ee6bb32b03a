package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function pointers from the embedding API: Java functions in the table, pointer identity. */
class JavaFunctionPointerTest {
  @Test
  void wasmCallsAJavaFunctionThroughAPointer() throws Exception {
    GuestProgram program =
        new GuestProgram(
            GuestProgram.repositoryRoot().resolve("fixtures/dylink/basics"), "main.wasm");
    Library lib = program.linkage.dlopen("libbasic.so", Dlfcn.RTLD_NOW);
    WasmFunction cube =
        WasmFunction.host(
            FuncType.of(List.of(ValType.I32), List.of(ValType.I32)),
            a -> new Object[] {(Integer) a[0] * (Integer) a[0] * (Integer) a[0]});
    int pointer = program.linkage.functionPointer(cube);
    assertEquals(pointer, program.linkage.functionPointer(cube));
    // lib_apply(f, x) returns f(x) + 1, calling f through the shared table.
    assertEquals(28, lib.function("lib_apply").call(pointer, 3)[0]);
  }

  @Test
  void dlsymPointerIsTheSideModulesOwnPointer() throws Exception {
    GuestProgram program =
        new GuestProgram(
            GuestProgram.repositoryRoot().resolve("fixtures/dylink/basics"), "main.wasm");
    Library lib = program.linkage.dlopen("libbasic.so", Dlfcn.RTLD_NOW);
    int fromDlsym = lib.address("lib_square");
    int fromInside = (Integer) lib.function("lib_square_pointer").call()[0];
    assertEquals(fromInside, fromDlsym);
    assertEquals(
        (Integer) lib.function("lib_twice_pointer").call()[0],
        program.linkage.dlopen(null, 0).address("main_twice"));
  }
}
