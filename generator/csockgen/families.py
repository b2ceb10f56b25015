"""Kind `families`: spec/families/<af>.yaml, address families and formats.

Each file is one address family: the Python value its addresses take (a
str, or a tuple of typed fields), one or more formats (several when the
socket protocol selects the layout: AF_CAN, AF_BLUETOOTH), the struct
sockaddr each format maps to and the member each field goes to, how
CPython parses and builds it (`python:`), the platforms that have it, and
valid/invalid example addresses.

The model, read by the C codec's templates (templates/addr.c.j2,
csock_addr.h.j2, addr_tests.c.j2) and the Python binding's
(templates/python/addr.c.j2, _socket.pyi.j2):

  spec.family_list   Family, sorted by name (AF_ALG, AF_BLUETOOTH, ...)
  spec.families      name -> Family
  Family.formats     [AddrFormat]; AddrFormat.fields [Field] in tuple order
                     (generator/csockgen/fieldtypes.py: one class per type)
  Family.fields      the union member's fields (each name once, first wins)
  Family.valid / Family.invalid   [Example]

Templates never branch on a field type: what a format's constructor,
encoder, decoder, comparison and Python codec are is rendered here and in
fieldtypes.py / pyaddr.py, and the templates place it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import pyaddr
from .fieldtypes import LAYOUT_CTYPES, MASK_UNITS, EncodeCx, DecodeCx, make_field
from .model import Kind, Output, register, unique_names
from .platforms import check_platforms
from .render import c_string

# C macros that must never be a member name (GNU predefines `unix`, `linux`).
_RESERVED = {"unix", "linux", "i386", "sun", "BSD"}
_ERROR_ARGS = {"caller", "family", "given", "count"}
# The python: keys a family gives its formats as defaults.
_PY_DEFAULTS = {"parse": None, "build": None, "tuple_check": True, "shape_message": True,
                "arg_name": None, "overflow_error": None, "parse_error": None,
                "type_error": None, "supported": True}


def _ind(lines, n=1):
    pad = "    " * n
    return [pad + ln if ln and not ln.startswith("#") else ln for ln in lines]


@dataclass
class Case:
    value: str
    members: dict
    decode: dict
    loc: object


@dataclass
class Variants:
    select: str
    error: str
    decode_error: str | None
    cases: list
    loc: object
    fields: object = None
    select_field: object = None


@dataclass
class AddrFormat:
    name: str
    doc: str
    sockaddr: str
    fields: list
    protos: list
    header: str | None
    family_member: str
    sockaddr_family: str | None
    loc: object
    layout: list = field(default_factory=list)
    layout_headers: list = field(default_factory=list)
    length_member: str | None = None
    check_order: list = field(default_factory=list)
    variants: Variants | None = None
    python_doc: dict = field(default_factory=dict)
    family: object = None
    python: dict = field(default_factory=dict)   # resolved: family defaults + own
    doc_fields: object = None

    # --- C ------------------------------------------------------------------
    @property
    def c_struct(self) -> str:
        """The struct's tag: the system's, or csock's own declaration."""
        return ("csock__" + self.sockaddr) if self.layout else self.sockaddr

    def layout_lines(self) -> list:
        if not self.layout:
            return []
        return ([f"struct {self.c_struct} {{"] +
                [f"    {LAYOUT_CTYPES[m['type']]} {m['name']};" for m in self.layout] +
                ["};"])

    @property
    def proto_guard(self) -> str:
        """The #if condition under which the format's protocol exists."""
        if not self.protos:
            return "1"
        return " || ".join(f"defined({p})" for p in self.protos)

    def ctors(self) -> list:
        """(name, params, body lines) of the format's constructors."""
        m = f"a.u.{self.family.member}"
        head = ["csock_addr a;", "memset(&a, 0, sizeof a);", f"a.family = {self.family.name};"]
        if self.protos:
            head += [f"#ifdef {self.protos[0]}", f"a.proto = {self.protos[0]};", "#endif"]
        out = []
        params = [p for f in self.fields for p in f.params()]
        body = list(head)
        for f in self.fields:
            body += f.ctor_lines(m)
        out.append((f"csock_addr_{self.name}", params, body + ["return a;"]))
        for f in self.fields:
            if hasattr(f, "bytes_ctor_lines"):
                out.append((f"csock_addr_{self.name}{f.ctor_suffix}",
                            ["const void *path", "size_t len"],
                            head + f.bytes_ctor_lines(m) + ["return a;"]))
        return out

    def test_ctor(self, values: dict) -> str:
        """The constructor call building `values` (an example's)."""
        suffix = "".join(getattr(f, "ctor_suffix", "") for f in self.fields)
        args = []
        for f in self.fields:
            v = values.get(f.name)
            args += f.default_args() if v is None else f.test_args(v)
        return f"csock_addr_{self.name}{suffix}({', '.join(args)})"

    def _err(self, name):
        return self.family.c_err(name, self)

    def _encode_order(self):
        named = {f.name: f for f in self.fields}
        first = [named[n] for n in self.check_order if n in named]
        return first + [f for f in self.fields if f not in first]

    def encode_lines(self) -> list:
        cx = EncodeCx(self, self._err)
        st = self.c_struct
        packed = any(f.packed for f in self.fields)
        out = [f"struct {st} *sa = (struct {st} *)(void *)ss;"]
        if packed:
            out.append("size_t packed = 0;")
        out += ["(void)caller;", "(void)err;", "(void)fd;"]
        if packed:
            out += ["memset(ss, 0, sizeof *ss);"]
        else:
            out += ["/* The kernel reads *len <= sizeof *sa bytes: zero those only. */",
                    "memset(sa, 0, sizeof *sa);"]
        out.append("*len = (socklen_t)sizeof *sa;")
        for f in self._encode_order():
            if f.member:
                out.append(f"/* {f.name} ({f.kind}) */")
                out += f.encode_lines(cx, f"sa->{f.member}")
        if self.variants:
            out += self._variant_lines(cx, encode=True)
        if packed:
            area = next(f.member for f in self.fields if f.packed)
            out += [f"*len = (socklen_t)(offsetof(struct {st}, {area}) + packed);",
                    "if (*len < (socklen_t)sizeof *sa)",
                    "    *len = (socklen_t)sizeof *sa;"]
        if self.length_member:
            out.append(f"sa->{self.length_member} = (unsigned char)*len;")
        out += [f"sa->{self.family_member} = {self.sockaddr_family or self.family.name};",
                "return 0;"]
        return out

    def decode_lines(self) -> list:
        cx = DecodeCx(self, self._err)
        st = self.c_struct
        out = [f"const struct {st} *sa =", f"    (const struct {st} *)(const void *)ss;"]
        if any(f.packed for f in self.fields):
            out.append("size_t packed = 0;")
        out += ["(void)len;", "(void)err;"]
        for f in self.fields:
            if f.member:
                out += f.decode_lines(cx, f"sa->{f.member}")
        if self.variants:
            out += self._variant_lines(cx, encode=False)
        out.append("return 0;")
        return out

    def _variant_lines(self, cx, encode):
        v = self.variants
        named = {f.name: f for f in self.fields}
        sel = v.select_field
        key = f"{cx.m}.{sel.name}" if encode else f"sa->{sel.member}"
        out = [f"switch ({key}) {{"]
        for c in v.cases:
            out.append(f"case {c.value}:")
            body = []
            members = dict(c.members)
            if not encode:
                members.update(c.decode)
            for fname, member in members.items():
                f = named[fname]
                body += (f.encode_lines(cx, f"sa->{member}") if encode
                         else f.decode_lines(cx, f"sa->{member}"))
            out += _ind(body + ["break;"])
        err = v.error if encode else v.decode_error
        out += ["default:", f"    return {cx.err(err)};", "}"]
        return out

    # --- Python (templates/python/addr.c.j2) -----------------------------------
    def py_from_lines(self) -> list:
        return pyaddr.from_py_lines(self)

    def py_to_lines(self) -> list:
        return pyaddr.to_py_lines(self)

    def repr_lines(self) -> list:
        return pyaddr.repr_lines(self)

    @property
    def pyi(self) -> list:
        return pyaddr.pyi_shapes(self)


