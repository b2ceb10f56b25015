"""The callables the reference document (Python's socket module doc,
../shared/reference/socket-module.txt) describes, and the check that
spec/api has an entry for each.

Extraction: a line that starts with `socket.NAME(` is a heading.  Under the
"Functions" section it names a module-level function (scope module); under
"Socket Objects" a method of the socket object (scope socket).  Attributes
(`socket.family`, `socket.SocketType`) have no parenthesis and are not
callables.

The names are also committed in data/reference_callables.txt so that the
check runs without ../shared; when the document is there, the committed list
must equal what it gives.

    python3 -B generator/tests/refnames.py [DOC]   print the list from DOC
"""
from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIST = os.path.join(HERE, "data", "reference_callables.txt")


def reference_path() -> str:
    return os.environ.get("CSOCK_REFERENCE") or os.path.join(
        ROOT, "..", "shared", "reference", "socket-module.txt")


# Names of the reference document that deliberately have no spec/api entry,
# each with its reason.  Everything else the document calls must be in
# spec/api/{module,socket}.yaml.
ALLOWED_MISSING = {
    # Windows only (WSADuplicateSocket / WSASocket): csock's runtime is
    # POSIX; Windows gets constant tables only.
    ("module", "fromshare"): "Windows only; csock's runtime is POSIX",
    ("socket", "share"): "Windows only (WSADuplicateSocket); csock's runtime is POSIX",
    # Windows only (WSAIoctl with SIO_RCVALL / SIO_KEEPALIVE_VALS /
    # SIO_LOOPBACK_FAST_PATH): the SIO_*/RCVALL_* constants are in the spec
    # for the Windows table, the call is not.
    ("socket", "ioctl"): "Windows only (WSAIoctl); csock's runtime is POSIX",
}

_HEADING = re.compile(r"^socket\.([A-Za-z_][A-Za-z0-9_]*)\(")
_SECTIONS = {"Functions": "module", "Socket Objects": "socket"}


def extract(text: str) -> list:
    """[(scope, name)] in document order, each pair once."""
    lines = text.splitlines()
    scope = None
    out = []
    for i, line in enumerate(lines):
        under = lines[i + 1] if i + 1 < len(lines) else ""
        if line and under and set(under) <= set("=-~") and len(under) >= len(line):
            # A heading: a top-level one (=) or Functions/Socket Objects
            # switches the scope; subsections keep it.
            if line in _SECTIONS:
                scope = _SECTIONS[line]
            elif set(under) == {"="} or (scope == "module" and set(under) == {"-"}):
                scope = None
            continue
        m = _HEADING.match(line)
        if m and scope and (scope, m.group(1)) not in out:
            out.append((scope, m.group(1)))
    return out


def read_list(path: str = LIST) -> list:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                scope, name = line.split()
                out.append((scope, name))
    return out


def format_list(pairs: list) -> str:
    head = ("# The callables of the reference document (socket-module.txt), as\n"
            "# generator/tests/refnames.py extracts them: scope name.\n")
    return head + "".join(f"{s} {n}\n" for s, n in pairs)


def missing(spec, pairs: list) -> list:
    """Pairs with neither a spec/api entry nor an allow-list reason."""
    have = {(f.scope, e.name) for f in spec.api.values() for e in f.all_entries}
    return [p for p in pairs if p not in have and p not in ALLOWED_MISSING]


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else reference_path()
    with open(path, encoding="utf-8") as f:
        sys.stdout.write(format_list(extract(f.read())))
