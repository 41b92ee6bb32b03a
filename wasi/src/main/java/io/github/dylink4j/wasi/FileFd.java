package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** An open regular file. The channel's position is the descriptor's offset. */
final class FileFd extends Fd {
  final Path path;
  final FileChannel channel;

  FileFd(Path path, FileChannel channel, long rightsBase, long rightsInheriting, int fdflags) {
    super(rightsBase, rightsInheriting);
    this.path = path;
    this.channel = channel;
    this.fdflags = fdflags;
  }

  @Override
  int filetype() {
    return FileType.REGULAR_FILE;
  }

  boolean append() {
    return (fdflags & FdFlags.APPEND) != 0;
  }

  @Override
  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing useful to report: the descriptor is gone either way, as with close(2).
    }
  }
}
