package io.github.dylink4j.python;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.wasi.WasiExit;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One CoWasm process on its own thread: kernel.wasm's {@code _start} calls the host's {@code main},
 * which loads python.wasm, initialises CPython and then serves {@link Task}s until it is told to
 * return (close, or a terminal run whose status becomes the process's exit status). Doing the work
 * inside {@code main} means a {@code proc_exit} from any depth ends the run cleanly, and the
 * kernel's exports are never called again after start-up.
 */
final class CowasmProcess implements Runnable {
  /** Where python.wasm is offered to the loader (it is not a file the guest can see). */
  static final String PYTHON_GUEST_PATH = "/usr/lib/python.wasm";

  /**
   * The host's Python module ({@code python/src/main/overlay/_dylink4j.py}, precompiled into the
   * unpacked standard library): {@code run} for exec/eval, and python3's behaviour where CoWasm's
   * build differs. Imported right after CPython starts, also under {@code -S}/{@code -I}.
   */
  static final String HOST_MODULE = "_dylink4j";

  /** Work for the guest thread. */
  interface Task {
    /** Runs inside {@code main}; a non-null result makes {@code main} return it. */
    Integer run(CowasmProcess process);

    /** Called instead of {@link #run} when the process is gone. */
    void abandon(RuntimeException why);
  }

  private final PythonConfig config;
  private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
  final CompletableFuture<Void> started = new CompletableFuture<>();
  final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private final GuestLibc libc = new GuestLibc();
  private final GlueImports.Channel channel = new GlueImports.Channel();
  private WasiPreview1 wasi;
  private Linkage linkage;
  private Library python;
  private volatile RuntimeException gone;

  CowasmProcess(PythonConfig config) {
    this.config = config;
  }

  void submit(Task task) {
    RuntimeException why = gone;
    if (why != null) {
      task.abandon(why);
      return;
    }
    tasks.add(task);
    why = gone;
    if (why != null && tasks.remove(task)) {
      task.abandon(why); // lost the race with the end of the process
    }
  }

  @Override
  public void run() {
    Integer status = null;
    Throwable failure = null;
    try {
      status = runKernel();
    } catch (WasiExit exit) {
      status = exit.code();
    } catch (StackOverflowError e) {
      failure = new WasmTrap("call stack exhausted", e);
    } catch (Throwable t) {
      failure = t;
    } finally {
      if (wasi != null) {
        wasi.close();
      }
      flushStreams();
    }
    RuntimeException why =
        status != null
            ? new IllegalStateException("the Python interpreter has exited with status " + status)
            : new IllegalStateException("the Python interpreter failed: " + failure, failure);
    gone = why;
    for (Task t; (t = tasks.poll()) != null; ) {
      t.abandon(why);
    }
    if (status != null) {
      started.completeExceptionally(
          new PythonException("Python exited with status " + status + " while starting", status));
      exited.complete(status);
    } else {
      started.completeExceptionally(failure);
      exited.completeExceptionally(failure);
    }
  }

  private int runKernel() {
    wasi = new WasiPreview1(wasiOptions());
    EnvImports env = new EnvImports(libc);
    ProcessImports.install(env);
    SignalImports.install(env);
    IdentityImports.install(env);
    TerminalImports.install(env);
    SocketImports.install(env);
    FileImports.install(env, new GuestPaths(config.preopens()));
    GlueImports.install(env, channel);
    Trampolines.install(env, new Trampolines(() -> linkage.table()));
    env.define("main", "ii:i", a -> new Object[] {main()});
    Imports imports = env.addTo(wasi.addTo(new Imports()));
    linkage = Linkage.builder().cowasm(true).files(this::guestFile).hostImports(imports).build();
    wasi.setMemory(linkage::memory);
    trace("loading kernel");
    Library kernel = linkage.loadMain(config.kernelWasm(), "kernel.wasm");
    wasi.setMemory(linkage.memory()); // the same object from now on: no lookup per WASI call
    trace("kernel loaded");
    kernel.instance().function("_start").call();
    return 0;
  }

  private byte[] guestFile(String path) throws IOException {
    return path.equals(PYTHON_GUEST_PATH) ? config.pythonWasm() : wasi.readGuestFile(path);
  }

  private WasiOptions wasiOptions() {
    WasiOptions.Builder b =
        WasiOptions.builder()
            .args(List.of("python3"))
            .stdin(config.stdin())
            .stdout(config.stdout())
            .stderr(config.stderr());
    for (Map.Entry<String, String> e : config.environment().entrySet()) {
      b.env(e.getKey(), e.getValue());
    }
    for (WasiOptions.Preopen p : config.preopens()) {
      b.preopen(p.hostDir(), p.guestName());
    }
    return b.build();
  }

  /** The kernel's {@code main(argc, argv)}: start CPython, then serve tasks. */
  /** {@code -Ddylink4j.python.trace=true}: start-up phases with their times on stderr. */
  private static final boolean TRACE = Boolean.getBoolean("dylink4j.python.trace");

  private static final long T0 = System.nanoTime();

  private static void trace(String what) {
    if (TRACE) {
      // Wall time since this class was initialised, and this thread's CPU time (load-independent).
      long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      System.err.printf(
          "[python %.0f ms, thread cpu %.0f ms] %s%n",
          (System.nanoTime() - T0) / 1e6, cpu / 1e6, what);
    }
  }

  private int main() {
    trace("main");
    libc.bind(linkage);
    trace("bound");
    python = linkage.dlopen(PYTHON_GUEST_PATH, Dlfcn.RTLD_NOW | Dlfcn.RTLD_GLOBAL);
    trace("python.wasm loaded");
    if (config.noSite()) {
      linkage.memory().writeInt(python.address("Py_NoSiteFlag"), 1);
    }
    String cwd = config.workingDirectory();
    if (cwd != null) {
      // Before CPython starts, so that everything it computes from the cwd sees this one.
      int errno = libc.chdir(cwd);
      if (errno != 0) {
        started.completeExceptionally(
            new IllegalArgumentException(
                "working directory "
                    + cwd
                    + ": the guest cannot change to it (WASI errno "
                    + errno
                    + "); it must be a folder inside a preopened directory"));
        return 1;
      }
    }
    int rc = (Integer) python.function("cowasm_python_init").call()[0];
    trace("initialised");
    if (rc != 0) {
      started.completeExceptionally(
          new PythonException("cowasm_python_init failed with status " + rc, rc));
      return rc;
    }
    if (!importHostModule()) {
      started.completeExceptionally(
          new IllegalStateException(
              "the host's Python module "
                  + HOST_MODULE
                  + " did not import (CPython's traceback is on stderr): PYTHONHOME must be"
                  + " PythonDistribution's unpacked standard library, which holds it"));
      return 1;
    }
    started.complete(null);
    while (true) {
      Task task;
      try {
        task = tasks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
      Integer result = task.run(this);
      flushStreams();
      if (result != null) {
        return result;
      }
    }
  }

  /**
   * {@code import _dylink4j} through CPython's C API ({@code PyImport_ImportModule}): the module is
   * loaded from its .pyc, where running Python source through {@code cowasm_python_exec} would
   * compile it first, cold, at every start. On failure CPython's traceback goes to stderr.
   */
  private boolean importHostModule() {
    int name = libc.newString(HOST_MODULE);
    int module;
    try {
      module = (Integer) python.function("PyImport_ImportModule").call(name)[0];
    } finally {
      libc.free(name);
    }
    if (module == 0) {
      python.function("PyErr_Print").call();
      libc.flushAll();
      return false;
    }
    python.function("Py_DecRef").call(module); // sys.modules keeps it
    trace("host module imported");
    return true;
  }

  /** Calls a python.wasm export taking one C string. */
  private int callWithString(String export, String text) {
    int p = libc.newString(text);
    try {
      return (Integer) python.function(export).call(p)[0];
    } finally {
      libc.free(p);
    }
  }

  /** Outcome of running code through the host module's {@code run}. */
  record Outcome(char kind, String text) {}

  /** Runs {@code source} in the interpreter's globals ({@code mode} "exec" or "eval"). */
  Outcome run(String source, String mode) {
    String hex = HexFormat.of().formatHex(source.getBytes(StandardCharsets.UTF_8));
    String call =
        "__import__('"
            + HOST_MODULE
            + "').run(bytes.fromhex('"
            + hex
            + "').decode('utf-8'), '"
            + mode
            + "', globals())";
    channel.clear();
    int rc = callWithString("cowasm_python_repr", call);
    libc.flushAll();
    String sent = channel.sent();
    if (rc != 0 || sent == null || sent.length() < 3) {
      throw new IllegalStateException(
          "the host's run() failed (status " + rc + ", sent " + sent + ")");
    }
    String body = sent.substring(1, sent.length() - 1); // repr of a str: quoted
    char kind = body.charAt(0);
    String text = new String(HexFormat.of().parseHex(body.substring(1)), StandardCharsets.UTF_8);
    return new Outcome(kind, text);
  }

  /** CPython's own main ({@code Py_BytesMain}) with {@code python3 args...}; its exit status. */
  int terminal(List<String> args) {
    int argc = args.size() + 1;
    int argv = libc.malloc(4 * (argc + 1));
    linkage.memory().writeInt(argv, libc.newString("/usr/bin/python3"));
    for (int i = 0; i < args.size(); i++) {
      linkage.memory().writeInt(argv + 4 * (i + 1), libc.newString(args.get(i)));
    }
    linkage.memory().writeInt(argv + 4 * argc, 0);
    trace("running python3's main");
    int status = (Integer) python.function("cowasm_python_terminal").call(argc, argv)[0];
    trace("python3's main returned");
    libc.flushAll();
    return status;
  }

  private void flushStreams() {
    try {
      config.stdout().flush();
      config.stderr().flush();
    } catch (IOException e) {
      // the guest's writes already failed or will; nothing to report here
    }
  }
}
