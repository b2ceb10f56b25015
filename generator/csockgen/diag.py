"""Diagnostics: every user-facing error names file:line:col."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Loc:
    file: str
    line: int  # 1-based
    col: int   # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class GenError(Exception):
    """A spec or usage error: printed as `file:line:col: error: msg`."""

    def __init__(self, loc: Loc | None, msg: str):
        super().__init__(msg)
        self.loc = loc
        self.msg = msg

    def __str__(self) -> str:
        if self.loc is None:
            return f"error: {self.msg}"
        return f"{self.loc}: error: {self.msg}"


class ErrorList(Exception):
    """Several GenErrors found in one pass (reported together, sorted)."""

    def __init__(self, errors: list[GenError]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors
