package io.github.dylink4j.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.bundle.ImageLookup.Source;
import io.github.dylink4j.runtime.bundle.ImageLookupTest.CountingCompiler;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {
  static final String GEN = "test-compiler 1";
  @TempDir Path dir;

  /** A lookup whose compiler counts, with the disk cache keyed by {@link #GEN}. */
  private ImageLookup lookup(CountingCompiler compiler) {
    return new ImageLookup(
        new ClassPathBundles(getClass().getClassLoader()), new CompileCache(dir), compiler, GEN);
  }

  @Test
  void aSecondLookupIsACacheHit() {
    byte[] wasm = Specs.sideModule(16);
    CountingCompiler first = new CountingCompiler();
    assertEquals(Source.COMPILED, lookup(first).find(wasm, "libx.so").source());
    CountingCompiler second = new CountingCompiler();
    ImageLookup.Found hit = lookup(second).find(wasm, "./libx.so");
    assertEquals(Source.DISK_CACHE, hit.source());
    assertEquals(0, second.calls.get());
    Specs.assertSameSpec(Specs.spec("./libx.so"), hit.image().spec(), true);
  }

  @Test
  void anotherCompilerDoesNotSeeTheEntry() {
    byte[] wasm = Specs.sideModule(16);
    lookup(new CountingCompiler()).find(wasm, "libx.so");
    CompileCache cache = new CompileCache(dir);
    assertTrue(cache.get(ContentHash.sha256(wasm), GEN, "x").isPresent());
    assertTrue(cache.get(ContentHash.sha256(wasm), "test-compiler 2", "x").isEmpty());
  }

  @Test
  void aCorruptEntryIsDetectedAndRebuiltNeverLoaded() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    lookup(new CountingCompiler()).find(wasm, "libx.so");
    Path entry = new CompileCache(dir).entryPath(ContentHash.sha256(wasm), GEN);
    byte[] good = Files.readAllBytes(entry);
    // Every single flipped byte, in the descriptor and in the class files after it.
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x10;
      Files.write(entry, bad);
      CountingCompiler compiler = new CountingCompiler();
      assertEquals(Source.COMPILED, lookup(compiler).find(wasm, "libx.so").source(), "byte " + i);
      assertEquals(1, compiler.calls.get());
      assertTrue(Arrays.equals(good, Files.readAllBytes(entry)), "rebuilt after byte " + i);
    }
  }

  @Test
  void entriesAreKeyedByRuntimeAbiAndAnEntryOfAnotherAbiIsRebuiltNeverLoaded() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    lookup(new CountingCompiler()).find(wasm, "libx.so");
    Path entry = new CompileCache(dir).entryPath(ContentHash.sha256(wasm), GEN);
    assertTrue(
        entry.getFileName().toString().endsWith(".v2.a" + RuntimeAbi.VERSION + ".dl4j"),
        entry.toString());
    byte[] good = Files.readAllBytes(entry);
    // The same entry as a runtime of another ABI would have written it, at this ABI's path.
    BundleDescriptor d = BundleDescriptor.decodePrefix(good, "entry");
    byte[] descriptor = d.encode();
    byte[] other =
        new BundleDescriptor(
                RuntimeAbi.VERSION + 1,
                d.libraryName(),
                d.sha256(),
                d.generator(),
                d.dylinkSection(),
                d.spec(),
                d.classes())
            .encode();
    byte[] stale = Arrays.copyOf(other, good.length);
    System.arraycopy(good, descriptor.length, stale, other.length, good.length - descriptor.length);
    Files.write(entry, stale);
    CountingCompiler compiler = new CountingCompiler();
    assertEquals(Source.COMPILED, lookup(compiler).find(wasm, "libx.so").source());
    assertEquals(1, compiler.calls.get());
    assertTrue(Arrays.equals(good, Files.readAllBytes(entry)), "replaced by this ABI's entry");
  }

  @Test
  void aTruncatedEntryIsRebuilt() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    lookup(new CountingCompiler()).find(wasm, "libx.so");
    Path entry = new CompileCache(dir).entryPath(ContentHash.sha256(wasm), GEN);
    byte[] good = Files.readAllBytes(entry);
    for (int n : new int[] {0, 5, 17, good.length / 2, good.length - 1}) {
      Files.write(entry, Arrays.copyOf(good, n));
      assertTrue(new CompileCache(dir).get(ContentHash.sha256(wasm), GEN, "x").isEmpty());
      CountingCompiler compiler = new CountingCompiler();
      assertEquals(Source.COMPILED, lookup(compiler).find(wasm, "libx.so").source());
      assertTrue(Arrays.equals(good, Files.readAllBytes(entry)));
    }
    Files.write(entry, Arrays.copyOf(good, good.length + 1));
    assertTrue(new CompileCache(dir).get(ContentHash.sha256(wasm), GEN, "x").isEmpty());
  }

  @Test
  void concurrentFillersAllGetTheModuleAndLeaveOneWholeEntry() throws Exception {
    int threads = 8;
    int rounds = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        byte[] wasm = Specs.sideModule(round + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImageLookup.Found>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          // Each thread has its own lookup, as separate JVMs would.
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return lookup(new CountingCompiler()).find(wasm, "libx.so");
                  }));
        }
        start.countDown();
        for (Future<ImageLookup.Found> f : results) {
          Specs.assertSameSpec(Specs.spec("libx.so"), f.get().image().spec(), true);
        }
        Optional<?> entry = new CompileCache(dir).get(ContentHash.sha256(wasm), GEN, "libx.so");
        assertTrue(entry.isPresent(), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(rounds, names.size(), "no temporary files left: " + names);
      assertTrue(
          names.stream().allMatch(n -> n.endsWith(".v2.a" + RuntimeAbi.VERSION + ".dl4j")),
          names.toString());
    }
  }

  @Test
  void severalJvmsFillTheSameCacheAtOnce() throws Exception {
    int modules = 40;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      processes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  CacheFiller.class.getName(),
                  dir.toString(),
                  String.valueOf(modules))
              .redirectErrorStream(true)
              .start());
    }
    for (Process p : processes) {
      String out = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), out);
      assertTrue(out.contains("ok, compiled "), out);
    }
    for (int i = 1; i <= modules; i++) {
      String sha = ContentHash.sha256(Specs.sideModule(i));
      assertTrue(new CompileCache(dir).get(sha, GEN, "libx.so").isPresent(), "module " + i);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(modules, files.count(), "one entry per module, no temporary files left");
    }
  }

  @Test
  void anUnwritableCacheOnlyWarns() throws IOException {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    CountingCompiler compiler = new CountingCompiler();
    ModuleCompiler c = compiler;
    ImageLookup lookup =
        new ImageLookup(
            new ClassPathBundles(getClass().getClassLoader()), new CompileCache(file), c, GEN);
    assertEquals(Source.COMPILED, lookup.find(Specs.sideModule(16), "libx.so").source());
    assertEquals(Source.COMPILED, lookup.find(Specs.sideModule(16), "libx.so").source());
  }

  @Test
  void locationFollowsPropertyThenEnvironmentThenXdg() {
    String home = System.getProperty("user.home");
    assertEquals(
        Optional.of(Path.of("/p")),
        CompileCache.configuredDir("/p", Map.of(CompileCache.DIR_ENV, "/e")));
    assertEquals(
        Optional.of(Path.of("/e")),
        CompileCache.configuredDir(null, Map.of(CompileCache.DIR_ENV, "/e")));
    assertEquals(
        Optional.of(Path.of("/x/dylink4j/modules")),
        CompileCache.configuredDir(null, Map.of("XDG_CACHE_HOME", "/x")));
    assertEquals(
        Optional.of(Path.of(home, ".cache", "dylink4j", "modules")),
        CompileCache.configuredDir(null, Map.of()));
    assertEquals(Optional.empty(), CompileCache.configuredDir("off", Map.of()));
    assertEquals(
        Optional.empty(), CompileCache.configuredDir(null, Map.of(CompileCache.DIR_ENV, "OFF")));
  }
}
