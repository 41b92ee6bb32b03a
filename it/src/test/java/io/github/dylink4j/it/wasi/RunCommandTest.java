package io.github.dylink4j.it.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.it.CliProcess;
import io.github.dylink4j.it.CliProcess.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dylink4j run} as a user sees it: a separate JVM running the command's main class (what the
 * ./dylink4j launcher runs), checking exit status, stdout and the stderr format.
 */
class RunCommandTest {
  @TempDir Path tmp;

  private Outcome run(byte[] stdin, String... args) throws Exception {
    return runIn(tmp, stdin, args);
  }

  private Outcome runIn(Path cwd, byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("run");
    command.addAll(List.of(args));
    return CliProcess.run(cwd, List.of(), env -> {}, stdin, 120, command);
  }

  private static String wasm(String name) {
    return WasiFixtures.wasm(name).toString();
  }

  @Test
  void exitStatusAndOutputAreTheProgramsAndOptionsAfterModuleAreItsArguments() throws Exception {
    Outcome o = run(new byte[0], wasm("misc"), "exit", "42");
    assertEquals(42, o.status());
    assertEquals("exiting with 42\n", o.stdout());
    assertEquals("", o.stderr());

    o =
        run(
            new byte[0],
            "--env",
            "GREETING=hi",
            "--env",
            "EMPTY=",
            wasm("misc"),
            "one",
            "two words");
    assertEquals(WasiFixtures.expected("misc-info"), o.stdout());

    o = run(new byte[0], wasm("misc"), "--verbose", "-x");
    assertTrue(o.stdout().startsWith("argc=3\nargv[1]=--verbose\nargv[2]=-x\n"), o.stdout());
  }

  @Test
  void stdinIsPipedThrough() throws Exception {
    byte[] input = "Hello, stdin\nsecond line\nno newline at end".getBytes(StandardCharsets.UTF_8);
    Outcome o = run(input, wasm("misc"), "cat");
    assertEquals(0, o.status());
    assertEquals(WasiFixtures.expected("misc-cat"), o.stdout());
  }

  @Test
  void dirMapsAHostDirectoryToAGuestName() throws Exception {
    Path host = Files.createDirectory(tmp.resolve("somewhere-else"));
    Outcome o = run(new byte[0], "--dir", host + "::work", wasm("files"), "work");
    assertEquals("", o.stderr());
    assertEquals(WasiFixtures.expected("files"), o.stdout());
    assertEquals(0, o.status());
  }

  @Test
  void aTrapPrintsMessageAndBacktraceAndExits134() throws Exception {
    Outcome o = run(new byte[0], wasm("trap"), "unreachable");
    assertEquals(134, o.status());
    assertEquals("mode unreachable\n", o.stdout());
    assertEquals(
        "error: wasm trap: unreachable\n"
            + "wasm backtrace:\n"
            + "    0: crash_here (trap.wasm)\n"
            + "    1: call_crash (trap.wasm)\n"
            + "    2: __main_void (trap.wasm)\n"
            + "    3: _start (trap.wasm)\n",
        o.stderr());

    o = run(new byte[0], wasm("trap"), "divzero");
    assertEquals(134, o.status());
    assertTrue(o.stderr().startsWith("error: wasm trap: integer divide by zero\n"), o.stderr());
    assertFalse(o.stderr().contains("at io.github"), "no Java stack trace without --verbose");
  }

  @Test
  void problemsBeforeTheProgramRunsAreOneLineAndExit1() throws Exception {
    Path needsFrobit = tmp.resolve("needs-frobit.wasm");
    byte[] bytes = WasiProgramsTest.NEEDS_DLOPEN.clone();
    String module = new String(bytes, StandardCharsets.ISO_8859_1).replace("dlopen", "frobit");
    Files.write(needsFrobit, module.getBytes(StandardCharsets.ISO_8859_1));
    Outcome o = run(new byte[0], needsFrobit.toString());
    assertEquals(1, o.status());
    assertEquals(
        "dylink4j: error: "
            + needsFrobit
            + ": module needs-frobit.wasm needs imports that are not provided:"
            + " env.frobit (function (i32 i32) -> (i32))\n",
        o.stderr());

    // dlopen sends a module to the dynamic loader, whose complaint is one line too.
    Path needsDlopen = tmp.resolve("needs-dlopen.wasm");
    Files.write(needsDlopen, WasiProgramsTest.NEEDS_DLOPEN);
    o = run(new byte[0], needsDlopen.toString());
    assertEquals(1, o.status());
    assertTrue(o.stderr().startsWith("dylink4j: error: " + needsDlopen + ": "), o.stderr());
    assertEquals(1, o.stderr().lines().count(), o.stderr());

    o = run(new byte[0], tmp.resolve("missing.wasm").toString());
    assertEquals(1, o.status());
    assertTrue(o.stderr().endsWith("missing.wasm: no such file\n"), o.stderr());

    o = run(new byte[0], "--dir", tmp.resolve("nope").toString(), wasm("misc"));
    assertEquals(1, o.status());
    assertTrue(o.stderr().contains("--dir: not a directory"), o.stderr());
  }

  @Test
  void aMainModuleThatDlopensRunsThroughTheDynamicLoader() throws Exception {
    Path example = WasiFixtures.dir().getParent().getParent().resolve("examples/dlopen-basic");
    Outcome o =
        runIn(example, new byte[0], "--dir", ".", "--env", "LD_LIBRARY_PATH=.", "main.wasm");
    assertEquals("", o.stderr());
    assertEquals(Files.readString(example.resolve("expected-output.txt")), o.stdout());
    assertEquals(0, o.status());
  }
}
