package io.github.dylink4j.runtime.bundle;

import io.github.dylink4j.runtime.ModuleImage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled modules on disk, keyed by the SHA-256 of the wasm bytes and the compiler that made them,
 * so a library is compiled once per machine rather than once per process.
 *
 * <p>One entry is one file, {@code <sha256>-<generator hash>.v<format>.a<runtime ABI>.dl4j}: a
 * {@link BundleDescriptor} followed by the class files in the descriptor's order. Every part is
 * checksummed, so a damaged or truncated entry is detected, reported and compiled again (the new
 * entry replaces it), never loaded. Entries are written to a temporary file and renamed into place,
 * so several JVMs may fill the cache at once: each sees either no entry or a whole one.
 *
 * <p>Location: system property {@value #DIR_PROPERTY}, else environment variable {@value #DIR_ENV},
 * else {@code $XDG_CACHE_HOME/dylink4j/modules}, else {@code ~/.cache/dylink4j/modules}. The value
 * {@value #OFF} turns the cache off.
 */
public final class CompileCache {
  public static final String DIR_PROPERTY = "dylink4j.cache.dir";
  public static final String DIR_ENV = "DYLINK4J_CACHE_DIR";
  public static final String OFF = "off";

  /**
   * Looked up only when there is something to report: the first System.getLogger starts
   * java.util.logging, ~40 ms of a cached start-up (docs/performance.md, "Start-up").
   */
  private static System.Logger log() {
    return System.getLogger(CompileCache.class.getName());
  }

  private final Path dir;

  public CompileCache(Path dir) {
    this.dir = dir;
  }

  /** The cache configured for this process, or empty when turned off. */
  public static Optional<CompileCache> standard() {
    return configuredDir(System.getProperty(DIR_PROPERTY), System.getenv()).map(CompileCache::new);
  }

  /** The cache folder for a property value (may be null) and an environment, or empty if off. */
  static Optional<Path> configuredDir(String property, Map<String, String> env) {
    String configured = property != null && !property.isBlank() ? property : env.get(DIR_ENV);
    if (configured != null && !configured.isBlank()) {
      return OFF.equalsIgnoreCase(configured.trim())
          ? Optional.empty()
          : Optional.of(Path.of(configured));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return Optional.of(base.resolve("dylink4j").resolve("modules"));
  }

  public Path directory() {
    return dir;
  }

  /**
   * The entry file for these bytes and this compiler, in this runtime's descriptor format and
   * {@link RuntimeAbi}: a runtime of another ABI never reads it.
   */
  public Path entryPath(String sha256, String generator) {
    String gen = ContentHash.sha256(generator.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return dir.resolve(
        sha256
            + "-"
            + gen.substring(0, 16)
            + ".v"
            + BundleDescriptor.FORMAT_VERSION
            + ".a"
            + RuntimeAbi.VERSION
            + ".dl4j");
  }

  /**
   * The cached image, or empty when there is none, or it is damaged (reported as a warning: the
   * caller compiles and {@link #put}s it again).
   */
  public Optional<ModuleImage> get(String sha256, String generator, String name) {
    Path file = entryPath(sha256, generator);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      log().log(Level.WARNING, "dylink4j: cannot read cache entry " + file + ": " + e);
      return Optional.empty();
    }
    try {
      return Optional.of(decode(bytes, sha256, generator, name, "cache entry " + file));
    } catch (BundleFormatException e) {
      log().log(Level.WARNING, "dylink4j: " + e.getMessage() + "; compiling " + name + " again");
      return Optional.empty();
    }
  }

  static ModuleImage decode(
      byte[] bytes, String sha256, String generator, String name, String where) {
    BundleDescriptor d = BundleDescriptor.decodePrefix(bytes, where);
    if (!d.sha256().equals(sha256) || !d.generator().equals(generator)) {
      throw new BundleFormatException(
          where + ": holds another module (SHA-256 " + d.sha256() + ")");
    }
    int pos = BundleDescriptor.encodedLength(bytes, where);
    Map<String, byte[]> classes = new HashMap<>();
    for (BundleDescriptor.ClassEntry c : d.classes()) {
      if (c.length() < 0 || c.length() > bytes.length - pos) {
        throw new BundleFormatException(
            where + ": truncated in class " + c.binaryName() + " at byte " + pos);
      }
      byte[] classBytes = new byte[c.length()];
      System.arraycopy(bytes, pos, classBytes, 0, c.length());
      pos += c.length();
      classes.put(c.binaryName(), classBytes);
    }
    if (pos != bytes.length) {
      throw new BundleFormatException(
          where + ": " + (bytes.length - pos) + " unexpected bytes at byte " + pos);
    }
    return new ModuleImage(BundleDescriptor.renamed(d.toSpec(classes, where), name));
  }

  /**
   * Stores {@code image}; failures (a read-only or full disk) are reported as warnings only, since
   * the cache is an optimisation.
   */
  public void put(String name, byte[] wasm, ModuleImage image, String generator) {
    BundleDescriptor d = BundleDescriptor.of(name, wasm, generator, image);
    byte[] descriptor = d.encode();
    int size = descriptor.length;
    for (BundleDescriptor.ClassEntry c : d.classes()) {
      size += c.length();
    }
    byte[] entry = new byte[size];
    System.arraycopy(descriptor, 0, entry, 0, descriptor.length);
    int pos = descriptor.length;
    for (BundleDescriptor.ClassEntry c : d.classes()) {
      byte[] classBytes = image.spec().classes().get(c.binaryName());
      System.arraycopy(classBytes, 0, entry, pos, classBytes.length);
      pos += classBytes.length;
    }
    Path file = entryPath(d.sha256(), generator);
    try {
      ResourceSink.writeAtomically(file, entry);
    } catch (IOException | RuntimeException e) {
      log().log(Level.WARNING, "dylink4j: cannot write cache entry " + file + ": " + e);
    }
  }
}
