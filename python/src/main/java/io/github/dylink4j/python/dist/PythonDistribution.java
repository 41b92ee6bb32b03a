package io.github.dylink4j.python.dist;

import io.github.dylink4j.runtime.bundle.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * CoWasm's CPython 3.11 as packaged in this jar at build time: {@code kernel.wasm} (the main
 * module), {@code python.wasm} (a side module), the standard library and the two {@code hello}
 * extension modules. The wasm bytes come from class-path resources (their precompiled bundles sit
 * beside them, so no compiler is needed); the standard library and the extensions are unpacked once
 * into a cache folder, because the guest reads them through WASI preopens of host folders.
 *
 * <p>The cache folder is the {@value #CACHE_DIR_PROPERTY} system property, else the {@value
 * #CACHE_DIR_ENV} environment variable, else {@code $XDG_CACHE_HOME/dylink4j/python}, else {@code
 * ~/.cache/dylink4j/python}. Entries are keyed by content hash and appear atomically, so several
 * JVMs may share it.
 */
public final class PythonDistribution {
  public static final String CACHE_DIR_PROPERTY = "dylink4j.python.cache";
  public static final String CACHE_DIR_ENV = "DYLINK4J_PYTHON_CACHE";

  /** The library names the modules must be linked under: bundles are found by name and hash. */
  public static final String KERNEL_NAME = "kernel.wasm";

  public static final String PYTHON_NAME = "python.wasm";

  /** The guest folder {@link #pythonHome()} is preopened as ({@code PYTHONHOME}). */
  public static final String GUEST_HOME = "/usr";

  /** The guest folder {@link #extensionDirectory()} is preopened as (on {@code PYTHONPATH}). */
  public static final String GUEST_EXTENSIONS = "/ext";

  private static final String STDLIB_ZIP = "python-stdlib.zip";
  private static final String EXT_FOLDER = "ext/";

  /**
   * dylink4j's precompiled modules, written over the unpacked standard library (sources and the
   * script that compiles them: {@code python/src/main/overlay/}, {@code
   * python/build/regenerate-overlay}): {@code sitecustomize} replaces CoWasm's, {@code _dylink4j}
   * is the module the host imports at start-up.
   */
  static final List<String> OVERLAY = List.of("sitecustomize.pyc", "_dylink4j.pyc");

  private static final String OVERLAY_FOLDER = "overlay/";

  private static volatile PythonDistribution standard;

  private final Properties manifest;
  private final UnpackedCache cache;
  private Path home;
  private Path extensions;

  private PythonDistribution(Properties manifest, UnpackedCache cache) {
    this.manifest = manifest;
    this.cache = cache;
  }

  /** The distribution in this jar, with the configured cache folder. */
  public static PythonDistribution standard() {
    PythonDistribution d = standard;
    if (d == null) {
      synchronized (PythonDistribution.class) {
        d = standard;
        if (d == null) {
          d =
              withCache(
                  configuredCacheDir(System.getProperty(CACHE_DIR_PROPERTY), System.getenv()));
          standard = d;
        }
      }
    }
    return d;
  }

  /** The distribution in this jar, unpacking into {@code cacheDir}. */
  public static PythonDistribution withCache(Path cacheDir) {
    return new PythonDistribution(loadManifest(), new UnpackedCache(cacheDir));
  }