@dataclass
class Example:
    name: str
    doc: str
    value: object            # str or list, as in Python
    decoded: object          # what decode gives (value when not given)
    format_name: str | None
    valid: bool
    error: str | None = None
    message: str | None = None
    socket: str | None = None
    caller: str = "bind"
    loc: object = None
    fields: object = None
    format: AddrFormat | None = None
    socket_family: object = None
    values: dict = field(default_factory=dict)    # field name -> value (encode input)
    dvalues: dict = field(default_factory=dict)   # field name -> decoded value

    @property
    def format_text(self):
        """What csock_addr_format writes for the decoded value (runtime/
        addr_format.c's forms; Python's repr() of the value for the
        families without one), or None where a value is a C name the
        generator cannot evaluate."""
        fam = self.format.family
        name = fam.alias.name if fam.alias else fam.name
        fields = fam.alias.formats[0].fields if fam.alias else self.format.fields
        vals = [self.dvalues.get(f.name) for f in fields]
        if any(f.is_int and not isinstance(v, int) for f, v in zip(fields, vals)):
            return None
        d = {f.name: v for f, v in zip(fields, vals)}
        if name == "AF_INET":
            return f"{d['host']}:{d['port']}"
        if name == "AF_INET6":
            scope = f"%{d['scope_id']}" if d.get("scope_id") and "%" not in d["host"] else ""
            return f"[{d['host']}{scope}]:{d['port']}"
        if name == "AF_UNIX":
            p = d["path"]
            if isinstance(p, bytes):
                p = p.decode("latin-1")
            if p.startswith("\0"):
                return "@" + "".join(c if 0x20 <= ord(c) < 0x7f else f"\\x{ord(c):02x}"
                                     for c in p[1:])
            return p
        def py(f, v):
            if f.build == "path":
                return v.encode("latin-1") if v.startswith("\0") else v
            return v
        items = [py(f, v) for f, v in zip(fields, vals)]
        if self.format.python["build"] == "scalar":
            return repr(items[0])
        return repr(tuple(items))
    error_kind: object = None
    proto: str | None = None     # the socket protocol the test uses (None: 0)


