package io.github.dylink4j.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The command line as a user meets it: {@code io.github.dylink4j.cli.Main} (what the ./dylink4j
 * launcher runs) in a separate JVM on this test's class path, with its stdin given and its exit
 * status, stdout and stderr captured.
 */
public final class CliProcess {
  /** What a run of the command left behind. */
  public record Outcome(int status, String stdout, String stderr) {}

  private CliProcess() {}

  /**
   * @param directory the child's working directory
   * @param jvmOptions options for the child JVM, before its class path
   * @param environment edits the child's environment (a copy of this JVM's)
   * @param timeoutSeconds the child is killed and the test fails after this long
   * @param args the command and its arguments, e.g. {@code run app.wasm}
   */
  public static Outcome run(
      Path directory,
      List<String> jvmOptions,
      Consumer<Map<String, String>> environment,
      byte[] stdin,
      long timeoutSeconds,
      List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.github.dylink4j.cli.Main");
    cmd.addAll(args);
    Path out = Files.createTempFile("dylink4j-cli-", ".stdout");
    Path err = Files.createTempFile("dylink4j-cli-", ".stderr");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(cmd)
              .directory(directory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      environment.accept(pb.environment());
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
      }
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + cmd);
      }
      return new Outcome(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
