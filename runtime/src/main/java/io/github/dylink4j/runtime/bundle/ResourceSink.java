package io.github.dylink4j.runtime.bundle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a bundle's files go: a class-path folder ({@link #directory}) or a jar being written (the
 * CLI's). Paths are class-path resource names with {@code /}.
 */
@FunctionalInterface
public interface ResourceSink {
  void put(String resourcePath, byte[] bytes) throws IOException;

  /**
   * Files under {@code root}, each written to a temporary file and renamed into place, so a reader
   * (or a crash) never sees half a file.
   */
  static ResourceSink directory(Path root) {
    return (resourcePath, bytes) -> {
      Path target = root.resolve(resourcePath);
      writeAtomically(target, bytes);
      // Temporary files are private (rw-------); build output is readable like any class file.
      if (Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
      }
    };
  }

  /** Writes {@code target} through a temporary sibling and an atomic rename. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".tmp-", ".part");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
