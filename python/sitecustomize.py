"""Load csock's _socket in place of the interpreter's own.

Put on sys.path with PYTHONPATH=build/python.  Where _socket is a shared
module (pyenv, upstream builds) the path order alone picks ours; where it is
compiled into the interpreter (Debian's /usr/bin/python3, listed in
sys.builtin_module_names) the builtin importer would win, so a finder for
`_socket` goes first on sys.meta_path and loads the extension next to this
file with ExtensionFileLoader.
"""
import importlib.machinery
import os
import sys


class _CsockSocketFinder:
    """Meta path finder for the one module name `_socket`."""

    _dir = os.path.dirname(os.path.abspath(__file__))

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name != "_socket":
            return None
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = os.path.join(cls._dir, "_socket" + suffix)
            if os.path.exists(candidate):
                loader = importlib.machinery.ExtensionFileLoader(name, candidate)
                # (not importlib.util: it would import contextlib and
                # collections into every process)
                spec = importlib.machinery.ModuleSpec(name, loader, origin=candidate)
                spec.has_location = True
                return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


if "_socket" not in sys.modules:
    sys.meta_path.insert(0, _CsockSocketFinder)
