package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A function import nothing defined when its library was loaded (RTLD_LAZY): it traps until a
 * library loaded later defines it, then compiled callers are relinked to the definition; when the
 * provider is unloaded, calls look the symbol up again. libcaller.so's {@code step} is defined by
 * libstepper.so (fixtures/dylink/bind).
 */
class LazyBindingTest {
  private static final Path BIND = GuestProgram.repositoryRoot().resolve("fixtures/dylink/bind");
  private static final int GLOBAL_NOW = Dlfcn.RTLD_NOW | Dlfcn.RTLD_GLOBAL;

  /** stepper.c's step, written again in Java. */
  private static int step(int x) {
    return x * 31 + 7;
  }

  /** caller.c's run_steps, written again in Java. */
  private static int runSteps(int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) {
      acc = step(acc ^ i);
    }
    return acc;
  }

  @Test
  void aCallBeforeResolutionTrapsNamingSymbolAndLibrary() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    Library caller = program.linkage.dlopen("libcaller.so", Dlfcn.RTLD_LAZY);
    for (String export : new String[] {"call_step", "run_steps"}) {
      WasmTrap trap =
          assertThrows(WasmTrap.class, () -> caller.function(export).call(1), export + "(1)");
      assertEquals("undefined symbol: step (needed by ./libcaller.so)", trap.getMessage());
    }
  }

  @Test
  void underRtldNowTheLoadFails() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    LinkException e =
        assertThrows(
            LinkException.class, () -> program.linkage.dlopen("libcaller.so", Dlfcn.RTLD_NOW));
    assertEquals("./libcaller.so: undefined symbol: step", e.getMessage());
  }

  @Test
  void resolvedLaterThenCalledManyTimes() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    Library caller = program.linkage.dlopen("libcaller.so", Dlfcn.RTLD_LAZY);
    WasmFunction callStep = caller.function("call_step");
    assertThrows(WasmTrap.class, () -> callStep.call(5));
    program.linkage.dlopen("libstepper.so", GLOBAL_NOW);
    assertEquals(step(5), callStep.call(5)[0]);
    WasmFunction runSteps = caller.function("run_steps");
    // Enough iterations inside wasm and enough calls for the JIT to compile the relinked call.
    for (int round = 0; round < 200; round++) {
      int n = 1000 + round;
      assertEquals(runSteps(n), runSteps.call(n)[0], "run_steps(" + n + ")");
    }
  }

  @Test
  void aLazyCallBindsLikeADirectOne() throws Exception {
    // The same libcaller.so loaded after its provider gets a direct import: both give one answer.
    GuestProgram direct = new GuestProgram(BIND, "main.wasm");
    direct.linkage.dlopen("libstepper.so", GLOBAL_NOW);
    Library directCaller = direct.linkage.dlopen("libcaller.so", Dlfcn.RTLD_NOW);
    GuestProgram lazy = new GuestProgram(BIND, "main.wasm");
    Library lazyCaller = lazy.linkage.dlopen("libcaller.so", Dlfcn.RTLD_LAZY);
    lazy.linkage.dlopen("libstepper.so", GLOBAL_NOW);
    for (int n : new int[] {0, 1, 2, 1000, 123_457}) {
      Object expected = directCaller.function("run_steps").call(n)[0];
      assertEquals(runSteps(n), expected);
      assertEquals(expected, lazyCaller.function("run_steps").call(n)[0], "run_steps(" + n + ")");
    }
  }

  @Test
  void anUnloadedProviderIsCollectedWhileItsLazyCallerStays() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    Library caller = program.linkage.dlopen("libcaller.so", Dlfcn.RTLD_LAZY);
    Library stepper = program.linkage.dlopen("libstepper.so", GLOBAL_NOW);
    WeakReference<ClassLoader> loader = UnloadTest.loaderOf(stepper.function("step"));
    for (int i = 0; i < 100; i++) {
      assertEquals(runSteps(300), caller.function("run_steps").call(300)[0]);
    }
    program.linkage.dlclose(stepper); // no call afterwards: the relinked call site must let go
    UnloadTest.assertCollected(
        loader, "libstepper.so's class loader is still reachable after dlclose");
  }

  @Test
  void afterTheProviderIsUnloadedTheSymbolIsLookedUpAgain() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    Library caller = program.linkage.dlopen("libcaller.so", Dlfcn.RTLD_LAZY);
    WasmFunction runSteps = caller.function("run_steps");
    Library stepper = program.linkage.dlopen("libstepper.so", GLOBAL_NOW);
    for (int i = 0; i < 100; i++) {
      assertEquals(runSteps(300), runSteps.call(300)[0]);
    }
    program.linkage.dlclose(stepper);
    WasmTrap trap = assertThrows(WasmTrap.class, () -> runSteps.call(3));
    assertEquals("undefined symbol: step (needed by ./libcaller.so)", trap.getMessage());

    program.linkage.dlopen("libstepper.so", GLOBAL_NOW);
    assertEquals(runSteps(300), runSteps.call(300)[0]);
  }
}
