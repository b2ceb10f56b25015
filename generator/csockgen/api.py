"""Kind `api`: spec/api/*.yaml, every function and method of the socket API.

Each file is one scope: `socket` (methods of the socket object) or `module`
(module-level functions).  An entry says where Python implements it
(`python`), its typed parameters (each type a converter of the binding:
pybind.CONVERTERS), what it waits for and raises, and its C counterparts
(`c`): each a prototype (`sig`, parsed into csig.CFunc), what the caller
frees with which function (`frees`), what the call takes over
(`consumes`), the caller storage pointers need (`sizes`).  Python
extension entries say how the binding renders them (`py`); `test` says how
the generated tests call the C functions.

The model:
  spec.api            scope -> ApiFile
  ApiFile.entries     the entries the _socket extension implements in its
                      method tables (python: extension), in file order
  ApiFile.all_entries every entry of the scope, in file order
  spec.api_entries    every entry of every scope (scope order, file order)
  spec.c_functions    C function name -> CItem (every prototype of the spec)
  spec.api_custom     the extension entries whose body or parsing is
                      handwritten (the counted escape hatch)
"""
from __future__ import annotations

import copy
import dataclasses

from dataclasses import dataclass, field

from . import apitest, csig, pybind
from .diag import Loc
from .model import Kind, Output, register, unique_names
from .pyversions import rules_of
from .platforms import check_platforms

WAITS = ("read", "write", "connect", "resolver", "none")
# Where Python implements an entry.
PYTHON_LEVELS = ("extension", "extension_type", "attribute", "socket.py", "none")
# Default values that are names but not constants of spec/constants.
SENTINELS = ("_GLOBAL_DEFAULT_TIMEOUT",)
# Free functions outside csock.
FOREIGN_FREES = {"fclose": "int fclose(FILE *stream)"}


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
    c_default: str = ""
    range: list | None = None
    range_error: str = ""
    range_call: str = ""

    @property
    def conv(self) -> pybind.Converter:
        return pybind.CONVERTERS[self.type]

    @property
    def default_text(self) -> str:
        """The default as Python source: a literal, or a name (AF_INET)."""
        if self.default_name:
            return self.default_name
        return "None" if self.default is None else repr(self.default)

    @property
    def fmt(self) -> str:
        return self.conv.fmt(self)

    @property
    def converter(self) -> str:
        """What goes before &name in PyArg's arguments: an O& function, or
        the encoding of an "et" unit."""
        if self.conv.ofunc:
            return self.conv.ofunc
        return '"idna"' if self.type == "idna" else ""

    @property
    def ctype(self) -> str:
        return self.conv.ctype

    @property
    def is_buffer(self) -> bool:
        return self.conv.unit in ("y*", "w*") or self.conv.buffer

    @property
    def cleanup(self) -> str:
        """Released by the wrapper after the call ("" when nothing)."""
        if self.is_buffer:
            return f"PyBuffer_Release(&{self.name})"
        if self.conv.late:
            return ""
        return self.conv.cleanup.format(v=self.name) if self.conv.cleanup else ""

    @property
    def init(self) -> str:
        """C initialiser of the parsed variable (its default)."""
        return self.conv.init(self)

    @property
    def impl_ctype(self) -> str:
        return "Py_buffer *" if self.is_buffer else self.ctype

    @property
    def impl_arg(self) -> str:
        return f"&{self.name}" if self.is_buffer else self.name

    @property
    def pyi(self) -> str:
        ann = self.pytype or self.conv.pyi
        if self.has_default:
            d = self.default_text
            if self.default is None and not self.default_name and "None" not in ann:
                ann += " | None"
            return f"{self.name}: {ann} = {d}"
        return f"{self.name}: {ann}"


