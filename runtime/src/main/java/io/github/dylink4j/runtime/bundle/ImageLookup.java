package io.github.dylink4j.runtime.bundle;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Where the image of a module comes from, cheapest first: a precompiled bundle on the class path
 * (matched by name and content hash), the on-disk {@link CompileCache}, or the compiler (found with
 * {@link ServiceLoader} unless given), whose result is then cached. Without a compiler only bundles
 * work, which is how an application runs with {@code dylink4j-runtime} alone.
 */
public final class ImageLookup {
  /**
   * Looked up only when there is something to report: the first System.getLogger starts
   * java.util.logging, ~40 ms of a cached start-up (docs/performance.md, "Start-up").
   */
  private static System.Logger log() {
    return System.getLogger(ImageLookup.class.getName());
  }

  /** Where an image came from. */
  public enum Source {
    BUNDLE,
    DISK_CACHE,
    COMPILED
  }

  public record Found(ModuleImage image, Source source) {}

  private final ClassPathBundles bundles;
  private final CompileCache cache;
  private final ModuleCompiler explicitCompiler;
  private final String explicitGenerator;
  private ModuleCompiler discovered;
  private String discoveredGenerator;
  private boolean discoveryDone;

  /**
   * @param cache null for none
   * @param compiler null to find one with {@link ServiceLoader} when first needed
   */
  public ImageLookup(ClassPathBundles bundles, CompileCache cache, ModuleCompiler compiler) {
    this(bundles, cache, compiler, null);
  }

  /**
   * @param generator the identity of {@code compiler}'s build (see {@link #generatorOf}), which
   *     keys its disk-cache entries; null to use no disk cache with it
   */
  public ImageLookup(
      ClassPathBundles bundles, CompileCache cache, ModuleCompiler compiler, String generator) {
    this.bundles = bundles;
    this.cache = cache;
    this.explicitCompiler = compiler;
    this.explicitGenerator = compiler == null ? null : generator;
  }

  /**
   * Bundles of the context class loader and the configured disk cache. The disk cache is used with
   * a discovered compiler only: an explicitly given one has no identity to key entries by.
   */
  public static ImageLookup standard(ModuleCompiler compilerOrNull) {
    return new ImageLookup(
        ClassPathBundles.standard(), CompileCache.standard().orElse(null), compilerOrNull);
  }

  /**
   * The image of {@code wasm}.
   *
   * @param name the path the module was opened by; its file name is the bundle's library name
   * @throws IllegalStateException naming the module when there is no bundle and no compiler
   * @throws RuntimeException from the compiler when the bytes are not a valid module
   */
  public Found find(byte[] wasm, String name) {
    return find(wasm, ContentHash.sha256(wasm), name);
  }

  /**
   * The image of {@code wasm} whose SHA-256 the caller already has, so a module is hashed once per
   * load (python.wasm is 4.7 MB: each hash is ~30-60 ms of start-up on a loaded machine).
   *
   * @param sha256 {@link ContentHash#sha256} of {@code wasm}
   */
  public Found find(byte[] wasm, String sha256, String name) {
    String library = BundleLayout.libraryName(name);
    try {
      Optional<ModuleImage> bundled = bundles.find(library, sha256, name);
      if (bundled.isPresent()) {
        return new Found(bundled.get(), Source.BUNDLE);
      }
    } catch (BundleFormatException e) {
      if (compiler() == null) {
        throw new IllegalStateException(name + ": " + e.getMessage(), e);
      }
      log().log(Level.WARNING, "dylink4j: " + e.getMessage() + "; compiling " + name + " instead");
    }
    ModuleCompiler compiler = compiler();
    if (compiler == null) {
      throw new IllegalStateException(
          name
              + ": no precompiled bundle on the class path ("
              + BundleLayout.descriptorPath(library, sha256)
              + ") and no module compiler to compile it: put dylink4j-compiler on the class path,"
              + " or precompile the library with the dylink4j Maven plugin or 'dylink4j compile'");
    }
    String generator = explicitCompiler == null ? discoveredGenerator : explicitGenerator;
    if (cache != null && generator != null) {
      Optional<ModuleImage> cached = cache.get(sha256, generator, name);
      if (cached.isPresent()) {
        return new Found(cached.get(), Source.DISK_CACHE);
      }
    }
    ModuleImage image = compiler.compile(wasm, name);
    if (cache != null && generator != null) {
      cache.put(name, wasm, image, generator);
    }
    return new Found(image, Source.COMPILED);
  }

  /** The compiler, or null when none was given and none is registered. */
  public synchronized ModuleCompiler compiler() {
    if (explicitCompiler != null) {
      return explicitCompiler;
    }
    if (!discoveryDone) {
      discoveryDone = true;
      discovered = discover();
      discoveredGenerator = discovered == null ? null : generatorOf(discovered.getClass());
    }
    return discovered;
  }

  private static ModuleCompiler discover() {
    try {
      Iterator<ModuleCompiler> it = ServiceLoader.load(ModuleCompiler.class).iterator();
      return it.hasNext() ? it.next() : null;
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("the registered module compiler cannot be loaded", e);
    }
  }

  /**
   * The identity of a compiler build, recorded in bundles and keying cache entries: its class, and
   * the version of its jar or, for development builds, the size and time of its jar (or the newest
   * file of its class folder), plus the same of the runtime, whose internals the generated code
   * calls.
   */
  public static String generatorOf(Class<?> compilerClass) {
    return compilerClass.getName()
        + " "
        + buildOf(compilerClass)
        + "; runtime "
        + buildOf(ImageLookup.class);
  }

  private static String buildOf(Class<?> c) {
    String version = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
    StringBuilder id = new StringBuilder(version == null ? "" : version);
    try {
      CodeSource source = c.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        Path p = Path.of(source.getLocation().toURI());
        long time;
        long size;
        if (Files.isDirectory(p)) {
          try (Stream<Path> files = Files.walk(p)) {
            time =
                files
                    .filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().lastModified())
                    .max()
                    .orElse(0);
          }
          size = 0;
        } else {
          time = Files.getLastModifiedTime(p).toMillis();
          size = Files.size(p);
        }
        id.append('@').append(size).append('/').append(time);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      id.append("@unknown");
    }
    return id.toString();
  }
}
