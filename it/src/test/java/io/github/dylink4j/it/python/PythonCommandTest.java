package io.github.dylink4j.it.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.it.CliProcess;
import io.github.dylink4j.it.CliProcess.Outcome;
import io.github.dylink4j.python.dist.PythonDistribution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dylink4j python} as a user sees it: a separate JVM running the command line, with stdin,
 * stdout, stderr and the exit status compared with what CPython 3.11 prints natively (the expected
 * texts below were produced by python3 3.11 on Linux). Every run is a whole CPython start, so the
 * checks are grouped into few runs.
 */
class PythonCommandTest {
  /** Unpacked once for the class: each run would otherwise share the user's ~/.cache. */
  @TempDir static Path pythonCache;

  @TempDir Path tmp;

  @BeforeAll
  static void unpackOnce() {
    PythonDistribution.withCache(pythonCache).pythonHome();
  }

  private Outcome python(String stdin, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("python");
    command.addAll(List.of(args));
    return CliProcess.run(
        tmp,
        jvmOptions(pythonCache),
        e -> {
          // The host's PYTHON* variables reach CPython as python3's would (PYTHONUNBUFFERED, ...):
          // only the test's own.
          e.keySet().removeIf(name -> name.startsWith("PYTHON"));
          e.putAll(env);
        },
        stdin.getBytes(StandardCharsets.UTF_8),
        300,
        command);
  }

  /**
   * The child JVM's options for {@code python}: as the ./dylink4j launcher, huge generated methods
   * must be JIT-compiled and need room; short snippets finish sooner with C1 alone (C2 would spend
   * seconds on CPython's start-up); the Python cache is the test's own.
   */
  static List<String> jvmOptions(Path pythonCache) {
    return List.of(
        "-XX:-DontCompileHugeMethods",
        "-XX:ReservedCodeCacheSize=512m",
        "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8",
        "-D" + PythonDistribution.CACHE_DIR_PROPERTY + "=" + pythonCache);
  }

  private Outcome python(String... args) throws Exception {
    return python("", Map.of(), args);
  }

  @Test
  void printsAndExitsZero() throws Exception {
    Outcome o = python("-c", "print(1+1)");
    assertEquals(new Outcome(0, "2\n", ""), o);
  }

  @Test
  void anUncaughtExceptionPrintsTheTracebackOnStderrAndExitsOne() throws Exception {
    Outcome o = python("-c", "print('before')\ndef f():\n    1/0\nf()");
    assertEquals(
        new Outcome(
            1,
            "before\n",
            "Traceback (most recent call last):\n"
                + "  File \"<string>\", line 4, in <module>\n"
                + "  File \"<string>\", line 3, in f\n"
                + "ZeroDivisionError: division by zero\n"),
        o);
  }

  @Test
  void sysExitGivesItsStatusOrPrintsItsMessage() throws Exception {
    Outcome o =
        python("-c", "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)");
    assertEquals(new Outcome(3, "out\n", "err\n"), o);
    o = python("-c", "import sys; sys.exit('bye')");
    assertEquals(new Outcome(1, "", "bye\n"), o);
  }

  @Test
  void aScriptGetsItsArgumentsAndStdinAndItsTracebackShowsSourceLines() throws Exception {
    Path script = tmp.resolve("s.py");
    Files.writeString(
        script,
        "import sys\n"
            + "data = sys.stdin.read()\n"
            + "print(sys.argv[1:], len(data.split()))\n"
            + "def g(x):\n"
            + "    return {}[x]\n"
            + "g(\"key\")\n");
    Outcome o = python("one two three\n", Map.of(), script.toString(), "a", "b c");
    assertEquals(
        new Outcome(
            1,
            "['a', 'b c'] 3\n",
            "Traceback (most recent call last):\n"
                + "  File \""
                + script
                + "\", line 6, in <module>\n"
                + "    g(\"key\")\n"
                + "  File \""
                + script
                + "\", line 5, in g\n"
                + "    return {}[x]\n"
                + "           ~~^^^\n"
                + "KeyError: 'key'\n"),
        o);
  }

