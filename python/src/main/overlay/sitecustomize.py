"""dylink4j's sitecustomize, in place of CoWasm's (which `site` imports at every start).

CoWasm's imported cowasm_importer at once, and with it importlib.abc, tempfile, zipfile and
tarfile (and the zlib, _bz2 and _lzma extension modules), only so that a module packed as
NAME.tar.xz on sys.path can be imported. This finder keeps that feature at no cost: it sits at
the end of sys.meta_path, so it is asked only after every ordinary finder has failed, and it
imports cowasm_importer only when such an archive exists. Unlike CoWasm's, it neither lifts the
int/str conversion limit nor appends '.' to sys.path (python3 does neither).
"""

import sys


class _CowasmArchiveFinder:
    """Hands over to CoWasm's own importer the first time a NAME.tar.xz is on sys.path."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os

        archive = fullname + '.tar.xz'
        if not any(isinstance(entry, str) and os.path.exists(os.path.join(entry, archive))
                   for entry in sys.path):
            return None
        if cls in sys.meta_path:
            sys.meta_path.remove(cls)
        before = list(sys.meta_path)
        import cowasm_importer
        cowasm_importer.init()  # appends its finder, unless COWASM_DISABLE_IMPORTER is set
        for finder in sys.meta_path:
            if finder not in before:
                return finder.find_spec(fullname, path, target)
        return None


sys.meta_path.append(_CowasmArchiveFinder)
del _CowasmArchiveFinder
