package io.github.dylink4j.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionCacheTest {
  @TempDir Path tmp;

  /** A stand-in for wast2json that records its calls and writes a JSON and a module file. */
  private static final class FakeConverter implements ConversionCache.Converter {
    final AtomicInteger calls = new AtomicInteger();
    volatile long sleepMillis;

    @Override
    public void convert(Path wast, Path outputDir, String jsonName) {
      calls.incrementAndGet();
      try {
        String source = Files.readString(wast);
        Files.writeString(outputDir.resolve("script.0.wasm"), source);
        Thread.sleep(sleepMillis);
        Files.writeString(outputDir.resolve(jsonName), "{\"commands\": []}");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private Path script(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  @Test
  void secondLookupIsAHit() throws IOException {
    FakeConverter converter = new FakeConverter();
    ConversionCache cache = new ConversionCache(tmp.resolve("cache"), "v1", converter);
    Path wast = script("a.wast", "(module)");
    Path first = cache.jsonFor(wast);
    Path second = cache.jsonFor(wast);
    assertEquals(first, second);
    assertEquals(1, converter.calls.get());
    assertEquals("(module)", Files.readString(first.resolveSibling("script.0.wasm")));
  }

  @Test
  void keyIsContentAndConverterVersionNotFileName() throws IOException {
    FakeConverter converter = new FakeConverter();
    Path root = tmp.resolve("cache");
    ConversionCache v1 = new ConversionCache(root, "v1", converter);
    Path a = v1.jsonFor(script("a.wast", "(module)"));
    assertEquals(a, v1.jsonFor(script("renamed.wast", "(module)")), "same bytes, other name");
    assertNotEquals(a, v1.jsonFor(script("b.wast", "(module $other)")));
    assertNotEquals(
        a, new ConversionCache(root, "v2", converter).jsonFor(script("c.wast", "(module)")));
    assertEquals(3, converter.calls.get());
  }

  @Test
  void incompleteEntryIsAMissAndIsReplaced() throws IOException {
    FakeConverter converter = new FakeConverter();
    Path root = tmp.resolve("cache");
    ConversionCache cache = new ConversionCache(root, "v1", converter);
    Path wast = script("a.wast", "(module)");
    Path entry = root.resolve(cache.key(Files.readAllBytes(wast)));
    // What a crash half-way through a non-atomic writer would leave: output but no marker.
    Files.createDirectories(entry);
    Files.writeString(entry.resolve(ConversionCache.JSON), "{\"trunc");
    Path json = cache.jsonFor(wast);
    assertEquals(1, converter.calls.get());
    assertEquals("{\"commands\": []}", Files.readString(json));
    assertTrue(Files.exists(entry.resolve(ConversionCache.COMPLETE)));
  }

  @Test
  void failedConversionLeavesNothingBehind() throws IOException {
    Path root = tmp.resolve("cache");
    ConversionCache cache =
        new ConversionCache(
            root,
            "v1",
            (wast, out, json) -> {
              throw new WastException("wast2json failed: syntax error at 1:2", null);
            });
    WastException e =
        assertThrows(WastException.class, () -> cache.jsonFor(script("bad.wast", "(modul")));
    assertTrue(e.getMessage().contains("1:2"));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(List.of(), left.toList(), "no entry and no temporary folder");
    }
  }

  @Test
  void concurrentFillersAgreeOnOneCompleteEntry() throws Exception {
    FakeConverter converter = new FakeConverter();
    converter.sleepMillis = 200; // all threads convert at the same time
    Path root = tmp.resolve("cache");
    Path wast = script("a.wast", "(module)");
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Path>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      // Separate cache objects, as separate JVMs would have.
      ConversionCache cache = new ConversionCache(root, "v1", converter);
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return cache.jsonFor(wast);
              }));
    }
    start.countDown();
    List<Path> results = new ArrayList<>();
    for (Future<Path> f : futures) {
      results.add(f.get());
    }
    pool.shutdown();
    assertEquals(threads, converter.calls.get(), "all missed and converted in parallel");
    assertTrue(results.stream().allMatch(results.get(0)::equals));
    assertEquals("{\"commands\": []}", Files.readString(results.get(0)));
    try (Stream<Path> left = Files.list(root)) {
      List<String> names = left.map(p -> p.getFileName().toString()).toList();
      assertEquals(1, names.size(), "only the published entry remains: " + names);
      assertFalse(names.get(0).startsWith("."));
    }
  }

  @Test
  void cacheRootCanBeOverriddenBySystemProperty() {
    String old = System.getProperty(ConversionCache.PROPERTY);
    try {
      System.setProperty(ConversionCache.PROPERTY, tmp.toString());
      assertEquals(tmp, ConversionCache.defaultRoot());
    } finally {
      if (old == null) {
        System.clearProperty(ConversionCache.PROPERTY);
      } else {
        System.setProperty(ConversionCache.PROPERTY, old);
      }
    }
  }
}
