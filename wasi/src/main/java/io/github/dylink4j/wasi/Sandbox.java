package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path relative to a directory descriptor without ever leaving that directory.
 *
 * <p>The host is never asked to resolve more than one component: the path is walked component by
 * component, {@code ..} pops a component we pushed ourselves (and fails with ENOTCAPABLE above the
 * base), and every symbolic link met on the way is read and its target walked the same way (an
 * absolute target fails with ENOTCAPABLE). The host path returned has only real directories before
 * its last component, so the operation done on it cannot be redirected outside the base.
 */
final class Sandbox {
  /** Linux's limit on links followed in one lookup, after which ELOOP. */
  private static final int MAX_SYMLINKS = 40;

  private Sandbox() {}

  /** A resolved guest path. */
  record Resolved(Path host, boolean isBase, boolean trailingSlash) {}

  /**
   * Resolves {@code guestPath} under {@code base}.
   *
   * @param followFinal whether a symbolic link as the last component is followed
   */
  static Resolved resolve(Path base, String guestPath, boolean followFinal) throws WasiException {
    if (guestPath.isEmpty()) {
      throw new WasiException(Errno.NOENT);
    }
    if (guestPath.indexOf('\0') >= 0) {
      throw new WasiException(Errno.INVAL);
    }
    if (guestPath.startsWith("/")) {
      throw new WasiException(Errno.NOTCAPABLE);
    }
    boolean trailingSlash = guestPath.endsWith("/");
    // A trailing slash means "this must be a directory", so a final link is followed too.
    boolean follow = followFinal || trailingSlash;
    Deque<String> todo = new ArrayDeque<>(split(guestPath));
    List<String> done = new ArrayList<>();
    int links = 0;
    try {
      while (!todo.isEmpty()) {
        String name = todo.pollFirst();
        if (name.equals(".")) {
          continue;
        }
        if (name.equals("..")) {
          if (done.isEmpty()) {
            throw new WasiException(Errno.NOTCAPABLE);
          }
          done.remove(done.size() - 1);
          continue;
        }
        boolean last = todo.isEmpty();
        Path here = join(base, done).resolve(name);
        BasicFileAttributes attrs = attributesOrNull(here);
        if (attrs != null && attrs.isSymbolicLink() && (!last || follow)) {
          if (++links > MAX_SYMLINKS) {
            throw new WasiException(Errno.LOOP);
          }
          String target = Files.readSymbolicLink(here).toString();
          if (target.startsWith("/")) {
            throw new WasiException(Errno.NOTCAPABLE);
          }
          List<String> parts = split(target);
          for (int i = parts.size() - 1; i >= 0; i--) {
            todo.addFirst(parts.get(i));
          }
          continue;
        }
        if (!last) {
          if (attrs == null) {
            throw new WasiException(Errno.NOENT);
          }
          if (!attrs.isDirectory()) {
            throw new WasiException(Errno.NOTDIR);
          }
        }
        done.add(name);
      }
    } catch (InvalidPathException e) {
      throw new WasiException(Errno.of(e));
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return new Resolved(join(base, done), done.isEmpty(), trailingSlash);
  }

  private static List<String> split(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts;
  }

  private static Path join(Path base, List<String> names) {
    Path p = base;
    for (String n : names) {
      p = p.resolve(n);
    }
    return p;
  }

  static BasicFileAttributes attributesOrNull(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, FileStat.NOFOLLOW);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    } catch (java.nio.file.FileSystemException e) {
      if (Errno.of(e) == Errno.NOTDIR || Errno.of(e) == Errno.NOENT) {
        return null;
      }
      throw e;
    }
  }
}
