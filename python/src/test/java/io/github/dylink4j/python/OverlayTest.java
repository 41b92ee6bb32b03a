package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.python.dist.PythonDistribution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dylink4j's overlay on the unpacked standard library ({@code python/src/main/overlay/}): the
 * committed {@code .pyc} files are what CoWasm's CPython compiles from their sources, they are the
 * ones the interpreter runs, and the lazy {@code sitecustomize} keeps CoWasm's {@code NAME.tar.xz}
 * imports without importing the archive modules at start-up.
 */
class OverlayTest {
  /** The overlay's sources and committed .pyc files (tests run in the module's folder). */
  private static final Path OVERLAY = Path.of("src/main/overlay");

  @TempDir Path tmp;

  private static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.list(OVERLAY)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".py"))
          .sorted()
          .toList();
    }
  }

  @Test
  void committedPycFilesAreCompiledFromTheirSourcesAndInstalled() throws IOException {
    List<String> sources = sources();
    assertEquals(List.of("_dylink4j.py", "sitecustomize.py"), sources);
    Output err = new Output();
    try (Python py =
        Artifacts.builder()
            .noSite(true)
            .stderr(err)
            .preopen(OVERLAY.toAbsolutePath(), "/overlay")
            .preopen(tmp, "/out")
            .workingDirectory("/out") // a relative cfile, as in the script
            .build()) {
      for (String source : sources) {
        // As python/build/regenerate-overlay does it.
        py.exec(
            "import py_compile\n"
                + "py_compile.compile('/overlay/"
                + source
                + "', cfile='"
                + source
                + "c', dfile='/usr/lib/python3.11/"
                + source
                + "', doraise=True,"
                + " invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)");
      }
    }
    assertEquals("", err.take());
    Path lib = PythonDistribution.standard().pythonHome().resolve("lib/python3.11");
    for (String source : sources) {
      String pyc = source + "c";
      byte[] committed = Files.readAllBytes(OVERLAY.resolve(pyc));
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve(pyc)),
          committed,
          "python/src/main/overlay/"
              + pyc
              + " is not what "
              + source
              + " compiles to: run python/build/regenerate-overlay");
      try (InputStream in = PythonDistribution.class.getResourceAsStream("overlay/" + pyc)) {
        assertNotNull(in, pyc + " is not packaged beside the distribution");
        assertArrayEquals(committed, in.readAllBytes(), pyc + ": the packaged copy differs");
      }
      assertArrayEquals(
          committed,
          Files.readAllBytes(lib.resolve(pyc)),
          pyc + " is not in the unpacked standard library " + lib);
    }
  }

  @Test
  void startsWithoutTheArchiveModulesAndAsPython3() {
    try (Python py = Artifacts.builder().build()) {
      assertEquals(
          "[]",
          py.eval(
              "sorted(m for m in ('cowasm_importer', 'importlib.abc', 'tempfile', 'zipfile',"
                  + " 'tarfile', 'zlib', '_bz2', '_lzma') if m in __import__('sys').modules)"));
      // CoWasm's sitecustomize lifted the limit and appended '.'; python3 does neither.
      assertEquals("4300", py.eval("__import__('sys').get_int_max_str_digits()"));
      assertEquals("False", py.eval("'.' in __import__('sys').path"));
      assertEquals("True", py.eval("'sitecustomize' in __import__('sys').modules"));
      // A module that is nowhere is still a plain ModuleNotFoundError, without CoWasm's importer.
      py.exec(
          "try:\n    import no_such_module_anywhere\n"
              + "except ModuleNotFoundError as e:\n    missing = type(e).__name__");
      assertEquals("'ModuleNotFoundError'", py.eval("missing"));
      assertEquals("False", py.eval("'cowasm_importer' in __import__('sys').modules"));
      assertEquals(
          "'" + Python3Compat.DUMB_TERMCAP + "'", py.eval("__import__('_dylink4j').DUMB_TERMCAP"));
    }
  }

  @Test
  void aModulePackedAsTarXzOnSysPathStillImports() throws IOException {
    Path packages = Files.createDirectory(tmp.resolve("packages"));
    Path work = Files.createDirectory(tmp.resolve("work"));
    Output err = new Output();
    try (Python py =
        Artifacts.builder()
            .stderr(err)
            .pythonPath(packages, "/packages")
            .preopen(work, "/work")
            .workingDirectory("/work")
            .env("TMPDIR", "/work")
            .build()) {
      py.exec(
          String.join(
              "\n",
              "import io, sys, tarfile",
              "source = b'VALUE = 389 + 10\\n'",
              "with tarfile.open('/packages/packedmod.tar.xz', 'w:xz') as tar:",
              "    info = tarfile.TarInfo('packedmod/__init__.py')",
              "    info.size = len(source)",
              "    tar.addfile(info, io.BytesIO(source))",
              "import packedmod"));
      assertEquals("399", py.eval("packedmod.VALUE"));
      assertTrue(py.eval("packedmod.__file__").startsWith("'/work/"), "extracted under TMPDIR");
      assertEquals("True", py.eval("'cowasm_importer' in sys.modules"));
      assertEquals(
          "[]",
          py.eval(
              "[f for f in sys.meta_path"
                  + " if getattr(f, '__name__', '') == '_CowasmArchiveFinder']"));
    }
    assertEquals("", err.take());
  }

  @Test
  void aHomeWithoutTheHostModuleFailsNamingIt() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        PythonDistribution.class.getResource(PythonDistribution.KERNEL_NAME) != null,
        "needs the packaged distribution (this module built with its CoWasm files)");
    PythonDistribution dist = PythonDistribution.standard();
    Path home = tmp.resolve("home");
    Path from = dist.pythonHome();
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = home.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("_dylink4j.pyc")) {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Output err = new Output();
    Python.Builder b =
        Python.builder()
            .stderr(err)
            .files(dist.kernelWasm(), dist.pythonWasm(), home, dist.extensionDirectory());
    RuntimeException e = assertThrows(RuntimeException.class, b::build);
    assertTrue(e.getMessage().contains("_dylink4j"), e.getMessage());
    assertTrue(err.take().contains("No module named '_dylink4j'"), "CPython's traceback");
  }

  @Test
  void theHostModuleIsImportedWithoutSite() {
    try (Python py = Artifacts.builder().noSite(true).build()) {
      assertEquals("'X'", py.eval("__import__('_dylink4j').run('x = 1', 'exec', {})"));
      assertEquals("False", py.eval("'sitecustomize' in __import__('sys').modules"));
      assertEquals("True", py.eval("'_dylink4j' in __import__('sys').modules"));
    }
  }
}
