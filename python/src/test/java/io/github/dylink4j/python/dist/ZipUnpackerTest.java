package io.github.dylink4j.python.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipUnpackerTest {
  @TempDir Path dir;

  @Test
  void unpacksFilesAndFolders() throws IOException {
    byte[] zip = zip("os.pyc", "abc", "encodings/", null, "encodings/utf_8.pyc", "def");
    int n = ZipUnpacker.unpack(new ByteArrayInputStream(zip), "t.zip", dir.resolve("lib"));
    assertEquals(2, n);
    assertEquals("abc", Files.readString(dir.resolve("lib/os.pyc")));
    assertEquals("def", Files.readString(dir.resolve("lib/encodings/utf_8.pyc")));
  }

  @Test
  void refusesEntriesOutsideTheFolder() throws IOException {
    byte[] zip = zip("ok.txt", "1", "../evil.txt", "2");
    IOException e =
        assertThrows(
            IOException.class,
            () -> ZipUnpacker.unpack(new ByteArrayInputStream(zip), "t.zip", dir.resolve("lib")));
    assertTrue(
        e.getMessage().contains("t.zip: entry '../evil.txt' leaves the folder"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("evil.txt")));
  }

  @Test
  void refusesSomethingThatIsNotAZip() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ZipUnpacker.unpack(
                    new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)),
                    "t.zip",
                    dir));
    assertTrue(e.getMessage().startsWith("t.zip: no files"), e.getMessage());
  }

  /** Pairs of name and content; a null content makes a folder entry. */
  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        out.putNextEntry(new ZipEntry(namesAndContents[i]));
        if (namesAndContents[i + 1] != null) {
          out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
