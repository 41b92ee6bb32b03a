package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** An open regular file. The channel's position is the descriptor's offset. */
final class FileFd extends Fd {
  final Path path;
  final FileChannel channel;

  /** The sync flags the channel was opened with (the host then syncs every write itself). */
  private final int openedSync;

  FileFd(Path path, FileChannel channel, long rightsBase, long rightsInheriting, int fdflags) {
    super(rightsBase, rightsInheriting);
    this.path = path;
    this.channel = channel;
    this.fdflags = fdflags;
    this.openedSync = fdflags & FdFlags.SYNC_FLAGS;
  }

  @Override
  int filetype() {
    return FileType.REGULAR_FILE;
  }

  boolean append() {
    return (fdflags & FdFlags.APPEND) != 0;
  }

  /**
   * After a write: the durability {@code fd_fdstat_set_flags} asked for when the channel was opened
   * without it (an open channel's options cannot change), as {@code fsync}/{@code fdatasync}.
   * Dropping a flag the channel was opened with cannot be honoured; it stays as durable as opened.
   */
  void syncIfAsked() throws IOException {
    if (openedSync != 0) {
      return; // opened with SYNC or DSYNC: the host already synced the data
    }
    if ((fdflags & (FdFlags.SYNC | FdFlags.RSYNC)) != 0) {
      channel.force(true);
    } else if ((fdflags & FdFlags.DSYNC) != 0) {
      channel.force(false);
    }
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
