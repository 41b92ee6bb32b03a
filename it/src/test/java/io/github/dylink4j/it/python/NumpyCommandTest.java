package io.github.dylink4j.it.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.it.CliProcess;
import io.github.dylink4j.it.CliProcess.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    Outcome o =
        CliProcess.run(
            tmp,
            PythonCommandTest.jvmOptions(tmp.resolve("cache")),
            env -> env.put("PYTHONPATH", userlib.toString()),
            new byte[0],
            600,
            List.of("python", "-c", code));
    assertEquals("", o.stderr());
    assertEquals("45\n[[ 7 10]\n [15 22]]\n3.5\n", o.stdout());
    assertEquals(0, o.status());
  }
}
