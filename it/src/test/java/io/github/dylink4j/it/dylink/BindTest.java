package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** A library's exports bound to a plain Java interface (Library.bind). */
public class BindTest {
  private static final Path BIND = GuestProgram.repositoryRoot().resolve("fixtures/dylink/bind");

  public interface Basic {
    int lib_square(int x);

    int lib_call_main(int x);

    default int squarePlusOne(int x) {
      return lib_square(x) + 1;
    }
  }

  /** fixtures/dylink/bind/types.c: one export per wasm value type, and void. */
  public interface Types {
    long t_mix64(long a, int b);

    float t_scale(float x, float k);

    double t_average(double a, double b);

    void t_store(int v);

    int t_load();
  }

  /** Not public: its binding is defined in this package (a hidden class). */
  interface Storage {
    void t_store(int v);

    int t_load();
  }

  interface Misspelt {
    int lib_sqaure(int x);
  }

  interface WrongSignature {
    long lib_square(int x);
  }

  interface DataSymbol {
    int t_data();
  }

  interface Boxed {
    Integer t_load();
  }

  private Library basic() throws Exception {
    GuestProgram program =
        new GuestProgram(
            GuestProgram.repositoryRoot().resolve("fixtures/dylink/basics"), "main.wasm");
    return program.linkage.dlopen("libbasic.so", Dlfcn.RTLD_NOW);
  }

  @Test
  void callsExportsThroughTheInterface() throws Exception {
    Basic api = basic().bind(Basic.class);
    assertEquals(144, api.lib_square(12));
    assertEquals(84, api.lib_call_main(21)); // twice_ptr(21) + main_twice(21), in the main module
    assertEquals(50, api.squarePlusOne(7));
  }

  @Test
  void mapsEveryValueType() throws Exception {
    Types t =
        new GuestProgram(BIND, "main.wasm").linkage.dlopen("libtypes.so", 2).bind(Types.class);
    assertEquals((1L << 40) * 1000003L - 7, t.t_mix64(1L << 40, -7)); // wraps like the JVM's long
    assertEquals(6.5f, t.t_scale(1.625f, 4f));
    assertEquals(1.5, t.t_average(1.0, 2.0));
    t.t_store(42);
    assertEquals(42, t.t_load());
  }

  @Test
  void manyCallsReturnTheRightValues() throws Exception {
    Basic api = basic().bind(Basic.class);
    Types t =
        new GuestProgram(BIND, "main.wasm").linkage.dlopen("libtypes.so", 2).bind(Types.class);
    // Enough calls for the JIT to compile the loop and inline through the bound methods.
    for (int i = -100_000; i < 100_000; i++) {
      if (api.lib_square(i) != i * i) {
        assertEquals(i * i, api.lib_square(i), "lib_square(" + i + ")");
      }
      long a = (long) i << 20;
      if (t.t_mix64(a, i) != a * 1000003L + i) {
        assertEquals(a * 1000003L + i, t.t_mix64(a, i), "t_mix64(" + a + ", " + i + ")");
      }
      t.t_store(i);
      if (t.t_load() != i) {
        assertEquals(i, t.t_load(), "t_load after t_store(" + i + ")");
      }
    }
  }

  @Test
  void objectMethodsAreThoseOfAnObject() throws Exception {
    Library lib = basic();
    Basic a = lib.bind(Basic.class);
    Basic b = lib.bind(Basic.class);
    assertEquals("Basic bound to ./libbasic.so", a.toString());
    assertEquals(a, a);
    assertNotEquals(a, b);
    assertEquals(System.identityHashCode(a), a.hashCode());
  }

  @Test
  void aPackagePrivateInterfaceCanBeBound() throws Exception {
    Storage s =
        new GuestProgram(BIND, "main.wasm").linkage.dlopen("libtypes.so", 2).bind(Storage.class);
    s.t_store(-3);
    assertEquals(-3, s.t_load());
  }

