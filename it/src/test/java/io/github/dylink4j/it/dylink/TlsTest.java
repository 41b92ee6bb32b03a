package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread-local variables in side modules. fixtures/dylink/tls (standard recipe, checked against
 * glibc in {@link NativeParityTest}) is what zig users build; this test loads a side module with
 * real TLS (atomics, bulk memory, shared memory: fixtures/inspect/libtls.so), whose start function
 * places its one TLS block and initialises it from the TLS image.
 */
class TlsTest {
  @Test
  void realTlsSideModuleGetsOneInitialisedBlock(@TempDir Path folder) throws Exception {
    Path root = GuestProgram.repositoryRoot();
    Files.copy(root.resolve("fixtures/dylink/tls/main.wasm"), folder.resolve("main.wasm"));
    Files.copy(root.resolve("fixtures/inspect/libtls.so"), folder.resolve("librealtls.so"));
    GuestProgram program = new GuestProgram(folder, "main.wasm");
    Library lib = program.linkage.dlopen("librealtls.so", Dlfcn.RTLD_NOW);
    int address = lib.address("tls_counter");
    assertEquals(7, program.linkage.memory().readInt(address), "initialised from the TLS image");
    assertEquals(8, (Integer) lib.function("tls_bump").call()[0]);
    assertEquals(8, program.linkage.memory().readInt(address));
  }
}
