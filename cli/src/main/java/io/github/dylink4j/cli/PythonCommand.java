package io.github.dylink4j.cli;

import io.github.dylink4j.python.Python;
import io.github.dylink4j.python.PythonException;
import io.github.dylink4j.python.numpy.NumpyPackage;
import io.github.dylink4j.runtime.WasmTrap;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code dylink4j python}: CPython 3.11 (CoWasm's python.wasm, precompiled in dylink4j-python) with
 * python3's command line. Everything after our own options goes to CPython, so the output, the
 * tracebacks on stderr and the exit status are CPython's.
 *
 * <p>What the guest sees of the host: the current directory under its own absolute path (also the
 * guest's working directory, so relative script and data paths work as with python3) and as {@code
 * /}, each {@code PYTHONPATH} folder under its own absolute path (so extension modules there load
 * through dlopen), the folder of a script given by an absolute path under that path, and the {@code
 * --dir} folders.
 */
@Command(
    name = "python",
    customSynopsis =
        "dylink4j python [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [--verbose]"
            + " [-c CODE | -m MODULE | SCRIPT | -] [ARGS...]",
    description = {
      "Runs CPython 3.11 like python3: everything after the options below is python3's command"
          + " line.",
      "The current directory is the guest's working directory, under its own path; PYTHONPATH (from the environment or --env) is"
          + " mapped folder by folder. Exit status: CPython's (sys.exit(n) gives n, an uncaught"
          + " exception 1); 134 after a wasm trap."
    })
public final class PythonCommand implements Callable<Integer>, Verbose {
  @Option(
      names = "--dir",
      paramLabel = "HOST[::GUEST]",
      description =
          "Give Python the host directory HOST, under the name GUEST (default: HOST's absolute"
              + " path). Repeatable.")
  List<String> dirs = new ArrayList<>();

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description = "Set an environment variable of Python. Repeatable.")
  List<String> env = new ArrayList<>();

  @Option(
      names = "--verbose",
      description = "Java stack traces on dylink4j errors (python's own -v is passed on).")
  boolean verbose;

  /** python3's own options and arguments: everything from the first one that is not ours. */
  @Unmatched List<String> pythonArgs = new ArrayList<>();

  @Spec CommandSpec spec;

  @Spec
  void stopAtPythonArguments(CommandSpec commandSpec) {
    commandSpec.parser().stopAtUnmatched(true);
    commandSpec.parser().stopAtPositional(true);
  }

  // The guest's streams: raw and unbuffered, as in `run`.
  InputStream stdin = new FileInputStream(FileDescriptor.in);
  OutputStream stdout = new FileOutputStream(FileDescriptor.out);
  OutputStream stderr = new FileOutputStream(FileDescriptor.err);

  /** The host environment, of which only PYTHONPATH is used (tests give their own). */
  Map<String, String> hostEnv = System.getenv();

  /** The host's current directory, offered as the guest's {@code /}. */
  Path workingDirectory = Path.of("").toAbsolutePath();

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    Python.Builder builder = Python.builder().stdin(stdin).stdout(stdout).stderr(stderr);
    // The interpreter's own default stack is sized so that runaway C recursion ends in a JVM stack
    // overflow (a clean trap) before it overruns CPython's unguarded 8 MiB C stack in wasm memory.
    Long stackMiB = Long.getLong("dylink4j.guestStackMiB");
    if (stackMiB != null) {
      builder.stackBytes(stackMiB << 20);
    }
    GuestFolders folders = new GuestFolders();
    // The current directory under its own path, and the guest's cwd: os.getcwd(), __file__ and
    // tracebacks show the same paths as python3 started here. It is also "/", as before, which
    // gives the cwd's ancestors (e.g. /home) an answer: with no preopen above them, wasi-libc
    // fails lstat on them with ENOTCAPABLE, and SQLite, which lstats every component of a
    // database path, then cannot open a file in the cwd.
    String cwd = workingDirectory.toString();
    folders.add(workingDirectory, "/");
    folders.add(workingDirectory, cwd);
    builder.workingDirectory(cwd);
    List<String> args = new ArrayList<>(pythonArgs);
    Map<String, String> environment = environment(args);
    String pythonPath = environment.get("PYTHONPATH");
    if (pythonPath != null) {
      environment.put("PYTHONPATH", folders.mapSearchPath(pythonPath, workingDirectory));
    }
    // NumPy (dylink4j-python-numpy) after the user's folders, as site-packages follows PYTHONPATH.
    folders.add(NumpyPackage.standard().directory(), NumpyPackage.GUEST_DIRECTORY);
    environment.put("PYTHONPATH", NumpyPackage.pythonPath(environment.get("PYTHONPATH")));
    environment.forEach(builder::env);
    for (String d : dirs) {
      int sep = d.indexOf("::");
      Path host = Path.of(sep < 0 ? d : d.substring(0, sep));
      if (!Files.isDirectory(host)) {
        throw new CliError(host, "--dir: not a directory", null);
      }
      String guest = sep < 0 ? host.toAbsolutePath().normalize().toString() : d.substring(sep + 2);
      if (guest.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--dir " + d + ": empty guest name");
      }
      folders.add(host, guest);
    }
    int script = PythonArgs.scriptIndex(args);
    if (script >= 0) {
      args.set(script, folders.mapScript(args.get(script), workingDirectory));
    }
    folders.folders().forEach(f -> builder.preopen(f.host(), f.guest()));
    // CPython imports site while starting, before it reads -S: tell it up front.
    builder.noSite(PythonArgs.hasFlag(args, 'S') || PythonArgs.hasFlag(args, 'I'));
    try (Python python = builder.build()) {
      return python.runMain(args.toArray(String[]::new));
    } catch (PythonException e) {
      // CPython ended while starting (e.g. a broken PYTHONHOME): its message is on stderr already.
      throw new CliError(Path.of("python"), "CPython did not start: " + e.getMessage(), e);
    } catch (WasmTrap trap) {
      PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
      err.println("error: wasm trap: " + trap.getMessage());
      if (verbose) {
        trap.printStackTrace(err);
      }
      err.flush();
      return RunCommand.EXIT_TRAP;
    } catch (OutOfMemoryError e) {
      throw new CliError(
          Path.of("python"),
          "the JVM ran out of memory running it (raise -Xmx, e.g. through DYLINK4J_JAVA_OPTS)",
          e);
    }
  }

  /**
   * The host's variables that change how python3 runs a program, passed on as python3 would read
   * them (e.g. PYTHONUNBUFFERED: without it, output written before {@code os._exit} or mixed with
   * stderr came out differently). Not PYTHONHOME (the guest's is the packaged library) nor those
   * naming host files (PYTHONSTARTUP, PYTHONPYCACHEPREFIX, PYTHONUSERBASE); PYTHONPATH is mapped.
   */
  static final List<String> HOST_PYTHON_VARIABLES =
      List.of(
          "PYTHONASYNCIODEBUG",
          "PYTHONBREAKPOINT",
          "PYTHONDEBUG",
          "PYTHONDEVMODE",
          "PYTHONDONTWRITEBYTECODE",
          "PYTHONFAULTHANDLER",
          "PYTHONHASHSEED",
          "PYTHONINSPECT",
          "PYTHONINTMAXSTRDIGITS",
          "PYTHONIOENCODING",
          "PYTHONNODEBUGRANGES",
          "PYTHONNOUSERSITE",
          "PYTHONOPTIMIZE",
          "PYTHONSAFEPATH",
          "PYTHONTRACEMALLOC",
          "PYTHONUNBUFFERED",
          "PYTHONUTF8",
          "PYTHONVERBOSE",
          "PYTHONWARNDEFAULTENCODING",
          "PYTHONWARNINGS");

  /**
   * PYTHONPATH and {@link #HOST_PYTHON_VARIABLES} from the host (as python3 reads them; not with -E
   * or -I, which make python3 ignore them: CPython here reads its environment before the command
   * line), then every --env.
   */
  private Map<String, String> environment(List<String> args) {
    Map<String, String> result = new LinkedHashMap<>();
    String hostPath = hostEnv.get("PYTHONPATH");
    if (hostPath != null && !hostPath.isEmpty()) {
      result.put("PYTHONPATH", hostPath);
    }
    if (!PythonArgs.hasFlag(args, 'E') && !PythonArgs.hasFlag(args, 'I')) {
      for (String name : HOST_PYTHON_VARIABLES) {
        String value = hostEnv.get(name);
        if (value != null && !value.isEmpty()) {
          result.put(name, value);
        }
      }
    }
    for (String e : env) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            spec.commandLine(), "--env expects NAME=VALUE, got '" + e + "'");
      }
      result.put(e.substring(0, eq), e.substring(eq + 1));
    }
    return result;
  }
}
