package io.github.dylink4j.python.numpy;

import io.github.dylink4j.python.Python;
import io.github.dylink4j.python.dist.PythonDistribution;
import io.github.dylink4j.python.dist.UnpackedCache;
import io.github.dylink4j.python.dist.ZipUnpacker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * NumPy for {@link Python}: CoWasm's {@code @cowasm/py-numpy} build as packaged in this jar. Its 19
 * extension modules are precompiled into bundles beside this class, so {@code import numpy} needs
 * no compiler; the package itself ({@code numpy/}, compiled Python files and the {@code .so} files
 * the guest loads through {@code dlopen}) is unpacked once into a cache folder, because the guest
 * reads it through a WASI preopen of a host folder.
 *
 * <pre>{@code
 * try (Python py = NumpyPackage.standard().addTo(Python.builder()).build()) {
 *   py.exec("import numpy");
 *   py.eval("int(numpy.arange(10).sum())"); // "45"
 * }
 * }</pre>
 *
 * <p>The cache folder is {@link PythonDistribution}'s (the {@code dylink4j.python.cache} property,
 * and so on); entries are keyed by the package's pinned SHA-512 and appear atomically, so several
 * JVMs may share it.
 */
public final class NumpyPackage {
  /** The guest folder {@link #directory()} is offered as; it goes on {@code PYTHONPATH}. */
  public static final String GUEST_DIRECTORY = "/site-packages";

  private static final String ZIP = "numpy.zip";
  private static final String PROPERTIES = "numpy.properties";

  private static volatile NumpyPackage standard;

  private final Properties manifest;
  private final Path cacheDir;
  private Path directory;

  private NumpyPackage(Properties manifest, Path cacheDir) {
    this.manifest = manifest;
    this.cacheDir = cacheDir.toAbsolutePath();
  }

  /** The package in this jar, unpacked into the Python distribution's cache folder. */
  public static NumpyPackage standard() {
    NumpyPackage p = standard;
    if (p == null) {
      synchronized (NumpyPackage.class) {
        p = standard;
        if (p == null) {
          p = withCache(PythonDistribution.standard().cacheDirectory());
          standard = p;
        }
      }
    }
    return p;
  }

  /** The package in this jar, unpacking into {@code cacheDir}. */
  public static NumpyPackage withCache(Path cacheDir) {
    return new NumpyPackage(loadManifest(), cacheDir);
  }

  /** The npm package's version, e.g. {@code 1.1.0} (CoWasm's version, not NumPy's). */
  public String npmVersion() {
    return value("npm.version");
  }

  /** How many extension modules ({@code .so}) the package holds, checked at build time. */
  public int extensionCount() {
    return Integer.parseInt(value("extensions"));
  }

  /**
   * A host folder holding {@code numpy/}, to be offered to the guest as {@link #GUEST_DIRECTORY}
   * and put on {@code PYTHONPATH}. Unpacked on first use; the guest should not write into it.
   *
   * @throws UncheckedIOException naming the folder if the cache cannot be written
   */
  public synchronized Path directory() {
    if (directory == null) {
      String key = "numpy-" + npmVersion() + "-" + value("npm.sha512").substring(0, 16);
      directory =
          new UnpackedCache(cacheDir)
              .ensure(
                  key,
                  dir -> {
                    try (InputStream in = open(ZIP)) {
                      ZipUnpacker.unpack(in, ZIP, dir);
                    }
                  });
    }
    return directory;
  }

  /**
   * Offers {@link #directory()} to the interpreter as {@link #GUEST_DIRECTORY} on its {@code
   * PYTHONPATH} ({@link Python.Builder#pythonPath(Path, String)}: after the entries of a {@code
   * PYTHONPATH} given to {@link Python.Builder#env}, so a user's own {@code numpy} is found first,
   * as with pip).
   */
  public Python.Builder addTo(Python.Builder builder) {
    return builder.pythonPath(directory(), GUEST_DIRECTORY);
  }

  /**
   * A guest {@code PYTHONPATH} with {@link #GUEST_DIRECTORY} after {@code userPath}'s entries
   * (which may be null or empty), so a user's own {@code numpy} is found first, as with pip; for
   * hosts that build the variable themselves, as {@code dylink4j python} does.
   */
  public static String pythonPath(String userPath) {
    return userPath == null || userPath.isEmpty()
        ? GUEST_DIRECTORY
        : userPath + ":" + GUEST_DIRECTORY;
  }

  /** The cache folder this package unpacks into. */
  public Path cacheDirectory() {
    return cacheDir;
  }

  private String value(String key) {
    String v = manifest.getProperty(key);
    if (v == null || v.isBlank() || v.startsWith("${")) {
      throw new IllegalStateException(
          "dylink4j-python-numpy: numpy.properties has no " + key + " (a broken build?)");
    }
    return v.trim();
  }

  private static Properties loadManifest() {
    Properties p = new Properties();
    try (InputStream in = open(PROPERTIES)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NumpyPackage.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "resource io/github/dylink4j/python/numpy/"
              + name
              + " is missing: dylink4j-python-numpy was built without the numpy package");
    }
    return in;
  }
}