@dataclass
class CItem:
    """One C counterpart: its prototype and ownership."""
    func: object               # csig.CFunc
    frees: dict
    consumes: list
    sizes: dict
    fails: str
    loc: object
    fields: object
    entry: object = None

    @property
    def name(self) -> str:
        return self.func.name

    @property
    def sig(self) -> str:
        return self.func.text()

    def failure(self, var="r") -> str:
        """The C condition on the result meaning failure, "" when it cannot fail."""
        f = self.func
        if not f.takes_err or f.ret == "void":
            return ""
        if self.fails == "zero":
            return f"{var} == 0"
        if f.ret == "csock_fd_t":
            # A SOCKET is unsigned on Windows: "no descriptor" is a value.
            return f"{var} == CSOCK_INVALID_FD"
        return f"{var} == NULL" if f.ret_is_pointer else f"{var} < 0"

    @property
    def ownership(self) -> list:
        """Who frees what, as sentences for the reference."""
        out = []
        for what, fn in self.frees.items():
            target = "the result" if what == "return" else f"`{what}`"
            out.append(f"the caller frees {target} with `{fn}()`")
        for c in self.consumes:
            out.append(f"the call takes over `{c}`")
        return out


@dataclass
class Entry:
    name: str
    scope: str
    doc: str
    signature: str
    params: list
    keywords: bool
    returns: str
    waits: str
    raises: list
    platform_names: list
    loc: object
    fields: object
    python: str = "extension"
    c_items: list = field(default_factory=list)
    c_absent: str = ""
    platforms: list = field(default_factory=list)
    raise_kinds: list = field(default_factory=list)
    py: dict = field(default_factory=dict)
    test: dict = field(default_factory=dict)
    # filled by resolve (extension entries)
    py_func: object = None
    py_citem: object = None
    py_results: list = field(default_factory=list)
    py_args: dict = field(default_factory=dict)
    py_sizes: dict = field(default_factory=dict)
    py_frees: dict = field(default_factory=dict)
    py_body: str = ""
    spec_funcs: dict = field(default_factory=dict)

    @property
    def c_funcs(self) -> list:
        return [c.name for c in self.c_items]

    @property
    def in_table(self) -> bool:
        """In the _socket extension's generated method table."""
        return self.python == "extension"

    @property
    def custom(self) -> str:
        return self.py.get("custom", "")

    @property
    def custom_why(self) -> str:
        return self.py.get("why", "")

    @property
    def parse(self) -> str:
        if self.custom == "parse":
            return "custom"
        return "generated" if self.params else "noargs"

    @property
    def py_audit(self) -> list:
        return list(self.py.get("audit", []))

    @property
    def py_gil(self) -> str:
        if "gil" in self.py:
            return self.py["gil"]
        return "io" if self.scope == "socket" and self.waits in ("read", "write", "connect") \
            else "keep"

    @property
    def py_sync(self) -> bool:
        return bool(self.py.get("sync", False))

    @property
    def py_unopened(self) -> str:
        return self.py.get("unopened", "")

    @property
    def py_fails(self) -> str:
        return self.py_citem.failure() if self.py_citem else ""

    def param(self, name):
        return next(p for p in self.params if p.name == name)

    @property
    def cname(self) -> str:
        return f"csock_py_{self.scope}_{self.name}"

    @property
    def available(self) -> list:
        """The platforms where the call exists: those of `platforms` with a
        runtime (a platform of runtime none has the constants and headers,
        and no call)."""
        return [p for p in self.platforms if p.runtime != "none"]

    @property
    def no_runtime(self) -> list:
        """The platforms of `platforms` where the call is missing only for
        want of a runtime."""
        return [p for p in self.platforms if p.runtime == "none"]

    @property
    def guard(self) -> str:
        """Preprocessor condition for the platforms, '' when everywhere."""
        if not self.platforms or len(self.platforms) == len(self.all_platforms):
            return ""
        return " || ".join(f"defined({p.guard})" for p in self.platforms)

    @property
    def method_o(self) -> bool:
        """A lone required argument taken as the object itself (METH_O)."""
        return (self.parse == "generated" and len(self.params) == 1
                and not self.params[0].has_default and not self.keywords
                and (self.params[0].type == "object" or self.params[0].conv.meth_o))

    @property
    def fastcall(self) -> bool:
        """Generated METH_FASTCALL parsing: every parameter has a fast path."""
        return (self.parse == "generated" and not self.method_o
                and all(p.conv.fast for p in self.params))

    @property
    def flags(self) -> str:
        if self.parse == "noargs":
            return "METH_NOARGS"
        if self.method_o:
            return "METH_O"
        if self.fastcall:
            return "METH_FASTCALL | METH_KEYWORDS"
        return "METH_VARARGS | METH_KEYWORDS" if self.keywords else "METH_VARARGS"

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
        sig = self.signature or self.default_signature
        return f"{sig}\n\n{self.doc}"

    @property
    def default_signature(self) -> str:
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


