package io.github.dylink4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {
  @TempDir Path tmp;

  /** tmp/outside.txt, tmp/box/{sub/, file.txt, rel-link -> ../outside.txt, abs-link, up -> ..}. */
  private Path layout(Path root) throws IOException {
    Files.writeString(root.resolve("outside.txt"), "SECRET");
    Path box = Files.createDirectories(root.resolve("box"));
    Files.createDirectories(box.resolve("sub"));
    Files.writeString(box.resolve("file.txt"), "inside");
    Files.createSymbolicLink(
        box.resolve("rel-link"), root.getFileSystem().getPath("../outside.txt"));
    Files.createSymbolicLink(box.resolve("abs-link"), root.resolve("outside.txt").toAbsolutePath());
    Files.createSymbolicLink(box.resolve("up"), root.getFileSystem().getPath(".."));
    Files.createSymbolicLink(
        box.resolve("to-file"), root.getFileSystem().getPath("sub/../file.txt"));
    Files.createSymbolicLink(box.resolve("sub/back"), root.getFileSystem().getPath("../file.txt"));
    return box;
  }

  private static int errno(Path base, String path, boolean follow) {
    return assertThrows(WasiException.class, () -> Sandbox.resolve(base, path, follow)).errno;
  }

  private void checkSandbox(Path box) throws Exception {
    assertEquals(Errno.NOTCAPABLE, errno(box, "..", true));
    assertEquals(Errno.NOTCAPABLE, errno(box, "../outside.txt", true));
    assertEquals(Errno.NOTCAPABLE, errno(box, "sub/../../outside.txt", true));
    assertEquals(Errno.NOTCAPABLE, errno(box, "/etc/passwd", true));
    assertEquals(Errno.NOTCAPABLE, errno(box, "rel-link", true));
    assertEquals(Errno.NOTCAPABLE, errno(box, "abs-link", true));
    assertEquals(Errno.NOTCAPABLE, errno(box, "up/outside.txt", false));
    assertEquals(Errno.NOTCAPABLE, errno(box, "up/box/file.txt", false));
    assertEquals(Errno.NOTDIR, errno(box, "file.txt/x", true));
    assertEquals(Errno.NOENT, errno(box, "missing/x", true));
    assertEquals(Errno.NOENT, errno(box, "", true));

    // Links that stay inside resolve to the real file; not following leaves the link itself.
    assertEquals(box.resolve("file.txt"), Sandbox.resolve(box, "to-file", true).host());
    assertEquals(box.resolve("file.txt"), Sandbox.resolve(box, "sub/back", true).host());
    assertEquals(box.resolve("rel-link"), Sandbox.resolve(box, "rel-link", false).host());
    assertEquals(box.resolve("file.txt"), Sandbox.resolve(box, "./sub/./../file.txt", true).host());
    assertTrue(Sandbox.resolve(box, "sub/..", true).isBase());
    assertTrue(Sandbox.resolve(box, "sub/", false).trailingSlash());
  }

  @Test
  void noPathLeavesTheBaseOnTheHostFileSystem() throws Exception {
    checkSandbox(layout(tmp));
  }

  @Test
  void noPathLeavesTheBaseOnAnInMemoryFileSystem() throws Exception {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      checkSandbox(layout(fs.getPath("/work")));
    }
  }

  @Test
  void symlinkLoopsEndInEloop() throws Exception {
    Path box = Files.createDirectories(tmp.resolve("loop"));
    Files.createSymbolicLink(box.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(box.resolve("b"), Path.of("a"));
    assertEquals(Errno.LOOP, errno(box, "a", true));
    assertEquals(box.resolve("a"), Sandbox.resolve(box, "a", false).host());
    assertFalse(Sandbox.resolve(box, "a", false).isBase());
  }
}
