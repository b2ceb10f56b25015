"""Load csock's _socket in place of the interpreter's own.

Put on sys.path with PYTHONPATH=build/python.  Where _socket is a shared
module (pyenv, upstream builds) the path order alone picks ours; where it is
compiled into the interpreter (Debian's /usr/bin/python3, listed in
sys.builtin_module_names) the builtin importer would win, so a finder for
`_socket` goes first on sys.meta_path and loads the extension next to this
file with ExtensionFileLoader.  The interpreter's own sitecustomize, which
this one hides on sys.path, still runs (see the end).
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


def _run_shadowed_sitecustomize():
    """Run the sitecustomize this file hides (Debian's installs the apport
    hook), as site would have; its errors reach site as ours."""
    here = _CsockSocketFinder._dir
    path = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", path)
    if spec is None or spec.loader is None or spec.origin == os.path.abspath(__file__):
        return
    module = type(sys)(spec.name)
    module.__spec__, module.__loader__, module.__file__ = spec, spec.loader, spec.origin
    spec.loader.exec_module(module)


_run_shadowed_sitecustomize()
