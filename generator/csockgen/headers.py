"""The public headers against the spec.

include/csock/*.h are handwritten (their prose is the C programmer's
manual); spec/api says what each function's prototype is.  Every csock_*
function the headers declare must be the `sig` of a spec/api entry, word
for word once normalised (types and parameter names), and every prototype
the spec gives must be declared: a mismatch is an error at the header line
(with the spec line that disagrees), a function only one side has is an
error where it is.  A leading export macro (CSOCK_API and the like) is not
part of the prototype.
"""
from __future__ import annotations

import glob
import os

from . import csig
from .diag import Loc


def header_files(include_dir: str) -> list:
    return sorted(glob.glob(os.path.join(include_dir, "*.h")))


def check(spec, include_dir: str, display_root: str = "") -> None:
    declared = {}
    for path in header_files(include_dir):
        rel = os.path.relpath(path, display_root or os.getcwd())
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            spec.error(Loc(rel, 1, 1), f"cannot read: {e.strerror}")
            continue
        decls, problems = csig.header_decls(text)
        for line, col, msg in problems:
            spec.error(Loc(rel, line, col), msg)
        for d in decls:
            here = Loc(rel, d.line, d.col)
            name = d.func.name
            if name in declared:
                spec.error(here, f"{name} is declared twice (first at {declared[name]})")
                continue
            declared[name] = here
            item = spec.c_functions.get(name)
            if item is None:
                spec.error(here, f"{name} is declared here but no spec/api entry gives its "
                                 f"prototype in c:")
            elif not item.func.same_as(d.func):
                spec.error(here, f"{name}: the header declares '{d.func.text()}' but "
                                 f"{item.fields.at('sig')} says '{item.func.text()}'")
    for name, item in sorted(spec.c_functions.items()):
        if name not in declared:
            spec.error(item.fields.at("sig"), f"{name} is not declared in "
                                              f"{os.path.relpath(include_dir, display_root or os.getcwd())}/*.h")