@dataclass
class Family:
    name: str
    doc: str
    member: str
    platform_names: list
    python_type: str
    formats: list
    examples_valid: list
    examples_invalid: list
    wrong_type_error: str
    wrong_shape_error: str | None
    proto_error: str | None
    file: str
    loc: object
    doc_fields: object = None
    platforms: list = field(default_factory=list)
    fields: list = field(default_factory=list)
    decode_proto_error: str | None = None
    decode_default: str | None = None
    python: dict = field(default_factory=dict)
    spec: object = None

    @property
    def valid(self):
        return self.examples_valid

    @property
    def invalid(self):
        return self.examples_invalid

    @property
    def guards(self) -> list:
        return [p.guard for p in self.platforms]

    @property
    def platform_guard(self) -> str:
        """On one of the family's platforms, with its AF_ macro defined."""
        return ("(" + " || ".join(f"defined({g})" for g in self.guards) + ")"
                f" && defined({self.name})")

    @property
    def have_addr(self) -> str:
        """csock_addr.h's macro: the family exists in this build (its
        platform, its AF_ macro and its sockaddr headers)."""
        return "CSOCK_ADDR_HAVE_" + self.member.upper()

    @property
    def guard(self) -> str:
        """The #if condition under which the family exists."""
        return f"defined({self.have_addr})"

    @property
    def have(self) -> str:
        return "CSOCK__HAVE_" + self.member.upper()

    def have_lines(self) -> list:
        """Where the family exists: CSOCK__HAVE_<member> and its headers."""
        return ([f"#if {self.guard}", f"#define {self.have} 1"] +
                [f"#include <{h}>" for h in self.headers] + ["#endif"])

    @property
    def multi(self) -> bool:
        return len(self.formats) > 1 or any(f.protos for f in self.formats)

    @property
    def headers(self) -> list:
        out = []
        for f in self.formats:
            if f.header and f.header not in out:
                out.append(f.header)
        return out

    @property
    def alias(self):
        """The family whose addresses this one takes too (AF_RDS: AF_INET)."""
        a = self.formats[0].sockaddr_family
        return self.spec.families.get(a) if a else None

    @property
    def py_count(self) -> int:
        return len(self.formats[0].fields)

    def c_err(self, name, fmt=None) -> str:
        """The C call raising message `name` from inside the codec."""
        fam = (fmt or self.formats[0]).sockaddr_family or self.name
        vals = {"caller": "caller", "family": c_string(fam), "given": "given",
                "count": "py_count(a->family)"}
        args = "".join(f", {vals[a.name]}" for a in self.spec.messages[name].args)
        return f"csock__err_{name}(err{args})"

    def equal_lines(self) -> list:
        out = []
        for f in self.fields:
            out += [f"if ({f.differs('a->u.' + self.member, 'b->u.' + self.member)})",
                    "    return 0;"]
        return out

    def wrong_lines(self) -> list:
        """A csock_addr of another family: the TypeError Python gives for
        that family's value (its Python type) where this one is wanted."""
        out = ["const char *given = py_type(a->family);", "(void)caller;", "(void)given;"]
        if self.python_type == "tuple":
            out += ['if (strcmp(given, "tuple") == 0)',
                    f"    return {self.c_err(self.wrong_shape_error)};"]
        out.append(f"return {self.c_err(self.wrong_type_error)};")
        return out

    def encode_dispatch(self) -> list:
        """Inside csock_addr_encode's `case AF_X:`."""
        out = []
        alias = self.alias
        if alias:
            t = self.member
            out += [f"/* {self.name} takes {alias.name}'s addresses too (same tuple). */",
                    f"if (a->family == {alias.name}) {{",
                    "    csock_addr t;",
                    f"    _Static_assert(sizeof t.u.{t} == sizeof a->u.{alias.member},",
                    f'                   "{t} and {alias.member} differ");',
                    "    memset(&t, 0, sizeof t);",
                    f"    t.family = {self.name};",
                    f"    memcpy(&t.u.{t}, &a->u.{alias.member}, sizeof t.u.{t});",
                    f"    return enc_{self.formats[0].name}(&t, fd, caller, ss, len, err);",
                    "}"]
        out += [f"if (a->family != {self.name})",
                f"    return wrong_{self.member}(a, caller, err);"]
        if not self.multi:
            return out + [f"return enc_{self.formats[0].name}(a, fd, caller, ss, len, err);"]
        out.append("switch (sock_proto) {")
        for f in self.formats:
            for p in f.protos:
                out += [f"#ifdef {p}", f"case {p}:",
                        f"    return enc_{f.name}(a, fd, caller, ss, len, err);", "#endif"]
        out += ["default:", f"    return {self.c_err(self.proto_error)};", "}"]
        return out

    def decode_dispatch(self) -> list:
        """Inside csock_addr_decode's `case AF_X:`."""
        if not self.multi:
            return [f"return dec_{self.formats[0].name}(&ss, len, out, err);"]
        out = ["out->proto = sock_proto;", "switch (sock_proto) {"]
        for f in self.formats:
            for p in f.protos:
                out += [f"#ifdef {p}", f"case {p}:",
                        f"    return dec_{f.name}(&ss, len, out, err);", "#endif"]
        out.append("default:")
        if self.decode_default:
            out.append(f"    return dec_{self.decode_default}(&ss, len, out, err);")
        elif self.decode_proto_error:
            out.append(f"    return {self.c_err(self.decode_proto_error)};")
        else:
            out.append("    return 0;")
        out.append("}")
        return out

    # --- Python -----------------------------------------------------------------
    def py_from_dispatch(self) -> list:
        return self._have(pyaddr.from_dispatch_lines(self))

    def py_to_dispatch(self) -> list:
        return self._have(pyaddr.to_dispatch_lines(self))

    def repr_dispatch(self) -> list:
        return self._have(pyaddr.repr_dispatch_lines(self))

    def _have(self, lines):
        return [f"#ifdef {self.have}"] + lines + ["#endif"] if lines else []

    @property
    def py_formats(self) -> list:
        return [f for f in self.formats if f.python["supported"]]



