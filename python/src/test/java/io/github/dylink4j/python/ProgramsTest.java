package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole Python programs (test resources {@code programs/NAME.py}) run as {@code python3 NAME.py
 * ARGS} in their own folder, each in a fresh interpreter of this JVM, compared with what native
 * python3 3.11 printed for them: {@code NAME.out}, {@code NAME.err} and {@code NAME.status} were
 * written by {@code programs/regenerate} from native python3's output, never by this project's
 * code. {@code {dir}} in them stands for the folder the programs run in (native python3 shows
 * absolute paths in tracebacks). Optional inputs: {@code NAME.args} (one argument a line), {@code
 * NAME.options} (python3's own options before the script, one a line), {@code NAME.stdin}, {@code
 * NAME.env} ({@code NAME=VALUE} lines; regenerate runs python3 without the host's other PYTHON*
 * variables, as this interpreter has none).
 *
 * <p>Object addresses in reprs ({@code <function f at 0x7f...>}) differ on a 32-bit build, so both
 * sides have them replaced by {@code 0x?} before they are compared.
 *
 * <p>The folder is offered to the guest under its own host path and is its working directory, as
 * {@code dylink4j python} does with the current directory.
 */
class ProgramsTest {
  @TempDir static Path work;

  @TestFactory
  Stream<DynamicTest> programsPrintWhatNativePython3Prints() throws IOException {
    Path source = programsFolder();
    copy(source, work);
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(source)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".py") && Files.exists(source.resolve(stem(n) + ".out")))
          .sorted()
          .forEach(n -> names.add(stem(n)));
    }
    assertFalse(names.isEmpty(), "no programs in " + source);
    return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
  }

  private static void check(String name) throws IOException {
    String dir = work.toString();
    Output out = new Output();
    Output err = new Output();
    Python.Builder b =
        Artifacts.builder()
            .stdout(out)
            .stderr(err)
            .stdin(new ByteArrayInputStream(bytes(name + ".stdin")))
            .preopen(work, "/")
            .preopen(work, dir)
            .workingDirectory(dir);
    for (String line : lines(name + ".env")) {
      int eq = line.indexOf('=');
      b.env(line.substring(0, eq), line.substring(eq + 1));
    }
    List<String> args = new ArrayList<>(lines(name + ".options"));
    args.add(name + ".py");
    args.addAll(lines(name + ".args"));
    int status;
    try (Python py = b.build()) {
      status = py.runMain(args.toArray(String[]::new));
    }
    String expectedStatus = text(name + ".status").strip();
    assertAll(
        name,
        () ->
            assertEquals(expected(name + ".out"), withoutAddresses(out.take()), name + ": stdout"),
        () ->
            assertEquals(expected(name + ".err"), withoutAddresses(err.take()), name + ": stderr"),
        () ->
            assertEquals(
                expectedStatus.isEmpty() ? 0 : Integer.parseInt(expectedStatus),
                status,
                name + ": exit status"));
  }

  private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+>");

  private static String withoutAddresses(String text) {
    return ADDRESS.matcher(text).replaceAll(" at 0x?>");
  }

  private static String expected(String file) throws IOException {
    return withoutAddresses(text(file).replace("{dir}", work.toString()));
  }

  private static String text(String file) throws IOException {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String file) throws IOException {
    Path p = work.resolve(file);
    return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
  }

  private static List<String> lines(String file) throws IOException {
    String t = text(file);
    return t.isEmpty() ? List.of() : List.of(t.split("\n"));
  }

  private static String stem(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }

  private static Path programsFolder() {
    URL url = ProgramsTest.class.getResource("/programs/regenerate");
    if (url == null) {
      throw new IllegalStateException("test resource programs/ is missing");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The programs run in a copy, so what they write never lands in the build's resources. */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
