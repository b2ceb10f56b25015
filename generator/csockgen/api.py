"""Kind `api`: spec/api/*.yaml, every function and method of the socket API.

Each file is one scope: `socket` (methods of the socket object) or `module`
(module-level functions).  An entry says where Python implements it
(`python`: the _socket extension's method table, the _socket.socket type
itself, CPython's socket.py over _socket, or nowhere for csock's C-only
extras) and which csock_* C functions are its counterpart (`c`).

The model:
  spec.api            scope -> ApiFile
  ApiFile.entries     the entries the _socket extension implements in its
                      method tables (python: extension), in file order: the
                      Python binding's argument parsing, method tables,
                      docstrings (generated/python/*.h) and _socket.pyi
  ApiFile.all_entries every entry of the scope, in file order: the C
                      presence test (generated/tests/api_presence.c)
  spec.api_entries    every entry of every scope (scope order, file order)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Kind, Output, register, unique_names
from .platforms import check_platforms

WAITS = ("read", "write", "connect", "resolver", "none")
# Where Python implements an entry.
PYTHON_LEVELS = ("extension", "extension_type", "socket.py", "none")
# Default values that are names but not constants of spec/constants.
SENTINELS = ("_GLOBAL_DEFAULT_TIMEOUT",)

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
    # PyArg's "et" with the "idna" codec, as CPython's gethostbyname & co:
    # its messages ("must be encoded string without null bytes") included.
    "idna": ("et", "char *", "str | bytes"),
    "float": ("d", "double", "float"),
    "bool": ("p", "int", "bool"),
}
# What goes before &name in PyArg's arguments: an O& converter, or the
# encoding of an "et" unit.
CONVERTERS = {"fspath": "PyUnicode_FSConverter", "idna": '"idna"'}


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
    default_name: str | None = None
    fields: object = None

    @property
    def default_text(self) -> str:
        """The default as Python source: a literal, or a name (AF_INET)."""
        if self.default_name:
            return self.default_name
        return "None" if self.default is None else repr(self.default)

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
        """A converter result the wrapper releases (with free_fn)."""
        return self.type in CONVERTERS

    @property
    def free_fn(self) -> str:
        """How the wrapper releases an owned result: "et" gives PyMem memory."""
        return "PyMem_Free" if self.type == "idna" else "Py_XDECREF"

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
            d = self.default_text
            if self.default is None and not self.default_name and "None" not in ann:
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
    python: str = "extension"
    c_funcs: list = field(default_factory=list)
    c_absent: str = ""
    platforms: list = field(default_factory=list)
    raise_kinds: list = field(default_factory=list)

    @property
    def in_table(self) -> bool:
        """In the _socket extension's generated method table."""
        return self.python == "extension"

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
            parts.append(f"{p.name}={p.default_text}" if p.has_default else p.name)
        return f"{self.name}({', '.join(parts)})"


@dataclass
class ApiFile:
    name: str
    scope: str
    doc: str
    path: str
    all_entries: list

    @property
    def entries(self) -> list:
        """What the _socket extension's method tables hold."""
        return [e for e in self.all_entries if e.in_table]


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
                                "default" in p or "default_name" in p,
                                bool(p.get("keyword_only", False)),
                                p.get("pytype", ""), pseq.at(j), p.get("default_name"), p))
        parse = e.get("parse", "generated" if params else "noargs")
        entries.append(Entry(e["name"], doc["scope"], e["doc"], e.get("signature", ""),
                             params, parse, bool(e.get("keywords", False)),
                             e.get("returns", "Any"), e["waits"], list(e["raises"]),
                             list(e.get("platforms", [])), seq.at(i), e,
                             e.get("python", "extension"), list(e["c"]),
                             e.get("c_absent", "")))
    f = ApiFile(doc["name"], doc["scope"], doc["doc"], path, entries)
    f.scope_loc = doc.at("scope")
    spec.api_files.append(f)


def resolve(spec):
    files = getattr(spec, "api_files", [])
    spec.api = {}
    scopes = {}
    for f in files:
        if f.scope in scopes:
            spec.error(f.scope_loc, f"scope '{f.scope}' is already given by {scopes[f.scope]}")
            continue
        scopes[f.scope] = f.path
        spec.api[f.scope] = f
        unique_names(spec, f.all_entries, f"{f.scope} entry")
    # A file repeating a scope was reported; its entries are not checked.
    spec.api_entries = [e for f in spec.api.values() for e in f.all_entries]
    kinds = getattr(spec, "error_kinds", {})
    consts = getattr(spec, "constants", None)
    c_seen = {}
    for f in spec.api.values():
        for e in f.all_entries:
            _resolve_entry(spec, e, kinds, consts, c_seen)
    spec.api_platform_counts = [
        (p, sum(1 for e in spec.api_entries if e.c_funcs and p in e.platforms))
        for p in spec.platform_list]