def build(spec, path, doc):
    if not hasattr(spec, "family_list"):
        spec.family_list = []
    formats = []
    fmts = doc["formats"]
    for i, f in enumerate(fmts):
        flds = f["fields"]
        fields = [make_field(x, flds.at(j)) for j, x in enumerate(flds)]
        var = None
        if "variants" in f:
            v = f["variants"]
            cs = v["cases"]
            var = Variants(v["select"], v["error"], v.get("decode_error"),
                           [Case(c["value"], dict(c["members"]), dict(c.get("decode", {})),
                                 cs.at(k)) for k, c in enumerate(cs)], f.at("variants"), v)
        formats.append(AddrFormat(
            f["name"], f["doc"], f["sockaddr"], fields,
            list(f.get("protos", [])), f.get("header"),
            f.get("family_member", _family_member(f)),
            f.get("sockaddr_family"), fmts.at(i),
            layout=list(f.get("layout", [])), layout_headers=list(f.get("layout_headers", [])),
            length_member=f.get("length_member"), check_order=list(f.get("check_order", [])),
            variants=var, python_doc=dict(f.get("python", {})), doc_fields=f))
    ex = doc["examples"]
    fam = Family(
        doc["name"], doc["doc"], doc["member"], list(doc["platforms"]),
        doc["python_type"], formats,
        [_example(e, ex["valid"].at(i), True) for i, e in enumerate(ex["valid"])],
        [_example(e, ex["invalid"].at(i), False) for i, e in enumerate(ex["invalid"])],
        doc.get("wrong_type_error", "addr_not_tuple"), doc.get("wrong_shape_error"),
        doc.get("proto_error"), path, doc.at("name"), doc,
        decode_proto_error=doc.get("decode_proto_error"),
        decode_default=doc.get("decode_default"), spec=spec)
    for f in formats:
        f.family = fam
        py = dict(_PY_DEFAULTS)
        py.update(doc.get("python", {}))
        py.update(f.python_doc)
        if py["parse"] is None:
            py["parse"] = "tuple" if fam.python_type == "tuple" else "scalar"
        if py["build"] is None:
            py["build"] = py["parse"]
        f.python = py
    spec.family_list.append(fam)


