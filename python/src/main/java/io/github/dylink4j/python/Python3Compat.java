package io.github.dylink4j.python;

/**
 * The Java side of what makes programs behave as under a native python3 rather than as CoWasm's
 * build left them. The Python side is the host module {@code _dylink4j} ({@code
 * python/src/main/overlay/_dylink4j.py}, imported precompiled at every start): asyncio's loop
 * without a self-pipe, SQLite files through the {@code unix-none} VFS, the termcap variables below
 * taken out of {@code os.environ}. CoWasm's {@code sitecustomize}, which lifted the int/str
 * conversion limit and appended {@code '.'} to {@code sys.path}, is replaced in the unpacked
 * standard library by one that does neither (docs/python.md, "Differences from python3").
 */
final class Python3Compat {
  private Python3Compat() {}

  /**
   * A termcap entry for {@code TERM=dumb}, given to the guest when its environment names no
   * terminal: CoWasm's readline is libedit, which otherwise prints "Cannot read termcap database;
   * using dumb terminal settings." to stderr when it is imported (by pdb, so by doctest, cmd,
   * code). libedit reads the C environment once; {@code _dylink4j} then removes both variables from
   * {@code os.environ} when they still hold these values, so programs see the environment they were
   * given. {@code _dylink4j.DUMB_TERMCAP} must be the same string (OverlayTest checks).
   */
  static final String DUMB_TERMCAP = "dumb|80-column dumb tty:am:co#80:bl=^G:cr=^M:do=^J:sf=^J:";
}
