package io.github.dylink4j.python.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.python.dist.UnpackedCache;
import io.github.dylink4j.python.dist.ZipUnpacker;
import io.github.dylink4j.runtime.bundle.BundleLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged numpy/ tree, its cache entry and its bundles (no interpreter). */
class NumpyPackageTest {
  @TempDir Path cache;

  @Test
  void unpacksTheNumpyPackageWithItsNineteenExtensions() throws IOException {
    NumpyPackage p = NumpyPackage.withCache(cache);
    Path dir = p.directory();
    assertTrue(dir.startsWith(cache.toAbsolutePath()), dir.toString());
    assertTrue(Files.isRegularFile(dir.resolve("numpy/__init__.pyc")));
    assertTrue(
        Files.isRegularFile(
            dir.resolve("numpy/core/_multiarray_umath.cpython-311-wasm32-wasi.so")));
    assertEquals(19, extensions(dir).size());
    assertEquals(19, p.extensionCount());
    assertEquals("1.1.0", p.npmVersion());
    assertEquals(dir, p.directory());
  }

  @Test
  void everyExtensionHasABundleOnTheClassPath() throws Exception {
    Path dir = NumpyPackage.withCache(cache).directory();
    for (Path so : extensions(dir)) {
      String name = so.getFileName().toString();
      String sha = HexFormat.of().formatHex(sha256(Files.readAllBytes(so)));
      String resource = BundleLayout.descriptorPath(name, sha);
      assertNotNull(
          NumpyPackage.class.getClassLoader().getResource(resource), "no bundle " + resource);
    }
  }

  @Test
  void aSecondPackageObjectReusesTheEntry() throws IOException {
    Path first = NumpyPackage.withCache(cache).directory();
    Path marker = first.resolve("numpy/__init__.pyc");
    Files.writeString(first.resolve("witness"), "kept");
    Path second = NumpyPackage.withCache(cache).directory();
    assertEquals(first, second);
    assertEquals("kept", Files.readString(second.resolve("witness")));
    assertTrue(Files.isRegularFile(marker));
  }

  @Test
  void anEntryWithoutItsCompletionMarkerIsReplaced() throws IOException {
    Path dir = NumpyPackage.withCache(cache).directory();
    Files.delete(dir.resolve(UnpackedCache.COMPLETE_MARKER));
    Files.delete(dir.resolve("numpy/__init__.pyc"));
    Path again = NumpyPackage.withCache(cache).directory();
    assertEquals(dir, again);
    assertTrue(Files.isRegularFile(again.resolve("numpy/__init__.pyc")));
    assertTrue(Files.isRegularFile(again.resolve(UnpackedCache.COMPLETE_MARKER)));
  }

  @Test
  void concurrentFirstUsesAgreeOnOneWholeEntry() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<Path> task = () -> NumpyPackage.withCache(cache).directory();
        results.add(pool.submit(task));
      }
      Path first = results.get(0).get();
      for (Future<Path> f : results) {
        assertEquals(first, f.get());
      }
      assertEquals(19, extensions(first).size());
    } finally {
      pool.shutdownNow();
    }
    // No temporary folders left behind: only the entry itself.
    try (Stream<Path> left = Files.list(cache)) {
      assertEquals(1, left.count());
    }
  }

  @Test
  void pythonPathPutsNumpyAfterTheUsersEntries() {
    assertEquals("/site-packages", NumpyPackage.pythonPath(null));
    assertEquals("/site-packages", NumpyPackage.pythonPath(""));
    assertEquals("/a:/b:/site-packages", NumpyPackage.pythonPath("/a:/b"));
  }

  @Test
  void aZipEntryLeavingTheFolderIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("../escape.txt"));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ZipUnpacker.unpack(
                    new ByteArrayInputStream(bytes.toByteArray()), "evil.zip", cache.resolve("t")));
    assertTrue(e.getMessage().contains("evil.zip: entry '../escape.txt' leaves the folder"));
    assertFalse(Files.exists(cache.resolve("escape.txt")));
  }

  @Test
  void anUnwritableCacheIsReportedWithItsPath() throws IOException {
    Path file = Files.writeString(cache.resolve("not-a-folder"), "");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> NumpyPackage.withCache(file).directory());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  private static List<Path> extensions(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".so")).sorted().toList();
    }
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }
}
