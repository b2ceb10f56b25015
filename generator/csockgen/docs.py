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




# ---------------------------------------------------------------------------
# The C reference (docs/reference/c.md) and the man pages (man3/, man7/):
# one entry per exported C function, C first.
# ---------------------------------------------------------------------------

import glob as _glob
import os as _os
import re as _re

from . import csig as _csig

# The calls people start with: a short example each.
EXAMPLES = {
    "csock_socket": """csock_error err;
csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &err);
if (!s) {
    fprintf(stderr, "%s: %s\\n", csock_error_kind_name(err.kind), err.message);
    return 1;
}
/* ... */
csock_close(s, NULL);""",
    "csock_create_connection": """csock_error err;
/* 5 s to connect; the socket keeps that timeout for later calls */
csock *s = csock_create_connection("example.org", 80, 5.0, NULL, 0, &err);
if (!s)
    fprintf(stderr, "%s\\n", err.message); /* "[Errno 111] Connection refused" */
csock_settimeout(s, CSOCK_TIMEOUT_NONE, &err); /* blocking from now on */""",
    "csock_create_server": """csock_error err;
csock *l = csock_create_server("127.0.0.1", 8080, AF_INET, CSOCK_LISTEN_DEFAULT, 0, 0, &err);
csock_addr peer;
csock *c = csock_accept(l, &peer, &err);
char text[CSOCK_ADDR_TEXT_MAX];
csock_addr_format(&peer, text, sizeof text);   /* "127.0.0.1:53412" */""",
    "csock_accept": """csock_addr peer;
csock *c = csock_accept(listener, &peer, &err);
if (!c && err.kind == CSOCK_ERR_OS && err.code == EAGAIN)
    ; /* non-blocking listener: nothing pending */""",
    "csock_connect": """csock_addr a = csock_addr_inet("127.0.0.1", 8080);
if (csock_connect(s, &a, &err) < 0)
    fprintf(stderr, "%s\\n", err.message);""",
    "csock_bind": """csock_addr a = csock_addr_inet("", 8080);   /* '' = every interface */
if (csock_bind(s, &a, &err) < 0 || csock_listen(s, CSOCK_LISTEN_DEFAULT, &err) < 0)
    fprintf(stderr, "%s\\n", err.message);""",
    "csock_recv": """size_t n;
char *data = csock_recv(s, 4096, 0, &n, &err);
if (!data)
    return -1;            /* err.kind: CSOCK_ERR_TIMEOUT, CSOCK_ERR_OS, ... */
if (n == 0)
    ;                     /* the peer closed */
csock_buffer_free(data);""",
    "csock_recv_into": """char buf[4096];
ssize_t n = csock_recv_into(s, buf, sizeof buf, 0, 0, &err);  /* 0: len(buf) */""",
    "csock_sendall": """if (csock_sendall(s, "hello\\n", 6, 0, &err) < 0)
    fprintf(stderr, "%s\\n", err.message);""",
    "csock_settimeout": """csock_settimeout(s, 2.5, &err);                /* timeout mode */
csock_settimeout(s, 0.0, &err);                /* non-blocking */
csock_settimeout(s, CSOCK_TIMEOUT_NONE, &err); /* blocking */""",
    "csock_getaddrinfo": """size_t n;
csock_addrinfo *ai = csock_getaddrinfo("localhost", "80", 0, SOCK_STREAM, 0, 0, &n, &err);
for (size_t i = 0; ai && i < n; i++) {
    char text[CSOCK_ADDR_TEXT_MAX];
    csock_addr_format(&ai[i].addr, text, sizeof text);
    puts(text);           /* "127.0.0.1:80", "[::1]:80" */
}
csock_addrinfo_free(ai);""",
    "csock_wait": """csock_wait_item it[2] = {
    { listener, CSOCK_WAIT_READ, 0 },
    { client, CSOCK_WAIT_READ | CSOCK_WAIT_WRITE, 0 },
};
int n = csock_wait(it, 2, 1.0, &err);   /* 0: a second passed, nothing ready */
if (n > 0 && (it[0].revents & CSOCK_WAIT_READ))
    ; /* csock_accept(listener, ...) will not wait */""",
    "csock_addr_format": """char text[CSOCK_ADDR_TEXT_MAX];
csock_addr a = csock_addr_inet6("::1", 8080, 0, 0);
csock_addr_format(&a, text, sizeof text);   /* "[::1]:8080" */
int port = csock_addr_port(&a);             /* 8080 */""",
    "csock_makefile": """FILE *f = csock_makefile(s, "rw", -1, &err);
char line[256];
while (fgets(line, sizeof line, f))
    fputs(line, f);                /* echo each line */
fclose(f);                         /* the socket stays open until csock_close */""",
}

