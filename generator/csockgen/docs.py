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

    def __init__(self, func, header, comment, entry=None, item=None, reached=([], set(), []),
                 messages=None):
        self.reached = reached
        self.spec_messages = messages or {}
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
    def note(self):
        """The header comment as a C note: a leading Python signature
        ("socket.accept(): ", "recv_into(buffer, nbytes=0): ") is dropped
        where the entry's Python line shows it already."""
        text = self.comment
        if self.entry:
            text = _PYSIG_RE.sub("", text, count=1)
        return self._c_words(text)

    def _c_words(self, text):
        """Python's len(buffer) said the C way: the size parameter beside
        the buffer pointer."""
        size = self._size_param()
        if size:
            text = _re.sub(r"\blen\((?:buffer|data|buf)\)", f"`{size}`", text)
        return text

    def _size_param(self):
        prev = None
        for p in self.func.params:
            if prev is not None and prev.is_pointer and not p.is_pointer and \
                    p.type in ("size_t", "ssize_t") and prev.type not in ("csock *", "const csock *"):
                return p.name
            prev = p
        return ""

    def messages(self, kind):
        """The fixed messages this call can produce of one error kind: what
        its runtime body reaches (see _scan_runtime), in the spec's order."""
        caller = self.entry.name if self.entry else ""
        seen = []
        order = list(self.spec_messages)
        for name, args in sorted(self.reached[0],
                                 key=lambda x: order.index(x[0]) if x[0] in order else 0):
            m = self.spec_messages.get(name)
            if m is None or m.kind is None or m.kind.enum != kind.enum:
                continue
            t = _fill(m, args, caller)
            if t not in seen:
                seen.append(t)
        return seen

    @property
    def also(self):
        """The exported calls this one makes whose errors pass through."""
        return [n for n in self.reached[2] if n != self.name]

    def error_lines(self):
        """(kind, code text, [messages]) per error kind the call raises."""
        out = []
        for k in self.raises or []:
            msgs = [f'"{t}"' for t in self.messages(k)]
            if k.enum == "CSOCK_ERR_OS":
                own = sorted(self.reached[1])
                lead = ('"[Errno N] <strerror(N)>", N the errno value of the failing '
                        "system call, as the target's errno.h numbers it")
                if own:
                    lead += "; csock itself sets " + ", ".join(f"`{e}`" for e in own)
                msgs = [lead] + msgs
            elif k.enum == "CSOCK_ERR_GAI":
                msgs = ['"[Errno N] <gai_strerror(N)>", N the EAI_* value'] + msgs
            elif k.enum == "CSOCK_ERR_HERROR":
                msgs = ['"[Errno N] <hstrerror(N)>", N the h_errno value'] + msgs
            elif k.enum == "CSOCK_ERR_NOMEM" and not msgs:
                msgs = ['"out of memory"']
            out.append((k, kind_code(k), msgs))
        return out

    @property
    def threads(self):
        """The thread contract of csock.h's "Threads" section, for this kind of call."""
        n = self.name
        p0 = self.func.params[0].type if self.func.params else ""
        if n in ("csock_close", "csock_free"):
            return ("Frees the object: call it once no other thread will start a call on "
                    "this socket; a free while calls are still in flight is deferred: "
                    "the last of them to return closes the fd and frees the object.")
        if n in ("csock_close_keep", "csock_detach"):
            return ("Safe while other threads use the socket: it is marked closed at once "
                    "(later calls fail with EBADF) and the fd is closed when the last call "
                    "in flight returns.")
        if n in ("csock_set_hooks",):
            return "Process-wide: install once at start-up, before any thread calls csock."
        if n == "csock_setdefaulttimeout":
            return ("Process-wide and atomic: applies to sockets created after it, from "
                    "any thread.")
        if n in ("csock_settimeout", "csock_setblocking"):
            return ("Safe from any thread: calls that start after it use the new mode; a "
                    "call already waiting finishes in the mode it started in (or the new "
                    "one for its remaining attempts).")
        if p0 in ("csock *", "const csock *") and not self.func.takes_err:
            return "Safe from several threads on the same socket at once (a read of one field)."
        if p0 in ("csock *", "const csock *"):
            return ("Safe from several threads on the same socket at once (no lock; the "
                    "mode is read when the call starts); a concurrent csock_close_keep "
                    "makes it fail with EBADF rather than act on a reused fd.")
        if self.func.params and any(p.type in ("csock *", "const csock *")
                                    for p in self.func.params):
            return ("Safe from several threads; each socket it is given follows the "
                    "per-socket rules of `csock(7)`.")
        if self.entry and self.entry.waits == "resolver":
            return ("Thread-safe: it uses the reentrant resolver calls and no shared "
                    "state of its own.")
        return "Thread-safe: it keeps no socket state."

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
        prev_ptr = ""
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
            if pp is not None and pp.doc and not null:
                # what the Python parameter's doc says 0 means ("0 for len(buffer)")
                zm = _re.search(r"(?:^|;\s*)(0 (?:for|means|=|:)[^;]*)", pp.doc)
                if zm and not p.is_pointer:
                    null = zm.group(1).replace("0 for ", "0: ")
                    role = role.replace("; " + zm.group(1), "")
            if not null and not p.is_pointer and t in ("size_t", "ssize_t") and prev_ptr:
                null = f"0: `{prev_ptr}` is empty"
            if p.is_pointer and not null and pp is not None and "None" in (pp.doc or ""):
                null = "NULL = Python's None"
            nm = r"(?<![\w'])\*?" + _re.escape(p.name) + r"\b(?!')"
            near = nm + r"[^.;]{0,70}?(?<!never )(?<!or )NULL|(?<!or )NULL[^.;]{0,12}?" + nm
            if p.is_pointer and not null and t not in ("csock *", "const csock *") and \
                    _re.search(near, self.comment):
                null = "NULL: as the note says"
            if p.is_pointer and not null:
                null = "must not be NULL"
                if self.item and p.name in self.item.sizes:
                    null += f"; room for {self.item.sizes[p.name]} bytes"
            prev_ptr = p.name if p.is_pointer and t not in ("csock *", "const csock *") else ""
            rows.append((p.name, t, self._c_words(role), self._c_words(null)))
        return rows

    @property
    def returns(self):
        """What the result means, by C type and by what the call is."""
        f = self.func
        r = f.ret
        n = self.name
        if r == "void":
            return "Nothing."
        frees = self.item.frees if self.item else {}
        if not f.takes_err:
            what = {"csock_fd_t": "the descriptor (`CSOCK_INVALID_FD` when there is none)"}.get(
                r, "the result")
            return f"`{r}`: {what}; the call cannot fail."
        fail = ", with `*err` filled."
        if f.ret_is_pointer:
            if r in ("csock *",):
                return f"`{r}`: a new socket the caller owns, freed with `csock_close()`; NULL on failure{fail}"
            if r == "FILE *":
                return f"`{r}`: a new stdio stream, closed with `fclose()`; NULL on failure{fail}"
            if "return" in frees:
                return (f"`{r}`: a new allocation the caller frees with `{frees['return']}()`; "
                        f"NULL on failure{fail}")
            return f"`{r}`: the result; NULL on failure{fail}"
        if self.item and self.item.fails == "zero":
            return f"`{r}`: the result (never 0 on success); 0 on failure{fail}"
        if r == "csock_fd_t":
            return f"`{r}`: the new descriptor; `CSOCK_INVALID_FD` on failure{fail}"
        base = n[len("csock_"):].lower()
        if r in ("ssize_t", "int64_t", "long long"):
            if "mmsg" in base:
                what = "the number of messages " + ("received" if base.startswith("recv") else "sent")
            elif base.startswith("recv"):
                what = "the number of bytes received (0: the peer closed the stream, an empty datagram, or nothing asked for)"
            elif base.startswith("send"):
                what = "the number of bytes sent"
            elif base.startswith("cmsg"):
                what = "the length in bytes"
            elif base.startswith(("hton", "ntoh")):
                what = "the converted value"
            elif base.startswith("getsockopt"):
                what = "the number of bytes written into the buffer"
            else:
                what = "the result, never negative"
            return f"`{r}`: {what}; -1 on failure{fail}"
        outs = [p for p in f.params if p.is_pointer and not p.is_const_pointer
                and p.type not in ("csock *", "csock_error *")]
        py = self.entry.returns if self.entry else ""
        if py in ("None", None, ""):
            if not self.entry:
                return (f"`{r}`: 0 or the non-negative result the note describes; -1 on "
                        f"failure{fail}")
            return f"`{r}`: 0 on success; -1 on failure{fail}"
        if py == "bool":
            return f"`{r}`: 1 (True) or 0 (False); -1 on failure{fail}"
        if py == "int" and not outs:
            return f"`{r}`: the result (Python's `int`), never negative; -1 on failure{fail}"
        if outs:
            names = ", ".join(f"`*{p.name}`" for p in outs)
            return (f"`{r}`: 0 on success (or a non-negative count the note gives), the "
                    f"result in {names}; -1 on failure{fail}")
        return f"`{r}`: 0 or the non-negative result; -1 on failure{fail}"


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
    bodies = _scan_runtime(root)
    msgs = getattr(spec, "messages", {})
    out = {}
    headers = []
    for d in dirs:
        for path in sorted(_glob.glob(_os.path.join(d, "*.h"))):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            decls, _problems = _csig.header_decls(text)
            headers.append((path, text, decls))
    # the exported calls that can report an error (the others report nothing)
    exported = {dcl.func.name for _, _, decls in headers for dcl in decls
                if dcl.func.takes_err}
    for path, text, decls in headers:
        lines = text.split("\n")
        for dcl in decls:
            name = dcl.func.name
            if name in out:
                continue
            item = items.get(name)
            out[name] = CRef(dcl.func, _os.path.basename(path),
                             _comment_above(lines, dcl.line - 1),
                             item.entry if item else None, item,
                             _reach(bodies, name, exported), msgs)
    return [out[k] for k in sorted(out, key=str.lower)]


