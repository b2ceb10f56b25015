"""What a field of an address format means, once, for every codec.

One class per field type (`type:` in spec/families/*.yaml), in the manner
of the Linux YNL generator's Type classes: a field object knows its
csock_addr member, its constructor parameter, how encode checks it and
writes it into the sockaddr, how decode reads it back, how two values
compare, how CPython's getsockaddrarg parses it (a PyArg unit) and
makesockaddr builds it (a Py_BuildValue unit), its .pyi annotation, and the
range/length check with its message.  Templates never branch on a type:
they ask the field (and the format, families.py, which strings its fields
together).

C code comes back as lists of lines without the function's indentation;
`cx` (an EncodeCx/DecodeCx) names what the lines may use: `m` the field's
csock_addr member struct, `sa` the sockaddr, `af` the family for hosts,
`err(name)` the call that raises a message of spec/errors.yaml.
"""
from __future__ import annotations

from .pyversions import PyRange, parse as parse_version
from .render import c_string

# ---------------------------------------------------------------------------
# Python units: CPython's PyArg_ParseTuple / Py_BuildValue letters
# ---------------------------------------------------------------------------


class ParseUnit:
    """A PyArg_ParseTuple unit.  `text` units give the codec an addr_text
    (pointer, length and what to release), the others a C scalar.  A unit
    knows the C it takes in the parse: the variable (v_<field>), what
    PyArg fills on the slow path, PyArg's arguments, how that becomes the
    variable, and what to release once the value is stored."""

    text = False
    scalar_only = False
    converter = None

    def __init__(self, name, fmt, ctype=None, pyi="int", fast=None):
        self.name = name
        self.fmt = fmt              # the letters in PyArg's format
        self.ctype = ctype          # the C variable PyArg fills
        self.pyi = pyi
        self.fast = fast            # generated helper taking the common case

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"

    def decl(self, v, default) -> list:
        return [f"{self.ctype} {v} = {default};"]

    def temps(self, v) -> list:
        return []

    def args(self, v) -> list:
        return [f"&{v}"]

    def after(self, v) -> list:
        return []

    def release(self, v) -> list:
        return []


class TextUnit(ParseUnit):
    text = True

    def decl(self, v, default):
        return [f"addr_text {v} = ADDR_TEXT_EMPTY;"]


class StrUnit(TextUnit):
    """s: a UTF-8 char pointer PyArg lends."""

    def temps(self, v):
        return [f"const char *{v}_s = NULL;"]

    def args(self, v):
        return [f"&{v}_s"]

    def after(self, v):
        return [f"if ({v}_s != NULL)", f"    addr_text_str(&{v}, {v}_s);"]


class ObjUnit(TextUnit):
    """O& with a converter giving a new bytes object (PyUnicode_FSConverter)."""

    def __init__(self, name, converter, **kw):
        super().__init__(name, "O&", **kw)
        self.converter = converter

    def temps(self, v):
        return [f"PyObject *{v}_o = NULL;"]

    def args(self, v):
        return [self.converter, f"&{v}_o"]

    def after(self, v):
        return [f"if ({v}_o != NULL)", f"    addr_text_own(&{v}, {v}_o);"]

    def release(self, v):
        return [f"Py_XDECREF({v}.obj);"]


class DirectUnit(ObjUnit):
    """O& with a converter that fills the addr_text itself (the IDNA one)."""

    def temps(self, v):
        return []

    def args(self, v):
        return [self.converter, f"&{v}"]

    def after(self, v):
        return []


class BufferUnit(TextUnit):
    """y*: a buffer PyArg exports, released after the store."""

    def decl(self, v, default):
        return super().decl(v, default) + [f"Py_buffer {v}_b = {{0}};"]

    def args(self, v):
        return [f"&{v}_b"]

    def after(self, v):
        return [f"if ({v}_b.obj != NULL)", f"    addr_text_buffer(&{v}, &{v}_b);"]

    def release(self, v):
        return [f"PyBuffer_Release(&{v}_b);"]


class WholeUnit(TextUnit):
    """The whole value, not a tuple item (python.parse: scalar)."""
    scalar_only = True


