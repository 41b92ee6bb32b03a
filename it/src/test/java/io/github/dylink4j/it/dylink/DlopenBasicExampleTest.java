package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled example (examples/dlopen-basic) prints what the same C prints natively. */
class DlopenBasicExampleTest {
  @Test
  void printsWhatGlibcPrints() throws Exception {
    Path example = GuestProgram.repositoryRoot().resolve("examples/dlopen-basic");
    GuestProgram.Result result = new GuestProgram(example, "main.wasm").run();
    assertEquals(Files.readString(example.resolve("expected-output.txt")), result.output());
    assertEquals(0, result.exitCode());
  }
}
