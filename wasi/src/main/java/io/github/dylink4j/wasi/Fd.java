package io.github.dylink4j.wasi;

/** An open file descriptor of the guest: its rights and flags; subclasses hold the host object. */
abstract class Fd {
  long rightsBase;
  long rightsInheriting;

  /** The {@code fdflags} (append, nonblock, ...). */
  int fdflags;

  Fd(long rightsBase, long rightsInheriting) {
    this.rightsBase = rightsBase;
    this.rightsInheriting = rightsInheriting;
  }

  abstract int filetype();

  /** Releases the host resource. */
  abstract void close();

  /** Fails with ENOTCAPABLE unless this descriptor has every right in {@code rights}. */
  final void require(long rights) throws WasiException {
    if ((rightsBase & rights) != rights) {
      throw new WasiException(Errno.NOTCAPABLE);
    }
  }
}