_PARSE = {u.name: u for u in [
    ParseUnit("i", "i", "int", fast="csock_py_fast_int"),
    ParseUnit("I", "I", "unsigned int", fast="addr_fast_I"),
    ParseUnit("H", "H", "unsigned short", fast="addr_fast_H"),
    ParseUnit("B", "B", "unsigned char", fast="addr_fast_B"),
    ParseUnit("k", "k", "unsigned long", fast="addr_fast_k"),
    ParseUnit("K", "K", "unsigned long long", fast="addr_fast_K"),
    StrUnit("s", "s", pyi="str", fast="addr_fast_ascii"),
    ObjUnit("fs", "PyUnicode_FSConverter", pyi="str | bytes", fast="addr_fast_fs"),
    DirectUnit("idna", "addr_idna_converter", pyi="str | bytes | bytearray",
               fast="addr_fast_ascii"),
    BufferUnit("y*", "y*", pyi="bytes", fast="addr_fast_bytes"),
    WholeUnit("y", None, pyi="bytes"),     # a bytes object (SCO)
    WholeUnit("y_or_s", None, pyi="bytes | str"),   # bytes, or str in UTF-8 (SCO, 3.13)
    WholeUnit("path", None, pyi="str | bytes"),
]}
# The mask units: PyArg's I, H, B, k, K keep the low bits of any int.
MASK_UNITS = [u for u in _PARSE.values() if u.fast and u.fast.startswith("addr_fast_")
              and not u.text]

# Py_BuildValue letters -> the C expression building the object from x (a
# csock_addr member; y# and path also read its length member).
_BUILD = {
    "i": "PyLong_FromLong((long){x})",
    "I": "PyLong_FromUnsignedLong((unsigned int){x})",
    "k": "PyLong_FromUnsignedLong((unsigned long){x})",
    "K": "PyLong_FromUnsignedLongLong((unsigned long long){x})",
    "s": "PyUnicode_FromStringAndSize({x}, (Py_ssize_t)strnlen({x}, sizeof {x}))",
    "fs": "PyUnicode_DecodeFSDefaultAndSize({x}, (Py_ssize_t)strnlen({x}, sizeof {x}))",
    "y#": "PyBytes_FromStringAndSize((const char *){x}, (Py_ssize_t){x}_len)",
    "path": "addr_path_to_py({x}, {m}.len)",
}

# The same units as text: Python's repr() of what each builds, written by
# the runtime's csock__text helpers (runtime/addr_internal.h) for
# csock_addr_format.
_REPR = {
    "i": "csock__text_printf(o, \"%ld\", (long){x});",
    "I": "csock__text_printf(o, \"%u\", (unsigned int){x});",
    "k": "csock__text_printf(o, \"%lu\", (unsigned long){x});",
    "K": "csock__text_printf(o, \"%llu\", (unsigned long long){x});",
    "s": "csock__text_pystr(o, {x}, strnlen({x}, sizeof {x}));",
    "fs": "csock__text_pystr(o, {x}, strnlen({x}, sizeof {x}));",
    "y#": "csock__text_pybytes(o, (const unsigned char *){x}, {x}_len);",
    "path": "csock__text_pypath(o, {x}, {m}.len);",
}


# ---------------------------------------------------------------------------
# Contexts the emitters read
# ---------------------------------------------------------------------------


class EncodeCx:
    """csock_addr -> struct sockaddr.  `err(name)` renders the call raising
    message `name` (spec/errors.yaml) with the arguments it takes."""

    def __init__(self, fmt, err):
        self.fmt = fmt
        self.m = f"a->u.{fmt.family.member}"
        self.sa = "sa"
        self.af = fmt.sockaddr_family or fmt.family.name
        self.err = err


class DecodeCx:
    def __init__(self, fmt, err):
        self.fmt = fmt
        self.m = f"out->u.{fmt.family.member}"
        self.sa = "sa"
        self.af = fmt.sockaddr_family or fmt.family.name
        self.err = err


