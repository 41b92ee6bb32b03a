package io.github.dylink4j.wasi;

/** Flag sets of wasi_snapshot_preview1: {@code fdflags}, {@code oflags}, {@code fstflags}. */
final class FdFlags {
  static final int APPEND = 1;
  static final int DSYNC = 2;
  static final int NONBLOCK = 4;
  static final int RSYNC = 8;
  static final int SYNC = 16;
  static final int SYNC_FLAGS = DSYNC | RSYNC | SYNC;

  static final int O_CREAT = 1;
  static final int O_DIRECTORY = 2;
  static final int O_EXCL = 4;
  static final int O_TRUNC = 8;

  static final int LOOKUP_SYMLINK_FOLLOW = 1;

  static final int ATIM = 1;
  static final int ATIM_NOW = 2;
  static final int MTIM = 4;
  static final int MTIM_NOW = 8;

  private FdFlags() {}
}
