package io.github.dylink4j.maven;

import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.compiler.CompilerProvider;
import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.bundle.BundleWriter;
import io.github.dylink4j.runtime.bundle.CompileCache;
import io.github.dylink4j.runtime.bundle.ContentHash;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import io.github.dylink4j.runtime.bundle.ResourceSink;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whole-process measurements of loading and compiling for docs/performance.md ("Loading and
 * compiling"); not a test. Each mode runs in a fresh JVM so that "first" means a cold JVM:
 *
 * <pre>
 * prepare DIR        bundles (DIR/classes), cache entries (DIR/cache), DIR/large.wasm
 * open-bundle DIR    dlopen(libgreet.so) from a class-path bundle
 * open-cache DIR     dlopen(libgreet.so) from the disk cache
 * open-cold DIR      dlopen(libgreet.so) compiling it
 * large-compile DIR  compile DIR/large.wasm (MB/s)
 * large-cache DIR    load DIR/large.wasm's image from the disk cache, then instantiate it
 * </pre>
 */
public final class LoadingMeasurement {
  private static final int WARM_RUNS = 30;

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path dir = Path.of(args[1]);
    Path example = example();
    switch (mode) {
      case "prepare" -> prepare(dir, example);
      case "open-bundle" -> {
        System.setProperty(CompileCache.DIR_PROPERTY, CompileCache.OFF);
        Thread.currentThread()
            .setContextClassLoader(
                new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}));
        open(example, "class-path bundle");
      }
      case "open-cache" -> {
        System.setProperty(CompileCache.DIR_PROPERTY, dir.resolve("cache").toString());
        open(example, "disk cache hit");
      }
      case "open-cold" -> {
        System.setProperty(CompileCache.DIR_PROPERTY, CompileCache.OFF);
        open(example, "compiled (no bundle, no cache)");
      }
      case "large-compile" -> largeCompile(dir);
      case "large-cache" -> largeCache(dir);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static void prepare(Path dir, Path example) throws Exception {
    String generator = ImageLookup.generatorOf(CompilerProvider.class);
    CompileCache cache = new CompileCache(dir.resolve("cache"));
    for (String name : List.of("main.wasm", "libgreet.so")) {
      byte[] wasm = Files.readAllBytes(example.resolve(name));
      ModuleImage image = Compiler.compile(wasm, name);
      BundleWriter.write(
          name, wasm, image, generator, ResourceSink.directory(dir.resolve("classes")));
      cache.put(name, wasm, image, generator);
    }
    byte[] large = LargeModule.generate(5 << 20, 42);
    Files.write(dir.resolve("large.wasm"), large);
    cache.put("large.wasm", large, Compiler.compile(large, "large.wasm"), generator);
    System.out.printf("prepared %s (large.wasm: %.2f MB)%n", dir, large.length / 1e6);
  }

  /**
   * First the image lookup alone (hash, find, read, check; the first one in a cold JVM), then whole
   * dlopens, each with a fresh Linkage so its in-memory image cache never answers.
   */
  private static void open(Path example, String how) throws Exception {
    double[] times = new double[WARM_RUNS + 1];
    byte[] lib = Files.readAllBytes(example.resolve("libgreet.so"));
    ImageLookup.Source source = null;
    for (int run = 0; run <= WARM_RUNS; run++) {
      long t0 = System.nanoTime();
      source = ImageLookup.standard(null).find(lib, "libgreet.so").source();
      times[run] = (System.nanoTime() - t0) / 1e6;
    }
    report("image lookup of libgreet.so (" + source + ")", times);
    byte[] mainWasm = Files.readAllBytes(example.resolve("main.wasm"));
    for (int run = 0; run <= WARM_RUNS; run++) {
      WasiPreview1 wasi = new WasiPreview1(WasiOptions.builder().preopen(example, ".").build());
      Linkage linkage =
          Linkage.builder()
              .files(wasi::readGuestFile)
              .environment(Map.of("LD_LIBRARY_PATH", "."))
              .hostImports(wasi.addTo(new Imports()))
              .build();
      linkage.loadMain(mainWasm, "main.wasm");
      wasi.setMemory(linkage.memory());
      long t0 = System.nanoTime();
      Library library = linkage.dlopen("libgreet.so", Dlfcn.RTLD_NOW);
      times[run] = (System.nanoTime() - t0) / 1e6;
      if (library.function("greet") == null) {
        throw new AssertionError("greet not found");
      }
    }
    report("dlopen(libgreet.so) from " + how, times);
  }

  private static void report(String what, double[] times) {
    double[] warm = Arrays.copyOfRange(times, 1, times.length);
    Arrays.sort(warm);
    System.out.printf(
        "%s: first %.1f ms, then median %.2f ms, min %.2f ms over %d runs%n",
        what, times[0], warm[warm.length / 2], warm[0], warm.length);
  }

  private static void largeCompile(Path dir) throws Exception {
    byte[] wasm = Files.readAllBytes(dir.resolve("large.wasm"));
    double mb = wasm.length / 1e6;
    for (int run = 0; run < 4; run++) {
      long t0 = System.nanoTime();
      ModuleImage image = Compiler.compile(wasm, "large.wasm");
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "compile large.wasm (%.2f MB, %d classes) run %d: %.2f s = %.2f MB/s%n",
          mb, image.spec().classes().size(), run + 1, s, mb / s);
    }
  }

  private static void largeCache(Path dir) throws Exception {
    byte[] wasm = Files.readAllBytes(dir.resolve("large.wasm"));
    String generator = ImageLookup.generatorOf(CompilerProvider.class);
    CompileCache cache = new CompileCache(dir.resolve("cache"));
    if (cache.get(ContentHash.sha256(wasm), generator, "large.wasm").isEmpty()) {
      // The compiler or runtime jar changed since "prepare": entries are keyed by their build.
      cache.put("large.wasm", wasm, Compiler.compile(wasm, "large.wasm"), generator);
      System.out.println("(cache entry was missing: filled it first; run again for a cold JVM)");
      return;
    }
    long size = Files.size(cache.entryPath(ContentHash.sha256(wasm), generator));
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      ModuleImage image =
          cache.get(ContentHash.sha256(wasm), generator, "large.wasm").orElseThrow();
      long t1 = System.nanoTime();
      image.instantiate(new Imports());
      long t2 = System.nanoTime();
      System.out.printf(
          "large.wasm from the disk cache (entry %.1f MB) run %d: image %.0f ms (hash and"
              + " checksums included), instantiate %.0f ms%n",
          size / 1e6, run + 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }
  }

  private static Path example() {
    Path d = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(d.resolve("examples/dlopen-basic"))) {
      d = d.getParent();
    }
    return d.resolve("examples/dlopen-basic");
  }
}