def _block(lines):
    """Lines in a C block of their own (local variables)."""
    return ["{"] + ["    " + ln if ln else ln for ln in lines] + ["}"]


# ---------------------------------------------------------------------------
# Field types
# ---------------------------------------------------------------------------

TYPES: dict = {}


def field_type(name):
    def reg(cls):
        cls.kind = name
        TYPES[name] = cls
        return cls
    return reg


class Field:
    """A field of an address format: one item of the Python tuple, one
    member of the family's csock_addr struct."""

    kind = ""
    parse_unit = "i"          # CPython's PyArg unit for this type
    build_unit = "i"          # CPython's Py_BuildValue unit
    is_int = False
    default_range = None
    needs_member = True       # a generated codec must name the sockaddr member

    def __init__(self, d, loc):
        self.fields = d
        self.loc = loc
        self.name = d["name"]
        self.type = d["type"]
        self.doc = d["doc"]
        self.member = d.get("member")
        self.size = d.get("size")
        self.optional = bool(d.get("optional", False))
        self.default = d.get("default")
        self.range = tuple(d["range"]) if "range" in d else self.default_range
        self.range_error = d.get("range_error")
        self.length_member = d.get("length_member")
        self.length_error = d.get("length_error")
        self.empty_is_any = bool(d.get("empty_is_any", False))
        self.packed = bool(d.get("packed", False))
        py = d.get("python", {})
        self.parse = _PARSE[py.get("parse", self.parse_unit)]
        self.build = py.get("build", self.build_unit)
        # other CPython versions' units: [(PyRange, unit)]
        self.parse_versions = [(PyRange(parse_version(v["since"]) if "since" in v else None,
                                        parse_version(v["until"]) if "until" in v else None),
                                _PARSE[v["parse"]])
                               for v in py.get("versions", [])]

    # --- shape of the csock_addr member ---------------------------------
    @property
    def ctype(self) -> str:
        raise NotImplementedError

    @property
    def capacity(self):
        """What tells two fields of one name apart (they must agree)."""
        return self.ctype

    @property
    def pyi(self) -> str:
        return self.parse.pyi

    def struct_lines(self) -> list:
        return [f"{self.ctype} {self.name};  /* {self.kind}: {_cdoc(self.doc)} */"]

    def params(self) -> list:
        return [f"{self.ctype} {self.name}"]

    def ctor_lines(self, m) -> list:
        return [f"{m}.{self.name} = {self.name};"]

    def differs(self, x, y) -> str:
        return f"{x}.{self.name} != {y}.{self.name}"

    # --- the spec's example values ----------------------------------------
    def zero(self):
        return 0

    def example(self, v, bad):
        """A YAML example value -> the value (bad(msg) reports a problem)."""
        return v

    def test_args(self, v) -> list:
        return [str(v)]

    def default_args(self) -> list:
        """Constructor arguments for an omitted optional field."""
        if self.default is None:
            return self.test_args(self.zero())
        return [str(self.default)]

    # --- C encode / decode -------------------------------------------------
    def encode_lines(self, cx, dst) -> list:
        raise NotImplementedError

    def decode_lines(self, cx, src) -> list:
        raise NotImplementedError

    # --- Python ------------------------------------------------------------
    def py_store(self, m, var) -> list:
        """Store what the parse unit gave (var) into the csock_addr."""
        return [f"{m}.{self.name} = ({self.ctype}){var};"]

    def py_build(self, m) -> str:
        return _BUILD[self.build].format(x=f"{m}.{self.name}", m=m)

    def repr_stmt(self, m) -> str:
        """C appending Python's repr() of py_build's value to csock__text o."""
        return _REPR[self.build].format(x=f"{m}.{self.name}", m=m)

    def check(self, spec, fmt, what):
        """Semantic checks of the spec (spec.error on a problem)."""
        if self.parse.text != self.text_storage:
            spec.error(self.loc, f"{what}: field '{self.name}' ({self.kind}) cannot be "
                                 f"parsed with PyArg unit '{self.parse.name}'")
        if self.build not in self.builds:
            spec.error(self.loc, f"{what}: field '{self.name}' ({self.kind}) cannot be "
                                 f"built with Py_BuildValue unit '{self.build}'")

    text_storage = False
    builds = ("i", "I", "k", "K")


