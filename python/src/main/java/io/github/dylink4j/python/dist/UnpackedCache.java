package io.github.dylink4j.python.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders unpacked once under a cache root and shared by every JVM: each is filled in a private
 * temporary folder, marked complete, then renamed into place in one atomic step. A reader therefore
 * sees either no entry or a whole one, never a half-written one; a JVM that loses the race to
 * another simply uses the winner's entry. The key must change whenever the content does (callers
 * use content hashes). Also used by dylink4j-python-numpy for its package.
 */
public final class UnpackedCache {
  /** Written last into a filled folder: an entry without it is not used. */
  public static final String COMPLETE_MARKER = ".dylink4j-complete";

  /** Fills a fresh, empty folder. */
  public interface Filler {
    void fill(Path dir) throws IOException;
  }

  private final Path root;

  public UnpackedCache(Path root) {
    this.root = root.toAbsolutePath();
  }

  Path root() {
    return root;
  }

  /**
   * The complete folder for {@code key}, filled with {@code filler} first if it is not there yet.
   *
   * @throws UncheckedIOException naming the folder if it cannot be created or filled
   */
  public Path ensure(String key, Filler filler) {
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
      if (!moveIntoPlace(temp, entry)) {
        // Not ours and not complete (e.g. damaged by hand): set it aside, then try once more.
        Path aside = Files.createTempDirectory(root, ".stale-" + key + "-");
        try {
          Files.move(entry, aside.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
          // another JVM set it aside first
        }
        deleteTree(aside);
        if (!moveIntoPlace(temp, entry)) {
          throw new IOException(entry + " is in the way and not a complete cache entry");
        }
      }
      temp = null;
      return entry;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "dylink4j-python: cannot unpack into the cache folder " + entry + ": " + e, e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /** True if {@code temp} now is {@code entry}, or another JVM put a complete entry there. */
  private static boolean moveIntoPlace(Path temp, Path entry) throws IOException {
    try {
      Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the cache folder does not support atomic renames", e);
    } catch (FileSystemException e) {
      // With ATOMIC_MOVE the JDK reports "Directory not empty" as a plain FileSystemException.
      if (!Files.exists(entry)) {
        throw e;
      }
      if (isComplete(entry)) {
        deleteTree(temp); // another JVM won the race
        return true;
      }
      return false;
    }
  }

  private static boolean isComplete(Path entry) {
    return Files.isRegularFile(entry.resolve(COMPLETE_MARKER));
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException ignored) {
      // a leftover temporary folder is never used; nothing else to do
    }
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
