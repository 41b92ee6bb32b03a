package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.WasmTrap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Whole runs like {@code python3 ARGS}: output, tracebacks and exit status; isolation of two
 * interpreters; ending the interpreter from inside. Each starts without {@code site} for speed.
 */
class ProcessTest {
  private final Output out = new Output();
  private final Output err = new Output();

  private Python start() {
    return Artifacts.builder().noSite(true).stdout(out).stderr(err).build();
  }

  @Test
  void uncaughtExceptionPrintsTheTracebackAndExitsWith1() {
    Python py = start();
    assertEquals(1, py.runMain("-c", "print('x')\n1/0"));
    assertEquals("x\n", out.take());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 2, in <module>\n"
            + "ZeroDivisionError: division by zero\n",
        err.take());
    assertThrows(IllegalStateException.class, () -> py.exec("1"));
  }

  @Test
  void sysExitGivesItsStatus() {
    Python py = start();
    assertEquals(3, py.runMain("-c", "import sys; print('hi'); sys.exit(3)"));
    assertEquals("hi\n", out.take());
  }

  @Test
  void recursionPastTheLimitExitsWith1() {
    Python py = start();
    assertEquals(1, py.runMain("-c", "def f(n): return f(n+1)\nf(0)"));
    String stderr = err.take();
    assertTrue(stderr.endsWith("RecursionError: maximum recursion depth exceeded\n"), stderr);
    assertTrue(stderr.startsWith("Traceback (most recent call last):\n"), stderr);
  }

  @Test
  void runawayCRecursionIsATrapThatEndsOnlyThisInterpreter() {
    Python py = start();
    py.exec(
        "import sys; sys.setrecursionlimit(1000000)\n"
            + "class R:\n"
            + "  def __repr__(self): return repr(self)");
    WasmTrap trap = assertThrows(WasmTrap.class, () -> py.eval("repr(R())"));
    // The JVM stack or the guarded C stack, whichever is exhausted first (JIT state decides).
    assertTrue(
        trap.getMessage().startsWith("call stack exhausted"), () -> "trap: " + trap.getMessage());
    assertThrows(IllegalStateException.class, () -> py.eval("1"));
  }

  @Test
  void anUnreachableInterpreterEndsItsThread() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    start().exec("x = 1"); // never closed
    Thread python =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("python") && !before.contains(t))
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < 600 && python.isAlive(); i++) {
      System.gc();
      python.join(100);
    }
    assertFalse(python.isAlive(), "the interpreter thread outlived its Python object");
  }

  @Test
  void scriptReadsStdin() {
    Python py =
        Artifacts.builder()
            .noSite(true)
            .stdout(out)
            .stderr(err)
            .stdin(new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)))
            .build();
    assertEquals(0, py.runMain("-c", "import sys; print([l.strip() for l in sys.stdin])"));
    assertEquals("['one', 'two']\n", out.take());
  }

  @Test
  void twoInterpretersDoNotSeeEachOther() {
    try (Python a = start();
        Python b = start()) {
      a.exec("x = 'a'; import sys; sys.marker = 1");
      b.exec("x = 'b'");
      assertEquals("'a'", a.eval("x"));
      assertEquals("'b'", b.eval("x"));
      assertEquals("False", b.eval("hasattr(__import__('sys'), 'marker')"));
      // Both at once, from two Java threads.
      CompletableFuture<String> inA =
          CompletableFuture.supplyAsync(
              () -> a.eval("[x + str(sum(range(i))) for i in range(300)][-1]"));
      CompletableFuture<String> inB =
          CompletableFuture.supplyAsync(
              () -> b.eval("[x + str(sum(range(i))) for i in range(300)][-1]"));
      assertEquals("'a44551'", inA.join());
      assertEquals("'b44551'", inB.join());
      // Ending one from inside leaves the other running.
      PythonException e =
          assertThrows(PythonException.class, () -> a.exec("import os; os._exit(5)"));
      assertEquals(5, e.exitStatus());
      assertThrows(IllegalStateException.class, () -> a.eval("x"));
      assertEquals("'b'", b.eval("x"));
    }
  }
}
