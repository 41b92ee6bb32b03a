package it;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import io.github.dylink4j.wasi.WasiExit;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Runs app.wasm (which dlopens libcounter.so and libkeep.so) from precompiled bundles. */
public final class App {
  public static void main(String[] args) throws Exception {
    Path guest = Path.of(args[0]);
    System.out.println(
        "module compilers on the class path: "
            + ServiceLoader.load(ModuleCompiler.class).stream().count());
    System.out.println(
        "ASM: "
            + presence("org.objectweb.asm.ClassWriter")
            + ", dylink4j-compiler: "
            + presence("io.github.dylink4j.compiler.Compiler"));
    for (String module : List.of("app.wasm", "libcounter.so", "libkeep.so")) {
      byte[] wasm = Files.readAllBytes(guest.resolve(module));
      System.out.println(module + ": " + ImageLookup.standard(null).find(wasm, module).source());
    }
    System.out.flush();

    WasiPreview1 wasi =
        new WasiPreview1(
            WasiOptions.builder()
                .args(List.of("app.wasm"))
                .preopen(guest, ".")
                .stdout(System.out)
                .stderr(System.err)
                .build());
    Linkage linkage =
        Linkage.builder()
            .files(wasi::readGuestFile)
            .environment(Map.of("LD_LIBRARY_PATH", "."))
            .hostImports(wasi.addTo(new Imports()))
            .build();
    Library app = linkage.loadMain(Files.readAllBytes(guest.resolve("app.wasm")), "app.wasm");
    wasi.setMemory(linkage.memory());
    int code = 0;
    try {
      app.instance().function("_start").call();
    } catch (WasiExit e) {
      code = e.code();
    } finally {
      wasi.close();
    }
    System.out.println("exit " + code);
  }

  private static String presence(String className) {
    try {
      Class.forName(className);
      return "present";
    } catch (ClassNotFoundException e) {
      return "absent";
    }
  }
}
