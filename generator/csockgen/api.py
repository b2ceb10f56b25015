"""Kind `api`: spec/api/*.yaml, the Python-facing methods and functions.

Each file is one scope: `socket` (methods of _socket.socket) or `module`
(functions of _socket).  The Python binding's argument parsing, method
tables and docstrings (generated/python/*.h) and the _socket.pyi stub are
rendered from this model.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Kind, Output, register, unique_names
from .platforms import check_platforms

WAITS = ("read", "write", "connect", "resolver", "none")

# type -> (PyArg format unit, C type of the parsed variable, pyi annotation)
TYPES = {
    "int": ("i", "int", "int"),
    "uint": ("I", "unsigned int", "int"),
    "ssize": ("n", "Py_ssize_t", "int"),
    "object": ("O", "PyObject *", "Any"),
    "buffer": ("y*", "Py_buffer", "ReadableBuffer"),
    "wbuffer": ("w*", "Py_buffer", "WriteableBuffer"),
    "str": ("s", "const char *", "str"),
    "fspath": ("O&", "PyObject *", "str | bytes"),
    "idna": ("O&", "PyObject *", "str | bytes"),
}
CONVERTERS = {"fspath": "PyUnicode_FSConverter", "idna": "csock_py_idna_converter"}


@dataclass
class Param:
    name: str
    type: str
    doc: str
    default: object
    has_default: bool
    keyword_only: bool
    pytype: str
    loc: object

    @property
    def fmt(self) -> str:
        if self.type == "str" and self.has_default and self.default is None:
            return "z"
        return TYPES[self.type][0]

    @property
    def converter(self) -> str:
        return CONVERTERS.get(self.type, "")

    @property
    def ctype(self) -> str:
        return TYPES[self.type][1]

    @property
    def is_buffer(self) -> bool:
        return self.type in ("buffer", "wbuffer")

    @property
    def is_owned(self) -> bool:
        """A converter result (a new reference) the wrapper releases."""
        return self.type in CONVERTERS

    @property
    def init(self) -> str:
        """C initialiser of the parsed variable (its default)."""
        if self.is_buffer:
            return "{0}"
        if self.type in ("object", "fspath", "idna"):
            return "Py_None" if self.has_default and self.type == "object" else "NULL"
        if self.type == "str":
            return "NULL"
        if self.has_default and self.default is not None:
            return str(self.default)
        return "0"

    @property
    def impl_ctype(self) -> str:
        return "Py_buffer *" if self.is_buffer else self.ctype

    @property
    def pyi(self) -> str:
        ann = self.pytype or TYPES[self.type][2]
        if self.has_default:
            d = "None" if self.default is None else repr(self.default)
            if self.default is None and "None" not in ann:
                ann += " | None"
            return f"{self.name}: {ann} = {d}"
        return f"{self.name}: {ann}"


@dataclass
class Entry:
    name: str
    scope: str
    doc: str
    signature: str
    params: list
    parse: str
    keywords: bool
    returns: str
    waits: str
    raises: list
    platform_names: list
    loc: object
    fields: object
    platforms: list = field(default_factory=list)
    raise_kinds: list = field(default_factory=list)

    @property
    def cname(self) -> str:
        return f"csock_py_{self.scope}_{self.name}"

    @property
    def guard(self) -> str:
        """Preprocessor condition for the platforms, '' when everywhere."""
        if not self.platforms or len(self.platforms) == len(self.all_platforms):
            return ""
        return " || ".join(f"defined({p.guard})" for p in self.platforms)

    @property
    def flags(self) -> str:
        if self.parse == "noargs":
            return "METH_NOARGS"
        if self.method_o:
            return "METH_O"
        return "METH_VARARGS | METH_KEYWORDS" if self.keywords else "METH_VARARGS"

    @property
    def method_o(self) -> bool:
        return (self.parse == "generated" and len(self.params) == 1
                and self.params[0].type == "object" and not self.params[0].has_default
                and not self.keywords)

    @property
    def wrapped(self) -> bool:
        """Generated parsing that hands typed values to a handwritten _impl."""
        return self.parse == "generated" and not self.method_o

    @property
    def format(self) -> str:
        out, opt, kwo = "", False, False
        for p in self.params:
            if p.keyword_only and not kwo:
                if not opt:
                    out += "|"
                    opt = True
                out += "$"
                kwo = True
            elif p.has_default and not opt:
                out += "|"
                opt = True
            out += p.fmt
        return out + ":" + self.name

    @property
    def pysig(self) -> str:
        parts = []
        kwo = False
        for p in self.params:
            if p.keyword_only and not kwo:
                parts.append("*")
                kwo = True
            parts.append(p.pyi)
        if self.params and not self.keywords and not kwo:
            parts.append("/")
        return ", ".join(parts)

    @property
    def docstring(self) -> str:
        sig = self.signature or self._default_signature()
        return f"{sig}\n\n{self.doc}"

    def _default_signature(self) -> str:
        parts = []
        for p in self.params:
            parts.append(f"{p.name}={'None' if p.default is None else p.default}"
                         if p.has_default else p.name)
        return f"{self.name}({', '.join(parts)})"


@dataclass
class ApiFile:
    name: str
    scope: str
    doc: str
    path: str
    entries: list


def build(spec, path, doc):
    if not hasattr(spec, "api_files"):
        spec.api_files = []
    entries = []
    seq = doc["entries"]
    for i, e in enumerate(seq):
        params = []
        pseq = e.get("params", [])
        for j, p in enumerate(pseq):
            params.append(Param(p["name"], p["type"], p["doc"], p.get("default"),
                                "default" in p, bool(p.get("keyword_only", False)),
                                p.get("pytype", ""), pseq.at(j)))
        parse = e.get("parse", "generated" if params else "noargs")
        entries.append(Entry(e["name"], doc["scope"], e["doc"], e.get("signature", ""),
                             params, parse, bool(e.get("keywords", False)),
                             e.get("returns", "Any"), e["waits"], list(e["raises"]),
                             list(e.get("platforms", [])), seq.at(i), e))
    spec.api_files.append(ApiFile(doc["name"], doc["scope"], doc["doc"], path, entries))


def resolve(spec):
    files = getattr(spec, "api_files", [])
    spec.api = {}
    scopes = {}
    for f in files:
        if f.scope in scopes:
            spec.error(None, f"{f.path}: scope '{f.scope}' already given by {scopes[f.scope]}")
        scopes[f.scope] = f.path
        spec.api[f.scope] = f
        unique_names(spec, f.entries, f"{f.scope} entry")
    kinds = getattr(spec, "error_kinds", {})
    for f in files:
        for e in f.entries:
            what = f"{e.scope} '{e.name}'"
            e.all_platforms = spec.platform_list
            if e.waits not in WAITS:
                spec.error(e.fields.at("waits"),
                           f"{what}: waits on undefined '{e.waits}' (known: {', '.join(WAITS)})")
            for r in e.raises:
                if r not in kinds:
                    spec.error(e.fields.at("raises"),
                               f"{what}: raises unknown error kind '{r}' "
                               f"(known: {', '.join(sorted(kinds))})")
                else:
                    e.raise_kinds.append(kinds[r])
            if e.platform_names:
                e.platforms = check_platforms(spec, e.platform_names, e.fields.at("platforms"), what)
            else:
                e.platforms = list(spec.platform_list)
            if e.parse == "noargs" and e.params:
                spec.error(e.fields.at("parse"), f"{what}: parse noargs but params are given")
            if e.parse == "generated" and not e.params:
                spec.error(e.loc, f"{what}: generated parsing needs params")
            seen_default = False
            seen_kwonly = False
            for p in e.params:
                if p.keyword_only:
                    seen_kwonly = True
                elif seen_kwonly:
                    spec.error(p.loc, f"{what}: positional parameter '{p.name}' after a keyword-only one")
                if p.has_default:
                    seen_default = True
                elif seen_default and not p.keyword_only and e.parse == "generated":
                    spec.error(p.loc, f"{what}: parameter '{p.name}' without default after one with a default")
                if p.has_default and p.default is None and p.type in ("int", "uint", "ssize") \
                        and e.parse == "generated":
                    spec.error(p.loc, f"{what}: '{p.name}': an integer parameter cannot default to None in generated parsing")
                if p.is_buffer and p.has_default and e.parse == "generated":
                    spec.error(p.loc, f"{what}: '{p.name}': a buffer parameter cannot have a default")


def outputs(spec):
    files = getattr(spec, "api_files", [])
    if not files:
        return []
    src = [f.path for f in files]
    return [
        Output("python/methods.h.j2", "python/csock_py_methods.h", src),
        Output("python/_socket.pyi.j2", "python/_socket.pyi", src),
    ]


register(Kind(name="api", pattern="api/*.yaml", build=build, resolve=resolve,
              outputs=outputs, order=40, required=False))
