package io.github.dylink4j.wasi;

import java.nio.file.Path;
import java.util.List;

/**
 * An open directory: a preopen or one opened beneath it. Paths given relative to it are resolved by
 * {@link Sandbox}, which never leaves {@link #path}.
 */
final class DirFd extends Fd {
  final Path path;

  /** The name the guest knows a preopen by, or null for a directory opened by path_open. */
  final String preopenName;

  /** The listing fd_readdir serves cookies from; re-read when the guest starts at cookie 0. */
  List<DirEntries.Entry> listing;

  DirFd(Path path, String preopenName, long rightsBase, long rightsInheriting) {
    super(rightsBase, rightsInheriting);
    this.path = path;
    this.preopenName = preopenName;
  }

  @Override
  int filetype() {
    return FileType.DIRECTORY;
  }

  @Override
  void close() {}
}