def _cdoc(s):
    return str(s).replace("*/", "* /").replace("\n", " ").strip()


class IntField(Field):
    is_int = True
    hton = None               # htons / htonl for network byte order
    unsigned = False

    @property
    def ctype(self):
        return self._ctype

    def test_args(self, v):
        if isinstance(v, str):       # a constant
            return [v]
        if self._ctype == "uint64_t":
            return [f"UINT64_C({v})"]
        return [f"{v}u" if self.unsigned else str(v)]

    def example(self, v, bad):
        if not isinstance(v, int):
            bad(f"field '{self.name}' ({self.kind}) needs an integer, not {v!r}")
        return v

    def encode_lines(self, cx, dst):
        out = []
        x = f"{cx.m}.{self.name}"
        if self.range and self.range_error:
            lo, hi = self.range
            if self.unsigned:
                cond = f"{x} > {hi}u" + (f" || {x} < {lo}u" if lo > 0 else "")
            else:
                cond = f"{x} < {lo} || {x} > {hi}"
            out += [f"if ({cond})", f"    return {cx.err(self.range_error)};"]
        if self.hton == "htons":
            out.append(f"{dst} = htons((uint16_t){x});")
        elif self.hton == "htonl":
            out.append(f"{dst} = htonl({x});")
        else:
            out.append(f"{dst} = {x};")
        return out

    def decode_lines(self, cx, src):
        x = f"{cx.m}.{self.name}"
        if self.hton == "htons":
            return [f"{x} = ntohs({src});"]
        if self.hton == "htonl":
            return [f"{x} = ntohl({src});"]
        return [f"{x} = ({self.ctype}){src};"]


@field_type("port")
class PortField(IntField):
    """A TCP/UDP port: an int in the csock_addr, big-endian in the sockaddr."""
    _ctype = "int"
    hton = "htons"
    default_range = (0, 65535)


@field_type("be16")
class Be16Field(PortField):
    """A 16-bit number in network byte order (AF_PACKET's protocol)."""


@field_type("be32")
class Be32Field(IntField):
    _ctype = "uint32_t"
    unsigned = True
    hton = "htonl"
    parse_unit = "I"
    build_unit = "I"


@field_type("u8")
class U8Field(IntField):
    _ctype = "int"
    parse_unit = "B"
    default_range = (0, 255)


@field_type("u16")
class U16Field(IntField):
    _ctype = "int"
    parse_unit = "H"
    default_range = (0, 65535)


@field_type("u32")
class U32Field(IntField):
    _ctype = "uint32_t"
    unsigned = True
    parse_unit = "I"
    build_unit = "I"


@field_type("u64")
class U64Field(IntField):
    _ctype = "uint64_t"
    unsigned = True
    parse_unit = "K"
    build_unit = "K"


@field_type("int")
class IntTypeField(IntField):
    """A C int stored as the sockaddr member's type (truncated as C does)."""
    _ctype = "int"


class TextField(Field):
    """A NUL-terminated string in a char array one longer than anything
    valid, so that a value too long stays detectable by encode."""
    text_storage = True
    builds = ("s", "fs")
    parse_unit = "s"
    build_unit = "s"
    cap = ""

    @property
    def ctype(self):
        return "char"

    @property
    def capacity(self):
        return self.cap

    def struct_lines(self):
        return [f"char {self.name}[{self.cap}];  /* {_cdoc(self.doc)} */"]

    def params(self):
        return [f"const char *{self.name}"]

    def ctor_lines(self, m):
        return [f"copy_str({m}.{self.name}, sizeof {m}.{self.name}, {self.name});"]

    def differs(self, x, y):
        return f"strncmp({x}.{self.name}, {y}.{self.name}, sizeof {x}.{self.name}) != 0"

    def zero(self):
        return ""

    def example(self, v, bad):
        if not isinstance(v, str):
            bad(f"field '{self.name}' ({self.kind}) needs a string, not {v!r}")
        return v

    def test_args(self, v):
        return [c_string(v)]

    def py_store(self, m, var):
        return [f"addr_copy_text({m}.{self.name}, sizeof {m}.{self.name}, &{var});"]


