package io.github.dylink4j.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's bookkeeping (skips, isolation, time budget, report) with stand-ins for wast2json and
 * the compiler: the "script" files here hold the JSON the fake converter copies out.
 */
class WastRunnerTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private WastRunner runner(ScriptRunner.ModuleLoader loader, Duration budget) {
    ConversionCache.Converter copyJson =
        (wast, out, json) -> {
          try {
            Files.copy(wast, out.resolve(json));
            Files.write(out.resolve("script.0.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return new WastRunner(
        new ConversionCache(tmp.resolve("cache"), "test", copyJson),
        budget,
        false,
        new PrintWriter(new java.io.OutputStreamWriter(printed, StandardCharsets.UTF_8), true),
        loader);
  }

  private Path script(String name, String... commands) throws IOException {
    String json = "{\"commands\": [\n" + String.join(",\n", commands).replace('\'', '"') + "]}";
    return Files.writeString(tmp.resolve(name), json);
  }

  private static final String MODULE = "{'type':'module','line':1,'filename':'script.0.wasm'}";
  private static final String RETURN =
      "{'type':'assert_return','line':%d,'action':{'type':'invoke','field':'f','args':[]},"
          + "'expected':[{'type':'i32','value':'1'}]}";

  @Test
  void simdFilesAreSkippedWithAllTheirAssertionsCounted() throws IOException {
    Path f =
        script(
            "simd_x.wast",
            MODULE,
            "{'type':'assert_return','line':2,'action':{'type':'invoke','field':'f','args':"
                + "[{'type':'v128','lane_type':'i8','value':['1']}]},'expected':[]}",
            "{'type':'assert_malformed','line':3,'filename':'x.wat','text':'t','module_type':'text'}",
            "{'type':'assert_invalid','line':4,'filename':'x.wasm','text':'t',"
                + "'module_type':'binary'}");
    FileResult r =
        runner(
                (b, n) -> {
                  throw new AssertionError("SIMD scripts must not be compiled");
                },
                Duration.ofSeconds(10))
            .run(f);
    assertEquals(3, r.skipped(FileResult.Skip.SIMD));
    assertEquals(FileResult.Skip.SIMD, r.fileSkipped());
    assertEquals("skip simd_x.wast  (3 skipped: SIMD)", Report.fileLine(r));
    assertEquals(3, r.skipped());
    assertEquals(0, r.passed());
    assertEquals(0, r.failed());
    assertEquals(Map.of("assert_return", 1, "assert_malformed", 1, "assert_invalid", 1), r.seen());
  }

  @Test
  void textModulesAreSkippedByKind() throws IOException {
    Path f =
        script(
            "text.wast",
            "{'type':'assert_malformed','line':1,'filename':'a.wat','text':'t','module_type':'text'}",
            "{'type':'assert_malformed','line':2,'filename':'b.wat','text':'t','module_type':'text'}",
            "{'type':'assert_invalid','line':3,'filename':'c.wat','text':'t','module_type':'text'}");
    FileResult r =
        runner(
                (b, n) -> {
                  throw new AssertionError("text modules must not be compiled");
                },
                Duration.ofSeconds(10))
            .run(f);
    assertEquals(2, r.skipped(FileResult.Skip.TEXT_MALFORMED));
    assertEquals(1, r.skipped(FileResult.Skip.TEXT_MODULE));
    assertEquals(0, r.failed());
  }

  @Test
  void anEngineErrorFailsItsCommandAndTheScriptGoesOn() throws IOException {
    Path f = script("crash.wast", MODULE, RETURN.formatted(2), MODULE, RETURN.formatted(4));
    FileResult r =
        runner(
                (b, n) -> {
                  throw new VerifyError("Bad type on operand stack in " + n);
                },
                Duration.ofSeconds(10))
            .run(f);
    // Both modules fail, and both assertions fail because there is no module to run them on.
    assertEquals(4, r.failed());
    assertEquals(0, r.passed());
    FileResult.Failure first = r.failures().get(0);
    assertEquals(1, first.line());
    assertTrue(first.actual().contains("VerifyError"), first.actual());
    assertTrue(first.actual().contains("crash.0"), "module named after the script: " + first);
    FileResult.Failure assertion = r.failures().get(1);
    assertEquals(2, assertion.line());
    assertTrue(assertion.actual().contains("line 1 failed"), assertion.actual());
  }

  @Test
  void aFileOverItsBudgetFailsAndTheRunContinues() throws IOException {
    Path slow = script("slow.wast", MODULE, RETURN.formatted(2));
    Path next =
        script(
            "next.wast",
            "{'type':'assert_malformed','line':1,'filename':'a.wat',"
                + "'text':'t','module_type':'text'}");
    WastRunner runner =
        runner(
            (b, n) -> {
              // A guest loop that never ends; it does honour interrupts so that on JDKs without
              // Thread.stop it does not outlive the test.
              while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
              }
              throw new IllegalStateException("interrupted");
            },
            Duration.ofMillis(500));
    long start = System.nanoTime();
    List<FileResult> results = runner.runAll(List.of(slow, next));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 5_000, "gave up after the budget, took " + millis + " ms");
    FileResult r = results.get(0);
    assertEquals(1, r.failed());
    assertTrue(r.failures().get(0).actual().contains("slow.wast:1"), r.failures().toString());
    assertEquals("module (script.0.wasm)", r.failures().get(0).command());
    assertEquals(1, results.get(1).skipped());
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("FAIL slow.wast  (0 passed, 1 failed)"), out);
    assertTrue(out.contains("ok   next.wast  (0 passed, 1 skipped: text-form malformed)"), out);
    assertTrue(out.contains("skipped: 0 SIMD, 1 text-form malformed, 0 text modules\n"), out);
    assertTrue(out.endsWith("0 passed, 1 failed, 1 skipped\n"), out);
  }

  @Test
  void unreadableScriptFailsWithItsName() throws IOException {
    Path f = Files.writeString(tmp.resolve("bad.wast"), "{\"commands\": [{\"type\": \"nope\"}]}");
    FileResult r = runner((b, n) -> null, Duration.ofSeconds(10)).run(f);
    assertEquals(1, r.failed());
    assertTrue(r.failures().get(0).actual().contains("unknown command type 'nope'"));
  }
}