def _sig_loc(fields, key, offset) -> Loc:
    """Where character `offset` of a quoted string value lies."""
    at = fields.at(key)
    return Loc(at.file, at.line, at.col + 1 + offset)


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
                                p.get("pytype", ""), pseq.at(j), p.get("default_name"), p,
                                p.get("c_default", ""), p.get("range"), p.get("range_error", "")))
        citems = []
        cseq = e["c"]
        for k, c in enumerate(cseq):
            try:
                func = csig.parse(c["sig"])
            except csig.SigError as err:
                spec.error(_sig_loc(c, "sig", err.offset), f"{e['name']}: C prototype: {err.msg}")
                continue
            citems.append(CItem(func, dict(c.get("frees", {})), list(c.get("consumes", [])),
                                dict(c.get("sizes", {})), c.get("fails", ""), cseq.at(k), c))
        entries.append(Entry(e["name"], doc["scope"], e["doc"], e.get("signature", ""),
                             params, bool(e.get("keywords", False)),
                             e.get("returns", "Any"), e["waits"], list(e["raises"]),
                             list(e.get("platforms", [])), seq.at(i), e,
                             e.get("python", "extension"), citems,
                             e.get("c_absent", ""), py=e.get("py", {}), test=e.get("test", {})))
    f = ApiFile(doc["name"], doc["scope"], doc["doc"], path, entries)
    f.scope_loc = doc.at("scope")
    # CPython-version rules: the scope's own, then each entry's.
    f.py_rules = rules_of(spec, doc.get("py_versions"), doc["scope"], None)
    for i, e in enumerate(seq):
        f.py_rules += rules_of(spec, e.get("py_versions"), doc["scope"], e["name"],
                               [p["name"] for p in e.get("params", [])])
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
    spec.c_functions = {}
    for e in spec.api_entries:
        for c in e.c_items:
            c.entry = e
            if c.name in spec.c_functions:
                spec.error(c.fields.at("sig"), f"{e.scope} '{e.name}': C function '{c.name}' is "
                                               f"already the counterpart of "
                                               f"{spec.c_functions[c.name].entry.scope} "
                                               f"'{spec.c_functions[c.name].entry.name}'")
            else:
                spec.c_functions[c.name] = c
    for f in spec.api.values():
        for e in f.all_entries:
            _resolve_entry(spec, e, kinds, consts)
    spec.api_table_entries = [e for e in spec.api_entries if e.in_table]
    spec.py_rules = [r for f in spec.api.values() for r in f.py_rules]
    unique_names(spec, spec.py_rules, "CPython-version rule", key=lambda r: r.macro)
    _py_variants(spec)
    spec.api_custom = [e for e in spec.api_table_entries if e.custom]