  /** The cache folder for a property value (may be null) and an environment. */
  static Path configuredCacheDir(String property, Map<String, String> env) {
    String configured = property != null && !property.isBlank() ? property : env.get(CACHE_DIR_ENV);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured.trim());
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("dylink4j").resolve("python");
  }

  /** CPython's version, e.g. {@code 3.11.1}. */
  public String pythonVersion() {
    return value("python.version");
  }

  /** The bytes of {@code kernel.wasm}, to be linked as {@link #KERNEL_NAME}. */
  public byte[] kernelWasm() {
    return knownModule(KERNEL_NAME, kernelSha256());
  }

  /** The bytes of {@code python.wasm}, to be linked as {@link #PYTHON_NAME}. */
  public byte[] pythonWasm() {
    return knownModule(PYTHON_NAME, pythonSha256());
  }

  /**
   * A module's bytes, with the SHA-256 the build checked them against remembered, so that finding
   * their bundle does not hash them again at every start (docs/performance.md, "Python start-up").
   */
  private byte[] knownModule(String name, String sha256) {
    byte[] bytes = resourceBytes(name);
    ContentHash.remember(bytes, sha256.toLowerCase(Locale.ROOT));
    return bytes;
  }

  /** The hex SHA-256 of {@link #kernelWasm()}, checked at build time. */
  public String kernelSha256() {
    return value("kernel.sha256");
  }

  /** The hex SHA-256 of {@link #pythonWasm()}, checked at build time. */
  public String pythonSha256() {
    return value("python.sha256");
  }

  /**
   * A host folder holding {@code lib/python3.11/} (the standard library, {@code lib-dynload}
   * included), to be preopened as {@link #GUEST_HOME}: {@code PYTHONHOME=/usr}. Unpacked on first
   * use, with dylink4j's overlay written over it ({@code sitecustomize.pyc}, {@code
   * _dylink4j.pyc}); the guest should not write into it.
   *
   * @throws UncheckedIOException if the cache folder cannot be written
   */
  public synchronized Path pythonHome() {
    if (home == null) {
      String sha = value("stdlib.sha256");
      String libDir = "lib/python" + majorMinor() + "/";
      Map<String, byte[]> overlay = overlayFiles();
      // The overlay's hash is part of the key: a changed overlay never reuses an older entry.
      home =
          cache.ensure(
              "python-" + pythonVersion() + "-" + sha.substring(0, 16) + "-" + digest(overlay),
              dir -> {
                try (InputStream in = open(STDLIB_ZIP)) {
                  ZipUnpacker.unpack(in, STDLIB_ZIP, dir.resolve(libDir));
                }
                for (Map.Entry<String, byte[]> e : overlay.entrySet()) {
                  Files.write(dir.resolve(libDir).resolve(e.getKey()), e.getValue());
                }
              });
    }
    return home;
  }

  /**
   * A host folder holding the extension modules {@code hello.cpython-311-wasm32-wasi.so} and {@code
   * hellozig.cpython-311-wasm32-wasi.so}, to be preopened as {@link #GUEST_EXTENSIONS}.
   */
  public synchronized Path extensionDirectory() {
    if (extensions == null) {
      List<String> names = extensionNames();
      StringBuilder key = new StringBuilder();
      for (String n : names) {
        key.append(value("ext." + n + ".sha256"), 0, 8);
      }
      extensions =
          cache.ensure(
              "ext-" + key,
              dir -> {
                for (String n : names) {
                  try (InputStream in = open(EXT_FOLDER + n)) {
                    Files.copy(in, dir.resolve(n));
                  }
                }
              });
    }
    return extensions;
  }

  /** The file names of the packaged extension modules. */
  public List<String> extensionNames() {
    List<String> names = new ArrayList<>();
    for (String n : value("ext.files").split(",")) {
      if (!n.isBlank()) {
        names.add(n.trim());
      }
    }
    return names;
  }

  /** The overlay's files by name, in {@link #OVERLAY} order. */
  static Map<String, byte[]> overlayFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : OVERLAY) {
      files.put(name, resourceBytes(OVERLAY_FOLDER + name));
    }
    return files;
  }

  /** The first 12 hex digits of the SHA-256 of the files' names and bytes. */
  private static String digest(Map<String, byte[]> files) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(e.getValue());
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 6);
  }

  /** The cache folder this distribution unpacks into. */
  public Path cacheDirectory() {
    return cache.root();
  }

  private String majorMinor() {
    String[] parts = pythonVersion().split("\\.");
    return parts[0] + "." + parts[1];
  }

  private String value(String key) {
    String v = manifest.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(
          "dylink4j-python: distribution.properties has no " + key + " (a broken build?)");
    }
    return v.trim();
  }

  private static Properties loadManifest() {
    Properties p = new Properties();
    try (InputStream in = open("distribution.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("dylink4j-python: cannot read distribution.properties", e);
    }
    return p;
  }

  private static byte[] resourceBytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("dylink4j-python: cannot read resource " + name, e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = PythonDistribution.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "resource io/github/dylink4j/python/dist/"
              + name
              + " is missing: dylink4j-python was built without its CPython distribution");
    }
    return in;
  }
}
