package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import org.junit.jupiter.api.Test;

/** A library's exports bound to a plain Java interface (public, so default methods can run). */
public class BindTest {
  public interface Basic {
    int lib_square(int x);

    int lib_call_main(int x);

    default int squarePlusOne(int x) {
      return lib_square(x) + 1;
    }
  }

  interface Misspelt {
    int lib_sqaure(int x);
  }

  interface WrongSignature {
    long lib_square(int x);
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
}
