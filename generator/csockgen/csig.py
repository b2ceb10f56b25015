"""C prototypes: the spec's `sig:` strings and the public headers' declarations.

One small parser serves both, so "the spec says" and "the header says" are
compared as the same model: a `CFunc` (return type, name, parameters), each
type normalised to one spelling (`const csock_addr *`, `char **`).  It knows
the C this API uses: scalar types, pointers, `const`, arrays in parameters
(`csock *pair[2]`), `void` parameter lists.  It is not a C parser: function
pointers, variadics and macros other than a leading export macro
(CSOCK_API and the like) are rejected with a message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\d+)|(\*|\(|\)|\[|\]|,|;))")
# Words that may begin a type.
_TYPE_WORDS = {"void", "char", "short", "int", "long", "signed", "unsigned",
               "float", "double", "const", "struct", "size_t", "ssize_t",
               "int64_t", "uint64_t", "uint32_t", "int32_t", "uint16_t",
               "socklen_t", "FILE", "bool", "_Bool", "csock_fd_t"}
# A leading export/visibility macro on a declaration (CSOCK_API,
# CSOCK_EXTERN, ...): upper-case CSOCK_ words that are not types.
_EXPORT = re.compile(r"^CSOCK_[A-Z0-9_]*$")


class SigError(Exception):
    def __init__(self, offset: int, msg: str):
        super().__init__(msg)
        self.offset = offset
        self.msg = msg


@dataclass
class CParam:
    type: str          # normalised: "const void *", "csock *[2]" for arrays
    name: str

    @property
    def base(self) -> str:
        """The type without const and pointers: "csock_addr"."""
        t = self.type.replace("const ", "").replace("*", "").strip()
        return re.sub(r"\[\d*\]", "", t).strip()

    @property
    def is_pointer(self) -> bool:
        return "*" in self.type or "[" in self.type

    @property
    def is_const_pointer(self) -> bool:
        return self.type.startswith("const ") and self.is_pointer

    def decl(self) -> str:
        """C declaration text: `const void *buf`, `csock *pair[2]`."""
        m = re.match(r"^(.*?)(\[\d*\])$", self.type)
        if m:
            return f"{m.group(1)}{self.name}{m.group(2)}" if m.group(1).endswith("*") \
                else f"{m.group(1)} {self.name}{m.group(2)}"
        return f"{self.type}{self.name}" if self.type.endswith("*") else f"{self.type} {self.name}"


@dataclass
class CFunc:
    ret: str
    name: str
    params: list = field(default_factory=list)

    def text(self) -> str:
        """The prototype in one line, normalised."""
        ps = ", ".join(p.decl() for p in self.params) or "void"
        sep = "" if self.ret.endswith("*") else " "
        return f"{self.ret}{sep}{self.name}({ps})"

    def same_as(self, other: "CFunc") -> bool:
        return (self.ret == other.ret and self.name == other.name
                and [(p.type, p.name) for p in self.params]
                == [(p.type, p.name) for p in other.params])

    @property
    def takes_err(self) -> bool:
        return bool(self.params) and self.params[-1].type == "csock_error *"

    @property
    def ret_is_pointer(self) -> bool:
        return self.ret.endswith("*")


def _tokens(text: str):
    pos = 0
    out = []
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            off = pos + len(text[pos:]) - len(text[pos:].lstrip())
            raise SigError(off, f"unexpected character {text[off]!r}")
        start = m.start(m.lastindex)
        out.append((m.group(m.lastindex), start))
        pos = m.end()
    return out


def _parse_decl(toks, i, what):
    """type words, stars, a name; returns (type, name, offset, next i)."""
    words = []
    stars = 0
    name = None
    start = toks[i][1] if i < len(toks) else 0
    while i < len(toks):
        tok, off = toks[i]
        if tok == "*":
            if not words:
                raise SigError(off, f"{what}: '*' before any type")
            stars += 1
            i += 1
            continue
        if re.match(r"^[A-Za-z_]", tok):
            if tok == "const" and stars:
                raise SigError(off, f"{what}: 'const' after '*' is not supported")
            words.append(tok)
            i += 1
            continue
        break
    if len(words) < 2 and not (len(words) == 1 and words[0] == "void" and stars == 0):
        raise SigError(start, f"{what}: expected a type and a name")
    if words == ["void"]:
        return "void", None, start, i
    name = words.pop()
    if name in _TYPE_WORDS:
        raise SigError(start, f"{what}: '{name}' is a type, the name is missing")
    array = ""
    if i < len(toks) and toks[i][0] == "[":
        j = i + 1
        size = ""
        if j < len(toks) and toks[j][0].isdigit():
            size = toks[j][0]
            j += 1
        if j >= len(toks) or toks[j][0] != "]":
            raise SigError(toks[i][1], f"{what}: unclosed '['")
        array = f"[{size}]"
        i = j + 1
    if words and words[0] == "const":
        words = ["const"] + [w for w in words[1:]]
    t = " ".join(words)
    if stars:
        t += " " + "*" * stars
    if array:
        t = (t + array) if t.endswith("*") else (t + " " + array)
    return t, name, start, i


def parse(text: str) -> CFunc:
    """Parse one prototype (a trailing ';' is allowed)."""
    toks = _tokens(text)
    if not toks:
        raise SigError(0, "empty signature")
    # A leading export macro is part of the declaration, not the type.
    while toks and _EXPORT.match(toks[0][0]) and len(toks) > 1 and toks[1][0] != "(":
        toks = toks[1:]
    if toks and toks[-1][0] == ";":
        toks = toks[:-1]
    try:
        paren = next(k for k, t in enumerate(toks) if t[0] == "(")
    except StopIteration:
        raise SigError(len(text), "expected '(' after the function name") from None
    head = toks[:paren]
    if len(head) < 2:
        raise SigError(toks[0][1], "expected a return type and a function name")
    name, name_off = head[-1]
    if not re.match(r"^[A-Za-z_]\w*$", name):
        raise SigError(name_off, f"'{name}' is not a function name")
    ret_words = [t for t, _ in head[:-1] if t != "*"]
    ret_stars = sum(1 for t, _ in head[:-1] if t == "*")
    ret = " ".join(ret_words) + ((" " + "*" * ret_stars) if ret_stars else "")
    if toks[-1][0] != ")":
        raise SigError(toks[-1][1], "expected ')' at the end")
    body = toks[paren + 1:-1]
    params = []
    if body and not (len(body) == 1 and body[0][0] == "void"):
        groups = [[]]
        for t in body:
            if t[0] == ",":
                groups.append([])
            elif t[0] in ("(", ")"):
                raise SigError(t[1], "function pointer parameters are not supported")
            else:
                groups[-1].append(t)
        for k, g in enumerate(groups):
            if not g:
                raise SigError(toks[paren][1], f"parameter {k + 1} is empty")
            t, pname, off, nxt = _parse_decl(g, 0, f"parameter {k + 1}")
            if nxt != len(g):
                raise SigError(g[nxt][1], f"parameter {k + 1}: unexpected '{g[nxt][0]}'")
            if pname is None:
                raise SigError(off, f"parameter {k + 1}: 'void' is not a parameter type")
            params.append(CParam(t, pname))
    names = [p.name for p in params]
    for p in params:
        if names.count(p.name) > 1:
            raise SigError(0, f"parameter name '{p.name}' repeats")
    return CFunc(ret, name, params)


# ---- headers ------------------------------------------------------------

@dataclass
class Decl:
    func: CFunc
    line: int
    col: int


def _blank(m: re.Match) -> str:
    """Comments and preprocessor lines become spaces; newlines stay, so
    offsets keep their line numbers."""
    return re.sub(r"[^\n]", " ", m.group(0))


def header_decls(text: str, prefix: str = "csock_"):
    """Every function prototype at file scope whose name starts with
    `prefix`: a list of Decl, and a list of (line, col, message) for
    declarations of such functions this parser cannot read."""
    text = re.sub(r"/\*.*?\*/|//[^\n]*", _blank, text, flags=re.S)
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", _blank, text, flags=re.M)
    text = text.replace('extern "C" {', "            ")
    # An attribute macro with an argument (CSOCK_DEPRECATED("use x")) in
    # front of a declaration is not part of the prototype either.
    text = re.sub(r'\bCSOCK_[A-Z0-9_]+\s*\(\s*"[^"\n]*"\s*\)', _blank, text)
    decls, problems = [], []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                start = i + 1
        elif c == ";" and depth == 0:
            stmt = text[start:i]
            s0 = start + len(stmt) - len(stmt.lstrip())
            start = i + 1
            flat = " ".join(stmt.split())
            if flat.startswith("typedef") or "(" not in flat:
                i += 1
                continue
            m = re.search(r"\b(" + re.escape(prefix) + r"\w*)\s*\(", stmt)
            if m:
                line = text.count("\n", 0, s0) + 1
                col = s0 - (text.rfind("\n", 0, s0) + 1) + 1
                try:
                    decls.append(Decl(parse(stmt), line, col))
                except SigError as e:
                    problems.append((line, col, f"cannot read the declaration of {m.group(1)}: {e.msg}"))
        i += 1
    return decls, problems
