package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario under fixtures/dylink prints, on dylink4j, exactly what the same C printed when
 * built natively with gcc as real shared libraries and run with glibc's dlopen
 * (expected-output.txt, written by fixtures/dylink/make-expected from each native.sh).
 */
class NativeParityTest {
  static Stream<String> scenarios() throws IOException {
    Path root = GuestProgram.repositoryRoot().resolve("fixtures/dylink");
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(d -> Files.exists(d.resolve("expected-output.txt")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void matchesGlibc(String scenario) throws Exception {
    Path dir = GuestProgram.repositoryRoot().resolve("fixtures/dylink").resolve(scenario);
    GuestProgram.Result result = new GuestProgram(dir, "main.wasm").run();
    assertEquals(
        Files.readString(dir.resolve("expected-output.txt")),
        result.output() + "exit " + result.exitCode() + "\n");
  }
}
