package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.GuestFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a library by name the way glibc's loader does, in the guest's file system: a name with a
 * {@code /} is a path; otherwise the directories of LD_LIBRARY_PATH, then the requesting library's
 * RUNTIME_PATH (with {@code $ORIGIN} expanded to its directory), then {@code /lib} and {@code
 * /usr/lib}.
 */
final class LibrarySearch {
  private static final List<String> DEFAULT_DIRECTORIES = List.of("/lib", "/usr/lib");

  /** A library file found: its guest path (the name it is known by) and its bytes. */
  record Found(String path, byte[] bytes) {}

  private final GuestFiles files;
  private final List<String> libraryPath;

  /**
   * @param ldLibraryPath the guest's LD_LIBRARY_PATH, or null
   */
  LibrarySearch(GuestFiles files, String ldLibraryPath) {
    this.files = files;
    this.libraryPath = new ArrayList<>();
    if (ldLibraryPath != null) {
      for (String dir : ldLibraryPath.split("[:;]", -1)) {
        libraryPath.add(dir.isEmpty() ? "." : dir);
      }
    }
  }

  /**
   * @param runtimePath RUNTIME_PATH entries of the requesting library (empty for dlopen from the
   *     main program)
   * @param origin the requesting library's directory, for {@code $ORIGIN}
   * @throws DlException with glibc's text when no file is found
   */
  Found find(String name, List<String> runtimePath, String origin) {
    if (name.isEmpty()) {
      throw notFound(name);
    }
    if (name.indexOf('/') >= 0) {
      byte[] bytes = read(name);
      if (bytes == null) {
        throw notFound(name);
      }
      return new Found(name, bytes);
    }
    List<String> directories = new ArrayList<>(libraryPath);
    for (String entry : runtimePath) {
      directories.add(entry.replace("${ORIGIN}", origin).replace("$ORIGIN", origin));
    }
    directories.addAll(DEFAULT_DIRECTORIES);
    for (String dir : directories) {
      String path = dir.endsWith("/") ? dir + name : dir + "/" + name;
      byte[] bytes = read(path);
      if (bytes != null) {
        return new Found(path, bytes);
      }
    }
    throw notFound(name);
  }

  private byte[] read(String path) {
    try {
      return files.read(path);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new DlException(path + ": cannot read file data: " + e.getMessage(), e);
    }
  }

  private static DlException notFound(String name) {
    return new DlException(name + ": cannot open shared object file: No such file or directory");
  }
}
