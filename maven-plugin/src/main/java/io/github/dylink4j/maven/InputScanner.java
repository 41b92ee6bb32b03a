package io.github.dylink4j.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files under a folder that match the includes and none of the excludes. Patterns are
 * Ant-style as elsewhere in Maven ({@code **}/{@code *}/{@code ?}, {@code /} as separator, relative
 * to the folder): {@code **}{@code /*.so} also matches {@code libfoo.so} at the top.
 */
final class InputScanner {
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  InputScanner(List<String> includes, List<String> excludes) {
    this.includes = matchers(includes);
    this.excludes = matchers(excludes);
  }

  /** Matching regular files, sorted by relative path so builds are reproducible. */
  List<Path> scan(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        if (!Files.isRegularFile(file)) {
          continue;
        }
        Path relative = root.relativize(file);
        if (matchesAny(includes, relative) && !matchesAny(excludes, relative)) {
          found.add(file);
        }
      }
    }
    return found;
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
    for (PathMatcher m : matchers) {
      if (m.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> matchers(List<String> patterns) {
    List<PathMatcher> result = new ArrayList<>();
    for (String p : patterns) {
      String glob = p.trim().replace('\\', '/');
      if (glob.endsWith("/")) {
        glob = glob + "**"; // Ant: "dir/" means everything under dir
      }
      result.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      // Java's "**/x" needs at least one folder; Ant's also matches "x" at the top.
      while (glob.startsWith("**/")) {
        glob = glob.substring(3);
        result.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      }
    }
    return result;
  }
}
