package io.github.dylink4j.wast;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs spec scripts one after another and reports each as it finishes.
 *
 * <p>Each script runs on a fresh thread with a large stack (so {@code assert_exhaustion} recursion
 * is deep but bounded) and a time budget: a script over budget fails, with the command it was stuck
 * in, and the run moves on.
 */
public final class WastRunner {
  /** System property: stack size in MB of the thread each script runs on. */
  public static final String STACK_PROPERTY = "dylink4j.wast.stackMb";

  /**
   * Stack of the thread each script runs on. Deep enough for every legitimate recursion in the
   * suite by orders of magnitude; the cost of more is paid by each {@code assert_exhaustion}, which
   * fills the whole stack before it traps.
   */
  static final long STACK_BYTES = Long.getLong(STACK_PROPERTY, 64) << 20;

  private final ConversionCache cache;
  private final Duration budget;
  private final boolean verbose;
  private final ScriptRunner.ModuleLoader loader;
  private final Report report;

  public WastRunner(
      ConversionCache cache, Duration budgetPerFile, boolean verbose, PrintWriter out) {
    this(cache, budgetPerFile, verbose, out, null);
  }

  WastRunner(
      ConversionCache cache,
      Duration budgetPerFile,
      boolean verbose,
      PrintWriter out,
      ScriptRunner.ModuleLoader loader) {
    this.cache = cache;
    this.budget = budgetPerFile;
    this.verbose = verbose;
    this.loader = loader;
    this.report = new Report(out, verbose);
  }

  /** Runs the scripts in order, printing a line per file and the totals; returns every result. */
  public List<FileResult> runAll(List<Path> files) {
    List<FileResult> results = new ArrayList<>();
    for (Path f : files) {
      FileResult r = run(f);
      report.file(r);
      results.add(r);
    }
    report.totals(results);
    return results;
  }

  /**
   * The scripts to run: files as given, folders replaced by their {@code *.wast} files in name
   * order.
   *
   * @throws WastException when a path does not exist
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> list = Files.list(p)) {
          list.filter(f -> f.getFileName().toString().endsWith(".wast"))
              .sorted(Comparator.comparing(f -> f.getFileName().toString()))
              .forEach(files::add);
        } catch (IOException e) {
          throw new WastException("cannot list " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new WastException("no such file: " + p, null);
      }
    }
    return files;
  }

  /** Whether a file is a SIMD script (skipped: this engine does not implement v128). */
  public static boolean isSimd(Path file) {
    return file.getFileName().toString().startsWith("simd_");
  }

  /** Runs one script; never throws for a problem of the script or the engine. */
  public FileResult run(Path wast) {
    String name = wast.getFileName().toString();
    FileResult result = new FileResult(name);
    Script script;
    try {
      Path json = cache.jsonFor(wast);
      if (isSimd(wast)) {
        var counts = Script.countAssertions(json);
        result.seenAll(counts);
        result.skipFile(
            FileResult.Skip.SIMD, counts.values().stream().mapToInt(Integer::intValue).sum());
        return result;
      }
      script = Script.read(name, json);
      result.seenAll(script.assertionCounts());
    } catch (Throwable e) {
      // Includes LinkageErrors from the bundled converter: one bad file must not end the run.
      result.fail(0, "convert " + name, "a readable script", ScriptRunner.thrown(e));
      return result;
    }
    Consumer<String> printed = verbose ? s -> report.printed(name, s) : s -> {};
    ScriptRunner runner =
        loader == null
            ? ScriptRunner.withCompiler(script, result, printed)
            : new ScriptRunner(script, result, loader, printed);
    runOnOwnThread(name, runner, result);
    return result;
  }

  private void runOnOwnThread(String name, ScriptRunner runner, FileResult result) {
    AtomicReference<Throwable> crashed = new AtomicReference<>();
    Thread t = new Thread(null, runner::run, "wast-" + name, STACK_BYTES);
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((th, e) -> crashed.set(e));
    t.start();
    try {
      t.join(budget.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      Command stuck = runner.running();
      result.failAndClose(
          stuck == null ? 0 : stuck.line(),
          stuck == null ? "script" : runner.describe(stuck),
          "the file finishes within " + budget.toSeconds() + " s",
          "still running at " + (stuck == null ? "?" : name + ":" + stuck.line()));
      stop(t);
    } else if (crashed.get() != null) {
      result.fail(0, "script", "the runner survives", ScriptRunner.thrown(crashed.get()));
    }
    result.close();
  }

  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread t) {
    // Guest code cannot be interrupted cooperatively; a stuck thread would otherwise burn a core
    // for the rest of the run. Thread.stop still works on the JDK 17 baseline.
    t.interrupt();
    try {
      t.stop();
    } catch (UnsupportedOperationException newerJdk) {
      // JDK 20+: the daemon thread is abandoned instead.
    }
  }
}
