package io.github.dylink4j.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds many inputs on a fixed pool of threads. The largest inputs start first, so one big module
 * (python.wasm takes most of a CPython build) does not start last and run alone. Results come back
 * in input order, one per input, whatever failed.
 */
final class ParallelBuild {
  /** One input's result: {@code built}, or an input problem ({@code failure}), or an I/O error. */
  record Result(String shown, BundleBuilder.Built built, String failure, IOException ioError) {}

  private final BundleBuilder builder;
  private final Path inputRoot;
  private final int threads;

  ParallelBuild(BundleBuilder builder, Path inputRoot, int threads) {
    this.builder = builder;
    this.inputRoot = inputRoot;
    this.threads = Math.max(1, threads);
  }

  List<Result> run(List<Path> inputs) {
    List<Path> bySize = new ArrayList<>(inputs);
    bySize.sort(Comparator.comparingLong(ParallelBuild::sizeOf).reversed());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, Math.max(1, inputs.size())), threadFactory());
    try {
      List<Future<Result>> started = new ArrayList<>();
      for (Path input : bySize) {
        started.add(pool.submit(() -> buildOne(input)));
      }
      List<Result> byInput = new ArrayList<>();
      for (Path input : inputs) {
        byInput.add(await(started.get(bySize.indexOf(input)), shown(input)));
      }
      return byInput;
    } finally {
      pool.shutdownNow();
    }
  }

  private Result buildOne(Path input) {
    String shown = shown(input);
    try {
      return new Result(shown, builder.build(input, shown), null, null);
    } catch (BundleBuilder.InputException e) {
      return new Result(shown, null, e.getMessage(), null);
    } catch (IOException e) {
      return new Result(shown, null, null, e);
    } catch (RuntimeException | StackOverflowError e) {
      // A compiler bug: still name the input, and let the other inputs finish.
      return new Result(shown, null, shown + ": cannot compile: " + e, null);
    }
  }

  private static Result await(Future<Result> f, String shown) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(shown, null, shown + ": interrupted", null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error; // OutOfMemoryError and the like: not the input's fault
      }
      return new Result(shown, null, shown + ": cannot compile: " + cause, null);
    }
  }

  private String shown(Path input) {
    return inputRoot.relativize(input).toString();
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // reported when the build reads it
    }
  }

  /** Named threads that see the plugin's classes, as the Maven thread running the mojo does. */
  private static ThreadFactory threadFactory() {
    ClassLoader loader = ParallelBuild.class.getClassLoader();
    AtomicInteger count = new AtomicInteger();
    return r -> {
      // A deep stack like the JVM main thread's: translating deeply nested blocks recurses.
      Thread t = new Thread(null, r, "dylink4j-compile-" + count.incrementAndGet(), 16L << 20);
      t.setDaemon(true);
      t.setContextClassLoader(loader);
      return t;
    };
  }
}
