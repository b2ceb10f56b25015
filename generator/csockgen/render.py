"""Rendering: Jinja2 (StrictUndefined), naming filters, banners, and writes
that touch a file only when its content changes."""
from __future__ import annotations

import os
import re

import jinja2

from .diag import GenError

# The generated/handwritten lock (not an ABI version: the library's version
# is separate).  csock/csock_gen.h defines CSOCK_GEN_LOCK; every other
# generated file compares it with the number it was generated with, and the
# handwritten runtime (runtime/internal.h) with the number it was written
# for.  Bump it when generated code and handwritten code stop matching (a
# changed csock_addr layout, a renamed generated function...), together
# with runtime/internal.h.
GEN_LOCK = 1


def c_ident(s: str) -> str:
    """Any name -> a C identifier fragment (CAN_BCM_TX_SETUP stays as is)."""
    out = re.sub(r"[^A-Za-z0-9_]", "_", str(s))
    return ("_" + out) if out[:1].isdigit() else out


def c_string(s) -> str:
    """A C string literal (with quotes) for any Python str/bytes."""
    if isinstance(s, str):
        s = s.encode("utf-8")
    out = ['"']
    prev_hex = False
    for b in s:
        ch = chr(b)
        if ch in '"\\':
            out.append("\\" + ch)
            prev_hex = False
        elif 32 <= b < 127:
            if prev_hex and ch in "0123456789abcdefABCDEF":
                out.append('""')
            out.append(ch)
            prev_hex = False
        elif ch == "\n":
            out.append("\\n")
            prev_hex = False
        else:
            out.append(f"\\x{b:02x}")
            prev_hex = True
    out.append('"')
    return "".join(out)


def py_string(s) -> str:
    return repr(s)


def c_comment(s: str) -> str:
    """Text safe inside /* */."""
    return str(s).replace("*/", "* /").replace("\n", " ")


def upper_ident(s: str) -> str:
    return c_ident(s).upper()


def c_lines(lines, n: int = 1) -> str:
    """C lines the model rendered, indented n levels (preprocessor lines
    stay at column 0), one per line, without a trailing newline."""
    pad = "    " * n
    return "\n".join(pad + ln if ln and not ln.startswith("#") else ln for ln in lines)


# The errno values spec messages name ("[Errno 19] No such device": CPython's
# text on Linux x86_64 with glibc), by name: a generated test expects the
# target's number and its C library's text for the name, never x86_64's
# number.  A number missing here is an error (add it).
SPEC_ERRNO = {
    19: ("ENODEV", "No such device"),
    22: ("EINVAL", "Invalid argument"),
    97: ("EAFNOSUPPORT", "Address family not supported by protocol"),
}


def errno_expect(message: str):
    """(ENAME, rest) for an OSError message "[Errno N] text rest", else None."""
    m = re.match(r"^\[Errno (\d+)\] (.*)$", str(message), re.S)
    if not m:
        return None
    n = int(m.group(1))
    if n not in SPEC_ERRNO or not m.group(2).startswith(SPEC_ERRNO[n][1]):
        raise ValueError(f"errno {n} in {message!r} is not in csockgen/render.py's SPEC_ERRNO "
                         "(name and glibc text): add it")
    name, text = SPEC_ERRNO[n]
    return (name, m.group(2)[len(text):])


def make_env(template_dir: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        c_ident=c_ident, c_string=c_string, py_string=py_string,
        c_comment=c_comment, upper_ident=upper_ident, c_lines=c_lines,
        errno_expect=errno_expect,
    )
    env.tests["match"] = lambda value, rx: re.search(rx, str(value)) is not None
    env.globals["GEN_LOCK"] = GEN_LOCK
    return env


def banner(path: str, sources: list, template: str, target: str = "gen") -> str:
    srcs = ", ".join(sorted(sources)) if sources else "spec/"
    text = (f"Generated from {srcs} by generator/csockgen "
            f"with templates/{template}. DO NOT EDIT: change the spec or "
            f"the template and run `ninja {target}`.")
    if path.endswith((".c", ".h", ".cc", ".cpp")):
        return "/* " + text + " */\n"
    if path.endswith((".py", ".pyi", ".ninja", ".txt", ".tsv", ".sh", ".pc.in")):
        return "# " + text + "\n"
    if path.endswith(".md"):
        return "<!-- " + text + " -->\n"
    if path.endswith((".3", ".7")):
        return '.\\" ' + text + "\n"
    raise GenError(None, f"no comment syntax known for generated file {path}")


def lock(path: str) -> str:
    """The version lock a generated C file starts with (after its banner):
    compiled against a csock_gen.h of another generation, it stops."""
    if not path.endswith(".c"):
        return ""
    # A library source includes the platform header before anything else:
    # its feature-test macros must precede every system header.
    first = '#include "csock_platform.h"\n' if path.startswith("src/") else ""
    return (first + '#include "csock/csock_gen.h"\n'
            f"#if CSOCK_GEN_LOCK != {GEN_LOCK}\n"
            f'#error "generated/{path} does not match csock/csock_gen.h '
            f'(CSOCK_GEN_LOCK): it is stale, run `ninja gen`"\n'
            "#endif\n")


def write_if_changed(path: str, content: str) -> bool:
    """Write `content` to `path` unless identical; True if written."""
    data = content.encode("utf-8")
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return True
