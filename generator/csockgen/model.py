"""The typed model and the kind registry.

Each kind of spec file (platforms, errors, constants, families, api) lives in
its own module that registers a `Kind`: where its files are, how a validated
document becomes model objects (`build`), the single cross-reference pass
(`resolve`), and what it renders (`outputs`).  Templates read only the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .diag import ErrorList, GenError, Loc


@dataclass
class Output:
    template: str          # path under templates/
    path: str              # path under generated/
    sources: list          # spec files (relative) it derives from, for the banner
    context: dict = field(default_factory=dict)
    root: str = "generated"  # generated/ (`ninja gen`) or docs (`ninja docs`)


@dataclass
class Kind:
    name: str                                   # also the schema's name
    pattern: str                                # glob under spec/
    build: Callable                             # (spec, relpath, doc) -> None
    resolve: Callable | None = None             # (spec) -> None
    outputs: Callable | None = None             # (spec) -> list[Output]
    order: int = 50                             # resolve order (lower first)
    required: bool = True                       # at least one file must exist


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    KINDS[kind.name] = kind
    return kind


class Spec:
    """The whole spec as one object graph.  Kinds attach their own members
    (spec.platforms, spec.errors, spec.constants, spec.families, spec.api)."""

    def __init__(self, root: str):
        self.root = root            # the spec directory, as given
        self.files: list[str] = []  # every spec file read, relative names
        self._errors: list[GenError] = []

    def error(self, loc: Loc | None, msg: str) -> None:
        """Record a semantic error; raised together at the end of a phase."""
        self._errors.append(GenError(loc, msg))

    def check(self) -> None:
        if self._errors:
            errs = sorted(self._errors, key=lambda e: (
                e.loc.file if e.loc else "", e.loc.line if e.loc else 0,
                e.loc.col if e.loc else 0, e.msg))
            self._errors = []
            raise ErrorList(errs)


def unique_names(spec: Spec, items, what: str, key=lambda x: x.name) -> dict:
    """Index `items` by name; a duplicate is an error at its location."""
    out: dict = {}
    for it in items:
        k = key(it)
        if k in out:
            first = out[k].loc
            spec.error(it.loc, f"duplicate {what} '{k}' (first defined at {first})")
        else:
            out[k] = it
    return out
