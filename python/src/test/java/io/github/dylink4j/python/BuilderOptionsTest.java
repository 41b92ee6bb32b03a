package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.python.dist.PythonDistribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Python.Builder}'s environment, {@code PYTHONPATH} and working-directory options, and the
 * file calls they make visible (relative paths, {@code chmod}). Interpreters start without {@code
 * site} for speed; expected values are what python3 prints in the same situation.
 */
class BuilderOptionsTest {
  private static final String HELLO = "hello.cpython-311-wasm32-wasi.so";

  @TempDir Path tmp;

  private final Output out = new Output();
  private final Output err = new Output();

  @Test
  void envRejectsNamesAndValuesACEnvironmentCannotHold() {
    Python.Builder b = Python.builder();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.env("A=B", "x"));
    assertTrue(e.getMessage().contains("'A=B'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.env("", "x"));
    assertThrows(IllegalArgumentException.class, () -> b.env("A\0B", "x"));
    e = assertThrows(IllegalArgumentException.class, () -> b.env("NAME", "a\0b"));
    assertTrue(e.getMessage().contains("NAME"), e.getMessage());
    b.env("NAME", "a=b"); // '=' is fine in a value
  }

  @Test
  void pythonPathAndWorkingDirectoryRejectBadFolders() {
    Python.Builder b = Python.builder();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> b.pythonPath(tmp.resolve("missing"), "/lib"));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.pythonPath(tmp, "relative"));
    assertThrows(IllegalArgumentException.class, () -> b.pythonPath(tmp, "/a:b"));
    assertThrows(IllegalArgumentException.class, () -> b.workingDirectory("relative/dir"));
  }

  @Test
  void aPythonPathFolderComesBeforeExtAndItsExtensionLoadsThroughDlopen() throws Exception {
    Python.Builder builder = Artifacts.builder(); // skips the test without CoWasm's files
    String files = System.getProperty(Artifacts.FILES_PROPERTY);
    Path ext =
        files != null && !files.isBlank()
            ? Path.of(files, "ext")
            : PythonDistribution.standard().extensionDirectory();
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    Files.copy(ext.resolve(HELLO), lib.resolve(HELLO));
    Files.writeString(lib.resolve("pure.py"), "X = 'pure'\n");
    try (Python py =
        builder.noSite(true).env("PYTHONPATH", "/nowhere").pythonPath(lib).stdout(out).build()) {
      py.exec("import hello, pure");
      assertEquals("399", py.eval("hello.add389(10)"));
      assertEquals("'" + lib.resolve(HELLO) + "'", py.eval("hello.__file__"));
      assertEquals("'pure'", py.eval("pure.X"));
      // python3 order: PYTHONPATH's entries, then the builder's folders, then /ext.
      assertEquals(
          "['/nowhere', '" + lib + "', '/ext']",
          py.eval(
              "[p for p in __import__('sys').path if p in ('/nowhere', '/ext', '" + lib + "')]"));
    }
  }

  @Test
  void theWorkingDirectoryIsWherePython3WouldBe() throws Exception {
    String dir = tmp.toString();
    Files.writeString(tmp.resolve("data.txt"), "here\n");
    Files.writeString(tmp.resolve("prog.py"), "import os\nprint(os.getcwd())\n\n1/0\n");
    Python py =
        Artifacts.builder()
            .noSite(true)
            .preopen(tmp, dir)
            .workingDirectory(dir)
            .stdout(out)
            .stderr(err)
            .build();
    py.exec(
        "print(open('data.txt').read().strip(), os.getcwd() if (os := __import__('os')) else 0)");
    assertEquals("here " + dir + "\n", out.take());
    assertEquals(1, py.runMain("prog.py"));
    assertEquals(dir + "\n", out.take());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \""
            + dir
            + "/prog.py\", line 4, in <module>\n"
            + "    1/0\n"
            + "    ~^~\n"
            + "ZeroDivisionError: division by zero\n",
        err.take());
  }

  @Test
  void aWorkingDirectoryTheGuestCannotSeeFailsTheBuild() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Artifacts.builder().noSite(true).workingDirectory("/not/preopened").build());
    assertTrue(e.getMessage().contains("/not/preopened"), e.getMessage());
  }

  @Test
  void shutilCopyAndChmodWorkAsWithPython3() throws Exception {
    String dir = tmp.toString();
    Files.writeString(tmp.resolve("a.txt"), "text\n");
    try (Python py =
        Artifacts.builder()
            .noSite(true)
            .preopen(tmp, dir)
            .workingDirectory(dir)
            .stdout(out)
            .build()) {
      py.exec(
          "import os, shutil\n"
              + "shutil.copy('a.txt', 'b.txt')\n"
              + "os.chmod('b.txt', 0o640)\n"
              + "try:\n"
              + "    os.chmod('missing.txt', 0o600)\n"
              + "except FileNotFoundError as e:\n"
              + "    print('FileNotFoundError', e.filename)\n");
      assertEquals("FileNotFoundError missing.txt\n", out.take());
    }
    assertEquals("text\n", Files.readString(tmp.resolve("b.txt")));
    assertEquals(
        "rw-r-----",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("b.txt"))));
  }
}