HEADER_FOR = {"csock.h": "csock/csock.h", "csock_module.h": "csock/csock.h",
              "csock_binding.h": "csock/csock_binding.h"}


class CRef:
    """One exported C function as the reference shows it."""

    def __init__(self, func, header, comment, entry=None, item=None):
        self.func = func
        self.name = func.name
        self.header = header
        self.comment = comment
        self.entry = entry
        self.item = item

    @property
    def proto(self):
        return self.func.text() + ";"

    @property
    def include(self):
        return HEADER_FOR.get(self.header, "csock/csock.h")

    @property
    def summary(self):
        if self.entry:
            return self.entry.doc
        first = _re.split(r"(?<=[.:])\s", self.comment, maxsplit=1)[0] if self.comment else ""
        return first or self.name

    @property
    def python(self):
        return python_name(self.entry) if self.entry else ""

    @property
    def waits(self):
        return WAITS_TEXT[self.entry.waits] if self.entry else WAITS_TEXT["none"]

    @property
    def raises(self):
        return list(self.entry.raise_kinds) if self.entry else (
            [] if not self.func.takes_err else None)

    @property
    def ownership(self):
        return self.item.ownership if self.item else []

    @property
    def example(self):
        return EXAMPLES.get(self.name, "")

    def params(self):
        """(name, C type, role, NULL/0) rows."""
        consumes = set(self.item.consumes) if self.item else set()
        frees = self.item.frees if self.item else {}
        py = {p.name: p for p in (self.entry.params if self.entry else [])}
        rows = []
        for p in self.func.params:
            t = p.type
            if t == "csock_error *":
                rows.append((p.name, t, "out: filled only when the call fails",
                             "NULL: no details wanted"))
                continue
            if p.name in consumes:
                role = "in: the call takes it over (frees or closes it)"
            elif t == "csock *" or t == "const csock *":
                role = "in: the socket (borrowed)"
            elif p.is_const_pointer:
                role = "in: read during the call only (borrowed)"
            elif p.is_pointer:
                role = "out: written by the call" + (
                    f"; freed with `{frees[p.name]}()`" if p.name in frees else "")
            else:
                role = "in"
            null = ""
            pp = py.get(p.name)
            if pp is not None and pp.doc:
                role += f"; {pp.doc}"
            if p.is_pointer and pp is not None and pp.has_default and pp.default is None:
                null = "NULL = Python's None"
            elif t == "double" and "timeout" in p.name:
                null = "CSOCK_TIMEOUT_NONE = None (blocking); 0.0 = non-blocking"
            elif t == "size_t" and p.name == "n":
                null = "0: nothing to do"
            if not null and p.is_pointer:
                # what the header's own words say about NULL for this name
                m = _re.search(r"\*?\b" + _re.escape(p.name) + r"\b[^.;]{0,24}?\b(may be NULL|"
                               r"NULL (?:is fine|allowed|for None|= None|means [^.;,)]+)|"
                               r"\(may be NULL[^)]*\))", self.comment)
                if m:
                    null = m.group(1).strip("()")
            rows.append((p.name, t, role, null))
        return rows

    @property
    def returns(self):
        f = self.func
        r = f.ret
        if r == "void":
            return "Nothing."
        fails = self.item.failure("r") if self.item else ""
        if not f.takes_err:
            return f"`{r}` (the call cannot fail)."
        if f.ret_is_pointer:
            return f"`{r}`: the result; NULL on failure, with `*err` filled."
        if fails == "r == 0":
            return f"`{r}`: the result; 0 on failure, with `*err` filled."
        return f"`{r}`: 0 or the result (a count, a length, a descriptor); -1 on failure, with `*err` filled."


