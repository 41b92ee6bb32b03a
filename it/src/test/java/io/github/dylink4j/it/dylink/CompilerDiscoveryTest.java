package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without an explicit compiler the linkage finds the registered one (ServiceLoader SPI). */
class CompilerDiscoveryTest {
  @Test
  void linkageFindsTheCompilerOnTheClassPath() throws Exception {
    Path basics = GuestProgram.repositoryRoot().resolve("fixtures/dylink/basics");
    WasiPreview1 wasi = new WasiPreview1(WasiOptions.builder().preopen(basics, ".").build());
    Linkage linkage =
        Linkage.builder().files(wasi::readGuestFile).hostImports(wasi.addTo(new Imports())).build();
    wasi.setMemory(linkage::memory);
    linkage.loadMain(Files.readAllBytes(basics.resolve("main.wasm")), "main.wasm");
    Library lib = linkage.dlopen("./libbasic.so", Dlfcn.RTLD_NOW);
    assertEquals(49, lib.function("lib_square").call(7)[0]);
  }
}
