package io.github.dylink4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrnoTest {
  @Test
  void valuesAreTheWitxNumbers() {
    // witx: typenames.witx of wasi_snapshot_preview1, $errno enum order.
    assertEquals(8, Errno.BADF);
    assertEquals(20, Errno.EXIST);
    assertEquals(21, Errno.FAULT);
    assertEquals(28, Errno.INVAL);
    assertEquals(44, Errno.NOENT);
    assertEquals(54, Errno.NOTDIR);
    assertEquals(55, Errno.NOTEMPTY);
    assertEquals(70, Errno.SPIPE);
    assertEquals(76, Errno.NOTCAPABLE);
  }

  @Test
  void hostFailuresMapToTheirErrno() {
    assertEquals(Errno.NOENT, Errno.of(new NoSuchFileException("f")));
    assertEquals(Errno.EXIST, Errno.of(new FileAlreadyExistsException("f")));
    assertEquals(Errno.NOTEMPTY, Errno.of(new DirectoryNotEmptyException("d")));
    assertEquals(Errno.ACCES, Errno.of(new AccessDeniedException("f")));
    assertEquals(Errno.NOTDIR, Errno.of(new FileSystemException("f", null, "Not a directory")));
    assertEquals(Errno.ISDIR, Errno.of(new FileSystemException("f", null, "Is a directory")));
    assertEquals(
        Errno.LOOP,
        Errno.of(new FileSystemException("f", null, "Too many levels of symbolic links")));
    assertEquals(
        Errno.XDEV, Errno.of(new FileSystemException("f", null, "Invalid cross-device link")));
    assertEquals(Errno.IO, Errno.of(new FileSystemException("f", null, "something else")));
  }
}
