package io.github.dylink4j.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.bundle.BundleLayout;
import io.github.dylink4j.runtime.bundle.ClassPathBundles;
import io.github.dylink4j.runtime.bundle.ContentHash;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileMojoTest {
  @TempDir Path tmp;
  Path in;
  Path out;
  Path example;

  @BeforeEach
  void setUp() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("examples/dlopen-basic"))) {
      dir = dir.getParent();
    }
    example = dir.resolve("examples/dlopen-basic");
    in = Files.createDirectories(tmp.resolve("src/main/wasm"));
    out = tmp.resolve("target/classes");
    Files.copy(example.resolve("main.wasm"), in.resolve("app.wasm"));
    Files.createDirectories(in.resolve("lib"));
    Files.copy(example.resolve("libgreet.so"), in.resolve("lib/libgreet.so"));
    Files.writeString(in.resolve("README.txt"), "not wasm");
  }

  private CompileMojo mojo() {
    CompileMojo m = new CompileMojo();
    m.inputDirectory = in.toFile();
    m.outputDirectory = out.toFile();
    return m;
  }

  private Path descriptor(String library, Path wasm) throws IOException {
    return out.resolve(
        BundleLayout.descriptorPath(library, ContentHash.sha256(Files.readAllBytes(wasm))));
  }

  private List<String> descriptors() throws IOException {
    try (Stream<Path> files = Files.list(out.resolve(BundleLayout.ROOT))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".desc"))
          .sorted()
          .toList();
    }
  }

  @Test
  void compilesEveryIncludedModuleIntoFindableBundles() throws Exception {
    mojo().execute();
    assertEquals(2, descriptors().size(), descriptors().toString());
    Path desc = descriptor("libgreet.so", in.resolve("lib/libgreet.so"));
    if (Files.getFileStore(desc).supportsFileAttributeView("posix")) {
      // Readable like any build output, not private like the temporary file it was written to.
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(desc)));
    }
    byte[] lib = Files.readAllBytes(in.resolve("lib/libgreet.so"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, null)) {
      ClassPathBundles bundles = new ClassPathBundles(loader);
      assertTrue(bundles.find("libgreet.so", ContentHash.sha256(lib), "./libgreet.so").isPresent());
      byte[] app = Files.readAllBytes(in.resolve("app.wasm"));
      assertTrue(bundles.find("app.wasm", ContentHash.sha256(app), "app.wasm").isPresent());
    }
  }

  @Test
  void aSecondRunSkipsUnchangedInputs() throws Exception {
    mojo().execute();
    Path desc = descriptor("libgreet.so", in.resolve("lib/libgreet.so"));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(desc, old);
    mojo().execute();
    assertEquals(old, Files.getLastModifiedTime(desc), "the bundle was not written again");
  }

  @Test
  void aDamagedBundleIsCompiledAgain() throws Exception {
    mojo().execute();
    Path desc = descriptor("libgreet.so", in.resolve("lib/libgreet.so"));
    byte[] good = Files.readAllBytes(desc);
    byte[] bad = good.clone();
    bad[bad.length / 2] ^= 1;
    Files.write(desc, bad);
    mojo().execute();
    assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(desc)));
  }

  @Test
  void aRecompiledBundleKeepsNoClassOfTheEarlierCompile() throws Exception {
    mojo().execute();
    Path desc = descriptor("libgreet.so", in.resolve("lib/libgreet.so"));
    Path folder = desc.resolveSibling(desc.getFileName().toString().replace(".desc", ""));
    // A class only an earlier compiler wrote (say, a chunk class it split off), and a descriptor
    // that no longer matches, so the bundle is compiled again.
    Path stale = Files.writeString(folder.resolve("Stale$Chunk.class"), "old");
    byte[] bad = Files.readAllBytes(desc);
    bad[bad.length / 2] ^= 1;
    Files.write(desc, bad);
    mojo().execute();
    assertFalse(Files.exists(stale), "a class of the earlier compile is left in the bundle");
    assertTrue(Files.isDirectory(folder));
  }

  @Test
  void aChangedInputReplacesItsOldBundle() throws Exception {
    mojo().execute();
    Path oldDesc = descriptor("libgreet.so", in.resolve("lib/libgreet.so"));
    Path oldFolder = oldDesc.resolveSibling(oldDesc.getFileName().toString().replace(".desc", ""));
    assertTrue(Files.isDirectory(oldFolder));
    // Another valid side module under the same name.
    Path basics = example.resolve("../../fixtures/dylink/basics/libbasic.so").normalize();
    Files.copy(
        basics, in.resolve("lib/libgreet.so"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    mojo().execute();
    assertFalse(Files.exists(oldDesc));
    assertFalse(Files.exists(oldFolder));
    assertTrue(Files.exists(descriptor("libgreet.so", in.resolve("lib/libgreet.so"))));
    assertEquals(2, descriptors().size());
  }

  @Test
  void parallelAndSequentialBuildsWriteTheSameBundles() throws Exception {
    Path fixtures = example.resolve("../../fixtures/dylink").normalize();
    for (String f :
        List.of(
            "basics/libbasic.so",
            "growth/libhoard.so",
            "weakdefs/libuser.so",
            "scopes/libtop.so",
            "recursion/libping.so")) {
      Path target = in.resolve("more").resolve(f);
      Files.createDirectories(target.getParent());
      Files.copy(fixtures.resolve(f), target);
    }
    CompileMojo sequential = mojo();
    sequential.threads = 1;
    sequential.execute();
    Map<String, byte[]> one = contents(out);
    Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    CompileMojo parallel = mojo();
    parallel.threads = 4;
    parallel.execute();
    Map<String, byte[]> four = contents(out);
    assertEquals(7, descriptors().size(), descriptors().toString());
    assertEquals(one.keySet(), four.keySet());
    for (String file : one.keySet()) {
      assertArrayEquals(one.get(file), four.get(file), file);
    }
  }

  @Test
  void twoInputsWithOneNameInDifferentFoldersKeepBothBundles() throws Exception {
    Path basics = example.resolve("../../fixtures/dylink/basics/libbasic.so").normalize();
    Files.createDirectories(in.resolve("other"));
    Files.copy(basics, in.resolve("other/libgreet.so"));
    CompileMojo m = mojo();
    m.threads = 2;
    m.execute();
    mojo().execute(); // and a second, incremental run keeps them too
    assertTrue(Files.exists(descriptor("libgreet.so", in.resolve("lib/libgreet.so"))));
    assertTrue(Files.exists(descriptor("libgreet.so", in.resolve("other/libgreet.so"))));
    assertEquals(3, descriptors().size());
  }

  @Test
  void everyBadInputIsReportedWhenCompilingInParallel() throws Exception {
    Files.write(in.resolve("lib/libbad1.so"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5});
    Files.write(in.resolve("lib/libbad2.so"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5});
    CompileMojo m = mojo();
    m.threads = 3;
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(e.getMessage().startsWith("dylink4j: 2 wasm module(s) cannot be compiled"));
    assertTrue(e.getMessage().contains("lib/libbad1.so: "), e.getMessage());
    assertTrue(e.getMessage().contains("lib/libbad2.so: "), e.getMessage());
    // The good inputs were still compiled.
    assertTrue(Files.exists(descriptor("libgreet.so", in.resolve("lib/libgreet.so"))));
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void aMalformedInputFailsTheBuildNamingTheFileAndTheProblem() throws Exception {
    Files.write(in.resolve("lib/libbad.so"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5});
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
    assertTrue(e.getMessage().contains("lib/libbad.so: "), e.getMessage());
    assertTrue(e.getMessage().startsWith("dylink4j: 1 wasm module(s) cannot be compiled"));
  }

  @Test
  void aSharedLibraryThatIsNotASideModuleIsRejected() throws Exception {
    Files.copy(example.resolve("main.wasm"), in.resolve("libmain.so"));
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
    assertTrue(
        e.getMessage()
            .contains(
                "libmain.so: not a side module (its first section is not a dylink.0 custom"
                    + " section)"),
        e.getMessage());
  }

  @Test
  void includesAndExcludesSelectInputs() throws Exception {
    CompileMojo m = mojo();
    m.includes = List.of("**/*.so");
    m.execute();
    assertEquals(1, descriptors().size());
    assertTrue(descriptors().get(0).startsWith("libgreet.so-"));

    Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    m = mojo();
    m.excludes = List.of("lib/");
    m.execute();
    assertEquals(1, descriptors().size());
    assertTrue(descriptors().get(0).startsWith("app.wasm-"));
  }

  @Test
  void skipAndMissingInputFolderDoNothing() throws Exception {
    CompileMojo m = mojo();
    m.skip = true;
    m.execute();
    assertFalse(Files.exists(out));
    m = mojo();
    m.inputDirectory = tmp.resolve("nothing-here").toFile();
    m.execute();
    assertFalse(Files.exists(out));
  }
}
