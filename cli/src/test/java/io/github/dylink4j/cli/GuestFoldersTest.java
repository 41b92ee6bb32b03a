package io.github.dylink4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestFoldersTest {
  @TempDir Path tmp;

  @Test
  void searchPathFoldersAppearUnderTheirAbsolutePaths() throws IOException {
    Path cwd = Files.createDirectories(tmp.resolve("work"));
    Path rel = Files.createDirectories(cwd.resolve("mods"));
    Path abs = Files.createDirectories(tmp.resolve("elsewhere"));
    GuestFolders f = new GuestFolders();
    f.add(cwd, "/");
    String mapped = f.mapSearchPath("mods::" + abs + ":missing", cwd);
    assertEquals(rel + ":" + abs + ":missing", mapped);
    assertEquals(
        List.of(
            new GuestFolders.Folder(cwd, "/"),
            new GuestFolders.Folder(rel, rel.toString()),
            new GuestFolders.Folder(abs, abs.toString())),
        f.folders());
  }

  @Test
  void scriptsInsideTheWorkingDirectoryStayRelative() throws IOException {
    Path cwd = Files.createDirectories(tmp.resolve("work"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    GuestFolders f = new GuestFolders();
    assertEquals("sub/a.py", f.mapScript("sub/a.py", cwd));
    assertEquals(List.of(), f.folders());
    assertEquals(other.resolve("b.py").toString(), f.mapScript("../other/b.py", cwd));
    assertEquals(
        other.resolve("c.py").toString(), f.mapScript(other.resolve("c.py").toString(), cwd));
    assertEquals(List.of(new GuestFolders.Folder(other, other.toString())), f.folders());
  }

  @Test
  void aLaterFolderUnderTheSameGuestNameWins() {
    GuestFolders f = new GuestFolders();
    f.add(tmp.resolve("a"), "/");
    f.add(tmp.resolve("b"), "/data");
    f.add(tmp.resolve("c"), "/");
    assertEquals(
        List.of(
            new GuestFolders.Folder(tmp.resolve("b"), "/data"),
            new GuestFolders.Folder(tmp.resolve("c"), "/")),
        f.folders());
  }
}