@field_type("host")
class HostField(TextField):
    """A host name or numeric address, resolved at encode (Python's
    setipaddr: '' the wildcard, '<broadcast>', numeric fast path, then
    getaddrinfo); decoded as the numeric address."""
    cap = "CSOCK_ADDR_HOST_MAX"
    parse_unit = "idna"

    def encode_lines(self, cx, dst):
        return [f"if (csock__addr_host({cx.m}.{self.name}, {cx.af}, &{dst}, sizeof {dst}, err) < 0)",
                "    return -1;"]

    def decode_lines(self, cx, src):
        return [f"if (!csock__addr_ntop({cx.af}, &{src}, {cx.m}.{self.name}, sizeof {cx.m}.{self.name}))",
                "    return csock__set_os_error(err, errno);"]


@field_type("ifname")
class IfnameField(TextField):
    """An interface name, an index in the sockaddr.  Looked up with
    SIOCGIFINDEX on the socket (if_nametoindex without one); with
    length_error a name of IFNAMSIZ bytes or more is that error, without
    it the name is cut to IFNAMSIZ-1 bytes first (CPython's strncpy).
    Decoded with if_indextoname ('' for 0 or an unknown index)."""
    cap = "CSOCK_ADDR_IFNAME_MAX"
    parse_unit = "fs"
    build_unit = "fs"

    def encode_lines(self, cx, dst):
        x = f"{cx.m}.{self.name}"
        out = []
        if self.length_error:
            out += [f"if (strnlen({x}, sizeof {x}) >= CSOCK_ADDR_IFNAME_MAX - 1)",
                    f"    return {cx.err(self.length_error)};"]
        out += [f"if (csock__addr_ifindex({x}, {int(self.empty_is_any)}, fd, &idx, err) < 0)",
                "    return -1;",
                f"{dst} = idx;"]
        return _block(["int idx;"] + out)

    def decode_lines(self, cx, src):
        return [f"csock__addr_ifname((int){src}, {cx.m}.{self.name});"]


@field_type("bdaddr")
class BdaddrField(TextField):
    """A Bluetooth address "XX:XX:XX:XX:XX:XX" (CPython's setbdaddr /
    makebdaddr: 6 bytes, last group first); decoded in upper case."""
    cap = "CSOCK_ADDR_BDADDR_MAX"

    def encode_lines(self, cx, dst):
        return [f"if (csock__addr_bdaddr_parse({cx.m}.{self.name}, &{dst}, err) < 0)",
                "    return -1;"]

    def decode_lines(self, cx, src):
        return [f"csock__addr_bdaddr_format(&{src}, {cx.m}.{self.name});"]


@field_type("str")
class StrField(TextField):
    """A string in a fixed char array of the sockaddr that keeps a NUL
    (AF_ALG's type and name), or, packed, the first bytes of a shared
    data area (AF_LINK's name in sdl_data)."""

    @property
    def cap(self):
        return str((self.size or 64) + 1)

    def encode_lines(self, cx, dst):
        x = f"{cx.m}.{self.name}"
        if self.packed:
            return _packed_encode(self, cx, dst, f"strnlen({x}, sizeof {x})", x)
        return _block([f"size_t n = strnlen({x}, sizeof {x});",
                       f"if (n >= sizeof {dst})",
                       f"    return {cx.err(self.length_error)};",
                       f"memcpy({dst}, {x}, n);"])

    def decode_lines(self, cx, src):
        x = f"{cx.m}.{self.name}"
        if self.packed:
            return _packed_decode(self, cx, src, x, f"sizeof {x} - 1", "")
        return _block([f"size_t n = strnlen((const char *){src}, sizeof {src});",
                       f"if (n >= sizeof {x})",
                       f"    n = sizeof {x} - 1;",
                       f"memcpy({x}, {src}, n);"])


