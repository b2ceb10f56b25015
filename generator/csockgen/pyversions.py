"""CPython versions as spec data: what the binding does differently per version.

The spec says where a minor version of CPython changed `_socket`:

  - a constant (spec/constants) with `python_since` / `python_until`: the
    first minor version that exports the name / the first that no longer does;
  - an API entry or a whole scope (spec/api) with `py_versions`: named rules
    `{rule, since | until, param?, doc}`, each a difference in behaviour (an
    argument rule, a message, the type's kind) the handwritten half of the
    binding (python/) follows by testing the rule's macro, never the version.

The binding is compiled for one interpreter, so the generated files render
each range as a preprocessor test of PY_VERSION_HEX (the interpreter's own
header says which version it is): generated/ stays one committed tree that
builds for any supported CPython, and `./configure PYTHON_EXT=...` needs no
regeneration.  _socket.pyi renders the same ranges as `sys.version_info`
tests, which type checkers understand.
"""
from __future__ import annotations

from dataclasses import dataclass


def parse(text: str) -> tuple:
    major, minor = text.split(".")
    return int(major), int(minor)


@dataclass(frozen=True)
class PyRange:
    since: tuple | None = None      # (3, 12): from 3.12 on
    until: tuple | None = None      # (3, 13): before 3.13 only

    @property
    def always(self) -> bool:
        return self.since is None and self.until is None

    @staticmethod
    def _hex(v) -> str:
        return f"0x{v[0]:02X}{v[1]:02X}0000"

    @property
    def c_cond(self) -> str:
        """A preprocessor condition true where the range holds ("1" if always)."""
        parts = []
        if self.since:
            parts.append(f"PY_VERSION_HEX >= {self._hex(self.since)}")
        if self.until:
            parts.append(f"PY_VERSION_HEX < {self._hex(self.until)}")
        return " && ".join(parts) or "1"

    @property
    def pyi_cond(self) -> str:
        parts = []
        if self.since:
            parts.append(f"sys.version_info >= {self.since}")
        if self.until:
            parts.append(f"sys.version_info < {self.until}")
        return " and ".join(parts) or "True"

    @property
    def text(self) -> str:
        """'3.12+', 'before 3.13', '3.12 to 3.13' (for docs and comments)."""
        s = ".".join(map(str, self.since)) if self.since else None
        u = ".".join(map(str, self.until)) if self.until else None
        if s and u:
            return f"{s} up to (not including) {u}"
        if s:
            return f"{s}+"
        if u:
            return f"before {u}"
        return "all versions"


def from_fields(spec, fields, what: str, since_key="python_since",
                until_key="python_until") -> PyRange:
    """The range a spec mapping gives; since >= until is an error at `until`."""
    since = parse(fields[since_key]) if since_key in fields else None
    until = parse(fields[until_key]) if until_key in fields else None
    if since and until and since >= until:
        spec.error(fields.at(until_key),
                   f"{what}: {until_key} {fields[until_key]} is not after "
                   f"{since_key} {fields[since_key]}")
    return PyRange(since, until)


@dataclass
class PyRule:
    """A named difference of behaviour: CSOCK_PY_<SCOPE>[_<ENTRY>]_<RULE> is
    1 where `range` holds, else 0 (generated/python/csock_py_methods.h)."""
    scope: str
    entry: str | None
    rule: str
    param: str | None
    doc: str
    range: PyRange
    loc: object
    type: str | None = None     # the param's converter where the rule holds

    @property
    def macro(self) -> str:
        parts = ["CSOCK_PY", self.scope, self.entry, self.rule]
        return "_".join(p.upper() for p in parts if p)


def rules_of(spec, seq, scope: str, entry, params=()) -> list:
    """PyRule list from a `py_versions` sequence (validated by the schema)."""
    out = []
    for i, r in enumerate(seq or []):
        where = f"'{entry}'" if entry else "scope"
        what = f"{scope} {where} rule '{r['rule']}'"
        rng = from_fields(spec, r, what, "since", "until")
        if rng.always:
            spec.error(seq.at(i), f"{what}: give since or until (a rule for every version is no rule)")
        p = r.get("param")
        if p is not None and p not in params:
            spec.error(r.at("param"), f"{what}: no parameter '{p}' (known: {', '.join(params) or 'none'})")
        if "type" in r and p is None:
            spec.error(r.at("type"), f"{what}: a converter needs the parameter it is for (param)")
        out.append(PyRule(scope, entry, r["rule"], p, r["doc"], rng, seq.at(i), r.get("type")))
    return out
