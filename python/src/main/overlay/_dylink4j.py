"""The dylink4j host's module: imported by the host right after CPython starts (with or without
`site`), as a precompiled .pyc, so that no Python source is compiled at start-up.

run() is how the host's exec/eval run code; the rest makes programs behave as under a native
python3 where CoWasm's build differs (python/RATIONALE.md, docs/python.md). Kept small: it
runs on every start.
"""

import sys

# A termcap entry for TERM=dumb, given to the guest when its environment names no terminal
# (Python3Compat.DUMB_TERMCAP, which must equal it): CoWasm's readline is libedit, which
# otherwise prints "Cannot read termcap database; using dumb terminal settings." to stderr when
# it is imported (by pdb, so by doctest, cmd, code). libedit reads the C environment once, so
# both variables are taken out of os.environ again here.
DUMB_TERMCAP = 'dumb|80-column dumb tty:am:co#80:bl=^G:cr=^M:do=^J:sf=^J:'


def _flush():
    for s in (sys.stdout, sys.stderr):
        try:
            if s is not None:
                s.flush()
        except BaseException:
            pass


def run(source, mode, g):
    """Runs source ('exec' or 'eval') in the globals g; returns one string the host decodes:
    'X' (done), 'R' + hex of repr(value), or 'E' + hex of the traceback text."""
    try:
        code = compile(source, '<string>', mode)
        if mode == 'eval':
            out = 'R' + repr(eval(code, g)).encode('utf-8', 'replace').hex()
        else:
            exec(code, g)
            out = 'X'
    except BaseException as e:
        import traceback
        tb = e.__traceback__.tb_next if e.__traceback__ else None  # without this frame
        text = ''.join(traceback.format_exception(type(e), e, tb))
        out = 'E' + text.encode('utf-8', 'replace').hex()
    finally:
        _flush()
    return out


def _without_dumb_terminal():
    import os
    if os.environ.get('TERMCAP') == DUMB_TERMCAP:
        del os.environ['TERMCAP']
        if os.environ.get('TERM') == 'dumb':
            del os.environ['TERM']


def _asyncio_without_self_pipe(module):
    # The selector loop wakes itself through a socket pair; there are no sockets here, and no
    # other threads to do the waking, so asyncio.run failed with ENOSYS.
    def make_self_pipe(self):
        self._ssock = self._csock = None

    def close_self_pipe(self):
        pass

    module.BaseSelectorEventLoop._make_self_pipe = make_self_pipe
    module.BaseSelectorEventLoop._close_self_pipe = close_self_pipe


def _sqlite_files_without_locks(module):
    # SQLite locks files with fcntl(F_SETLK), which wasi-libc lacks: every write failed with
    # "disk I/O error". One guest process, one thread: the unix-none VFS needs no locks.
    import os
    import urllib.parse
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


# Module patches, applied when the module is first imported: programs that never import it pay
# nothing.
_patches = {
    'asyncio.selector_events': _asyncio_without_self_pipe,
    'sqlite3': _sqlite_files_without_locks,
}


class _PatchOnImport:
    @staticmethod
    def find_spec(name, path=None, target=None):
        patch = _patches.pop(name, None)
        if patch is None:
            return None
        if not _patches:
            sys.meta_path.remove(_PatchOnImport)
        import importlib.util
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            patch(module)

        spec.loader.exec_module = exec_module
        return spec


_without_dumb_terminal()
sys.meta_path.insert(0, _PatchOnImport)


# --- python3's command line, applied late --------------------------------------------------
# CPython is initialised before the host hands it python3's command line (Py_BytesMain on an
# initialised interpreter re-reads the configuration, but the standard streams and the warnings
# filters were made at initialisation), so what -u, -W, -b and -X int_max_str_digits do at
# start-up is done here, when CPython is about to run the program: the audit events of
# Modules/main.c ("cpython.run_command", "cpython.run_module", "cpython.run_file",
# "cpython.run_stdin") come after the command line is read and before any of its code runs.

def _unbuffered_requested(argv):
    # python3's option syntax (Modules/getopt.c): single-letter flags may be grouped, -c/-m end
    # the options, -W/-X take a value (joined or next), --check-hash-based-pycs takes one.
    args = iter(argv[1:])
    for arg in args:
        if arg == '--' or arg == '-' or not arg.startswith('-'):
            return False
        if arg.startswith('--'):
            if arg == '--check-hash-based-pycs':
                next(args, None)
            elif not arg.startswith('--check-hash-based-pycs='):
                return False  # --help, --version: nothing runs
            continue
        for i, flag in enumerate(arg[1:], 1):
            if flag == 'u':
                return True
            if flag in 'cm':
                return False
            if flag in 'WX':
                if i == len(arg) - 1:
                    next(args, None)
                break
    return False


def _unbuffered_streams():
    # As create_stdio() with buffered_stdio off: a raw FileIO under each text stream.
    import io
    for name, fd in (('stdout', 1), ('stderr', 2)):
        old = getattr(sys, name)
        if old is None or getattr(sys, '__' + name + '__') is not old:
            continue
        old.flush()
        raw = io.FileIO(fd, 'wb', closefd=False)
        raw.name = '<' + name + '>'
        new = io.TextIOWrapper(raw, encoding=old.encoding, errors=old.errors, newline='\n',
                               line_buffering=old.line_buffering, write_through=True)
        setattr(sys, name, new)
        setattr(sys, '__' + name + '__', new)


_warnoptions_at_start = list(sys.warnoptions)
_applied = False


def _apply_command_line(event, args):
    global _applied
    if _applied or not event.startswith('cpython.run_'):
        return
    _applied = True
    _name_the_executable()  # the command line's configuration emptied it again
    if _unbuffered_requested(getattr(sys, 'orig_argv', ())):
        _unbuffered_streams()
    limit = sys.flags.int_max_str_digits
    if limit >= 0 and limit != sys.get_int_max_str_digits():
        sys.set_int_max_str_digits(limit)
    # The warnings module read sys.warnoptions when it was imported at start-up; options the
    # command line added since (-W, -b, -bb) are given to it as it would have read them.
    warnings = sys.modules.get('warnings')
    new = sys.warnoptions[len(_warnoptions_at_start):]
    if (warnings is not None and new
            and sys.warnoptions[:len(_warnoptions_at_start)] == _warnoptions_at_start):
        warnings._processoptions(new)


sys.addaudithook(_apply_command_line)

# CoWasm's build starts with a recursion limit of 700; python3's is 1000, which the host's
# stacks hold (the C stack is 8 MiB and the interpreter thread's JVM stack 32 MiB).
if sys.getrecursionlimit() == 700:
    sys.setrecursionlimit(1000)

# CPython finds no executable without a PATH search (none under WASI) and leaves it empty;
# runpy's "-m" errors start with it ("/usr/bin/python3: No module named x").
def _name_the_executable():
    if not sys.executable:
        sys.executable = sys._base_executable = '/usr/bin/python3'


_name_the_executable()
