package io.github.dylink4j.runtime;

import java.io.IOException;

/**
 * The file system a guest program sees, as far as the dynamic loader needs it: {@code dlopen} paths
 * and NEEDED libraries are guest paths, never host paths. A WASI implementation offers its
 * preopened directories through this interface.
 */
@FunctionalInterface
public interface GuestFiles {
  /**
   * The bytes of the file at {@code guestPath} (absolute, or relative to the guest's working
   * directory).
   *
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws IOException when it exists but cannot be read
   */
  byte[] read(String guestPath) throws IOException;
}