def _example(d, loc, valid: bool) -> Example:
    return Example(d["name"], d["doc"], d["value"], d.get("decoded", d["value"]),
                   d.get("format"), valid, d.get("error"), d.get("message"),
                   d.get("socket"), d.get("caller", "bind"), loc, d)


def _family_member(f) -> str:
    """sin_addr -> sin_family: the prefix of the first field's member."""
    for x in f["fields"]:
        if x.get("member"):
            return x["member"].split(".")[0].split("_")[0] + "_family"
    return "sa_family"


def _check_message(spec, fam, name, loc, what, args=_ERROR_ARGS):
    msgs = getattr(spec, "messages", {})
    m = msgs.get(name)
    if m is None:
        spec.error(loc, f"family {fam.name}: {what} '{name}' is not a message of spec/errors.yaml")
        return None
    bad = [a.name for a in m.args if a.name not in args]
    if bad:
        spec.error(loc, f"family {fam.name}: message '{name}' takes argument(s) "
                        f"{', '.join(bad)}; {what} may use only "
                        f"{', '.join(sorted(args))}")
    return m


def _values(spec, fam, fmt, value, loc, what):
    """Map a YAML example value onto the format's fields."""
    def bad(msg):
        spec.error(loc, f"{what}: {msg}")
    if fmt.python["parse"] == "scalar" and len(fmt.fields) == 1 and fam.python_type != "tuple":
        if not isinstance(value, str):
            bad(f"a {fam.name} address is a {fam.python_type}, not a list")
            return {}
        return {fmt.fields[0].name: value}
    if not isinstance(value, list):
        bad(f"a {fam.name} address is a tuple (a YAML list)")
        return {}
    required = sum(1 for f in fmt.fields if not f.optional)
    if not required <= len(value) <= len(fmt.fields):
        bad(f"format '{fmt.name}' takes {required} to {len(fmt.fields)} items, not {len(value)}")
        return {}
    return {f.name: f.example(v, bad) for f, v in zip(fmt.fields, value)}


