package io.github.dylink4j.wast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Converts a {@code .wast} script to wabt's JSON spec format plus one {@code .wasm} (or {@code
 * .wat}) file per module, using {@code com.dylibso.chicory:wabt} (wabt 1.0.35's wast2json compiled
 * to JVM bytecode).
 *
 * <p>That artifact is built against chicory 1.0.0, whose classes clash with the chicory 1.7.5 the
 * compiler parses with. Its jars are therefore bundled as resources of this module and loaded here
 * in a class loader of their own whose parent is the platform loader, so neither version sees the
 * other. Calls into it go through reflection.
 *
 * <p>The steps are those of chicory's {@code Wast2Json.process()} (script copied into an in-memory
 * file system, wast2json run under WASI, output copied out), redone here because that method
 * discards wast2json's error output, and a rejected script needs its line and column.
 */
public final class Wast2JsonConverter {
  private static final String LIB = "wabt-lib/";
  private static final Object LOCK = new Object();
  private static volatile Wast2JsonConverter shared;

  private final String version;
  private final ClassLoader loader;

  private Wast2JsonConverter(String version, ClassLoader loader) {
    this.version = version;
    this.loader = loader;
  }

  /** The process-wide converter; its class loader is created once, on first use. */
  public static Wast2JsonConverter get() {
    Wast2JsonConverter c = shared;
    if (c == null) {
      synchronized (LOCK) {
        c = shared;
        if (c == null) {
          c = load();
          shared = c;
        }
      }
    }
    return c;
  }

  /** The bundled converter's version, read without loading it (a cache hit needs no converter). */
  public static String bundledVersion() {
    return properties().getProperty("converter.version");
  }

  /** Identifies the converter build; part of every cache key. */
  public String version() {
    return version;
  }

