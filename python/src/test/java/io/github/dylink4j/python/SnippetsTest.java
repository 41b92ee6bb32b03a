package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Python snippets in one interpreter started the standard way (with {@code site}, which already
 * dlopens zlib, _bz2 and _lzma); expected values are what CPython 3.11 prints natively.
 */
class SnippetsTest {
  private static final Output out = new Output();
  private static final Output err = new Output();
  private static Python py;

  @BeforeAll
  static void start() {
    py = Artifacts.builder().stdout(out).stderr(err).build();
  }

  @AfterAll
  static void stop() {
    if (py != null) {
      py.close();
    }
  }

  @BeforeEach
  void clear() {
    out.take();
    err.take();
  }

  @Test
  void printsAndFlushesAfterExec() {
    py.exec("print(1+1)");
    assertEquals("2\n", out.take());
  }

  @Test
  void evalGivesTheRepr() {
    assertEquals("'a\\nb'", py.eval("'a' + chr(10) + 'b'"));
    assertEquals("[1, 2.5, None]", py.eval("[1, 2.5, None]"));
    assertEquals("'é€'", py.eval("'\\u00e9\\u20ac'"));
  }

  @Test
  void helloFromExtDirectory() {
    py.exec("import hello");
    assertEquals("399", py.eval("hello.add389(10)"));
    assertEquals("6", py.eval("hello.gcd(12, 18)"));
  }

  @Test
  void hellozigWritesItsLineToStderrThroughItsOwnFdWrite() {
    py.exec("import sys; sys.stdout.flush(); import hellozig; hellozig.hello('world')");
    assertEquals("Hello world, from Zig!\n", err.take());
    assertEquals("399", py.eval("hellozig.add389(10)"));
  }

  @Test
  void json() {
    py.exec("import json");
    assertEquals(
        "'{\"a\": [1, 2.5, null]}'", py.eval("json.dumps(json.loads('{\"a\": [1, 2.5, null]}'))"));
    assertEquals("True", py.eval("json.scanner.c_make_scanner is not None"));
  }

  @Test
  void decimalIsTheCImplementation() {
    py.exec("import decimal");
    assertEquals(
        "'0.1428571428571428571428571429'",
        py.eval("str(decimal.Decimal(1) / decimal.Decimal(7))"));
    assertEquals("'decimal'", py.eval("decimal.Decimal.__module__"));
    assertEquals("True", py.eval("__import__('_decimal') is not None"));
  }

  @Test
  void unicodedata() {
    py.exec("import unicodedata");
    assertEquals("'LATIN SMALL LETTER E WITH ACUTE'", py.eval("unicodedata.name('\\u00e9')"));
    assertEquals("2", py.eval("len(unicodedata.normalize('NFD', '\\u00e9'))"));
  }

  @Test
  void zlib() {
    py.exec("import zlib");
    assertEquals("907060870", py.eval("zlib.crc32(b'hello')"));
    assertEquals(
        "True", py.eval("zlib.decompress(zlib.compress(b'hello' * 100)) == b'hello' * 100"));
  }

  @Test
  void sqliteQuery() {
    py.exec(
        String.join(
            "\n",
            "import sqlite3",
            "db = sqlite3.connect(':memory:')",
            "db.execute('create table t (id integer primary key, name text)')",
            "db.executemany('insert into t (name) values (?)', [('a',), ('b',)])",
            "rows = db.execute('select id, name from t order by id').fetchall()"));
    assertEquals("[(1, 'a'), (2, 'b')]", py.eval("rows"));
  }

  @Test
  void hashlib() {
    py.exec("import hashlib");
    assertEquals(
        "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'",
        py.eval("hashlib.sha256(b'abc').hexdigest()"));
    assertEquals("'900150983cd24fb0d6963f7d28e17f72'", py.eval("hashlib.md5(b'abc').hexdigest()"));
  }

  @Test
  void struct() {
    py.exec("import struct");
    assertEquals("b'\\x01\\x00\\x00\\x00\\x02\\x00'", py.eval("struct.pack('<iH', 1, 2)"));
    assertEquals("(1, 2)", py.eval("struct.unpack('<iH', b'\\x01\\x00\\x00\\x00\\x02\\x00')"));
  }

