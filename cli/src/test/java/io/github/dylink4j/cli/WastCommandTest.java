package io.github.dylink4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WastCommandTest {
  @TempDir Path tmp;

  private Path script(String name, String... lines) throws IOException {
    return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void passingScriptExitsZeroWithTotals() throws IOException {
    Path wast =
        script(
            "add.wast",
            "(module (func (export \"add\") (param i32 i32) (result i32)",
            "  local.get 0 local.get 1 i32.add))",
            "(assert_return (invoke \"add\" (i32.const 1) (i32.const 2)) (i32.const 3))",
            "(assert_return (invoke \"add\" (i32.const -1) (i32.const 1)) (i32.const 0))",
            "(assert_malformed (module quote \"(func\") \"unexpected end\")");
    CliRun run = CliRun.of("wast", "--cache", tmp.resolve("cache").toString(), wast.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(
        java.util.List.of(
            "ok   add.wast  (2 passed, 1 skipped: text-form malformed)",
            "skipped: 0 SIMD, 1 text-form malformed, 0 text modules",
            "2 passed, 0 failed, 1 skipped"),
        run.outLines());
  }

  @Test
  void failingAssertionExitsOneAndShowsBothSides() throws IOException {
    Path wast =
        script(
            "wrong.wast",
            "(module (func (export \"one\") (result i32) i32.const 1))",
            "(assert_return (invoke \"one\") (i32.const 2))");
    CliRun run = CliRun.of("wast", "--cache", tmp.resolve("cache").toString(), wast.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String out = run.out();
    assertTrue(out.contains("FAIL wrong.wast  (0 passed, 1 failed)"), out);
    assertTrue(out.contains("wrong.wast:2: assert_return invoke \"one\" ()"), out);
    assertTrue(out.contains("expected: [i32:2 (0x2)]"), out);
    assertTrue(out.contains("actual:   [i32:1 (0x1)]"), out);
    assertTrue(out.endsWith("0 passed, 1 failed, 0 skipped\n"), out);
  }

  @Test
  void missingFileIsAOneLineError() {
    Path missing = tmp.resolve("nope.wast");
    CliRun run = CliRun.of("wast", missing.toString());
    assertEquals(1, run.exitCode());
    assertEquals(
        java.util.List.of("dylink4j: error: " + missing + ": no such file or folder"),
        run.errLines());
  }
}
