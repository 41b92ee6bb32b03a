package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A side module built by emscripten 3.1.6 (LLVM 14), whose start function applies the data
 * relocations during instantiation, loaded into the zig-built main module of the basics scenario.
 */
class EmscriptenSideModuleTest {
  @Test
  void startFunctionRelocationsSeeTheGot(@TempDir Path guest) throws Exception {
    Path fixtures = GuestProgram.repositoryRoot().resolve("fixtures/dylink");
    Files.copy(fixtures.resolve("basics/main.wasm"), guest.resolve("main.wasm"));
    Files.copy(fixtures.resolve("emscripten-side/libem.so"), guest.resolve("libem.so"));
    GuestProgram program = new GuestProgram(guest, "main.wasm");
    Library lib = program.linkage.dlopen("libem.so", Dlfcn.RTLD_NOW);
    // *&main_counter (1, the main module's initial value) * 100 + *&em_value (5) * 10
    // + main_twice(1) (2), all through pointers written by the relocations.
    assertEquals(152, lib.function("em_check").call()[0]);
    int mainCounter = program.main.address("main_counter");
    int pointerToIt = lib.address("em_main_counter_ptr");
    assertEquals(mainCounter, program.linkage.memory().readInt(pointerToIt));
  }
}
