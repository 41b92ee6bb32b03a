package io.github.dylink4j.python;

import io.github.dylink4j.python.dist.PythonDistribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests get CoWasm's files: the distribution this module's build packages (always there
 * in CI), or, for development without that build, a folder named by the system property {@value
 * #FILES_PROPERTY} holding {@code kernel.wasm}, {@code python.wasm}, {@code home/lib/python3.11/}
 * and {@code ext/}.
 */
final class Artifacts {
  static final String FILES_PROPERTY = "dylink4j.python.files";

  private Artifacts() {}

  /** A builder with the files set, or the test is skipped (with the reason printed). */
  static Python.Builder builder() {
    String dir = System.getProperty(FILES_PROPERTY);
    Python.Builder b = Python.builder();
    if (dir != null && !dir.isBlank()) {
      Path d = Path.of(dir);
      try {
        return b.files(
            Files.readAllBytes(d.resolve("kernel.wasm")),
            Files.readAllBytes(d.resolve("python.wasm")),
            d.resolve("home"),
            d.resolve("ext"));
      } catch (IOException e) {
        throw new UncheckedIOException(FILES_PROPERTY + "=" + dir + ": " + e.getMessage(), e);
      }
    }
    if (PythonDistribution.class.getResource(PythonDistribution.KERNEL_NAME) == null) {
      String reason =
          "CoWasm's files are not packaged on the class path (this module was built without"
              + " its distribution): build the python module, or set -D"
              + FILES_PROPERTY;
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    return b;
  }
}
