package io.github.dylink4j.python.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class UnpackedCacheTest {
  @TempDir Path root;

  @Test
  void fillsOnceThenReusesTheEntry() throws IOException {
    UnpackedCache cache = new UnpackedCache(root);
    AtomicInteger fills = new AtomicInteger();
    UnpackedCache.Filler filler =
        dir -> {
          fills.incrementAndGet();
          Files.writeString(dir.resolve("a.txt"), "hello");
        };
    Path first = cache.ensure("k1", filler);
    Path second = new UnpackedCache(root).ensure("k1", filler);
    assertEquals(root.resolve("k1"), first);
    assertEquals(first, second);
    assertEquals(1, fills.get());
    assertEquals("hello", Files.readString(first.resolve("a.txt")));
    assertEquals(List.of("k1"), names(root));
  }

  @Test
  void aFailedFillLeavesNoEntryAndNoTemporaryFolder() {
    UnpackedCache cache = new UnpackedCache(root);
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                cache.ensure(
                    "k2",
                    dir -> {
                      Files.writeString(dir.resolve("half"), "x");
                      throw new IOException("disk full");
                    }));
    assertTrue(e.getMessage().contains(root.resolve("k2").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertEquals(List.of(), names(root));
  }

  @Test
  void anIncompleteEntryIsReplaced() throws IOException {
    Path broken = Files.createDirectories(root.resolve("k3"));
    Files.writeString(broken.resolve("half"), "x");
    Path entry =
        new UnpackedCache(root).ensure("k3", dir -> Files.writeString(dir.resolve("whole"), "y"));
    assertEquals(broken, entry);
    assertFalse(Files.exists(entry.resolve("half")));
    assertEquals("y", Files.readString(entry.resolve("whole")));
    assertEquals(List.of("k3"), names(root));
  }

  @Test
  void concurrentFillersAllGetOneCompleteEntry() throws Exception {
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Path>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  // Separate instances, as separate JVMs would have.
                  return new UnpackedCache(root)
                      .ensure(
                          "shared",
                          dir -> {
                            for (int i = 0; i < 50; i++) {
                              Files.writeString(dir.resolve("f" + i), "writer " + id);
                            }
                          });
                }));
      }
      start.countDown();
      for (Future<Path> f : results) {
        Path p = f.get();
        assertEquals(root.resolve("shared"), p);
        try (Stream<Path> files = Files.list(p)) {
          assertEquals(51, files.count()); // 50 files and the marker
        }
        // All files come from one writer: no mix of two fills.
        String writer = Files.readString(p.resolve("f0"));
        for (int i = 1; i < 50; i++) {
          assertEquals(writer, Files.readString(p.resolve("f" + i)));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("shared"), names(root));
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