def _resolve_entry(spec, e, kinds, consts):
    what = f"{e.scope} '{e.name}'"
    d = e.fields
    e.all_platforms = spec.platform_list
    e.spec_funcs = {n: c.func for n, c in spec.c_functions.items()}
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
    # The C counterparts.
    if not e.c_items and not e.c_absent and not d["c"]:
        spec.error(d.at("c"), f"{what}: no C counterpart: name the csock_* function(s) "
                              f"in c, or say why there is none in c_absent")
    if d["c"] and e.c_absent:
        spec.error(d.at("c_absent"), f"{what}: c_absent given but c names "
                                     f"{', '.join(e.c_funcs)}")
    for c in e.c_items:
        _resolve_citem(spec, e, c, what)
    # Where Python has it: the binding's details belong to the extension's entries.
    if not e.in_table:
        for key in ("py", "signature"):
            if key in d:
                spec.error(d.key_at(key), f"{what}: '{key}' applies only to entries the "
                                          f"_socket extension's method table implements "
                                          f"(python: extension), not python: {e.python}")
    if e.custom and not e.custom_why:
        spec.error(d["py"].key_at("custom"), f"{what}: custom needs why (the escape hatch "
                                             f"is counted and explained)")
    if e.custom_why and not e.custom:
        spec.error(d["py"].key_at("why"), f"{what}: why without custom")
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
        if p.range_error:
            msg = spec.messages.get(p.range_error) if hasattr(spec, "messages") else None
            if not p.range:
                spec.error(p.fields.key_at("range_error"), f"{pw}: range_error without range")
            if msg is None:
                spec.error(p.fields.at("range_error"),
                           f"{pw}: range_error '{p.range_error}' is no message of spec/errors.yaml")
            else:
                extra = "".join(f", {_cq(e.name)}" for _a in msg.args)
                p.range_call = f"csock__err_{msg.name}(&err{extra})"
        elif p.range:
            spec.error(p.fields.key_at("range"), f"{pw}: range needs range_error (the message)")
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
        if p.has_default and p.default is None and not p.c_default and \
                p.type in ("int", "uint", "ssize", "float", "bool"):
            spec.error(p.loc, f"{what}: '{p.name}': an integer parameter cannot default to None "
                              f"in generated parsing (give c_default)")
        if p.is_buffer and p.has_default:
            spec.error(p.loc, f"{what}: '{p.name}': a buffer parameter cannot have a default")
        if p.has_default and p.default is not None and (
                isinstance(p.default, str) or (isinstance(p.default, bool) and p.type != "bool")):
            spec.error(p.fields.at("default"),
                       f"{pw}: generated parsing of a {p.type} cannot default to {p.default!r}")
    if e.in_table and not e.custom and not spec._errors:
        _resolve_binding(spec, e, what)


def _resolve_citem(spec, e, c, what):
    if not c.name.startswith("csock_"):
        spec.error(c.fields.at("sig"), f"{what}: C function '{c.name}' is not csock_*")
    names = [p.name for p in c.func.params]
    for key, val in c.frees.items():
        if key != "return" and key not in names:
            spec.error(c.fields["frees"].key_at(key),
                       f"{what}: frees: {c.name} has no parameter '{key}'")
        if key == "return" and c.func.ret == "void":
            spec.error(c.fields["frees"].key_at(key), f"{what}: frees: {c.name} returns void")
        if val not in spec.c_functions and val not in FOREIGN_FREES:
            spec.error(c.fields["frees"].at(key),
                       f"{what}: frees with '{val}', which no spec/api entry declares")
    for i, n in enumerate(c.consumes):
        if n not in names:
            spec.error(c.fields["consumes"].at(i), f"{what}: consumes: {c.name} has no "
                                                   f"parameter '{n}'")
    for key in c.sizes:
        if key not in names:
            spec.error(c.fields["sizes"].key_at(key), f"{what}: sizes: {c.name} has no "
                                                      f"parameter '{key}'")
    if c.fails == "zero" and not c.func.ret.startswith("unsigned"):
        spec.error(c.fields.at("fails"), f"{what}: fails: zero is for an unsigned result")