def _resolve_entry(spec, e, kinds, consts, c_seen):
    what = f"{e.scope} '{e.name}'"
    d = e.fields
    e.all_platforms = spec.platform_list
    if e.waits not in WAITS:
        spec.error(d.at("waits"),
                   f"{what}: waits on undefined '{e.waits}' (known: {', '.join(WAITS)})")
    rseq = d["raises"]
    for i, r in enumerate(e.raises):
        if r not in kinds:
            spec.error(rseq.at(i), f"{what}: raises unknown error kind '{r}' "
                                   f"(known: {', '.join(sorted(kinds))})")
        else:
            e.raise_kinds.append(kinds[r])
    if len(set(e.raises)) != len(e.raises):
        spec.error(d.at("raises"), f"{what}: an error kind is listed twice in raises")
    if "platforms" in d:
        e.platforms = check_platforms(spec, e.platform_names, d["platforms"], what)
    else:
        e.platforms = list(spec.platform_list)
    # The C counterpart.
    if not e.c_funcs and not e.c_absent:
        spec.error(d.at("c"), f"{what}: no C counterpart: name the csock_* function(s) "
                              f"in c, or say why there is none in c_absent")
    if e.c_funcs and e.c_absent:
        spec.error(d.at("c_absent"), f"{what}: c_absent given but c names "
                                     f"{', '.join(e.c_funcs)}")
    cseq = d["c"]
    for i, fn in enumerate(e.c_funcs):
        if fn in c_seen:
            spec.error(cseq.at(i), f"{what}: C function '{fn}' is already the counterpart "
                                   f"of {c_seen[fn]}")
        else:
            c_seen[fn] = what
    # Where Python has it: parsing details belong to the extension's entries.
    if not e.in_table:
        for key in ("parse", "signature"):
            if key in d:
                spec.error(d.key_at(key), f"{what}: '{key}' applies only to entries the "
                                          f"_socket extension's method table implements "
                                          f"(python: extension), not python: {e.python}")
    elif e.parse == "noargs" and e.params:
        spec.error(d.at("parse"), f"{what}: parse noargs but params are given")
    elif e.parse == "generated" and not e.params:
        spec.error(e.loc, f"{what}: generated parsing needs params")
    generated = e.in_table and e.parse == "generated"
    seen_default = False
    seen_kwonly = False
    unique_names(spec, e.params, f"parameter of {what}")
    for p in e.params:
        pw = f"{what}: '{p.name}'"
        if p.keyword_only:
            seen_kwonly = True
        elif seen_kwonly:
            spec.error(p.loc, f"{what}: positional parameter '{p.name}' after a keyword-only one")
        if p.has_default:
            seen_default = True
        elif seen_default and not p.keyword_only and e.parse != "custom":
            spec.error(p.loc, f"{what}: parameter '{p.name}' without default after one with a default")
        if p.default_name is not None:
            if "default" in p.fields:
                spec.error(p.fields.key_at("default_name"),
                           f"{pw}: give default or default_name, not both")
            if p.default_name not in SENTINELS and consts is not None \
                    and p.default_name not in consts:
                spec.error(p.fields.at("default_name"),
                           f"{pw}: default_name '{p.default_name}' is neither a constant of "
                           f"spec/constants nor one of {', '.join(SENTINELS)}")
            if generated:
                spec.error(p.fields.at("default_name"),
                           f"{pw}: generated parsing needs a literal default")
        if not generated:
            continue
        if p.has_default and p.default is None and p.type in ("int", "uint", "ssize", "float", "bool"):
            spec.error(p.loc, f"{what}: '{p.name}': an integer parameter cannot default to None in generated parsing")
        if p.is_buffer and p.has_default:
            spec.error(p.loc, f"{what}: '{p.name}': a buffer parameter cannot have a default")
        if p.has_default and p.default is not None and (
                isinstance(p.default, str) or (isinstance(p.default, bool) and p.type != "bool")):
            spec.error(p.fields.at("default"),
                       f"{pw}: generated parsing of a {p.type} cannot default to {p.default!r}")


def outputs(spec):
    files = getattr(spec, "api_files", [])
    if not files:
        return []
    src = [f.path for f in files]
    outs = [Output("api_presence.c.j2", "tests/api_presence.c", src)]
    if all(s in spec.api for s in ("socket", "module")) and \
            all(hasattr(spec, a) for a in ("constant_list", "family_list")):
        # The Python binding's files read both scopes and the whole spec
        # (constants, families); a partial spec (the generator's small
        # test cases) does not render them.
        outs += [
            Output("python/methods.h.j2", "python/csock_py_methods.h", src),
            Output("python/methods.c.j2", "python/csock_py_methods.c", src),
            Output("python/_socket.pyi.j2", "python/_socket.pyi", src),
        ]
    return outs


register(Kind(name="api", pattern="api/*.yaml", build=build, resolve=resolve,
              outputs=outputs, order=40, required=False))