  /**
   * Converts {@code wast} into {@code outputDir}, writing {@code <jsonName>} and the module files
   * it refers to.
   *
   * @throws WastException when wast2json rejects the script; the message carries its diagnostics
   */
  public void convert(Path wast, Path outputDir, String jsonName) {
    // One conversion at a time: each one instantiates wast2json with a large linear memory.
    synchronized (LOCK) {
      ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
      String name = wast.getFileName().toString();
      try (FileSystem fs = inMemoryFileSystem()) {
        Path in = Files.createDirectory(fs.getPath("input"));
        Path out = Files.createDirectory(fs.getPath("output"));
        Files.copy(wast, in.resolve(name));
        run(
            in,
            out,
            List.of(in.resolve(name).toString(), "-o", out.resolve(jsonName).toString()),
            diagnostics);
        try (Stream<Path> files = Files.list(out)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.copy(
                f,
                outputDir.resolve(f.getFileName().toString()),
                StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } catch (InvocationTargetException e) {
        String said =
            diagnostics
                .toString(StandardCharsets.UTF_8)
                .replaceAll("\u001B\\[[0-9;]*m", "") // wast2json colours its output
                .strip()
                .replace("input/" + name, wast.toString());
        Throwable cause = e.getCause();
        throw new WastException(
            "wast2json rejected the script ("
                + cause.getClass().getSimpleName()
                + ": "
                + cause.getMessage()
                + ")"
                + (said.isEmpty() ? "" : ":\n" + said),
            cause);
      } catch (IOException e) {
        throw new WastException("wast2json could not read or write files: " + e, e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("bundled wast2json has an unexpected API: " + e, e);
      }
    }
    if (!Files.isRegularFile(outputDir.resolve(jsonName))) {
      throw new WastException("wast2json produced no " + jsonName + " for " + wast, null);
    }
  }

  private FileSystem inMemoryFileSystem() throws ReflectiveOperationException {
    Object config = cls("com.google.common.jimfs.Configuration").getMethod("unix").invoke(null);
    Object builder = call(config, "toBuilder");
    builder =
        builder
            .getClass()
            .getMethod("setAttributeViews", String.class, String[].class)
            .invoke(builder, "unix", new String[0]);
    Object unix = call(builder, "build");
    return (FileSystem)
        cls("com.google.common.jimfs.Jimfs")
            .getMethod("newFileSystem", unix.getClass())
            .invoke(null, unix);
  }

  /** Runs wast2json's {@code _start} under WASI with both output streams captured. */
  private void run(Path in, Path out, List<String> args, OutputStream diagnostics)
      throws ReflectiveOperationException {
    Object options = cls("com.dylibso.chicory.wasi.WasiOptions").getMethod("builder").invoke(null);
    call(options, "withStdout", OutputStream.class, diagnostics);
    call(options, "withStderr", OutputStream.class, diagnostics);
    call(options, "withDirectory", String.class, Path.class, in.toString(), in);
    call(options, "withDirectory", String.class, Path.class, out.toString(), out);
    List<String> argv = new ArrayList<>();
    argv.add("wast2json");
    argv.addAll(args);
    call(options, "withArguments", List.class, argv);
    Class<?> tool = cls("com.dylibso.chicory.wabt.Wast2Json");
    Object wasi = cls("com.dylibso.chicory.wasi.WasiPreview1").getMethod("builder").invoke(null);
    call(wasi, "withLogger", cls("com.dylibso.chicory.log.Logger"), staticField(tool, "logger"));
    call(wasi, "withOptions", cls("com.dylibso.chicory.wasi.WasiOptions"), call(options, "build"));
    wasi = call(wasi, "build");
    try {
      Object functions = call(wasi, "toHostFunctions");
      Object imports =
          cls("com.dylibso.chicory.runtime.ImportValues").getMethod("builder").invoke(null);
      Class<?> importFunction = cls("com.dylibso.chicory.runtime.ImportFunction");
      Object[] asImports = (Object[]) Array.newInstance(importFunction, Array.getLength(functions));
      for (int i = 0; i < asImports.length; i++) {
        asImports[i] = Array.get(functions, i);
      }
      call(imports, "addFunction", asImports.getClass(), asImports);
      Method create =
          cls("com.dylibso.chicory.wabt.Wast2JsonModule")
              .getMethod("create", cls("com.dylibso.chicory.runtime.Instance"));
      Function<Object, Object> machines =
          instance -> {
            try {
              return create.invoke(null, instance);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException("cannot create wast2json's machine", e);
            }
          };
      Object instance =
          cls("com.dylibso.chicory.runtime.Instance")
              .getMethod("builder", cls("com.dylibso.chicory.wasm.WasmModule"))
              .invoke(null, staticField(tool, "MODULE"));
      call(
          instance,
          "withImportValues",
          cls("com.dylibso.chicory.runtime.ImportValues"),
          call(imports, "build"));
      call(instance, "withMachineFactory", Function.class, machines);
      call(instance, "build"); // runs _start; a non-zero exit throws WasiExitException
    } finally {
      call(wasi, "close");
    }
  }

  private Class<?> cls(String name) throws ClassNotFoundException {
    return Class.forName(name, true, loader);
  }

  private static Object staticField(Class<?> owner, String name)
      throws ReflectiveOperationException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(null);
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static Object call(Object target, String method, Class<?> type, Object arg)
      throws ReflectiveOperationException {
    return target.getClass().getMethod(method, type).invoke(target, arg);
  }

  private static Object call(
      Object target, String method, Class<?> t1, Class<?> t2, Object a1, Object a2)
      throws ReflectiveOperationException {
    return target.getClass().getMethod(method, t1, t2).invoke(target, a1, a2);
  }

  private static Properties properties() {
    Properties props = new Properties();
    try (InputStream in = resource("wabt-lib.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  private static Wast2JsonConverter load() {
    Properties props = properties();
    try {
      Path dir = Files.createTempDirectory("dylink4j-wabt");
      dir.toFile().deleteOnExit();
      List<URL> urls = new ArrayList<>();
      for (String jar : props.getProperty("jars").split(",")) {
        Path target = dir.resolve(jar.trim());
        try (InputStream in = resource(LIB + jar.trim())) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        urls.add(target.toUri().toURL());
      }
      ClassLoader loader =
          new URLClassLoader(
              "wabt", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      return new Wast2JsonConverter(props.getProperty("converter.version"), loader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled wast2json", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Wast2JsonConverter.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource "
              + name
              + " next to "
              + Wast2JsonConverter.class.getName()
              + " (the wast module's build bundles it)");
    }
    return in;
  }
}