def _resolve_binding(spec, e, what):
    """Map a regular extension entry onto the C function its body calls."""
    d = e.fields
    py = d.get("py", {})
    call = e.py.get("call") or (e.c_items[0].name if e.c_items else "")
    if not call:
        spec.error(d.at("name"), f"{what}: no C function to call: name one in c, or make "
                                 f"the entry custom")
        return
    citem = spec.c_functions.get(call)
    if citem is None:
        spec.error(py.at("call"), f"{what}: call: '{call}' is no C function of spec/api")
        return
    e.py_func = citem.func
    e.py_citem = citem
    e.py_frees = dict(citem.frees)
    e.py_sizes = {k: str(v) for k, v in citem.sizes.items()}
    rseq = py.get("result", [])
    texts = list(e.py.get("result", ["none"]))
    results = []
    for i, t in enumerate(texts):
        r = pybind.parse_result(t)
        r.loc = rseq.at(i) if rseq else d.loc
        results.append(r)
    e.py_results = results
    for n in e.py_audit[1:]:
        if n != "self" and n not in [p.name for p in e.params]:
            spec.error(py.at("audit"), f"{what}: audit: '{n}' is neither self nor a parameter")
            return
    if e.scope != "socket" and (e.py_gil == "io" or e.py_sync or e.py_unopened):
        spec.error(py.loc, f"{what}: gil: io, sync and unopened are for socket methods")
    try:
        e.py_args = pybind.bind(e, citem.func, e.params, results, e.scope)
    except pybind.BindError as err:
        spec.error(py.at("call") if "call" in py else (py.loc if py else e.loc),
                   f"{what}: the binding cannot call {citem.name}: {err}")
        return
    for r in results:
        if r.cparam is not None and r.kind in ("str_out", "fsstr_out", "bytes_out", "bytes_count") \
                and r.cparam.name not in e.py_sizes:
            spec.error(citem.fields.loc, f"{what}: result {r.kind}: give sizes: "
                                         f"{{{r.cparam.name}: ...}} on {citem.name}")
            return
        if r.kind in ("msg", "msg_into") and r.cparam.name not in e.py_frees:
            spec.error(citem.fields.loc, f"{what}: result {r.kind}: give frees: "
                                         f"{{{r.cparam.name}: ...}} on {citem.name}")
            return
        if r.kind in ("str_alloc", "fsstr_alloc", "hostent") and "return" not in e.py_frees:
            spec.error(citem.fields.loc, f"{what}: result {r.kind}: give frees: {{return: ...}} "
                                         f"on {citem.name}")
            return
        if r.kind == "ret" and citem.func.ret not in pybind._RET_BUILD:
            spec.error(r.loc, f"{what}: result ret: no Python int for a C {citem.func.ret}")
            return
    e.py_body = pybind.render_body(e)


def _py_variants(spec):
    """Entries whose parameters another CPython version parses with another
    converter get `py_variant`: (the PyRange where it holds, a copy of the
    entry with those converters).  The template renders the copy's wrapper
    and method flags under that range's PY_VERSION_HEX test, the entry's own
    otherwise; the *_impl body is shared (the C types must agree)."""
    by_entry = {}
    for r in spec.py_rules:
        if r.type:
            by_entry.setdefault((r.scope, r.entry), []).append(r)
    for e in spec.api_entries:
        e.py_variant = None
        rules = by_entry.get((e.scope, e.name))
        if not rules:
            continue
        what = f"{e.scope} '{e.name}'"
        if len({r.range for r in rules}) > 1:
            spec.error(rules[1].loc, f"{what}: converter rules of different version ranges "
                                     f"(one range per entry)")
            continue
        if not e.in_table or e.custom == "parse":
            spec.error(rules[0].loc, f"{what}: a converter rule needs a generated wrapper "
                                     f"(an extension entry without custom: parse)")
            continue
        types = {r.param: r.type for r in rules}
        v = copy.copy(e)
        v.params = [dataclasses.replace(p, type=types[p.name]) if p.name in types else p
                    for p in e.params]
        for p, q in zip(e.params, v.params):
            if p.impl_ctype != q.impl_ctype:
                spec.error(next(r.loc for r in rules if r.param == p.name),
                           f"{what}: parameter '{p.name}': converter {q.type} gives "
                           f"{q.impl_ctype}, not {p.impl_ctype} (the body is shared)")
                break
        else:
            e.py_variant = (rules[0].range, v)


def _cq(s: str) -> str:
    return '"' + s + '"'


def outputs(spec):
    files = getattr(spec, "api_files", [])
    if not files:
        return []
    src = [f.path for f in files]
    tests = apitest.calls(spec)
    outs = [Output("api_tests.c.j2", "tests/api_calls.c", src, {"calls": tests})]
    if all(s in spec.api for s in ("socket", "module")) and \
            all(hasattr(spec, a) for a in ("constant_list", "family_list")):
        # The Python binding's files read both scopes and the whole spec
        # (constants, families); a partial spec (the generator's small
        # test cases) does not render them.
        outs += [
            Output("python/methods.h.j2", "python/csock_py_methods.h", src),
            Output("python/methods.c.j2", "python/csock_py_methods.c", src),
            Output("python/_socket.pyi.j2", "python/_socket.pyi", src),
            Output("python/errors.c.j2", "python/csock_py_errors.c", [spec.errors_file]),
        ]
    return outs


register(Kind(name="api", pattern="api/*.yaml", build=build, resolve=resolve,
              outputs=outputs, order=40, required=False))
