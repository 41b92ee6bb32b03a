package io.github.dylink4j.maven;

import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.bundle.BundleDescriptor;
import io.github.dylink4j.runtime.bundle.BundleFormatException;
import io.github.dylink4j.runtime.bundle.BundleLayout;
import io.github.dylink4j.runtime.bundle.BundleWriter;
import io.github.dylink4j.runtime.bundle.ContentHash;
import io.github.dylink4j.runtime.bundle.ResourceSink;
import io.github.dylink4j.runtime.dylink.DylinkFormatException;
import io.github.dylink4j.runtime.dylink.DylinkReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles one input into a bundle under a class-path folder, unless an intact bundle of the same
 * bytes by the same compiler is already there. Safe to call from several threads at once for
 * different inputs: each bundle has its own files, written to temporary files and renamed. Once all
 * inputs are built, {@link #removeOtherVersions} deletes bundles of earlier versions of the same
 * libraries (they could never be used again, since their hash differs).
 */
final class BundleBuilder {
  /** What happened to one input. */
  enum Outcome {
    COMPILED,
    UP_TO_DATE
  }

  /** A problem with an input, reported naming it. */
  static final class InputException extends Exception {
    InputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Path output;
  private final String generator;

  BundleBuilder(Path output, String generator) {
    this.output = output;
    this.generator = generator;
  }

  /** What {@link #build} did with one input: the bundle it made or found, and how long it took. */
  record Built(Outcome outcome, String library, String sha256, long millis) {}

  Built build(Path input, String shownName) throws IOException, InputException {
    long start = System.nanoTime();
    byte[] wasm = Files.readAllBytes(input);
    String library = input.getFileName().toString();
    String sha256 = ContentHash.sha256(wasm);
    Path descriptor = output.resolve(BundleLayout.descriptorPath(library, sha256));
    if (isUpToDate(descriptor)) {
      return new Built(Outcome.UP_TO_DATE, library, sha256, millisSince(start));
    }
    checkSupported(wasm, library, shownName);
    ModuleImage image;
    try {
      image = Compiler.compile(wasm, library);
    } catch (CompileException e) {
      throw new InputException(shownName + ": cannot compile: " + e.getMessage(), e);
    }
    // Classes of an earlier compile of the same bytes (another compiler or runtime ABI) may have
    // other names: remove them so the jar holds only what the new descriptor lists.
    deleteTree(bundleFolder(descriptor));
    try {
      BundleWriter.write(library, wasm, image, generator, ResourceSink.directory(output));
    } catch (BundleFormatException e) {
      throw new InputException(shownName + ": " + e.getMessage(), e);
    }
    return new Built(Outcome.COMPILED, library, sha256, millisSince(start));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** A .so must be a side module: the loader rejects it at run time otherwise. */
  private static void checkSupported(byte[] wasm, String library, String shownName)
      throws InputException {
    boolean side;
    try {
      side = DylinkReader.read(wasm).isPresent();
    } catch (DylinkFormatException e) {
      throw new InputException(shownName + ": malformed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new InputException(shownName + ": malformed: " + e, e);
    }
    if (library.endsWith(".so") && !side) {
      throw new InputException(
          shownName
              + ": not a side module (its first section is not a dylink.0 custom section); build"
              + " it with -fPIC and -shared, or name it .wasm if it is a main module",
          null);
    }
  }

  private boolean isUpToDate(Path descriptor) {
    if (!Files.isRegularFile(descriptor)) {
      return false;
    }
    try {
      BundleDescriptor d =
          BundleDescriptor.decode(Files.readAllBytes(descriptor), descriptor.toString());
      if (!generator.equals(d.generator())) {
        return false;
      }
      Path folder = bundleFolder(descriptor);
      for (BundleDescriptor.ClassEntry c : d.classes()) {
        Path classFile = folder.resolve(c.binaryName().replace('.', '/') + ".class");
        if (!Files.isRegularFile(classFile) || Files.size(classFile) != c.length()) {
          return false;
        }
      }
      return true;
    } catch (IOException | BundleFormatException e) {
      return false; // damaged: compile again
    }
  }

  /**
   * Deletes the bundles of {@code library} other than those of the hashes in {@code keep} (several
   * inputs may share a file name, in different folders). Run after the builds, on one thread.
   */
  void removeOtherVersions(String library, Set<String> keep) throws IOException {
    Path root = output.resolve(BundleLayout.ROOT);
    if (!Files.isDirectory(root)) {
      return;
    }
    String prefix = BundleLayout.libraryName(library) + "-";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, prefix + "*.desc")) {
      for (Path d : entries) {
        String name = d.getFileName().toString();
        String hash = name.substring(prefix.length(), name.length() - 5);
        // Only "<library>-<64 hex>.desc": "libfoo.so-" must not match "libfoo.so-extra-..."
        if (!keep.contains(hash) && hash.matches("[0-9a-f]{64}")) {
          deleteTree(bundleFolder(d));
          Files.deleteIfExists(d);
        }
      }
    }
  }

  private static Path bundleFolder(Path descriptor) {
    String name = descriptor.getFileName().toString();
    return descriptor.resolveSibling(
        name.substring(0, name.length() - BundleLayout.DESCRIPTOR_SUFFIX.length()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
