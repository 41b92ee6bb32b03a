package io.github.dylink4j.cli.inspect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.cli.CliError;
import io.github.dylink4j.runtime.dylink.WasmSections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged modules must give a {@link CliError} (one line for the user), never another exception:
 * every truncation of a real side module, and seeded random byte changes.
 */
class InspectRobustnessTest {
  private static final Path LIBNEEDS = Path.of("../fixtures/inspect/libneeds.so");

  @TempDir Path dir;

  @Test
  void everyTruncationInsideASectionIsAnErrorWithAnOffset() throws IOException {
    byte[] whole = Files.readAllBytes(LIBNEEDS);
    // Cutting exactly between sections leaves a shorter but well-formed module.
    Set<Integer> boundaries = new HashSet<>();
    boundaries.add(8);
    WasmSections.scan(whole).forEach(s -> boundaries.add(s.end()));
    Path file = dir.resolve("cut.so");
    int errors = 0;
    for (int length = 0; length < whole.length; length++) {
      Files.write(file, Arrays.copyOf(whole, length));
      try {
        ModuleInspector.inspect(file);
        assertTrue(
            boundaries.contains(length), "a module cut to " + length + " bytes was accepted");
      } catch (CliError e) {
        errors++;
        int cut = length;
        assertTrue(e.offset() >= 0 && e.offset() <= length, () -> cut + ": " + e.line());
      }
    }
    assertTrue(errors >= whole.length - boundaries.size(), "errors: " + errors);
  }

  @Test
  void randomByteChangesNeverEscapeAsOtherExceptions() throws IOException {
    byte[] whole = Files.readAllBytes(LIBNEEDS);
    Path file = dir.resolve("mutant.so");
    Random random = new Random(20261128);
    int rejected = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] mutant = whole.clone();
      int changes = 1 + random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
      }
      Files.write(file, mutant);
      try {
        ModuleInspector.inspect(file);
      } catch (CliError e) {
        rejected++;
      }
    }
    // Most changes land in code or data bytes and are harmless to inspect; some must be caught.
    assertTrue(rejected > 0, "no mutant was rejected");
  }
}