def _check_python(spec, fam, fmt):
    py = fmt.python
    where = fmt.doc_fields.at("python") if "python" in fmt.doc_fields else \
        fam.doc_fields.at("python") if "python" in fam.doc_fields else fmt.loc
    for key in ("overflow_error", "parse_error"):
        if py[key]:
            _check_message(spec, fam, py[key], where, f"python.{key}", {"caller", "family"})
    if py["type_error"]:
        _check_message(spec, fam, py["type_error"]["error"], where, "python.type_error")
    if not py["supported"]:
        return
    vranges = {r for f in fmt.fields for r, _ in f.parse_versions}
    if len(vranges) > 1:
        spec.error(where, f"format '{fmt.name}': fields' python.versions give "
                          f"{len(vranges)} version ranges (one per format)")
    for f in fmt.fields:
        for r, u in f.parse_versions:
            if r.always:
                spec.error(f.loc, f"field '{f.name}': python.versions needs since or until")
            if u.scalar_only != f.parse.scalar_only:
                spec.error(f.loc, f"field '{f.name}': PyArg unit '{u.name}' of python.versions "
                                  f"and '{f.parse.name}' parse different shapes")
    if py["parse"] == "scalar":
        if len(fmt.fields) != 1 or not fmt.fields[0].parse.scalar_only:
            spec.error(where, f"format '{fmt.name}': python.parse scalar needs one field "
                              f"of a whole-value unit (y, path)")
        elif fmt.fields[0].parse.name == "y" and not (py["parse_error"] or fam.wrong_type_error):
            spec.error(where, f"format '{fmt.name}': a bytes value needs python.parse_error")
    else:
        for f in fmt.fields:
            if f.parse.scalar_only:
                spec.error(f.loc, f"field '{f.name}': PyArg unit '{f.parse.name}' is a whole "
                                  f"value, not a tuple item")
        if py["shape_message"] and not py["arg_name"] and fam.wrong_shape_error:
            m = spec.messages.get(fam.wrong_shape_error)
            if m is not None and m.args:
                spec.error(where, f"format '{fmt.name}': wrong_shape_error "
                                  f"'{fam.wrong_shape_error}' takes arguments; PyArg's "
                                  f"';message' cannot (use python.arg_name or shape_message: false)")
    if py["build"] == "scalar" and len(fmt.fields) != 1:
        spec.error(where, f"format '{fmt.name}': python.build scalar needs exactly one field")
    for f in fmt.fields:
        if f.default is not None and not f.is_int:
            spec.error(f.fields.at("default"), f"field '{f.name}': only integer fields take "
                                               f"a default")
        if f.default is not None and not f.optional:
            spec.error(f.fields.at("default"), f"field '{f.name}': a default needs optional: true")


def _check_variants(spec, fam, fmt):
    v = fmt.variants
    if not v:
        return
    named = {f.name: f for f in fmt.fields}
    v.select_field = named.get(v.select)
    if v.select_field is None or not v.select_field.member or not v.select_field.is_int:
        spec.error(v.fields.at("select"), f"format '{fmt.name}': variants.select '{v.select}' "
                                          f"is not an integer field with a member")
    _check_message(spec, fam, v.error, v.fields.at("error"), "variants.error", {"caller"})
    if v.decode_error:
        _check_message(spec, fam, v.decode_error, v.fields.at("decode_error"),
                       "variants.decode_error", set())
    else:
        spec.error(v.loc, f"format '{fmt.name}': variants need decode_error")
    for c in v.cases:
        for key in ("members", "decode"):
            for fname in getattr(c, key):
                f = named.get(fname)
                if f is None:
                    spec.error(c.loc, f"format '{fmt.name}': variants case {c.value}: no "
                                      f"field '{fname}'")
                elif f.member:
                    spec.error(c.loc, f"format '{fmt.name}': variants case {c.value}: field "
                                      f"'{fname}' has a member of its own")


