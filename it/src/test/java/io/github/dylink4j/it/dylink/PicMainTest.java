package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.link.LoadedLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PIC main module (the seed's -shared recipe plus --import-symbols): the loader lays out its
 * data, stack and heap and defines __heap_base, as the static linker would for an executable, and
 * loads the NEEDED libraries its dylink.0 lists before it (fixtures/dylink/picneeded, whose output
 * must also match glibc's in {@link NativeParityTest}).
 */
class PicMainTest {
  private static final Path PICNEEDED =
      GuestProgram.repositoryRoot().resolve("fixtures/dylink/picneeded");

  @Test
  void runsWithLoaderProvidedLayout() throws Exception {
    Path inspect = GuestProgram.repositoryRoot().resolve("fixtures/inspect");
    GuestProgram.Result result = new GuestProgram(inspect, "pic-main.wasm").run();
    assertEquals("hello from a PIC main module\n", result.output());
    assertEquals(0, result.exitCode());
  }

  @Test
  void neededLibrariesAreLoadedBeforeTheProgramAndAreGlobal() throws Exception {
    GuestProgram program = new GuestProgram(PICNEEDED, "main.wasm");
    // Loaded with the program, before it runs; its constructor already ran.
    List<LoadedLibrary> loaded = program.linkage.linker().libraries();
    assertEquals(List.of("main.wasm", "./libneed.so"), loaded.stream().map(l -> l.name()).toList());
    assertEquals("libneed: constructor (counter 42)\n", program.output());
    // Global: the main program's handle finds its symbols.
    Library need = program.linkage.dlopen("libneed.so", Dlfcn.RTLD_NOW | Dlfcn.RTLD_NOLOAD);
    assertEquals(need.address("need_counter"), program.main.address("need_counter"));

    GuestProgram.Result result = program.run();
    assertEquals(
        Files.readString(PICNEEDED.resolve("expected-output.txt")),
        result.output() + "exit " + result.exitCode() + "\n");
  }

  @Test
  void aMissingNeededLibraryFailsTheProgramAsGlibcWords(@TempDir Path copy) throws Exception {
    Files.copy(PICNEEDED.resolve("main.wasm"), copy.resolve("main.wasm"));
    LinkException e = assertThrows(LinkException.class, () -> new GuestProgram(copy, "main.wasm"));
    assertEquals(
        "main.wasm: error while loading shared libraries: libneed.so: cannot open shared object"
            + " file: No such file or directory",
        e.getMessage());
  }
}
