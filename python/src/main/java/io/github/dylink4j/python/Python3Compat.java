package io.github.dylink4j.python;

/**
 * Python code run once after CPython starts, so that programs behave as under a native python3
 * rather than as CoWasm's build left them. Kept small: it runs on every start.
 *
 * <ul>
 *   <li>CoWasm's {@code sitecustomize} lifts the int/str conversion limit ({@code
 *       sys.set_int_max_str_digits(0)}) and appends {@code '.'} to {@code sys.path}; python3 does
 *       neither, so the limit goes back to CPython's default (or {@code PYTHONINTMAXSTRDIGITS}) and
 *       the {@code '.'} is dropped.
 *   <li>asyncio's selector event loop wakes itself through a socket pair made when the loop is
 *       created; there are no sockets here (and no other threads to do the waking), so {@code
 *       asyncio.run} failed with ENOSYS. The loop is given no self-pipe instead: {@code
 *       asyncio.selector_events} is patched when it is first imported (a meta path finder that
 *       patches each module once), so programs that never use asyncio pay nothing.
 *   <li>libedit's complaint about a missing termcap database: see {@link #DUMB_TERMCAP}.
 *   <li>SQLite locks database files with {@code fcntl(F_SETLK)}, which wasi-libc does not
 *       implement, so every write to a database file failed with "disk I/O error". {@code
 *       sqlite3.connect(path)} opens files through SQLite's {@code unix-none} VFS instead (no
 *       locks: one guest process, one thread). URIs ({@code uri=True}) are left as given.
 * </ul>
 */
final class Python3Compat {
  private Python3Compat() {}

  /**
   * A termcap entry for {@code TERM=dumb}, given to the guest when its environment names no
   * terminal: CoWasm's readline is libedit, which otherwise prints "Cannot read termcap database;
   * using dumb terminal settings." to stderr when it is imported (by pdb, so by doctest, cmd,
   * code). libedit reads the C environment once; {@link #SOURCE} then removes both variables from
   * {@code os.environ}, so programs see the environment they were given.
   */
  static final String DUMB_TERMCAP = "dumb|80-column dumb tty:am:co#80:bl=^G:cr=^M:do=^J:sf=^J:";

  static final String SOURCE =
      """
      def _dylink4j_compat():
          import sys, os
          if os.environ.get('TERMCAP') == '@TERMCAP@':
              del os.environ['TERMCAP']
              if os.environ.get('TERM') == 'dumb':
                  del os.environ['TERM']
          limit = sys.flags.int_max_str_digits
          sys.set_int_max_str_digits(limit if limit >= 0 else sys.int_info.default_max_str_digits)
          if sys.path and sys.path[-1] == '.':
              del sys.path[-1]

          def asyncio_without_self_pipe(module):
              def make_self_pipe(self):
                  self._ssock = self._csock = None
              def close_self_pipe(self):
                  pass
              module.BaseSelectorEventLoop._make_self_pipe = make_self_pipe
              module.BaseSelectorEventLoop._close_self_pipe = close_self_pipe

          def sqlite_files_without_locks(module):
              import os, urllib.parse
              connect = module.connect
              def unlocked_connect(database, *args, **kwargs):
                  if (not kwargs.get('uri') and len(args) < 6
                          and isinstance(database, (str, bytes, os.PathLike))):
                      path = os.fsdecode(database)
                      if path not in ('', ':memory:'):
                          database = 'file:' + urllib.parse.quote(path) + '?vfs=unix-none'
                          kwargs['uri'] = True
                  return connect(database, *args, **kwargs)
              unlocked_connect.__doc__ = connect.__doc__
              module.connect = unlocked_connect
              module.dbapi2.connect = unlocked_connect

          patches = {
              'asyncio.selector_events': asyncio_without_self_pipe,
              'sqlite3': sqlite_files_without_locks,
          }

          class PatchOnImport:
              @staticmethod
              def find_spec(name, path=None, target=None):
                  patch = patches.pop(name, None)
                  if patch is None:
                      return None
                  if not patches:
                      sys.meta_path.remove(PatchOnImport)
                  import importlib.util
                  spec = importlib.util.find_spec(name)
                  load = spec.loader.exec_module

                  def exec_module(module):
                      load(module)
                      patch(module)

                  spec.loader.exec_module = exec_module
                  return spec

          sys.meta_path.insert(0, PatchOnImport)
      _dylink4j_compat()
      del _dylink4j_compat
      """
          .replace("@TERMCAP@", DUMB_TERMCAP);
}
