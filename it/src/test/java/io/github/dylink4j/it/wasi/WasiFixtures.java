package io.github.dylink4j.it.wasi;

import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import io.github.dylink4j.wasi.WasiProgram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The programs of fixtures/wasi, compiled once per JVM, and a way to run them in-process. */
final class WasiFixtures {
  private static final Map<String, ModuleImage> IMAGES = new ConcurrentHashMap<>();

  private WasiFixtures() {}

  static Path dir() {
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("fixtures/wasi"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException("no fixtures/wasi above " + Path.of("").toAbsolutePath());
    }
    return d.resolve("fixtures/wasi");
  }

  static Path wasm(String name) {
    return dir().resolve(name + ".wasm");
  }

  static String expected(String name) {
    try {
      return Files.readString(dir().resolve(name + ".expected.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModuleImage image(String name) {
    return IMAGES.computeIfAbsent(
        name,
        n -> {
          try {
            return Compiler.compile(Files.readAllBytes(wasm(n)), n + ".wasm");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  record Result(int exitCode, String stdout, String stderr) {}

  /** Runs a fixture with argv[0] = its name; {@code setup} adds args, env, preopens, stdin. */
  static Result run(String name, Consumer<WasiOptions.Builder> setup) {
    return run(new WasiProgram(image(name)), name, setup);
  }

  static Result run(WasiProgram program, String name, Consumer<WasiOptions.Builder> setup) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    WasiOptions.Builder b = WasiOptions.builder().stdout(out).stderr(err);
    b.args(java.util.List.of(name));
    setup.accept(b);
    int code = program.run(new WasiPreview1(b.build()));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
