package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory listing in the order fd_readdir serves it: "." and ".." first, then the entries by
 * name. Entry {@code i} has cookie {@code i + 1} as its {@code d_next}, so a cookie is a stable
 * index into the listing.
 */
final class DirEntries {
  /** Bytes of a {@code dirent} header in guest memory; the name follows it. */
  static final int DIRENT_SIZE = 24;

  record Entry(byte[] name, long ino, int type) {}

  private DirEntries() {}

  static List<Entry> list(Path dir, boolean isBase) throws IOException {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(bytes("."), FileStat.of(dir, true).ino(), FileType.DIRECTORY));
    Path parent = dir.getParent();
    long parentIno =
        isBase || parent == null ? FileStat.of(dir, true).ino() : FileStat.of(parent, true).ino();
    entries.add(new Entry(bytes(".."), parentIno, FileType.DIRECTORY));
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path child : children) {
      FileStat stat;
      try {
        stat = FileStat.of(child, false);
      } catch (IOException e) {
        continue; // removed since the listing was taken
      }
      entries.add(new Entry(bytes(child.getFileName().toString()), stat.ino(), stat.filetype()));
    }
    return entries;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
