package io.github.dylink4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The harness end to end at the quick sizes, no timings: every JVM engine loads every workload it
 * supports and returns the checksum of the native gcc build (bench/wasm/workloads.properties).
 */
class QuickChecksumTest {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Workload w : Workload.all()) {
      for (Engine e : Engine.values()) {
        if (e.supports(w)) {
          cases.add(Arguments.of(e, w.name()));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void quickRunReturnsTheNativeChecksum(Engine engine, String workload) {
    Workload w = Workload.named(workload);
    Runner r = engine.load(w);
    assertEquals(w.quickChecksum(), r.run(w.quickN()));
    // A second call starts from the same state: the benchmark calls run(n) many times.
    assertEquals(w.quickChecksum(), r.run(w.quickN()));
  }

  @Test
  void everyWorkloadRunsOnDylink4jAndTheDynamicOneHasItsOneModuleBaseline() {
    List<String> names = Workload.all().stream().map(Workload::name).toList();
    assertEquals(
        List.of(
            "nbody",
            "fannkuch",
            "sha256",
            "matmul",
            "interp",
            "hashtable",
            "dynlink",
            "dynlink-one"),
        names);
    Workload dyn = Workload.named("dynlink");
    Workload one = Workload.named("dynlink-one");
    assertTrue(dyn.dynamic());
    assertEquals(dyn.checksum(), one.checksum());
    assertEquals(dyn.n(), one.n());
  }

  @Test
  void aWrongChecksumIsAFailureNamingEngineAndWorkload() {
    Workload w = Workload.named("fannkuch");
    Workload wrong = new Workload(w.name(), w.n(), w.checksum(), w.quickN(), 12345, false);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Engine.DYLINK4J.loadChecked(wrong, true));
    assertEquals(
        "dylink4j: fannkuch.wasm run(7) returned checksum 22816, expected 12345 (from the native"
            + " build)",
        e.getMessage());
  }

  @Test
  void chicoryRefusesTheDynamicWorkload() {
    assertTrue(!Engine.CHICORY_COMPILER.supports(Workload.named("dynlink")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Engine.CHICORY_COMPILER.load(Workload.named("dynlink")));
  }
}