# ---------------------------------------------------------------------------
# Which fixed messages (spec/errors.yaml) each C function can produce: the
# spec names each message once and the runtime reports it through its
# generated setter csock__err_<name>(err, args...), so the messages a call
# can raise are the setters its body calls, directly or through the
# runtime's own helpers.  Read from runtime/*.c and generated/src/*.c by a
# plain scan (function bodies from a column-0 definition to a column-0
# "}"); a string literal argument fills the message's placeholder, a
# `caller` passed down fills it with the Python method's name.
# ---------------------------------------------------------------------------

_PYSIG_RE = _re.compile(r"^(?:socket\.)?\w+(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?"
                       r"(?:\s*->\s*[^:.]*)?(?::|(?<=\))[.;])\s+"
                       r"|^(?:socket\.)?\w+\([^()]*\)\s*->\s*(?:\w+$)?")
_DEF_RE = _re.compile(r"^[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*)\s*\([^;{}]*\)\s*\{", _re.M)
_CALL_RE = _re.compile(r"\b([A-Za-z_]\w*)\s*\(")
_ERR_RE = _re.compile(r"\bcsock__err_(\w+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
_OSERR_RE = _re.compile(r"\bcsock__set_os_error\s*\(\s*\w+\s*,\s*(E[A-Z0-9]+)\s*\)")
_COMMENT_RE = _re.compile(r"/\*.*?\*/|//[^\n]*", _re.S)


class _Body:
    def __init__(self):
        self.msgs = []       # (message name, [args as C text])
        self.errnos = set()  # errno names set by csock itself
        self.calls = set()


def _scan_runtime(root) -> dict:
    files = []
    for pat in ("runtime/*.c", "runtime/module/*.c", "generated/src/*.c"):
        files += sorted(_glob.glob(_os.path.join(root, pat)))
    bodies = {}
    for path in files:
        if _os.path.basename(path).startswith("constants") or "/win/" in path:
            continue
        with open(path, encoding="utf-8") as f:
            text = _COMMENT_RE.sub(" ", f.read())
        for m in _DEF_RE.finditer(text):
            name = m.group(1)
            if name in ("if", "while", "for", "switch", "return", "sizeof"):
                continue
            end = text.find("\n}", m.end())
            body = text[m.end():end if end >= 0 else len(text)]
            b = bodies.setdefault(name, _Body())
            for em in _ERR_RE.finditer(body):
                args = [a.strip() for a in em.group(2).split(",")][1:]
                b.msgs.append((em.group(1), args))
            b.errnos |= set(_OSERR_RE.findall(body))
            b.calls |= {c for c in _CALL_RE.findall(body)
                        if not c.startswith("csock__err_")}
    for b in bodies.values():
        b.calls &= set(bodies)
    return bodies


def _reach(bodies, name, exported=(), depth=6):
    """Every (message, args) and errno the function's body reaches through
    the runtime's helpers, and the other exported calls it makes (their
    own pages list what they report)."""
    seen, msgs, errnos, also = set(), [], set(), set()
    todo = [(name, 0)]
    while todo:
        n, d = todo.pop()
        if n in seen or n not in bodies:
            continue
        seen.add(n)
        b = bodies[n]
        msgs += b.msgs
        errnos |= b.errnos
        if d < depth:
            for c in sorted(b.calls):
                if c in exported and c != name:
                    also.add(c)
                else:
                    todo.append((c, d + 1))
    return msgs, errnos, sorted(also)


def _fill(msg, args, caller):
    """A message's text with what the call site says about its placeholders."""
    text = msg.text
    for a, v in zip(msg.args, args + [""] * len(msg.args)):
        if v.startswith('"') and v.endswith('"'):
            val = v[1:-1]
        elif a.name == "caller" and caller:
            val = caller
        else:
            val = f"<{a.name}>"
        text = text.replace("{" + a.name + "}", val)
    for a in msg.args:
        text = text.replace("{" + a.name + "}", f"<{a.name}>")
    return text


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
        outs.append(Output("docs/c.md.j2", "c.md", ["spec/", "include/csock/", "runtime/"], dict(ctx),
                           root="docs"))
        outs.append(Output("docs/csock.7.j2", "man7/csock.7", ["spec/", "include/csock/"],
                           dict(ctx), root="docs"))
        for cf in cfuncs:
            outs.append(Output("docs/function.3.j2", f"man3/{cf.name}.3",
                               ["spec/", "include/csock/", "runtime/"], dict(ctx, f=cf), root="docs"))
    return outs
