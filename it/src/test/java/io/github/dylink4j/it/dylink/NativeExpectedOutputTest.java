package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed expected outputs really are what glibc gives: when gcc is installed, every scenario
 * is built natively again (fixtures/dylink/make-expected, in a copy) and must print exactly the
 * committed expected-output.txt.
 */
class NativeExpectedOutputTest {
  @Test
  void expectedOutputsComeFromNativeRuns(@TempDir Path copy) throws Exception {
    assumeTrue(gccAvailable(), "gcc is not installed");
    Path fixtures = GuestProgram.repositoryRoot().resolve("fixtures/dylink");
    copyTree(fixtures, copy);
    Process p =
        new ProcessBuilder("bash", copy.resolve("make-expected").toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, waitFor(p), log);
    List<Path> scenarios;
    try (Stream<Path> dirs = Files.list(fixtures)) {
      scenarios = dirs.filter(d -> Files.exists(d.resolve("native.sh"))).sorted().toList();
    }
    for (Path scenario : scenarios) {
      String name = scenario.getFileName().toString();
      assertEquals(
          Files.readString(scenario.resolve("expected-output.txt")),
          Files.readString(copy.resolve(name).resolve("expected-output.txt")),
          name);
    }
  }

  private static boolean gccAvailable() {
    try {
      return waitFor(new ProcessBuilder("gcc", "--version").start()) == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static int waitFor(Process p) throws InterruptedException {
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
