package io.github.dylink4j.python.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a zip stream into a folder, refusing entries that would land outside it. */
public final class ZipUnpacker {
  private ZipUnpacker() {}

  /**
   * @param shownName the archive's name in error messages
   * @return the number of files written
   */
  public static int unpack(InputStream zip, String shownName, Path target) throws IOException {
    Path base = target.toAbsolutePath().normalize();
    Files.createDirectories(base);
    int files = 0;
    try (ZipInputStream in = new ZipInputStream(zip)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path out = base.resolve(e.getName()).normalize();
        if (!out.startsWith(base) || out.equals(base)) {
          throw new IOException(shownName + ": entry '" + e.getName() + "' leaves the folder");
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out);
          files++;
        }
      }
    }
    if (files == 0) {
      throw new IOException(shownName + ": no files (not a zip archive?)");
    }
    return files;
  }
}
