package io.github.dylink4j.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's semantics on small scripts, through the bundled wast2json and the real compiler: a
 * wrong answer of the engine must show up as a failure of exactly that command.
 */
class ScriptRunnerTest {
  @TempDir Path tmp;

  private FileResult run(String... lines) throws IOException {
    Path wast = Files.writeString(tmp.resolve("t.wast"), String.join("\n", lines) + "\n");
    WastRunner runner =
        new WastRunner(
            ConversionCache.withBundledConverter(tmp.resolve("cache")),
            Duration.ofMinutes(2),
            false,
            new PrintWriter(new StringWriter()));
    return runner.run(wast);
  }

  private static String lines(FileResult r) {
    return r.failures().toString();
  }

  @Test
  void assertionsPassOnlyWhenTheEngineAgrees() throws IOException {
    FileResult r =
        run(
            "(module",
            "  (func (export \"div\") (param i32 i32) (result i32) local.get 0 local.get 1"
                + " i32.div_s)",
            "  (func (export \"nan\") (result f32) f32.const nan)",
            "  (global (export \"g\") i64 (i64.const -7)))",
            "(assert_return (invoke \"div\" (i32.const 7) (i32.const 2)) (i32.const 3))", // 5
            "(assert_return (invoke \"div\" (i32.const 7) (i32.const 2)) (i32.const 4))", // 6 fails
            "(assert_trap (invoke \"div\" (i32.const 1) (i32.const 0)) \"integer divide by zero\")",
            "(assert_trap (invoke \"div\" (i32.const 1) (i32.const 0)) \"integer overflow\")", // 8
            "(assert_trap (invoke \"div\" (i32.const 1) (i32.const 1)) \"integer overflow\")", // 9
            "(assert_return (invoke \"nan\") (f32.const nan:canonical))",
            "(assert_return (get \"g\") (i64.const -7))",
            "(assert_return (get \"g\") (i64.const 7))"); // 12 fails
    assertEquals(4, r.passed(), lines(r));
    assertEquals(4, r.failed(), lines(r));
    List<FileResult.Failure> f = r.failures();
    assertEquals(List.of(6, 8, 9, 12), f.stream().map(FileResult.Failure::line).toList());
    assertEquals("[i32:3 (0x3)]", f.get(0).actual());
    assertEquals("trap \"integer overflow\"", f.get(1).expected());
    assertEquals("trap \"integer divide by zero\"", f.get(1).actual());
    assertEquals("returned [i32:1 (0x1)]", f.get(2).actual());
    assertEquals("[i64:-7 (0xfffffffffffffff9)]", f.get(3).actual());
  }

  @Test
  void moduleChecksNeedTheRightOutcome() throws IOException {
    FileResult r =
        run(
            "(assert_invalid (module (func (result i32))) \"type mismatch\")",
            "(assert_invalid (module (func)) \"nothing wrong\")", // 2 fails: valid module
            "(assert_unlinkable (module (import \"spectest\" \"nope\" (func))) \"unknown import\")",
            "(assert_unlinkable (module (import \"spectest\" \"print\" (func))) \"links fine\")", // 4
            "(assert_trap (module (func $f unreachable) (start $f)) \"unreachable\")",
            "(assert_malformed (module binary \"\\00asm\\02\\00\\00\\00\") \"unknown binary version\")",
            "(assert_malformed (module quote \"(module\") \"unexpected end\")");
    assertEquals(4, r.passed(), lines(r));
    assertEquals(2, r.failed(), lines(r));
    assertEquals(1, r.skipped(FileResult.Skip.TEXT_MALFORMED));
    assertEquals(List.of(2, 4), r.failures().stream().map(FileResult.Failure::line).toList());
    assertEquals("compiled successfully", r.failures().get(0).actual());
    assertEquals("instantiated", r.failures().get(1).actual());
  }

  @Test
  void namedModulesAndRegisterLinkLikeTheSpecInterpreter() throws IOException {
    FileResult r =
        run(
            "(module $A (global (export \"g\") (mut i32) (i32.const 1))",
            "  (func (export \"set\") (param i32) local.get 0 global.set 0))",
            "(register \"a\" $A)",
            "(module $B (import \"a\" \"g\" (global (mut i32)))",
            "  (func (export \"get\") (result i32) global.get 0))",
            "(invoke $A \"set\" (i32.const 42))",
            "(assert_return (invoke $B \"get\") (i32.const 42))",
            "(assert_return (get $A \"g\") (i32.const 42))",
            "(assert_return (invoke \"get\") (i32.const 42))",
            "(assert_return (invoke $B \"get\") (i32.const 1))"); // 10 fails: A's global is shared
    assertEquals(3, r.passed(), lines(r));
    assertEquals(1, r.failed(), lines(r));
    assertEquals(10, r.failures().get(0).line());
    assertEquals("[i32:42 (0x2a)]", r.failures().get(0).actual());
  }

  @Test
  void exhaustionTrapsWithinTheStack() throws IOException {
    FileResult r =
        run(
            "(module (func $f (export \"f\") (result i32) call $f))",
            "(assert_exhaustion (invoke \"f\") \"call stack exhausted\")");
    assertEquals(1, r.passed(), lines(r));
    assertEquals(0, r.failed(), lines(r));
  }
}
