"""The API reference (`ninja docs` -> docs/reference/), from the model.

One page per kind of thing, every entry with the same sections (as curl's
docs/libcurl/opts pages): the C synopsis, the Python name it mirrors, the
doc line, what may block, what it raises, who frees what, where it exists.
Families are read through the families model (spec.family_list: formats,
fields, examples), constants by group, errors from the kinds and messages
of spec/errors.yaml.  Rendered by `generator/run.py --docs`; the output is
committed and CI checks `ninja docs` leaves it unchanged.
"""
from __future__ import annotations

from .model import Output

WAITS_TEXT = {
    "none": "Never waits: it returns at once in every mode.",
    "read": ("Waits until the socket is readable: without limit in blocking mode, up to "
             "the timeout in timeout mode (then `socket.timeout` / `CSOCK_ERR_TIMEOUT`, "
             "\"timed out\"), never in non-blocking mode (`BlockingIOError` / OSError "
             "EAGAIN).  The call is tried first; it waits only when nothing is there."),
    "write": ("Waits until the socket is writable: without limit in blocking mode, up to "
              "the timeout in timeout mode (then `socket.timeout` / `CSOCK_ERR_TIMEOUT`), "
              "never in non-blocking mode (`BlockingIOError` / OSError EAGAIN).  The call "
              "is tried first; it waits only when the send buffer is full."),
    "connect": ("Waits until the connection is made (the socket becomes writable, then "
                "`SO_ERROR` gives the outcome): without limit in blocking mode, up to the "
                "timeout in timeout mode (then `socket.timeout` / `CSOCK_ERR_TIMEOUT`), "
                "never in non-blocking mode (EINPROGRESS)."),
    "resolver": ("May call the system's name resolver (getaddrinfo(3) and friends), which "
                 "can block for as long as name service takes; no socket timeout applies.  "
                 "A binding's blocking hooks run around it (the Python binding releases "
                 "the GIL there)."),
}

PAGES = [
    ("docs/index.md.j2", "index.md"),
    ("docs/module.md.j2", "module.md"),
    ("docs/socket.md.j2", "socket.md"),
    ("docs/constants.md.j2", "constants.md"),
    ("docs/families.md.j2", "families.md"),
    ("docs/errors.md.j2", "errors.md"),
]


def python_name(e) -> str:
    """The Python name an entry mirrors, as the reference shows it."""
    if e.python == "none":
        return ""
    if e.python == "attribute":
        return f"socket.{e.name}"
    owner = "socket" if e.scope == "module" else "socket.socket"
    if e.python == "extension_type":
        return f"socket.{e.name}({e.default_signature.split('(', 1)[1]}"
    return f"{owner}.{e.signature or e.default_signature}"


def python_where(e) -> str:
    return {
        "extension": "the `_socket` extension (csock's Python binding implements it)",
        "extension_type": "the `_socket.socket` type (csock's Python binding implements it)",
        "attribute": "an attribute of the socket object",
        "socket.py": "CPython's `socket.py`, on top of `_socket`",
        "none": "",
    }[e.python]


def binding_text(e) -> str:
    if not e.in_table:
        return ""
    if e.custom:
        return f"handwritten in python/ (custom {e.custom}: {e.custom_why})"
    return f"generated from this entry (calls `{e.py_func.name}`)"


def raises_text(e) -> list:
    return [f"`{k.python}` ({k.name})" for k in e.raise_kinds]


def platforms_text(items) -> str:
    return ", ".join(p.name for p in items)


def entry_platforms_text(e) -> str:
    """Where a call exists, as the model says: a platform without a runtime
    has none of them."""
    text = platforms_text(e.available) or "none"
    if e.no_runtime:
        text += f" (not {platforms_text(e.no_runtime)}: no csock runtime there yet)"
    return text


def ctors(fmt) -> list:
    """The C constructors of an address format, as the families model
    renders them into csock/csock_addr.h."""
    return [f"csock_addr {name}({', '.join(params) or 'void'})" for name, params, _ in fmt.ctors()]


def py_value(v) -> str:
    """An example value as Python source."""
    if isinstance(v, list):
        inner = ", ".join(py_value(x) for x in v)
        return f"({inner},)" if len(v) == 1 else f"({inner})"
    return repr(v)


def outputs(spec) -> list:
    if not all(hasattr(spec, a) for a in ("api", "family_list", "constant_list", "error_kind_list")):
        return []
    ctx = {"WAITS_TEXT": WAITS_TEXT, "python_name": python_name, "python_where": python_where,
           "binding_text": binding_text, "raises_text": raises_text,
           "platforms_text": platforms_text, "entry_platforms_text": entry_platforms_text, "ctors": ctors, "py_value": py_value}
    return [Output(t, p, ["spec/"], dict(ctx), root="docs") for t, p in PAGES]
