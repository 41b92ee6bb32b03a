package io.github.dylink4j.it.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.python.dist.PythonDistribution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dylink4j python} finds NumPy (dylink4j-python-numpy) with no setup, beside a user's own
 * {@code PYTHONPATH}. One JVM run (each is a whole CPython start plus NumPy's import); expected
 * output is what native NumPy prints, worked out by hand in the comments.
 */
class NumpyCommandTest {
  @TempDir Path tmp;

  @Test
  void importNumpyWorksOutOfTheBoxNextToAUsersPythonPath() throws Exception {
    Path userlib = Files.createDirectories(tmp.resolve("userlib"));
    Files.writeString(userlib.resolve("mymod.py"), "VALUE = 7\n");
    String code =
        "import numpy, mymod\n"
            + "print(numpy.arange(10).sum())\n" // 0 + 1 + ... + 9
            + "a = numpy.array([[1, 2], [3, 4]])\n"
            + "print(a @ a)\n" // [[1+6, 2+8], [3+12, 6+16]]
            + "print(numpy.linspace(0, 1, 5).mean() * mymod.VALUE)\n"; // 0.5 * 7
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:-DontCompileHugeMethods",
            "-XX:ReservedCodeCacheSize=512m",
            "-XX:TieredStopAtLevel=1",
            "-D" + PythonDistribution.CACHE_DIR_PROPERTY + "=" + tmp.resolve("cache"),
            "-cp",
            System.getProperty("java.class.path"),
            "io.github.dylink4j.cli.Main",
            "python",
            "-c",
            code);
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("PYTHONPATH", userlib.toString());
    Process p = pb.start();
    p.getOutputStream().close(); // empty stdin
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("dylink4j python did not finish: " + cmd);
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals("", stderr);
    assertEquals("45\n[[ 7 10]\n [15 22]]\n3.5\n", Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(0, p.exitValue());
  }
}
