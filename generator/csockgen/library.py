"""Kind `library`: spec/library.yaml, the library's version and description."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Kind, Output, register


@dataclass
class Library:
    version: str
    major: int
    minor: int
    patch: int
    description: str
    doc: str
    loc: object


def build(spec, path, doc):
    spec.library_file = path
    parts = doc["version"].split(".")
    if any(len(p) > 1 and p.startswith("0") for p in parts):
        spec.error(doc.at("version"), f"version '{doc['version']}': a number with a "
                   "leading zero (semantic versioning has none)")
    elif any(int(p) > 255 for p in parts):
        spec.error(doc.at("version"), f"version '{doc['version']}': each number must be "
                   "0..255 (CSOCK_VERSION_HEX gives each a byte)")
    major, minor, patch = (int(x) for x in parts)
    spec.library = Library(doc["version"], major, minor, patch, doc["description"],
                           doc["doc"], doc.at("version"))


def outputs(spec):
    src = [spec.library_file]
    return [
        Output("csock_version.h.j2", "include/csock/csock_version.h", src),
        Output("version.c.j2", "src/version.c", src),
        Output("version.ninja.j2", "version.ninja", src),
        Output("csock.pc.in.j2", "csock.pc.in", src),
    ]


register(Kind(name="library", pattern="library.yaml", build=build, outputs=outputs,
              order=5))
