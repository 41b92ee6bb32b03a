package io.github.dylink4j.python;

import io.github.dylink4j.python.dist.PythonDistribution;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.wasi.WasiExit;
import io.github.dylink4j.wasi.WasiOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A CPython 3.11 interpreter running in this JVM: CoWasm's {@code python.wasm} on its {@code
 * kernel.wasm}, compiled to JVM bytecode. Each interpreter has its own memory, function table and
 * loaded libraries, so several can live in one JVM without seeing each other.
 *
 * <pre>{@code
 * try (Python py = Python.builder().stdout(System.out).build()) {
 *   py.exec("import json; data = json.loads('[1, 2, 3]')");
 *   String sum = py.eval("sum(data)"); // "6"
 * }
 * }</pre>
 *
 * <p>The interpreter runs on a thread of its own (with a large stack); calls from any thread are
 * queued and run one at a time. {@link #runMain} runs CPython's command line ({@code python3 ARGS})
 * and ends the interpreter, as a process ends.
 */
public final class Python implements AutoCloseable {
  /**
   * The interpreter thread's JVM stack. Deep C recursion (a recursive {@code __repr__} after {@code
   * sys.setrecursionlimit}) ends in a clean "call stack exhausted" trap either way: when this stack
   * overflows, or when the guest's 8 MiB C stack reaches its bottom (the loader guards the side
   * modules' stack pointer). 32 MiB holds CPython's recursion limit (700 here) with a wide margin,
   * cold or hot.
   */
  public static final long DEFAULT_STACK_BYTES = 32L << 20;

  /** Ends interpreters that become unreachable without {@link #close}, freeing their thread. */
  private static final Cleaner CLEANER = Cleaner.create();

  private final CowasmProcess process;
  private final Thread thread;
  private final Cleaner.Cleanable cleanable;

  private Python(PythonConfig config) {
    this.process = new CowasmProcess(config);
    this.thread = new Thread(null, process, "python", config.stackBytes());
    thread.setDaemon(true);
    thread.start();
    this.cleanable = CLEANER.register(this, new Ender(process));
    await(process.started);
  }

  /** Tells the interpreter's {@code main} to return; holds no reference to the {@link Python}. */
  private static final class Ender implements Runnable {
    private final CowasmProcess process;

    Ender(CowasmProcess process) {
      this.process = process;
    }

    @Override
    public void run() {
      process.submit(
          new CowasmProcess.Task() {
            @Override
            public Integer run(CowasmProcess p) {
              return 0;
            }

            @Override
            public void abandon(RuntimeException why) {}
          });
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs {@code code} as a module body ({@code exec}) in this interpreter's globals; flushes {@code
   * sys.stdout} and {@code sys.stderr} afterwards.
   *
   * @throws PythonException with CPython's traceback text when the code raises (including {@code
   *     SystemExit})
   * @throws WasmTrap when the guest traps (the interpreter is then closed)
   * @throws IllegalStateException when the interpreter is closed
   */
  public void exec(String code) {
    run(code, "exec");
  }

  /**
   * Evaluates the expression {@code expr} in this interpreter's globals and returns {@code repr()}
   * of its value.
   *
   * @throws PythonException with CPython's traceback text when evaluation raises
   */
  public String eval(String expr) {
    return run(expr, "eval");
  }

  private String run(String source, String mode) {
    Objects.requireNonNull(source, "source");
    CompletableFuture<CowasmProcess.Outcome> result = new CompletableFuture<>();
    process.submit(
        new CowasmProcess.Task() {
          @Override
          public Integer run(CowasmProcess p) {
            try {
              result.complete(p.run(source, mode));
            } catch (WasiExit exit) {
              result.completeExceptionally(
                  new PythonException(
                      "the Python code ended the interpreter with exit status " + exit.code(),
                      exit.code()));
              throw exit;
            } catch (StackOverflowError e) {
              WasmTrap trap = new WasmTrap("call stack exhausted", e);
              result.completeExceptionally(trap);
              throw trap;
            } catch (RuntimeException | Error e) {
              result.completeExceptionally(e);
              throw e;
            }
            return null;
          }

          @Override
          public void abandon(RuntimeException why) {
            result.completeExceptionally(why);
          }
        });
    CowasmProcess.Outcome outcome = await(result);
    if (outcome.kind() == 'E') {
      throw new PythonException(outcome.text());
    }
    return outcome.kind() == 'R' ? outcome.text() : null;
  }

  /**
   * Runs CPython's command line as {@code python3 args...} (e.g. {@code "-c", "print(1)"}, or a
   * script path the guest can see, with its arguments): output and tracebacks go to this
   * interpreter's streams, a script may read its stdin. The interpreter ends with it.
   *
   * @return the exit status, as python3's: {@code sys.exit(n)} gives n, an uncaught exception 1
   */
  public int runMain(String... args) {
    List<String> list = List.of(args);
    CompletableFuture<Void> accepted = new CompletableFuture<>();
    process.submit(
        new CowasmProcess.Task() {
          @Override
          public Integer run(CowasmProcess p) {
            accepted.complete(null);
            return p.terminal(list);
          }

          @Override
          public void abandon(RuntimeException why) {
            accepted.completeExceptionally(why);
          }
        });
    await(accepted);
    return await(process.exited);
  }

  /** Ends the interpreter (its output is flushed). Calling it again does nothing. */
  @Override
  public void close() {
    cleanable.clean();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Python", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** How to start an interpreter. */
  public static final class Builder {
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<WasiOptions.Preopen> preopens = new ArrayList<>();
    private final List<String> pythonPath = new ArrayList<>();
    private String workingDirectory;
    private boolean noSite;
    private long stackBytes = DEFAULT_STACK_BYTES;
    private PythonDistribution distribution;
    private byte[] kernelWasm;
    private byte[] pythonWasm;
    private Path pythonHome;
    private Path extensionDirectory;

    private Builder() {}

    /** The guest's stdin (default: empty). */
    public Builder stdin(InputStream in) {
      this.stdin = Objects.requireNonNull(in);
      return this;
    }

    /** Where the guest's stdout goes (default: discarded). */
    public Builder stdout(OutputStream out) {
      this.stdout = Objects.requireNonNull(out);
      return this;
    }

    /**
     * Where the guest's stderr goes, tracebacks of {@link #runMain} included (default: discarded).
     */
    public Builder stderr(OutputStream err) {
      this.stderr = Objects.requireNonNull(err);
      return this;
    }

    /**
     * An environment variable for the guest. {@code PYTHONPATH} entries come before those of {@link
     * #pythonPath} and before {@code /ext} (where the distribution's {@code hello} modules are).
     *
     * @throws IllegalArgumentException when the name is empty or holds {@code =} or NUL, or the
     *     value holds NUL (a C environment cannot carry them)
     */
    public Builder env(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "environment variable name '"
                + name.replace("\0", "\\0")
                + "': must be non-empty, without '=' or NUL");
      }
      if (value.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "environment variable " + name + ": its value holds a NUL character");
      }
      env.put(name, value);
      return this;
    }

    /** Offers the host folder {@code hostDir} to the guest as {@code guestDir}. */
    public Builder preopen(Path hostDir, String guestDir) {
      preopens.add(new WasiOptions.Preopen(hostDir, guestDir));
      return this;
    }

    /**
     * Offers the host folder {@code hostDir} to the guest as {@code guestDir} and puts it on {@code
     * PYTHONPATH} (after the entries of an {@link #env} {@code PYTHONPATH}, before {@code /ext}),
     * so its modules import and its extension modules load through {@code dlopen}.
     *
     * @throws IllegalArgumentException when {@code hostDir} is no directory, or {@code guestDir} is
     *     not absolute or holds {@code :} (the {@code PYTHONPATH} separator)
     */
    public Builder pythonPath(Path hostDir, String guestDir) {
      Objects.requireNonNull(hostDir, "hostDir");
      Objects.requireNonNull(guestDir, "guestDir");
      if (!Files.isDirectory(hostDir)) {
        throw new IllegalArgumentException("pythonPath " + hostDir + ": not a directory");
      }
      if (!guestDir.startsWith("/") || guestDir.indexOf(':') >= 0 || guestDir.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "pythonPath guest folder '" + guestDir + "': must be absolute, without ':' or NUL");
      }
      preopens.add(new WasiOptions.Preopen(hostDir, guestDir));
      pythonPath.add(guestDir);
      return this;
    }

    /**
     * {@link #pythonPath(Path, String)} with the folder's absolute host path as its guest name, so
     * {@code __file__} and tracebacks show host paths (on a Unix-like host).
     */
    public Builder pythonPath(Path hostDir) {
      return pythonPath(hostDir, hostDir.toAbsolutePath().normalize().toString());
    }

    /**
     * The guest's working directory (default {@code /}): a guest path inside a folder given to
     * {@link #preopen} or {@link #pythonPath}. Relative paths, {@code os.getcwd()}, a relative
     * script's {@code __file__} and its traceback lines are then as python3 started in that folder
     * shows them. For the host's current directory as python3 sees it: {@code preopen(cwd,
     * cwd.toString()).workingDirectory(cwd.toString())}.
     *
     * @throws IllegalArgumentException when {@code guestDir} is not absolute; {@link #build} throws
     *     it when the guest cannot change to the folder
     */
    public Builder workingDirectory(String guestDir) {
      Objects.requireNonNull(guestDir, "guestDir");
      if (!guestDir.startsWith("/") || guestDir.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "working directory '" + guestDir + "': must be an absolute guest path");
      }
      this.workingDirectory = guestDir;
      return this;
    }

    /** Skips {@code import site} at start-up, as {@code python3 -S}. */
    public Builder noSite(boolean on) {
      this.noSite = on;
      return this;
    }

    /**
     * The JVM stack of the interpreter's thread (default {@link #DEFAULT_STACK_BYTES}). Much larger
     * values let runaway C recursion overrun the guest's unguarded C stack before the JVM's
     * overflows.
     */
    public Builder stackBytes(long bytes) {
      this.stackBytes = bytes;
      return this;
    }

    /** Where kernel.wasm, python.wasm and the standard library come from (default: this jar's). */
    public Builder distribution(PythonDistribution distribution) {
      this.distribution = Objects.requireNonNull(distribution);
      return this;
    }

    /**
     * Uses these files instead of the packaged distribution (e.g. a CoWasm release unpacked by
     * hand): {@code home} holds {@code lib/python3.11/}, {@code extensions} is offered as {@code
     * /ext}. {@code lib/python3.11/} must also hold dylink4j's overlay ({@code _dylink4j.pyc},
     * {@code sitecustomize.pyc}: see {@link PythonDistribution#pythonHome()}), or {@link #build}
     * fails naming the missing module.
     */
    public Builder files(byte[] kernelWasm, byte[] pythonWasm, Path home, Path extensions) {
      this.kernelWasm = kernelWasm.clone();
      this.pythonWasm = pythonWasm.clone();
      this.pythonHome = home;
      this.extensionDirectory = extensions;
      return this;
    }

    /**
     * Starts the interpreter (CPython initialised, {@code site} imported unless {@link #noSite}).
     *
     * @throws PythonException when CPython exits while starting
     * @throws IllegalArgumentException when the guest cannot change to the {@link
     *     #workingDirectory}
     */
    public Python build() {
      if (kernelWasm == null) {
        PythonDistribution d = distribution != null ? distribution : PythonDistribution.standard();
        kernelWasm = d.kernelWasm();
        pythonWasm = d.pythonWasm();
        pythonHome = d.pythonHome();
        extensionDirectory = d.extensionDirectory();
      }
      Map<String, String> environment = new LinkedHashMap<>();
      environment.put("PYTHONHOME", PythonDistribution.GUEST_HOME);
      environment.put("PYTHONDONTWRITEBYTECODE", "1");
      if (!env.containsKey("TERM") && !env.containsKey("TERMCAP")) {
        environment.put("TERM", "dumb"); // taken out of os.environ again by _dylink4j
        environment.put("TERMCAP", Python3Compat.DUMB_TERMCAP);
      }
      environment.putAll(env);
      // The user's folders come first, as python3 puts PYTHONPATH before its own paths.
      List<String> path = new ArrayList<>();
      String userPath = env.get("PYTHONPATH");
      if (userPath != null && !userPath.isEmpty()) {
        path.add(userPath);
      }
      path.addAll(pythonPath);
      path.add(PythonDistribution.GUEST_EXTENSIONS);
      environment.put("PYTHONPATH", String.join(":", path));
      List<WasiOptions.Preopen> all = new ArrayList<>();
      all.add(new WasiOptions.Preopen(pythonHome, PythonDistribution.GUEST_HOME));
      all.add(new WasiOptions.Preopen(extensionDirectory, PythonDistribution.GUEST_EXTENSIONS));
      all.addAll(preopens);
      return new Python(
          new PythonConfig(
              kernelWasm,
              pythonWasm,
              stdin,
              stdout,
              stderr,
              environment,
              all,
              noSite,
              stackBytes,
              workingDirectory));
    }
  }
}
