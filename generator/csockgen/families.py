"""Kind `families`: spec/families/<af>.yaml, address families and formats.

Each file is one address family: the Python value its addresses take (a
str, or a tuple of typed fields), one or more formats (several when the
socket protocol selects the layout: AF_CAN, AF_BLUETOOTH), the struct
sockaddr each format maps to and the member each field goes to, the
platforms that have it, and valid/invalid example addresses.

The model (also read by the Python binding's generator):

  spec.family_list   Family, sorted by name (AF_ALG, AF_BLUETOOTH, ...)
  spec.families      name -> Family
  Family.formats     [AddrFormat]; AddrFormat.fields [Field] in tuple order
  Family.fields      the union member's fields (each name once, first wins)
  Family.valid / Family.invalid   [Example]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Kind, Output, register, unique_names
from .platforms import check_platforms

# C storage in the csock_addr member for each field type.
_CTYPE = {
    "host": "char", "port": "int", "be16": "int", "u16": "int", "u8": "int",
    "be32": "uint32_t", "u32": "uint32_t", "u64": "uint64_t", "int": "int",
    "ifname": "char", "bdaddr": "char", "bytes": "unsigned char", "str": "char",
    "path": "char",
}
_DEFAULT_RANGE = {"port": (0, 65535), "be16": (0, 65535), "u16": (0, 65535),
                  "u8": (0, 255)}
_INT_TYPES = {"port", "be16", "be32", "u8", "u16", "u32", "u64", "int"}
_STR_TYPES = {"host", "ifname", "bdaddr", "str", "path", "bytes"}
# C macros that must never be a member name (GNU predefines `unix`, `linux`).
_RESERVED = {"unix", "linux", "i386", "sun", "BSD"}
_ERROR_ARGS = {"caller", "family", "given", "count"}


@dataclass
class Field:
    name: str
    type: str
    doc: str
    member: str | None = None
    size: int | None = None
    optional: bool = False
    range: tuple | None = None
    range_error: str | None = None
    length_member: str | None = None
    length_error: str | None = None
    loc: object = None
    fields: object = None

    @property
    def ctype(self) -> str:
        return _CTYPE[self.type]

    @property
    def is_int(self) -> bool:
        return self.type in _INT_TYPES

    @property
    def capacity(self) -> int:
        """Array length in csock_addr for string/bytes types."""
        if self.type == "host":
            return 256
        if self.type == "ifname":
            return 17  # IFNAMSIZ + 1: a too-long name stays detectable
        if self.type == "bdaddr":
            return 32  # longer than any address: a too-long value stays detectable
        if self.type == "str":
            return (self.size or 64) + 1  # one more: a too-long value is detectable
        return self.size or 0


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
    codec: str
    loc: object
    family: object = None


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
    messages: dict = field(default_factory=dict)

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
    def multi(self) -> bool:
        return len(self.formats) > 1 or any(f.protos for f in self.formats)


def _field(d, loc) -> Field:
    rng = tuple(d["range"]) if "range" in d else _DEFAULT_RANGE.get(d["type"])
    return Field(d["name"], d["type"], d["doc"], d.get("member"), d.get("size"),
                 bool(d.get("optional", False)), rng, d.get("range_error"),
                 d.get("length_member"), d.get("length_error"), loc, d)


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


def build(spec, path, doc):
    if not hasattr(spec, "family_list"):
        spec.family_list = []
    formats = []
    fmts = doc["formats"]
    for i, f in enumerate(fmts):
        flds = f["fields"]
        formats.append(AddrFormat(
            f["name"], f["doc"], f["sockaddr"],
            [_field(x, flds.at(j)) for j, x in enumerate(flds)],
            list(f.get("protos", [])), f.get("header"),
            f.get("family_member", _family_member(f)),
            f.get("sockaddr_family"), f.get("codec", "generated"), fmts.at(i)))
    ex = doc["examples"]
    fam = Family(
        doc["name"], doc["doc"], doc["member"], list(doc["platforms"]),
        doc["python_type"], formats,
        [_example(e, ex["valid"].at(i), True) for i, e in enumerate(ex["valid"])],
        [_example(e, ex["invalid"].at(i), False) for i, e in enumerate(ex["invalid"])],
        doc.get("wrong_type_error", "addr_not_tuple"), doc.get("wrong_shape_error"),
        doc.get("proto_error"), path, doc.at("name"), doc)
    for f in formats:
        f.family = fam
    spec.family_list.append(fam)


def _check_message(spec, fam, name, loc, what):
    msgs = getattr(spec, "messages", {})
    m = msgs.get(name)
    if m is None:
        spec.error(loc, f"family {fam.name}: {what} '{name}' is not a message of spec/errors.yaml")
        return None
    bad = [a.name for a in m.args if a.name not in _ERROR_ARGS]
    if bad:
        spec.error(loc, f"family {fam.name}: message '{name}' takes argument(s) "
                        f"{', '.join(bad)}; address messages may use only "
                        f"{', '.join(sorted(_ERROR_ARGS))}")
    return m


def _values(spec, fam, fmt, value, loc, what):
    """Map a YAML example value onto the format's fields."""
    if fam.python_type in ("str", "bytes") and len(fmt.fields) == 1:
        if not isinstance(value, str):
            spec.error(loc, f"{what}: a {fam.name} address is a {fam.python_type}, not a list")
            return {}
        return {fmt.fields[0].name: value}
    if not isinstance(value, list):
        spec.error(loc, f"{what}: a {fam.name} address is a tuple (a YAML list)")
        return {}
    required = sum(1 for f in fmt.fields if not f.optional)
    if not required <= len(value) <= len(fmt.fields):
        spec.error(loc, f"{what}: format '{fmt.name}' takes {required} to "
                        f"{len(fmt.fields)} items, not {len(value)}")
        return {}
    out = {}
    for f, v in zip(fmt.fields, value):
        if f.type == "bytes" and isinstance(v, str):
            try:
                v = bytes.fromhex(v)
            except ValueError:
                spec.error(loc, f"{what}: field '{f.name}' (bytes) is written in hex, not {v!r}")
                v = b""
        elif f.is_int and not isinstance(v, int):
            spec.error(loc, f"{what}: field '{f.name}' ({f.type}) needs an integer, not {v!r}")
        elif not f.is_int and not isinstance(v, str):
            spec.error(loc, f"{what}: field '{f.name}' ({f.type}) needs a string, not {v!r}")
        out[f.name] = v
    for f in fmt.fields[len(value):]:
        out[f.name] = 0 if f.is_int else (b"" if f.type == "bytes" else "")
    return out


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
        if fam.python_type == "tuple" and not fam.wrong_shape_error:
            spec.error(d.loc, f"family {fam.name}: a tuple family needs wrong_shape_error")
        fmts = unique_names(spec, fam.formats, f"format of {fam.name}")
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
            for fl in f.fields:
                if consts is not None:
                    for p in f.protos:
                        if p not in consts:
                            spec.error(f.loc, f"format '{f.name}': protos: no such "
                                              f"constant '{p}'")
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
                if f.codec == "generated" and not fl.member and fl.type != "path":
                    spec.error(fl.loc, f"field '{fl.name}': a generated codec needs "
                                       f"the sockaddr member")
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
            opt = False
            for fl in f.fields:
                if opt and not fl.optional:
                    spec.error(fl.loc, f"field '{fl.name}': a required field after an "
                                       f"optional one")
                opt = opt or fl.optional
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


def outputs(spec):
    src = sorted({f.file for f in spec.family_list})
    return [
        Output("csock_addr.h.j2", "include/csock/csock_addr.h", src),
        Output("addr.c.j2", "src/addr.c", src + [spec.errors_file, spec.platforms_file]),
        Output("addr_tests.c.j2", "tests/addr_examples.c", src),
    ]


register(Kind(name="families", pattern="families/*.yaml", build=build,
              resolve=resolve, outputs=outputs, order=30))