def resolve(spec):
    spec.family_list = sorted(getattr(spec, "family_list", []), key=lambda f: f.name)
    spec.families = unique_names(spec, spec.family_list, "family")
    members = {}
    consts = getattr(spec, "constants", None)
    for fam in spec.family_list:
        d = fam.doc_fields
        fam.platforms = check_platforms(spec, fam.platform_names, d["platforms"],
                                        f"family {fam.name}")
        if consts is not None and fam.name not in consts:
            spec.error(d.at("name"), f"family {fam.name}: no such constant in spec/constants")
        if fam.member in _RESERVED:
            spec.error(d.at("member"), f"family {fam.name}: member '{fam.member}' is a "
                                       f"predefined macro on some compilers")
        if fam.member in members:
            spec.error(d.at("member"), f"family {fam.name}: member '{fam.member}' is "
                                       f"already used by {members[fam.member].name}")
        members.setdefault(fam.member, fam)
        _check_message(spec, fam, fam.wrong_type_error, d.at("wrong_type_error"),
                       "wrong_type_error")
        if fam.wrong_shape_error:
            _check_message(spec, fam, fam.wrong_shape_error, d.at("wrong_shape_error"),
                           "wrong_shape_error")
        if fam.proto_error:
            _check_message(spec, fam, fam.proto_error, d.at("proto_error"), "proto_error")
        if fam.decode_proto_error:
            _check_message(spec, fam, fam.decode_proto_error, d.at("decode_proto_error"),
                           "decode_proto_error", set())
        if fam.python_type == "tuple" and not fam.wrong_shape_error:
            spec.error(d.loc, f"family {fam.name}: a tuple family needs wrong_shape_error")
        fmts = unique_names(spec, fam.formats, f"format of {fam.name}")
        if fam.decode_default and fam.decode_default not in fmts:
            spec.error(d.at("decode_default"), f"family {fam.name}: decode_default: no format "
                                               f"'{fam.decode_default}'")
        if len(fam.formats) > 1:
            for f in fam.formats:
                if not f.protos:
                    spec.error(f.loc, f"family {fam.name}: format '{f.name}' needs protos "
                                      f"(the family has several formats)")
            if not fam.proto_error:
                spec.error(d.loc, f"family {fam.name}: several formats need proto_error")
        # The union member: every field name once, with one type.
        seen = {}
        for f in fam.formats:
            if consts is not None:
                for p in f.protos:
                    if p not in consts:
                        spec.error(f.loc, f"format '{f.name}': protos: no such "
                                          f"constant '{p}'")
            if f.layout and f.header:
                spec.error(f.loc, f"format '{f.name}': a declared layout and a header")
            named = {x.name for x in f.fields}
            for n in f.check_order:
                if n not in named:
                    spec.error(f.doc_fields.at("check_order"),
                               f"format '{f.name}': check_order: no field '{n}'")
            if f.layout:
                lm = {m["name"] for m in f.layout}
                for x in f.fields:
                    if x.member and x.member.split(".")[0] not in lm:
                        spec.error(x.loc, f"field '{x.name}': member '{x.member}' is not in "
                                          f"the format's layout")
                if f.family_member not in lm:
                    spec.error(f.loc, f"format '{f.name}': family member '{f.family_member}' "
                                      f"is not in the layout")
            variant_fields = {n for c in (f.variants.cases if f.variants else [])
                              for n in list(c.members) + list(c.decode)}
            for fl in f.fields:
                if fl.name in seen:
                    o = seen[fl.name]
                    if (o.type, o.capacity) != (fl.type, fl.capacity):
                        spec.error(fl.loc, f"format '{f.name}': field '{fl.name}' has "
                                           f"type {fl.type}, elsewhere {o.type}")
                else:
                    seen[fl.name] = fl
                    fam.fields.append(fl)
                if fl.type in ("bytes", "str", "path") and not fl.size:
                    spec.error(fl.loc, f"field '{fl.name}': type {fl.type} needs a size")
                if not fl.member and fl.needs_member and fl.name not in variant_fields:
                    spec.error(fl.loc, f"field '{fl.name}': needs the sockaddr member "
                                       f"(member, or a variants case)")
                if fl.packed and not (fl.length_member and fl.length_error):
                    spec.error(fl.loc, f"field '{fl.name}': a packed field needs "
                                       f"length_member and length_error")
                if fl.type in ("bytes", "str") and not fl.packed and fl.member and \
                        not fl.length_error:
                    spec.error(fl.loc, f"field '{fl.name}': type {fl.type} needs length_error")
                if fl.type == "path" and not fl.length_error:
                    spec.error(fl.loc, f"field '{fl.name}': type path needs length_error")
                if fl.range and fl.range[0] > fl.range[1]:
                    spec.error(fl.fields.at("range"), f"field '{fl.name}': empty range")
                if fl.range_error:
                    _check_message(spec, fam, fl.range_error, fl.fields.at("range_error"),
                                   "range_error")
                if fl.length_error:
                    _check_message(spec, fam, fl.length_error, fl.fields.at("length_error"),
                                   "length_error")
                if fl.type == "path" and fl.name != "path":
                    spec.error(fl.loc, "a field of type path must be named 'path'")
                fl.check(spec, f, f"format '{f.name}'")
            opt = False
            for fl in f.fields:
                if opt and not fl.optional:
                    spec.error(fl.loc, f"field '{fl.name}': a required field after an "
                                       f"optional one")
                opt = opt or fl.optional
            _check_variants(spec, fam, f)
            _check_python(spec, fam, f)
        for ex in fam.examples_valid + fam.examples_invalid:
            what = f"example '{ex.name}'"
            fmt = fmts.get(ex.format_name) if ex.format_name else fam.formats[0]
            if fmt is None:
                spec.error(ex.fields.at("format"),
                           f"{what}: no format '{ex.format_name}' in {fam.name}")
                continue
            ex.format = fmt
            ex.proto = ex.fields.get("proto") or (fmt.protos[0] if fmt.protos else None)
            if ex.fields.get("proto") and ex.proto not in fmt.protos:
                spec.error(ex.fields.at("proto"), f"{what}: proto '{ex.proto}' does not "
                                                  f"select format '{fmt.name}'")
            ex.values = _values(spec, fam, fmt, ex.value, ex.fields.at("value"), what)
            if ex.valid:
                ex.dvalues = _values(spec, fam, fmt, ex.decoded, ex.fields.at("decoded"),
                                     what)
            else:
                kinds = getattr(spec, "error_kinds", {})
                ex.error_kind = kinds.get(ex.error)
                if ex.error_kind is None:
                    spec.error(ex.fields.at("error"), f"{what}: unknown error kind '{ex.error}'")
        unique_names(spec, fam.examples_valid + fam.examples_invalid,
                     f"example of {fam.name}")
    # socket: references name families.
    for fam in spec.family_list:
        for ex in fam.examples_invalid:
            if ex.socket:
                ex.socket_family = spec.families.get(ex.socket)
                if ex.socket_family is None:
                    spec.error(ex.fields.at("socket"),
                               f"example '{ex.name}': socket family '{ex.socket}' is not "
                               f"a family of spec/families")
            else:
                ex.socket_family = fam
    spec.family_formats = [f for fam in spec.family_list for f in fam.formats]
    shapes = []
    for fam in spec.family_list:
        for f in fam.py_formats:
            for sh in f.pyi:
                if sh not in shapes:
                    shapes.append(sh)
    # The .pyi annotation of an address argument: any family's value.
    spec.address_pyi = " | ".join(shapes)
    spec.layout_formats = [f for f in spec.family_formats if f.layout]
    bd = []
    for f in spec.layout_formats:
        if any(m["type"] == "bdaddr" for m in f.layout) and f.family.have not in bd:
            bd.append(f.family.have)
    # The #if under which csock__bdaddr is needed ("" where nothing needs it).
    spec.layout_bdaddr = " || ".join(f"defined({h})" for h in bd)


def outputs(spec):
    src = sorted({f.file for f in spec.family_list})
    return [
        Output("csock_addr.h.j2", "include/csock/csock_addr.h", src),
        Output("addr.c.j2", "src/addr.c", src + [spec.errors_file, spec.platforms_file]),
        Output("addr_tests.c.j2", "tests/addr_examples.c", src),
        Output("python/addr.c.j2", "python/csock_py_addr.c",
               src + [spec.errors_file, spec.platforms_file],
               context={"mask_units": MASK_UNITS}),
        Output("fuzz_seeds.c.j2", "fuzz/seed_examples.c", src),
    ]


register(Kind(name="families", pattern="families/*.yaml", build=build,
              resolve=resolve, outputs=outputs, order=30))
