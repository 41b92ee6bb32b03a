package io.github.dylink4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.bundle.BundleLayout;
import io.github.dylink4j.runtime.bundle.ContentHash;
import io.github.dylink4j.wasi.WasiExit;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {
  @TempDir Path tmp;

  private static Path example() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("examples/dlopen-basic"))) {
      dir = dir.getParent();
    }
    return dir.resolve("examples/dlopen-basic");
  }

  @Test
  void bundlesInTheJarRunTheExampleWithoutCompiling() throws Exception {
    Path example = example();
    Path jar = tmp.resolve("out.jar");
    CliRun run =
        CliRun.of(
            "compile",
            example.resolve("main.wasm").toString(),
            example.resolve("libgreet.so").toString(),
            "-o",
            jar.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("wrote 2 bundle(s) to " + jar, run.outLines().get(2));

    byte[] lib = Files.readAllBytes(example.resolve("libgreet.so"));
    try (JarFile j = new JarFile(jar.toFile())) {
      assertTrue(
          j.getEntry(BundleLayout.descriptorPath("libgreet.so", ContentHash.sha256(lib))) != null);
    }

    // The runtime finds both bundles through the context class loader; a compiler that fails
    // proves nothing is compiled.
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WasiPreview1 wasi =
          new WasiPreview1(
              WasiOptions.builder()
                  .args(List.of("main.wasm"))
                  .preopen(example, ".")
                  .stdout(out)
                  .build());
      Linkage linkage =
          Linkage.builder()
              .compiler(
                  (wasm, name) -> {
                    throw new AssertionError("compiled " + name);
                  })
              .files(wasi::readGuestFile)
              .environment(Map.of("LD_LIBRARY_PATH", "."))
              .hostImports(wasi.addTo(new Imports()))
              .build();
      Library main =
          linkage.loadMain(Files.readAllBytes(example.resolve("main.wasm")), "main.wasm");
      wasi.setMemory(linkage.memory());
      int code = 0;
      try {
        main.instance().function("_start").call();
      } catch (WasiExit e) {
        code = e.code();
      }
      wasi.close();
      assertEquals(0, code);
      assertEquals(
          Files.readString(example.resolve("expected-output.txt")),
          out.toString(StandardCharsets.UTF_8));
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void intoAFolder() throws Exception {
    Path lib = example().resolve("libgreet.so");
    Path folder = Files.createDirectory(tmp.resolve("classes"));
    CliRun run = CliRun.of("compile", lib.toString(), "-o", folder.toString());
    assertEquals(0, run.exitCode(), run.err());
    String sha = ContentHash.sha256(Files.readAllBytes(lib));
    assertTrue(
        Files.isRegularFile(folder.resolve(BundleLayout.descriptorPath("libgreet.so", sha))));
  }

  @Test
  void aMalformedInputFailsNamingTheFileAndWritesNothing() throws Exception {
    Path good = example().resolve("libgreet.so");
    Path bad = Files.write(tmp.resolve("libbad.so"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1});
    Path jar = tmp.resolve("out.jar");
    CliRun run = CliRun.of("compile", good.toString(), bad.toString(), "-o", jar.toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().startsWith("dylink4j: error: " + bad + ": cannot compile: libbad.so: "),
        run.err());
    assertFalse(Files.exists(jar));
  }

  @Test
  void aMissingInputIsAOneLineError() {
    Path missing = tmp.resolve("nope.so");
    CliRun run = CliRun.of("compile", missing.toString(), "-o", tmp.resolve("o.jar").toString());
    assertEquals(1, run.exitCode());
    assertEquals(List.of("dylink4j: error: " + missing + ": no such file"), run.errLines());
  }
}
