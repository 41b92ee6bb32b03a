package io.github.dylink4j.wast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Caches wast2json output by content: the key is SHA-256 over the converter version and the
 * script's bytes, so an edited script or a new converter never reuses a stale entry.
 *
 * <p>An entry is a directory {@code <key>/} holding {@code script.json}, the module files, and a
 * {@value #COMPLETE} marker written last. Entries are built in a private temporary directory and
 * renamed into place, so concurrent JVMs filling the same cache never see each other's half-written
 * files; a directory without the marker (from a crash or a foreign tool) is a miss and is replaced.
 */
public final class ConversionCache {
  /** System property that overrides the cache folder. */
  public static final String PROPERTY = "dylink4j.wast.cache";

  /** Environment variable that overrides the cache folder (after the system property). */
  public static final String ENV = "DYLINK4J_WAST_CACHE";

  static final String COMPLETE = "complete";
  static final String JSON = "script.json";

  /** Converts a script into a directory; the cache's seam for tests. */
  @FunctionalInterface
  public interface Converter {
    void convert(Path wast, Path outputDir, String jsonName);
  }

  private final Path root;
  private final String converterVersion;
  private final Converter converter;

  public ConversionCache(Path root, String converterVersion, Converter converter) {
    this.root = root;
    this.converterVersion = converterVersion;
    this.converter = converter;
  }

  /** A cache in {@code root} backed by the bundled wast2json, loaded on the first miss. */
  public static ConversionCache withBundledConverter(Path root) {
    return new ConversionCache(
        root,
        Wast2JsonConverter.bundledVersion(),
        (wast, out, json) -> Wast2JsonConverter.get().convert(wast, out, json));
  }

  /** The cache folder: system property, then environment variable, then the user's cache. */
  public static Path defaultRoot() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(ENV);
    }
    if (dir != null && !dir.isBlank()) {
      return Paths.get(dir);
    }
    return Paths.get(System.getProperty("user.home"), ".cache", "dylink4j", "wast");
  }

  public Path root() {
    return root;
  }

  /** The JSON file of the converted script, converting it first on a miss. */
  public Path jsonFor(Path wast) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(wast);
    } catch (IOException e) {
      throw new WastException("cannot read " + wast + ": " + e, e);
    }
    Path entry = root.resolve(key(bytes));
    if (isComplete(entry)) {
      return entry.resolve(JSON);
    }
    try {
      Files.createDirectories(root);
      Path tmp = root.resolve(".tmp-" + entry.getFileName() + "-" + UUID.randomUUID());
      Files.createDirectory(tmp);
      try {
        // Convert a copy with a fixed name so the output names do not depend on the script's name.
        Path input = tmp.resolve("script.wast");
        Files.write(input, bytes);
        try {
          converter.convert(input, tmp, JSON);
        } catch (RuntimeException e) {
          // Name the user's file, not our temporary copy.
          throw new WastException(
              "cannot convert "
                  + wast
                  + ": "
                  + String.valueOf(e.getMessage()).replace(input.toString(), wast.toString()),
              e);
        }
        Files.delete(input);
        Files.writeString(tmp.resolve(COMPLETE), converterVersion, StandardCharsets.UTF_8);
        publish(tmp, entry);
      } finally {
        deleteTree(tmp);
      }
    } catch (IOException e) {
      throw new WastException("cannot write the wast cache in " + root + ": " + e, e);
    }
    if (!isComplete(entry)) {
      throw new WastException("wast cache entry " + entry + " is still incomplete", null);
    }
    return entry.resolve(JSON);
  }

  String key(byte[] wastBytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(converterVersion.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(wastBytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isComplete(Path entry) {
    return Files.isRegularFile(entry.resolve(COMPLETE)) && Files.isRegularFile(entry.resolve(JSON));
  }

  private static void publish(Path tmp, Path entry) throws IOException {
    if (Files.exists(entry) && !isComplete(entry)) {
      // A broken entry: move it aside first (renaming is atomic, deleting a tree is not).
      Path stale = entry.resolveSibling(".stale-" + entry.getFileName() + "-" + UUID.randomUUID());
      try {
        Files.move(entry, stale, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(stale);
      } catch (IOException raced) {
        // Another JVM moved or replaced it already.
      }
    }
    try {
      Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the wast cache needs a file system with atomic rename: " + tmp, e);
    } catch (IOException e) {
      // Typically "directory not empty": another JVM published the same content first, and its
      // entry is as good as ours. Anything else is a real error.
      if (!isComplete(entry)) {
        throw e;
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
