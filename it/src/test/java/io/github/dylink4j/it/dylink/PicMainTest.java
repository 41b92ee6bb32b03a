package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A PIC main module (the seed's -shared recipe plus --import-symbols): the loader lays out its
 * data, stack and heap and defines __heap_base, as the static linker would for an executable.
 */
class PicMainTest {
  @Test
  void runsWithLoaderProvidedLayout() throws Exception {
    Path inspect = GuestProgram.repositoryRoot().resolve("fixtures/inspect");
    GuestProgram.Result result = new GuestProgram(inspect, "pic-main.wasm").run();
    assertEquals("hello from a PIC main module\n", result.output());
    assertEquals(0, result.exitCode());
  }
}
