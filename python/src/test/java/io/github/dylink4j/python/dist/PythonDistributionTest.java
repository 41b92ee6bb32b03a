package io.github.dylink4j.python.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.bundle.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged distribution, checked against the host contract (shared/cowasm-python.md §1). */
class PythonDistributionTest {
  private static final String HELLO = "hello.cpython-311-wasm32-wasi.so";
  private static final String HELLOZIG = "hellozig.cpython-311-wasm32-wasi.so";

  @TempDir Path cache;

  @Test
  void wasmBytesAreTheContractsOnes() {
    PythonDistribution d = PythonDistribution.withCache(cache);
    byte[] kernel = d.kernelWasm();
    byte[] python = d.pythonWasm();
    assertEquals(737_035, kernel.length);
    assertEquals(4_740_834, python.length);
    assertEquals(
        "5fbbfe6737a35265f824266e9f8f0df06f14a8f0704a8cca6ee6249a85c6f1af", sha256(kernel));
    assertEquals(
        "17be8a0bc6da94dd4d4222a2938d16266d63a09982412377ec2df2b12d23277b", sha256(python));
    assertEquals(sha256(kernel), d.kernelSha256());
    assertEquals(sha256(python), d.pythonSha256());
    assertEquals("3.11.1", d.pythonVersion());
  }

  @Test
  void theLinkerSeesTheModulesRealDigestsWithoutHashingThemAgain() {
    PythonDistribution d = PythonDistribution.withCache(cache);
    byte[] kernel = d.kernelWasm();
    byte[] python = d.pythonWasm();
    // The remembered digests (from distribution.properties) are the ones of the bytes handed out.
    assertEquals(sha256(kernel), ContentHash.sha256(kernel));
    assertEquals(sha256(python), ContentHash.sha256(python));
  }

  @Test
  void pythonHomeHoldsTheStandardLibraryWithLibDynload() throws IOException {
    Path home = PythonDistribution.withCache(cache).pythonHome();
    Path lib = home.resolve("lib/python3.11");
    assertTrue(Files.isRegularFile(lib.resolve("encodings/__init__.pyc")));
    try (Stream<Path> so = Files.list(lib.resolve("lib-dynload"))) {
      assertEquals(25, so.filter(p -> p.toString().endsWith(".so")).count());
    }
    // The zip's 584 entries, its sitecustomize.pyc replaced by the overlay's, plus _dylink4j.pyc.
    try (Stream<Path> all = Files.walk(lib)) {
      assertEquals(585, all.filter(Files::isRegularFile).count());
    }
    for (Map.Entry<String, byte[]> e : PythonDistribution.overlayFiles().entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(lib.resolve(e.getKey())), e.getKey());
    }
    assertEquals(List.of("sitecustomize.pyc", "_dylink4j.pyc"), PythonDistribution.OVERLAY);
  }

  @Test
  void theOverlayIsPartOfTheCacheKey() throws IOException {
    Path home = PythonDistribution.withCache(cache).pythonHome();
    // python-<version>-<zip sha256 prefix>-<overlay sha256 prefix>: a new overlay, a new entry.
    ByteArrayOutputStream overlay = new ByteArrayOutputStream();
    for (String name : List.of("sitecustomize.pyc", "_dylink4j.pyc")) {
      overlay.write((name + "\0").getBytes(StandardCharsets.UTF_8));
      overlay.write(Files.readAllBytes(Path.of("src/main/overlay", name)));
    }
    assertEquals(
        "python-3.11.1-eb9f41ad99481315-" + sha256(overlay.toByteArray()).substring(0, 12),
        home.getFileName().toString());
  }

  @Test
  void extensionDirectoryHoldsTheHelloModules() throws IOException {
    PythonDistribution d = PythonDistribution.withCache(cache);
    assertEquals(List.of(HELLO, HELLOZIG), d.extensionNames());
    Path ext = d.extensionDirectory();
    assertEquals(
        "c7cb418890366dcc6bc7a606090cc101eb64c715e0fe970c72470204a23aa3bb",
        sha256(Files.readAllBytes(ext.resolve(HELLO))));
    assertEquals(
        "7de84a449e39a08854ca526dc49d696436de03dfebed3cc5f8cc8fef5a3012ee",
        sha256(Files.readAllBytes(ext.resolve(HELLOZIG))));
  }

  @Test
  void aSecondInstanceReusesTheUnpackedFolders() throws IOException {
    Path home = PythonDistribution.withCache(cache).pythonHome();
    Path sentinel = Files.writeString(home.resolve("sentinel"), "kept");
    Path again = PythonDistribution.withCache(cache).pythonHome();
    assertEquals(home, again);
    assertEquals("kept", Files.readString(sentinel));
    assertTrue(home.startsWith(cache));
  }

  @Test
  void cacheFolderFromPropertyThenEnvironmentThenXdgThenHome() {
    Path home = Path.of(System.getProperty("user.home"));
    assertEquals(
        Path.of("/p"),
        PythonDistribution.configuredCacheDir("/p", Map.of("DYLINK4J_PYTHON_CACHE", "/e")));
    assertEquals(
        Path.of("/e"),
        PythonDistribution.configuredCacheDir(null, Map.of("DYLINK4J_PYTHON_CACHE", "/e")));
    assertEquals(
        Path.of("/x/dylink4j/python"),
        PythonDistribution.configuredCacheDir(" ", Map.of("XDG_CACHE_HOME", "/x")));
    assertEquals(
        home.resolve(".cache/dylink4j/python"),
        PythonDistribution.configuredCacheDir(null, Map.of("XDG_CACHE_HOME", "relative")));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
