package io.github.dylink4j.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.wasi.WasiOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestPathsTest {
  @Test
  void normalizeAgainstRoot() {
    assertEquals("/", GuestPaths.normalize(""));
    assertEquals("/a/b", GuestPaths.normalize("a//b/"));
    assertEquals("/b", GuestPaths.normalize("/a/../b/."));
    assertEquals("/", GuestPaths.normalize("/../.."));
  }

  @Test
  void relativePathsAreTakenFromTheWorkingDirectory() {
    assertEquals("/home/u/a", GuestPaths.normalize("/home/u", "a"));
    assertEquals("/home/b", GuestPaths.normalize("/home/u", "../b"));
    assertEquals("/abs", GuestPaths.normalize("/home/u", "/abs"));
  }

  @Test
  void realHostStaysInsideItsPreopen(@TempDir Path tmp) throws Exception {
    Path box = Files.createDirectories(tmp.resolve("box"));
    Files.writeString(box.resolve("in.txt"), "");
    Files.writeString(tmp.resolve("secret.txt"), "");
    Files.createSymbolicLink(box.resolve("out"), tmp.resolve("secret.txt"));
    GuestPaths paths = new GuestPaths(List.of(new WasiOptions.Preopen(box, "/box")));
    assertEquals(box.resolve("in.txt").toRealPath(), paths.realHost("/box/in.txt"));
    assertNull(paths.realHost("/box/out")); // a link leading out of the preopen
    assertNull(paths.realHost("/box/missing"));
  }

  @Test
  void longestPreopenWins(@TempDir Path tmp) throws Exception {
    Path usr = Files.createDirectories(tmp.resolve("usr"));
    Path lib = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(lib.resolve("x.so"), "");
    GuestPaths paths =
        new GuestPaths(
            List.of(
                new WasiOptions.Preopen(usr, "/usr"), new WasiOptions.Preopen(lib, "/usr/lib/")));
    assertEquals(lib.resolve("x.so"), paths.host("/usr/lib/x.so"));
    assertEquals(usr, paths.host("/usr"));
    assertNull(paths.host("/usrx"));
    assertNull(paths.host("/"));
    assertTrue(paths.exists("/usr/lib/x.so"));
    assertFalse(paths.exists("/usr/lib/y.so"));
  }
}