  @Test
  void re() {
    py.exec("import re");
    assertEquals("['12', '345']", py.eval("re.findall(r'\\d+', 'a12b345')"));
    assertEquals("'home at me'", py.eval("re.sub(r'(\\w+)@(\\w+)', r'\\2 at \\1', 'me@home')"));
  }

  @Test
  void everyLibDynloadModuleButCursesPanelImports() {
    String[] modules = {
      "_bz2",
      "_codecs_cn",
      "_codecs_hk",
      "_codecs_iso2022",
      "_codecs_jp",
      "_codecs_kr",
      "_codecs_tw",
      "_ctypes",
      "_curses",
      "_decimal",
      "_json",
      "_lzma",
      "_sqlite3",
      "_ssl",
      "_testimportmultiple",
      "_testmultiphase",
      "mmap",
      "pyexpat",
      "readline",
      "termios",
      "unicodedata",
      "xxlimited",
      "xxlimited_35",
      "zlib"
    };
    for (String m : modules) {
      py.exec("import " + m);
      assertEquals(
          "'/usr/lib/python3.11/lib-dynload/" + m + ".cpython-311-wasm32-wasi.so'",
          py.eval("__import__('" + m + "').__file__"),
          m);
    }
  }

  @Test
  void cursesPanelIsAnImportErrorNamingTheMissingSymbol() {
    PythonException e = assertThrows(PythonException.class, () -> py.exec("import _curses_panel"));
    assertTrue(e.summary().startsWith("ImportError: "), e.getMessage());
    assertTrue(e.summary().contains("_curses_panel"), e.getMessage());
    assertTrue(e.summary().contains("undefined symbol: panel_"), e.getMessage());
    // The failed load left nothing behind: the interpreter goes on, and fails the same way again.
    assertThrows(PythonException.class, () -> py.exec("import _curses_panel"));
    assertEquals("2", py.eval("1+1"));
  }

  @Test
  void exceptionsCarryCPythonsTraceback() {
    PythonException e =
        assertThrows(
            PythonException.class, () -> py.exec("def g():\n  raise ValueError('bad')\ng()"));
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 3, in <module>\n"
            + "  File \"<string>\", line 2, in g\n"
            + "ValueError: bad\n",
        e.traceback());
    assertEquals("ValueError: bad", e.summary());
  }

  @Test
  void syntaxErrorsAreReportedLikeCPython() {
    PythonException e = assertThrows(PythonException.class, () -> py.exec("1 +"));
    assertEquals(
        "  File \"<string>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n",
        e.traceback());
  }

  @Test
  void recursionPastTheLimitIsARecursionError() {
    PythonException e =
        assertThrows(PythonException.class, () -> py.exec("def f(n): return f(n + 1)\nf(0)"));
    assertEquals("RecursionError: maximum recursion depth exceeded", e.summary());
    assertEquals("2", py.eval("1+1"));
  }

  @Test
  void systemExitInExecIsAnException() {
    PythonException e =
        assertThrows(PythonException.class, () -> py.exec("import sys; sys.exit(3)"));
    assertEquals("SystemExit: 3", e.summary());
    assertEquals("2", py.eval("1+1"));
  }

  @Test
  void getrandomIsReallyRandom() {
    py.exec("import os");
    assertEquals("16", py.eval("len(os.urandom(16))"));
    assertNotEquals(py.eval("os.urandom(16)"), py.eval("os.urandom(16)"));
  }

  @Test
  void processIdentityStubs() {
    py.exec("import os");
    assertEquals("42", py.eval("os.getpid()"));
    assertEquals("0", py.eval("os.getuid()"));
    assertEquals("18", py.eval("os.umask(0o22)")); // initial 022
    PythonException e = assertThrows(PythonException.class, () -> py.exec("os.fork()"));
    assertTrue(e.summary().startsWith("OSError: [Errno 52]"), e.summary());
  }

  @Test
  void realpathMapsGuestPaths() {
    py.exec("import os");
    assertEquals(
        "'/usr/lib/python3.11'",
        py.eval("os.path.realpath('/usr/lib/python3.11/../python3.11/.')"));
    assertEquals("'/ext'", py.eval("os.path.realpath('/ext')"));
  }

  @Test
  void sysPathAndHome() {
    assertEquals("'/usr'", py.eval("__import__('sys').prefix"));
    assertEquals("True", py.eval("'/usr/lib/python3.11/lib-dynload' in __import__('sys').path"));
  }
}
