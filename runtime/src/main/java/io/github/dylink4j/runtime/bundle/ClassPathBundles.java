package io.github.dylink4j.runtime.bundle;

import io.github.dylink4j.runtime.ModuleImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds precompiled bundles on the class path by library name and content hash. A bundle made from
 * other bytes has another resource name, so it is never found for these bytes; the descriptor's own
 * name and hash are checked as well, in case a file was renamed.
 */
public final class ClassPathBundles {
  private final ClassLoader loader;

  public ClassPathBundles(ClassLoader loader) {
    this.loader = loader;
  }

  /** Bundles visible to the thread's context class loader, else to the runtime's. */
  public static ClassPathBundles standard() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return new ClassPathBundles(
        context != null ? context : ClassPathBundles.class.getClassLoader());
  }

  /**
   * The bundle for {@code libraryName} with these exact bytes, as an image named {@code name}.
   *
   * @param name the module name for messages (the path it was opened by)
   * @throws BundleFormatException naming the resource when a bundle exists but is damaged
   */
  public Optional<ModuleImage> find(String libraryName, String sha256, String name) {
    String descriptorPath = BundleLayout.descriptorPath(libraryName, sha256);
    byte[] bytes = read(descriptorPath);
    if (bytes == null) {
      return Optional.empty();
    }
    String where = "bundle " + descriptorPath;
    BundleDescriptor d = BundleDescriptor.decode(bytes, where);
    if (!d.sha256().equals(sha256)
        || !d.libraryName().equals(BundleLayout.libraryName(libraryName))) {
      throw new BundleFormatException(
          where + ": describes " + d.libraryName() + " with SHA-256 " + d.sha256());
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (BundleDescriptor.ClassEntry c : d.classes()) {
      String path = BundleLayout.classPath(d.libraryName(), d.sha256(), c.binaryName());
      byte[] classBytes = read(path);
      if (classBytes == null) {
        throw new BundleFormatException(where + ": class file " + path + " is missing");
      }
      classes.put(c.binaryName(), classBytes);
    }
    return Optional.of(new ModuleImage(BundleDescriptor.renamed(d.toSpec(classes, where), name)));
  }

  private byte[] read(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
