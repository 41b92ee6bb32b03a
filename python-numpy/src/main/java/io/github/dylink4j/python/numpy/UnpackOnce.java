package io.github.dylink4j.python.numpy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A cache folder filled once and shared by every JVM: it is filled in a private temporary folder,
 * marked complete, then renamed into place in one atomic step, so a reader sees no entry or a whole
 * one. The same scheme as dylink4j-python's cache of the standard library (whose class is not
 * public); the key must change whenever the content does.
 */
final class UnpackOnce {
  /** Written last into a filled folder: an entry without it is never used. */
  static final String COMPLETE_MARKER = ".dylink4j-complete";

  /** Fills a fresh, empty folder. */
  interface Filler {
    void fill(Path dir) throws IOException;
  }

  private UnpackOnce() {}

  /**
   * The complete folder {@code root/key}, filled with {@code filler} first if it is not there yet.
   *
   * @throws UncheckedIOException naming the folder if it cannot be created or filled
   */
  static Path ensure(Path root, String key, Filler filler) {
    Path entry = root.resolve(key);
    if (isComplete(entry)) {
      return entry;
    }
    Path temp = null;
    try {
      Files.createDirectories(root);
      temp = Files.createTempDirectory(root, ".tmp-" + key + "-");
      filler.fill(temp);
      Files.createFile(temp.resolve(COMPLETE_MARKER));
      if (Files.exists(entry) && !isComplete(entry)) {
        // Damaged (a crash before the marker cannot happen here, so: edited by hand): replace it.
        Path aside = Files.createTempDirectory(root, ".stale-" + key + "-");
        Files.move(entry, aside.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        deleteTree(aside);
      }
      try {
        Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
        temp = null;
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the cache folder does not support atomic renames", e);
      } catch (FileSystemException e) {
        // "Directory not empty": another JVM put its entry there first; use it if it is whole.
        if (!isComplete(entry)) {
          throw e;
        }
      }
      return entry;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "dylink4j-python-numpy: cannot unpack into the cache folder " + entry + ": " + e, e);
    } finally {
      if (temp != null) {
        try {
          deleteTree(temp);
        } catch (IOException ignored) {
          // a leftover temporary folder is never used
        }
      }
    }
  }

  private static boolean isComplete(Path entry) {
    return Files.isRegularFile(entry.resolve(COMPLETE_MARKER));
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