def _packed_room(cx, dst):
    member = dst.split("->", 1)[1]
    return f"sizeof(struct sockaddr_storage) - offsetof(struct {cx.fmt.c_struct}, {member})"


def _packed_encode(f, cx, dst, nexpr, src):
    return _block([f"size_t n = {nexpr};",
                   f"if (n > {_packed_room(cx, dst)} - packed)",
                   f"    return {cx.err(f.length_error)};",
                   f"memcpy((char *)ss + offsetof(struct {cx.fmt.c_struct}, {dst.split('->', 1)[1]}) + packed, {src}, n);",
                   f"{cx.sa}->{f.length_member} = (unsigned char)n;",
                   "packed += n;"])


def _packed_decode(f, cx, src, x, cap, setlen):
    lines = [f"size_t n = {cx.sa}->{f.length_member}, k;",
             f"if (n > {_packed_room(cx, src)} - packed)",
             f"    n = {_packed_room(cx, src)} - packed;",
             f"k = n < {cap} ? n : {cap};",
             f"memcpy({x}, (const char *)ss + offsetof(struct {cx.fmt.c_struct}, {src.split('->', 1)[1]}) + packed, k);"]
    if setlen:
        lines.append(setlen)
    lines.append("packed += n;")
    return _block(lines)


@field_type("bytes")
class BytesField(Field):
    """Raw bytes and their length (AF_PACKET's hardware address): a value
    longer than the member is the length_error."""
    text_storage = True
    parse_unit = "y*"
    build_unit = "y#"
    builds = ("y#",)

    @property
    def ctype(self):
        return "unsigned char"

    @property
    def capacity(self):
        return self.size

    @property
    def pyi(self):
        return "bytes"

    def struct_lines(self):
        return [f"size_t {self.name}_len;",
                f"unsigned char {self.name}[{self.size}];  /* {_cdoc(self.doc)} */"]

    def params(self):
        return [f"const void *{self.name}", f"size_t {self.name}_len"]

    def ctor_lines(self, m):
        return [f"copy_bytes({m}.{self.name}, sizeof {m}.{self.name}, &{m}.{self.name}_len, "
                f"{self.name}, {self.name}_len);"]

    def differs(self, x, y):
        a, b = f"{x}.{self.name}", f"{y}.{self.name}"
        return (f"{a}_len != {b}_len ||\n"
                f"    memcmp({a}, {b}, {a}_len < sizeof {a} ? {a}_len : sizeof {a}) != 0")

    def zero(self):
        return b""

    def example(self, v, bad):
        if isinstance(v, str):
            try:
                return bytes.fromhex(v)
            except ValueError:
                bad(f"field '{self.name}' (bytes) is written in hex, not {v!r}")
                return b""
        bad(f"field '{self.name}' (bytes) is written in hex, not {v!r}")
        return b""

    def test_args(self, v):
        return [c_string(v), str(len(v))]

    def encode_lines(self, cx, dst):
        x = f"{cx.m}.{self.name}"
        if self.packed:
            return _packed_encode(self, cx, dst, f"{x}_len <= sizeof {x} ? {x}_len : (size_t)-1", x)
        out = [f"if ({x}_len > sizeof {dst})",
               f"    return {cx.err(self.length_error)};",
               f"if ({x}_len)",
               f"    memcpy({dst}, {x}, {x}_len);"]
        if self.length_member:
            out.append(f"{cx.sa}->{self.length_member} = (unsigned char){x}_len;")
        return out

    def decode_lines(self, cx, src):
        x = f"{cx.m}.{self.name}"
        if self.packed:
            return _packed_decode(self, cx, src, x, f"sizeof {x}", f"{x}_len = k;")
        n = f"{cx.sa}->{self.length_member}" if self.length_member else f"sizeof {src}"
        return _block([f"size_t n = {n};",
                       f"if (n > sizeof {x})",
                       f"    n = sizeof {x};",
                       f"if (n > sizeof {src})",
                       f"    n = sizeof {src};",
                       f"memcpy({x}, {src}, n);",
                       f"{x}_len = n;"])

    def py_store(self, m, var):
        return [f"addr_copy_bytes({m}.{self.name}, sizeof {m}.{self.name}, &{m}.{self.name}_len, &{var});"]


