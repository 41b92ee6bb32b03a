package io.github.dylink4j.it.dylink;

import io.github.dylink4j.runtime.GuestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Test resolver for guest paths: the guest's root and working directory are both one host folder
 * (what a WASI preopen of that folder as "/" and "." gives). Paths cannot leave it.
 */
record GuestFolder(Path root) implements GuestFiles {
  @Override
  public byte[] read(String guestPath) throws IOException {
    String relative = guestPath.replaceFirst("^/+", "");
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
      throw new NoSuchFileException(guestPath);
    }
    return Files.readAllBytes(file);
  }
}
