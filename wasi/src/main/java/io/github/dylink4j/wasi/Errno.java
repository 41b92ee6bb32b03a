package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The {@code errno} values of wasi_snapshot_preview1, numbered exactly as the witx definition, and
 * the mapping of host I/O failures onto them.
 */
public final class Errno {
  public static final int SUCCESS = 0;
  public static final int TOOBIG = 1;
  public static final int ACCES = 2;
  public static final int AGAIN = 6;
  public static final int BADF = 8;
  public static final int BUSY = 10;
  public static final int EXIST = 20;
  public static final int FAULT = 21;
  public static final int FBIG = 22;
  public static final int ILSEQ = 25;
  public static final int INTR = 27;
  public static final int INVAL = 28;
  public static final int IO = 29;
  public static final int ISDIR = 31;
  public static final int LOOP = 32;
  public static final int MFILE = 33;
  public static final int MLINK = 34;
  public static final int NAMETOOLONG = 37;
  public static final int NOENT = 44;
  public static final int NOMEM = 48;
  public static final int NOSPC = 51;
  public static final int NOSYS = 52;
  public static final int NOTDIR = 54;
  public static final int NOTEMPTY = 55;
  public static final int NOTSOCK = 57;
  public static final int NOTSUP = 58;
  public static final int NXIO = 60;
  public static final int OVERFLOW = 61;
  public static final int PERM = 63;
  public static final int PIPE = 64;
  public static final int ROFS = 69;
  public static final int SPIPE = 70;
  public static final int TXTBSY = 74;
  public static final int XDEV = 75;
  public static final int NOTCAPABLE = 76;

  private Errno() {}

  /**
   * The errno for a failed host file operation. Java reports most POSIX errors as a {@link
   * FileSystemException} whose reason is the C library's {@code strerror} text, so that text is
   * matched where no exception subclass exists.
   */
  public static int of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return NOENT;
    }
    if (e instanceof FileAlreadyExistsException) {
      return EXIST;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return NOTEMPTY;
    }
    if (e instanceof NotDirectoryException) {
      return NOTDIR;
    }
    if (e instanceof AccessDeniedException) {
      return ACCES;
    }
    if (e instanceof NotLinkException) {
      return INVAL;
    }
    if (e instanceof FileSystemLoopException) {
      return LOOP;
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : null;
    if (reason == null) {
      reason = e.getMessage();
    }
    if (reason == null) {
      return IO;
    }
    String r = reason.toLowerCase(java.util.Locale.ROOT);
    if (r.contains("not a directory")) {
      return NOTDIR;
    }
    if (r.contains("is a directory")) {
      return ISDIR;
    }
    if (r.contains("directory not empty")) {
      return NOTEMPTY;
    }
    if (r.contains("too many levels of symbolic links") || r.contains("nofollow_links")) {
      return LOOP;
    }
    if (r.contains("operation not permitted")) {
      return PERM;
    }
    if (r.contains("permission denied")) {
      return ACCES;
    }
    if (r.contains("invalid argument")) {
      return INVAL;
    }
    if (r.contains("read-only file system")) {
      return ROFS;
    }
    if (r.contains("no space left")) {
      return NOSPC;
    }
    if (r.contains("file name too long")) {
      return NAMETOOLONG;
    }
    if (r.contains("cross-device")) {
      return XDEV;
    }
    if (r.contains("too many links")) {
      return MLINK;
    }
    if (r.contains("file exists")) {
      return EXIST;
    }
    if (r.contains("no such file")) {
      return NOENT;
    }
    if (r.contains("too many open files")) {
      return MFILE;
    }
    if (r.contains("file too large")) {
      return FBIG;
    }
    if (r.contains("device or resource busy")) {
      return BUSY;
    }
    if (r.contains("broken pipe")) {
      return PIPE;
    }
    return IO;
  }

  /** The errno for a path Java could not even represent (a NUL byte, an unmappable name). */
  public static int of(InvalidPathException e) {
    return e.getReason() != null && e.getReason().contains("Nul character") ? INVAL : ILSEQ;
  }
}