@field_type("path")
class PathField(Field):
    """AF_UNIX's path: the bytes and their count.  A filesystem path needs
    room for its NUL; on Linux a name starting with NUL (the abstract
    namespace) may fill the member.  The sockaddr length is the member's
    offset plus the count.  Decoded as str (bytes for an abstract name)."""
    text_storage = True
    parse_unit = "path"
    build_unit = "path"
    builds = ("path",)
    ctor_suffix = "_bytes"     # the examples' constructor (NUL bytes allowed)

    @property
    def ctype(self):
        return "char"

    @property
    def capacity(self):
        return self.size

    def struct_lines(self):
        return [f"size_t len;              /* bytes in path; > {self.size} only from a too long constructor argument */",
                f"char path[{self.size}];          /* {_cdoc(self.doc)} */"]

    def params(self):
        return ["const char *path"]

    def ctor_lines(self, m):
        return ["size_t n = path ? strlen(path) : 0;"] + self._copy(m)

    def bytes_ctor_lines(self, m):
        return ["size_t n = len;"] + self._copy(m)

    @staticmethod
    def _copy(m):
        return [f"{m}.len = n;",
                f"if (n > sizeof {m}.path)",
                f"    n = sizeof {m}.path;",
                "if (n)",
                f"    memcpy({m}.path, path, n);"]

    def differs(self, x, y):
        return (f"{x}.len != {y}.len ||\n"
                f"    memcmp({x}.path, {y}.path, {x}.len < sizeof {x}.path ? {x}.len : sizeof {x}.path) != 0")

    def zero(self):
        return ""

    def example(self, v, bad):
        if not isinstance(v, str):
            bad(f"field '{self.name}' (path) needs a string, not {v!r}")
        return v

    def test_args(self, v):
        return [c_string(v), str(len(v.encode("utf-8")))]

    def encode_lines(self, cx, dst):
        m = cx.m
        return _block([
            f"size_t n = {m}.len;",
            "#ifdef __linux__",
            f"int abstract = n > 0 && {m}.path[0] == '\\0';",
            "#else",
            "int abstract = 0;",
            "#endif",
            f"if (abstract ? n > sizeof {dst} : n >= sizeof {dst})",
            f"    return {cx.err(self.length_error)};",
            "if (n)",
            f"    memcpy({dst}, {m}.path, n);",
            f"*len = (socklen_t)(offsetof(struct {cx.fmt.c_struct}, {self.member}) + n);"])

    def decode_lines(self, cx, src):
        m = cx.m
        return _block([
            f"size_t off = offsetof(struct {cx.fmt.c_struct}, {self.member});",
            "size_t n = len > off ? (size_t)len - off : 0;",
            f"if (n > sizeof {m}.path)",
            f"    n = sizeof {m}.path;",
            "#ifdef __linux__",
            f"if (!(n > 0 && {src}[0] == '\\0'))",
            "#endif",
            f"    n = strnlen({src}, n);",
            "if (n)",
            f"    memcpy({m}.path, {src}, n);",
            f"{m}.len = n;"])

    def py_store(self, m, var):
        return [f"addr_copy_bytes({m}.path, sizeof {m}.path, &{m}.len, &{var});"]

    def py_build(self, m):
        return f"addr_path_to_py({m}.path, {m}.len)"

    def repr_stmt(self, m):
        return f"csock__text_pypath(o, {m}.path, {m}.len);"


def make_field(d, loc) -> Field:
    return TYPES[d["type"]](d, loc)


# ---------------------------------------------------------------------------
# The layout types of `layout:` (sockaddrs csock declares itself)
# ---------------------------------------------------------------------------

LAYOUT_CTYPES = {"sa_family": "sa_family_t", "u8": "uint8_t", "u16": "uint16_t",
                 "u32": "uint32_t", "u64": "uint64_t", "bdaddr": "csock__bdaddr"}
