package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.internal.CompiledFunction;
import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** dlclose at reference count zero really unloads: the library's classes can be collected. */
class UnloadTest {
  private static final Path LIFECYCLE =
      GuestProgram.repositoryRoot().resolve("fixtures/dylink/lifecycle");

  @Test
  void classLoaderIsCollectedAfterLastDlclose() throws Exception {
    GuestProgram program = new GuestProgram(LIFECYCLE, "main.wasm");
    Library lib = program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOW);
    int pointer = lib.address("counter_next");
    WeakReference<ClassLoader> loader = loaderOf(lib.function("counter_next"));
    assertNotNull(loader.get());
    assertNotNull(program.linkage.table().get(pointer));

    program.linkage.dlclose(lib);

    assertTrue(lib.isUnloaded());
    assertNull(lib.instance());
    assertNull(program.linkage.table().get(pointer), "its function pointer slot is cleared");
    assertCollected(loader, "the library's class loader is still reachable after dlclose");
  }

  @Test
  void reopeningAfterUnloadGivesFreshState() throws Exception {
    GuestProgram program = new GuestProgram(LIFECYCLE, "main.wasm");
    Library first = program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOW);
    WasmFunction next = first.function("counter_next");
    assertEquals(1, next.call()[0]);
    assertEquals(2, next.call()[0]);
    program.linkage.dlclose(first);

    Library second = program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOW);
    assertNotEquals(first.handle(), second.handle());
    assertEquals(1, second.function("counter_next").call()[0]);
    assertEquals(
        "libcounter constructed\nlibcounter destroyed\nlibcounter constructed\n", program.output());
  }

  @Test
  void referenceCountKeepsTheLibraryUntilTheLastClose() throws Exception {
    GuestProgram program = new GuestProgram(LIFECYCLE, "main.wasm");
    Library a = program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOW);
    Library b = program.linkage.dlopen("./libcounter.so", Dlfcn.RTLD_LAZY);
    assertEquals(a.handle(), b.handle());
    assertEquals(2, a.references());
    program.linkage.dlclose(b);
    assertTrue(!a.isUnloaded());
    assertNotNull(program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOLOAD));
    program.linkage.dlclose(a);
    program.linkage.dlclose(a);
    assertTrue(a.isUnloaded());
    assertNull(program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOLOAD));
  }

  @Test
  void loadingAndUnloadingAgainReusesTableSlotsAndMemory() throws Exception {
    GuestProgram program = new GuestProgram(LIFECYCLE, "main.wasm");
    Library lib = program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOW);
    lib.address("counter_next"); // a function pointer slot too
    program.linkage.dlclose(lib);
    int tableSize = program.linkage.table().size();
    int pages = program.linkage.memory().pages();
    for (int i = 0; i < 20; i++) {
      Library again = program.linkage.dlopen("libcounter.so", Dlfcn.RTLD_NOW);
      assertEquals(1, again.function("counter_next").call()[0]);
      again.address("counter_next");
      program.linkage.dlclose(again);
    }
    assertEquals(tableSize, program.linkage.table().size());
    assertEquals(pages, program.linkage.memory().pages());
  }

  /** The class loader of the generated class holding a compiled function. */
  /** Runs the collector (for up to ~1 s) until the reference is cleared, else fails. */
  static void assertCollected(WeakReference<?> ref, String stillReachable)
      throws InterruptedException {
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(ref.get(), stillReachable);
  }

  static WeakReference<ClassLoader> loaderOf(WasmFunction f) {
    Method method = MethodHandles.reflectAs(Method.class, ((CompiledFunction) f).handle());
    return new WeakReference<>(method.getDeclaringClass().getClassLoader());
  }
}