def _comment_above(lines, idx):
    """The /* ... */ block just above line idx (0-based), skipping other
    declarations that share it; plus an inline comment on the line."""
    inline = ""
    m = _re.search(r"/\*(.*?)\*/", lines[idx])
    if m:
        inline = m.group(1).strip()
    j = idx - 1
    skipped = 0
    while j >= 0 and skipped < 4 and lines[j].strip() and not lines[j].rstrip().endswith("*/"):
        if "CSOCK_API" in lines[j] or lines[j].startswith(" ") or "CSOCK_DEPRECATED" in lines[j]:
            j -= 1
            skipped += 1
            continue
        break
    block = []
    if j >= 0 and lines[j].rstrip().endswith("*/") and "CSOCK_API" not in lines[j]:
        k = j
        while k >= 0 and "/*" not in lines[k]:
            k -= 1
        block = lines[k:j + 1]
    text = " ".join(_re.sub(r"^\s*(/\*+|\*/|\*)?\s?", "", ln).replace("*/", "").strip()
                    for ln in block)
    text = " ".join(text.split())
    if inline:
        text = (text + " " + inline).strip()
    return text


def c_functions(spec) -> list:
    root = _os.path.dirname(_os.path.abspath(spec.root))
    dirs = [_os.path.join(root, "include", "csock"),
            _os.path.join(root, "generated", "include", "csock")]
    items = getattr(spec, "c_functions", {})
    out = {}
    for d in dirs:
        for path in sorted(_glob.glob(_os.path.join(d, "*.h"))):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            lines = text.split("\n")
            decls, _problems = _csig.header_decls(text)
            for dcl in decls:
                name = dcl.func.name
                if name in out:
                    continue
                item = items.get(name)
                out[name] = CRef(dcl.func, _os.path.basename(path),
                                 _comment_above(lines, dcl.line - 1),
                                 item.entry if item else None, item)
    return [out[k] for k in sorted(out, key=str.lower)]


KIND_CODE = {"CSOCK_ERR_OS": "the errno value", "CSOCK_ERR_GAI": "the EAI_* value (negative on glibc)",
             "CSOCK_ERR_HERROR": "the h_errno value"}


def kind_code(k) -> str:
    return KIND_CODE.get(k.enum, "0")


def roff(s) -> str:
    """Text for a man page line: roff's escapes, backticks dropped."""
    s = str(s).replace("\\", "\\e").replace("`", "")
    s = _re.sub(r"\*\*(.*?)\*\*", r"\\fB\1\\fR", s)
    return "\n".join(("\\&" + ln if ln.startswith((".", "'")) else ln) for ln in s.split("\n"))


def outputs(spec) -> list:
    if not all(hasattr(spec, a) for a in ("api", "family_list", "constant_list", "error_kind_list")):
        return []
    cfuncs = c_functions(spec)
    ctx = {"WAITS_TEXT": WAITS_TEXT, "python_name": python_name, "python_where": python_where,
           "binding_text": binding_text, "raises_text": raises_text,
           "platforms_text": platforms_text,
           "entry_platforms_text": entry_platforms_text, "ctors": ctors, "py_value": py_value,
           "cfuncs": cfuncs, "roff": roff, "kind_code": kind_code}
    outs = [Output(t, p, ["spec/"], dict(ctx), root="docs") for t, p in PAGES]
    if cfuncs:
        outs.append(Output("docs/c.md.j2", "c.md", ["spec/", "include/csock/"], dict(ctx),
                           root="docs"))
        outs.append(Output("docs/csock.7.j2", "man7/csock.7", ["spec/", "include/csock/"],
                           dict(ctx), root="docs"))
        for cf in cfuncs:
            outs.append(Output("docs/function.3.j2", f"man3/{cf.name}.3",
                               ["spec/", "include/csock/"], dict(ctx, f=cf), root="docs"))
    return outs