  @Test
  void withoutArgumentsTheProgramIsReadFromStdin() throws Exception {
    Outcome o = python("import sys\nprint(6*7, sys.argv)\n", Map.of());
    assertEquals(new Outcome(0, "42 ['']\n", ""), o);
  }

  @Test
  void dashMRunsAStandardLibraryModule() throws Exception {
    Outcome o = python("{\"a\": [1, 2], \"b\": \"x\"}\n", Map.of(), "-m", "json.tool");
    assertEquals(
        new Outcome(0, "{\n    \"a\": [\n        1,\n        2\n    ],\n    \"b\": \"x\"\n}\n", ""),
        o);
  }

  @Test
  void dirAndEnvOptionsAndTheWorkingDirectory() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("f.txt"), "hi\n");
    Files.writeString(tmp.resolve("local.txt"), "here\n");
    Outcome o =
        python(
            "--env",
            "GREETING=hello",
            "--dir",
            data + "::/data",
            "-c",
            "import os\n"
                + "print(os.environ['GREETING'], os.listdir('/data'))\n"
                + "print(open('/data/f.txt').read().strip(), open('local.txt').read().strip())");
    assertEquals(new Outcome(0, "hello ['f.txt']\nhi here\n", ""), o);
  }

  @Test
  void theWorkingDirectoryIsTheCurrentDirectoryUnderItsOwnPath() throws Exception {
    // A relative script shows its absolute path in tracebacks, as python3 3.11 does; SQLite can
    // open a database file in the current directory.
    Files.writeString(
        tmp.resolve("w.py"),
        "import os, sqlite3\n"
            + "print(os.getcwd() == os.path.dirname(__file__), os.listdir('.'))\n"
            + "con = sqlite3.connect('w.db'); con.execute('create table t (x)'); con.commit()\n"
            + "raise SystemExit(__file__)\n");
    Outcome o = python("w.py");
    String dir = tmp.toRealPath().toString();
    assertEquals(new Outcome(1, "True ['w.py']\n", dir + "/w.py\n"), o);
    assertTrue(Files.exists(tmp.resolve("w.db")));
  }

  @Test
  void anExtensionModuleOnPythonPathLoadsThroughDlopen() throws Exception {
    // CoWasm's hello extension, in a package of a user's folder named by PYTHONPATH.
    Path pkg = Files.createDirectories(tmp.resolve("userlib/mypkg"));
    Files.writeString(pkg.resolve("__init__.py"), "");
    String so = "hello.cpython-311-wasm32-wasi.so";
    Files.copy(
        PythonDistribution.withCache(pythonCache).extensionDirectory().resolve(so),
        pkg.resolve(so));
    Outcome o =
        python(
            "",
            Map.of("PYTHONPATH", tmp.resolve("userlib").toString()),
            "-c",
            "from mypkg import hello\nprint(hello.add389(10))\nprint(hello.__file__)");
    assertEquals(new Outcome(0, "399\n" + pkg.resolve(so) + "\n", ""), o);
  }

  @Test
  void recursionPastTheLimitIsARecursionErrorNotACrash() throws Exception {
    // python3's default limit of 1000 (CoWasm's build starts with 700; _dylink4j raises it).
    Outcome o =
        python("-c", "import sys\nprint(sys.getrecursionlimit())\ndef f(n): return f(n+1)\nf(0)\n");
    assertEquals(1, o.status());
    assertEquals("1000\n", o.stdout());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 4, in <module>\n"
            + "  File \"<string>\", line 3, in f\n"
            + "  File \"<string>\", line 3, in f\n"
            + "  File \"<string>\", line 3, in f\n"
            + "  [Previous line repeated 996 more times]\n"
            + "RecursionError: maximum recursion depth exceeded\n",
        o.stderr());
  }

  @Test
  void aMissingScriptIsReportedByPython() throws Exception {
    Outcome o = python("nope.py");
    assertEquals(2, o.status());
    assertEquals("", o.stdout());
    // As python3's message, but WASI numbers errors its own way (ENOENT is 44, not 2).
    assertTrue(
        o.stderr()
            .endsWith(
                "python3: can't open file '"
                    + tmp.toRealPath().resolve("nope.py")
                    + "': [Errno 44] No such file or directory\n"),
        o.stderr());
  }

  @Test
  void unbufferedAsPython3WithDashUOrPythonUnbufferedButNotWithDashE() throws Exception {
    // What was written before os._exit is out only when stdout is unbuffered, as with python3.
    String code = "import os, sys\nsys.stdout.write('out')\nos._exit(0)";
    Map<String, String> unbuffered = Map.of("PYTHONUNBUFFERED", "1");
    assertEquals(new Outcome(0, "", ""), python("-c", code));
    assertEquals(new Outcome(0, "out", ""), python("-u", "-c", code));
    assertEquals(new Outcome(0, "out", ""), python("", unbuffered, "-c", code));
    assertEquals(new Outcome(0, "", ""), python("", unbuffered, "-E", "-c", code));
  }

  @Test
  void warningOptionsAndTheExecutableInDashMErrors() throws Exception {
    // -W applies although CPython imported warnings before it read the command line; runpy's
    // message names sys.executable, as python3 installed as /usr/bin/python3 does.
    assertEquals(
        new Outcome(
            1,
            "",
            "Traceback (most recent call last):\n"
                + "  File \"<string>\", line 1, in <module>\n"
                + "UserWarning: w\n"),
        python("-W", "error", "-c", "import warnings; warnings.warn('w')"));
    assertEquals(
        new Outcome(1, "", "/usr/bin/python3: No module named nosuchmodule\n"),
        python("-m", "nosuchmodule"));
  }

  @Test
  void dashMRunsAUsersPackageAndUnittest() throws Exception {
    // Expected texts as printed by python3 3.11.7 in the same folder (the test run's duration
    // aside).
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(app.resolve("__init__.py"), "VERSION = \"1.0\"\n");
    Files.writeString(
        app.resolve("__main__.py"),
        "import sys\nfrom . import VERSION\n"
            + "print(\"app\", VERSION, sys.argv[1:], __name__, __package__)\n"
            + "sys.exit(len(sys.argv) - 1)\n");
    assertEquals(
        new Outcome(2, "app 1.0 ['x', 'y'] __main__ app\n", ""), python("-m", "app", "x", "y"));
    Files.writeString(
        tmp.resolve("test_t.py"),
        "import unittest\n"
            + "class T(unittest.TestCase):\n"
            + "    def test_ok(self):\n"
            + "        self.assertEqual(1 + 1, 2)\n"
            + "    def test_bad(self):\n"
            + "        self.assertEqual([1, 2], [1, 3])\n");
    Outcome o = python("-m", "unittest", "-q", "test_t");
    assertEquals(1, o.status());
    assertEquals("", o.stdout());
    String bar = "-".repeat(70);
    assertEquals(
        "=".repeat(70)
            + "\nFAIL: test_bad (test_t.T.test_bad)\n"
            + bar
            + "\nTraceback (most recent call last):\n"
            + "  File \""
            + tmp.toRealPath().resolve("test_t.py")
            + "\", line 6, in test_bad\n"
            + "    self.assertEqual([1, 2], [1, 3])\n"
            + "AssertionError: Lists differ: [1, 2] != [1, 3]\n\n"
            + "First differing element 1:\n2\n3\n\n"
            + "- [1, 2]\n?     ^\n\n+ [1, 3]\n?     ^\n\n\n"
            + bar
            + "\nRan 2 tests in TIME\n\nFAILED (failures=1)\n",
        o.stderr().replaceFirst("in \\d+\\.\\d+s", "in TIME"));
  }
}
