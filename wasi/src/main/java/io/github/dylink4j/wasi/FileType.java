package io.github.dylink4j.wasi;

/** The {@code filetype} values of wasi_snapshot_preview1. */
final class FileType {
  static final int UNKNOWN = 0;
  static final int BLOCK_DEVICE = 1;
  static final int CHARACTER_DEVICE = 2;
  static final int DIRECTORY = 3;
  static final int REGULAR_FILE = 4;
  static final int SOCKET_DGRAM = 5;
  static final int SOCKET_STREAM = 6;
  static final int SYMBOLIC_LINK = 7;

  private FileType() {}
}