  @Test
  void aJdkInterfaceCanBeBound() throws Exception {
    IntUnaryOperator f =
        new GuestProgram(BIND, "main.wasm")
            .linkage
            .dlopen("libtypes.so", 2)
            .bind(IntUnaryOperator.class);
    assertEquals(21, f.applyAsInt(10)); // 2 * x + 1 in types.c
    assertEquals(43, f.andThen(f).applyAsInt(10)); // a default method of the JDK interface
  }

  @Test
  void unknownNameIsNamed() throws Exception {
    Library lib = basic();
    LinkException e = assertThrows(LinkException.class, () -> lib.bind(Misspelt.class));
    assertEquals(
        "./libbasic.so: Misspelt.lib_sqaure matches no exported function"
            + " (./libbasic.so: undefined symbol: lib_sqaure)",
        e.getMessage());
  }

  @Test
  void wrongSignatureIsNamed() throws Exception {
    Library lib = basic();
    LinkException e = assertThrows(LinkException.class, () -> lib.bind(WrongSignature.class));
    assertEquals(
        "./libbasic.so: WrongSignature.lib_square is (i32) -> (i64) but the export lib_square is"
            + " (i32) -> (i32)",
        e.getMessage());
  }

  @Test
  void dataSymbolIsNamed() throws Exception {
    Library lib = new GuestProgram(BIND, "main.wasm").linkage.dlopen("libtypes.so", 2);
    LinkException e = assertThrows(LinkException.class, () -> lib.bind(DataSymbol.class));
    assertEquals(
        "./libtypes.so: DataSymbol.t_data matches no exported function"
            + " (./libtypes.so: symbol t_data is data, not a function)",
        e.getMessage());
  }

  @Test
  void unsupportedTypeIsNamed() throws Exception {
    Library lib = new GuestProgram(BIND, "main.wasm").linkage.dlopen("libtypes.so", 2);
    LinkException e = assertThrows(LinkException.class, () -> lib.bind(Boxed.class));
    assertEquals(
        "./libtypes.so: Boxed.t_load uses java.lang.Integer; only int, long, float and double map"
            + " to wasm values",
        e.getMessage());
  }

  @Test
  void aCallAfterDlcloseIsAClearError() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    Library lib = program.linkage.dlopen("libtypes.so", Dlfcn.RTLD_NOW);
    Types t = lib.bind(Types.class);
    t.t_store(9);
    assertEquals(9, t.t_load());
    program.linkage.dlclose(lib);
    IllegalStateException e = assertThrows(IllegalStateException.class, t::t_load);
    assertEquals(
        "./libtypes.so was unloaded (dlclose): Types.t_load can no longer be called",
        e.getMessage());
    assertThrows(IllegalStateException.class, () -> t.t_store(1));
  }

  @Test
  void aDroppedBindingLetsTheUnloadedLibraryBeCollected() throws Exception {
    GuestProgram program = new GuestProgram(BIND, "main.wasm");
    Library lib = program.linkage.dlopen("libtypes.so", Dlfcn.RTLD_NOW);
    WeakReference<ClassLoader> loader = UnloadTest.loaderOf(lib.function("t_load"));
    WeakReference<Class<?>> bindingClass = useBinding(lib);
    assertNotNull(loader.get());
    program.linkage.dlclose(lib);
    UnloadTest.assertCollected(bindingClass, "the generated class is still reachable");
    UnloadTest.assertCollected(
        loader, "the library's class loader is still reachable after dlclose");
  }

  /** Binds and calls; the binding is unreachable once this returns. */
  private static WeakReference<Class<?>> useBinding(Library lib) {
    Types t = lib.bind(Types.class);
    for (int i = 0; i < 1000; i++) {
      t.t_store(i);
    }
    assertTrue(t.t_load() == 999);
    return new WeakReference<>(t.getClass());
  }
}
