package io.github.dylink4j.wast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Converts a {@code .wast} script to wabt's JSON spec format plus one {@code .wasm} (or {@code
 * .wat}) file per module, using {@code com.dylibso.chicory:wabt} (wabt 1.0.35's wast2json compiled
 * to JVM bytecode).
 *
 * <p>That artifact is built against chicory 1.0.0, whose classes clash with the chicory 1.7.5 the
 * compiler parses with. Its jars are therefore bundled as resources of this module and loaded here
 * in a class loader of their own whose parent is the platform loader, so neither version sees the
 * other.
 */
public final class Wast2JsonConverter {
  private static final String LIB = "wabt-lib/";
  private static final Object LOCK = new Object();
  private static volatile Wast2JsonConverter shared;

  private final String version;
  private final Method builder;

  private Wast2JsonConverter(String version, Method builder) {
    this.version = version;
    this.builder = builder;
  }

  /** The bundled converter's version, read without loading it (a cache hit needs no converter). */
  public static String bundledVersion() {
    return properties().getProperty("converter.version");
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

  /** Identifies the converter build; part of every cache key. */
  public String version() {
    return version;
  }

  /**
   * Converts {@code wast} into {@code outputDir}, writing {@code <jsonName>} and the module files
   * it refers to.
   *
   * @throws WastException when wast2json rejects the script (the message carries its output)
   */
  public void convert(Path wast, Path outputDir, String jsonName) {
    // One conversion at a time: each one instantiates wast2json with a large linear memory.
    synchronized (LOCK) {
      try {
        Object b = builder.invoke(null);
        Class<?> bc = b.getClass();
        bc.getMethod("withFile", java.io.File.class).invoke(b, wast.toFile());
        bc.getMethod("withOutput", java.io.File.class)
            .invoke(b, outputDir.resolve(jsonName).toFile());
        Object tool = bc.getMethod("build").invoke(b);
        tool.getClass().getMethod("process").invoke(tool);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        // wabt prints its diagnostics to a buffer it does not expose; the exit status is all the
        // embedded tool reports, so point at the tool that shows the line and column.
        throw new WastException(
            "wast2json rejected the script ("
                + cause.getClass().getSimpleName()
                + ": "
                + cause.getMessage()
                + "); run wabt's wast2json on it to see where",
            cause);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("bundled wast2json has an unexpected API", e);
      }
    }
    if (!Files.isRegularFile(outputDir.resolve(jsonName))) {
      throw new WastException("wast2json produced no " + jsonName + " for " + wast, null);
    }
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
      Class<?> tool = Class.forName("com.dylibso.chicory.wabt.Wast2Json", true, loader);
      return new Wast2JsonConverter(
          props.getProperty("converter.version"), tool.getMethod("builder"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled wast2json", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("bundled wast2json cannot be loaded", e);
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
