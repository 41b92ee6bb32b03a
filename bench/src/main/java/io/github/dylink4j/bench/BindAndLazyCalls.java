package io.github.dylink4j.bench;

import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls that the linker binds outside compiled code, on the side modules of {@code
 * fixtures/dylink/bind} (read from the repository: run from its root).
 *
 * <ul>
 *   <li>Java into wasm: {@code Library.bind}'s generated class ({@link #bound}) against {@code
 *       WasmFunction.call} ({@link #wasmFunctionCall}, boxed) and the {@code
 *       java.lang.reflect.Proxy} that bind used before ({@link #proxy}, boxed and reflective).
 *   <li>wasm into wasm: libcaller.so's {@code run_steps(N)} calls libstepper.so's {@code step} N
 *       times, through an import bound at instantiation ({@link #directImport}), one bound lazily
 *       and resolved later ({@link #lazyImport}), and through a boxed {@code WasmFunction} the way
 *       resolved lazy imports were called before ({@link #boxedImport}).
 * </ul>
 *
 * Not part of {@code bench/run}: {@code java -jar bench/target/benchmarks.jar BindAndLazyCalls}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xss128m"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class BindAndLazyCalls {
  /** Calls of {@code step} per {@code run_steps}. */
  static final int STEPS = 10_000;

  /** fixtures/dylink/bind/types.c. */
  public interface Types {
    long t_mix64(long a, int b);
  }

  @State(Scope.Benchmark)
  public static class JavaToWasm {
    Types bound;
    Types proxy;
    WasmFunction mix;
    long x = 12345;

    @Setup
    public void load() {
      Library lib = linkage(new Imports()).dlopen("libtypes.so", Dlfcn.RTLD_NOW);
      bound = lib.bind(Types.class);
      mix = lib.function("t_mix64");
      proxy = oldProxy(mix);
      if (bound.t_mix64(x, 3) != x * 1000003L + 3 || proxy.t_mix64(x, 3) != x * 1000003L + 3) {
        throw new IllegalStateException("t_mix64 gives a wrong answer");
      }
    }

    /** What bind returned before Byte Buddy: a Proxy calling WasmFunction.call. */
    private static Types oldProxy(WasmFunction f) {
      return (Types)
          Proxy.newProxyInstance(
              Types.class.getClassLoader(),
              new Class<?>[] {Types.class},
              (p, method, args) -> f.call(args)[0]);
    }
  }

  @State(Scope.Benchmark)
  public static class WasmToWasm {
    WasmFunction direct;
    WasmFunction lazy;
    WasmFunction boxed;

    @Setup
    public void load() {
      Linkage d = linkage(new Imports());
      d.dlopen("libstepper.so", Dlfcn.RTLD_NOW | Dlfcn.RTLD_GLOBAL);
      direct = d.dlopen("libcaller.so", Dlfcn.RTLD_NOW).function("run_steps");

      Linkage l = linkage(new Imports());
      lazy = l.dlopen("libcaller.so", Dlfcn.RTLD_LAZY).function("run_steps");
      l.dlopen("libstepper.so", Dlfcn.RTLD_NOW | Dlfcn.RTLD_GLOBAL);

      WasmFunction[] step = new WasmFunction[1];
      FuncType stepType = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
      WasmFunction delegate =
          new WasmFunction() {
            @Override
            public FuncType type() {
              return stepType;
            }

            @Override
            public Object[] call(Object... args) {
              return step[0].call(args);
            }
          };
      Linkage b = linkage(new Imports().add("env", "step", delegate));
      step[0] = b.dlopen("libstepper.so", Dlfcn.RTLD_NOW).function("step");
      boxed = b.dlopen("libcaller.so", Dlfcn.RTLD_NOW).function("run_steps");

      Object expected = direct.call(STEPS)[0];
      if (!expected.equals(lazy.call(STEPS)[0]) || !expected.equals(boxed.call(STEPS)[0])) {
        throw new IllegalStateException("run_steps differs between the bindings");
      }
    }
  }

  @Benchmark
  public long bound(JavaToWasm s) {
    return s.bound.t_mix64(s.x, 3);
  }

  @Benchmark
  public long wasmFunctionCall(JavaToWasm s) {
    return (Long) s.mix.call(s.x, 3)[0];
  }

  @Benchmark
  public long proxy(JavaToWasm s) {
    return s.proxy.t_mix64(s.x, 3);
  }

  @Benchmark
  public Object directImport(WasmToWasm s) {
    return s.direct.call(STEPS)[0];
  }

  @Benchmark
  public Object lazyImport(WasmToWasm s) {
    return s.lazy.call(STEPS)[0];
  }

  @Benchmark
  public Object boxedImport(WasmToWasm s) {
    return s.boxed.call(STEPS)[0];
  }

  /** A linkage on fixtures/dylink/bind's main module; libraries are found there by file name. */
  static Linkage linkage(Imports extra) {
    Path dir = fixtures();
    FuncType procExit = FuncType.of(List.of(ValType.I32), List.of());
    FuncType randomGet = FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
    Imports imports =
        extra
            .add(
                StubImports.WASI,
                "proc_exit",
                WasmFunction.host(
                    procExit,
                    args -> {
                      throw new IllegalStateException("proc_exit");
                    }))
            .add(
                StubImports.WASI,
                "random_get",
                WasmFunction.host(randomGet, args -> new Object[] {0}));
    Linkage linkage =
        Linkage.builder()
            .compiler(Compiler::compile)
            .files(path -> Files.readAllBytes(dir.resolve(Path.of(path).getFileName())))
            .hostImports(imports)
            .build();
    try {
      linkage.loadMain(Files.readAllBytes(dir.resolve("main.wasm")), "main.wasm");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return linkage;
  }

  private static Path fixtures() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("fixtures/dylink/bind"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "run from the repository: no fixtures/dylink/bind above here");
    }
    return dir.resolve("fixtures/dylink/bind");
  }
}
