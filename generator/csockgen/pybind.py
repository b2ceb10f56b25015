"""The Python binding's converters and the bodies rendered from them.

Argument Clinic's idea (CPython's Tools/clinic: a `CConverter` per
parameter type owns its C type, its parse code, its default and its
cleanup), applied to spec/api: a parameter's `type` names a `Converter`,
which says how the generated wrapper parses the argument (a PyArg format
unit, a fast path for METH_FASTCALL, an O& converter function, or a
conversion inside the body that needs the socket) and which C argument(s)
of the called csock_* function it becomes.  A `Result` converter says which
out-parameter or return value becomes (part of) the Python result and how.

`render_body(entry)` writes the regular method body every entry without
`custom` gets: get the csock, check ranges, convert what needs the socket,
audit, call libcsock with the GIL rule of the entry, keep CPython's fields
in sync, map the error, build the result, release what was converted.  The
handwritten half (python/) provides the helpers it calls: CS(), io_begin /
io_end, nogil_begin / nogil_end, csock_py_set_error, the O& converter
functions, csock_py_addr_from_py / csock_py_addr_to_py and the sequence
helpers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

INT_TYPES = ("int", "long", "long long", "int64_t", "unsigned int", "ssize_t", "size_t")


@dataclass
class Converter:
    name: str
    unit: str                    # PyArg format unit ("i", "y*", "O&", "O", ...)
    ctype: str                   # the parsed variable's C type
    pyi: str                     # the default _socket.pyi annotation
    ctypes: tuple = ()           # the C parameter type(s) it fills, in order
    fast: str | None = None      # the METH_FASTCALL fast-path helper
    ofunc: str | None = None     # the O& converter function (O& units)
    meth_o: bool = False         # a lone required argument: METH_O
    late: bool = False           # converted in the body (needs the socket)
    cleanup: str = ""            # after the call, "{v}" the variable
    buffer: bool = False         # an O& converter filling a Py_buffer (as y*)

    @property
    def ncargs(self) -> int:
        return len(self.ctypes)

    def fmt(self, p) -> str:
        if self.name == "str" and p.has_default and p.default is None:
            return "z"
        return self.unit

    def init(self, p) -> str:
        if self.unit in ("y*", "w*") or self.buffer:
            return "{0}"
        if self.ctype.endswith("*"):
            return "NULL"
        if self.ofunc and self.ctype.startswith("csock_py_"):
            return "{0}"
        if p.c_default:
            return p.c_default
        if p.has_default and p.default is not None and not isinstance(p.default, str):
            return str(int(p.default)) if isinstance(p.default, bool) else str(p.default)
        return "0"

    def cargs(self, p) -> list:
        v = p.name
        if self.unit in ("y*", "w*") or self.buffer:
            return [f"{v}->buf", f"(size_t){v}->len"]
        if self.name == "fspath":
            return [f"PyBytes_AS_STRING({v})"]
        if self.name == "timeout":
            return [f"{v}.none ? CSOCK_TIMEOUT_NONE : {v}.value"]
        if self.name == "address":
            return [f"&{v}_c"]
        if self.name == "address_or_none":
            return [f"{v}_p"]
        if self.name in ("rbuffers", "wbuffers", "cmsgs"):
            return [f"{v}_c.items", f"(size_t){v}_c.n"]
        return [v]

    def audit(self, p) -> tuple:
        """(PyArg build unit, C value) of the argument in a sys.audit event."""
        if self.unit in ("i", "I", "p") or self.ofunc and self.ctype == "int":
            return ("i", p.name)
        if self.name in ("str", "optstr", "idna"):
            return ("s", p.name)
        return ("O", p.name)

    def accepts(self, types: list) -> bool:
        if self.name in ("int",):
            return types[0] in INT_TYPES
        if self.name == "ssize":
            return types[0] in ("ssize_t", "long", "long long")
        return list(types) == list(self.ctypes)


def _c(name, unit, ctype, pyi, ctypes, **kw):
    return Converter(name, unit, ctype, pyi, tuple(ctypes), **kw)


CONVERTERS = {c.name: c for c in [
    _c("int", "i", "int", "int", ["int"], fast="csock_py_fast_int"),
    _c("uint", "I", "unsigned int", "int", ["unsigned int"]),
    _c("ssize", "n", "Py_ssize_t", "int", ["ssize_t"], fast="csock_py_fast_ssize"),
    _c("bool", "p", "int", "bool", ["int"]),
    _c("float", "d", "double", "float", ["double"]),
    _c("str", "s", "const char *", "str", ["const char *"]),
    _c("optstr", "s", "const char *", "str | None", ["const char *"]),
    # PyArg's "et" with the "idna" codec, as CPython's gethostbyname & co:
    # its messages ("must be encoded string without null bytes") included.
    _c("idna", "et", "char *", "str | bytes", ["const char *"], cleanup="PyMem_Free({v})"),
    _c("fspath", "O&", "PyObject *", "str | bytes", ["const char *"],
       ofunc="PyUnicode_FSConverter", cleanup="Py_XDECREF({v})"),
    _c("buffer", "y*", "Py_buffer", "ReadableBuffer", ["const void *", "size_t"],
       fast="csock_py_fast_buffer"),
    _c("wbuffer", "w*", "Py_buffer", "WriteableBuffer", ["void *", "size_t"],
       fast="csock_py_fast_buffer"),
    _c("object", "O", "PyObject *", "Any", [], fast="csock_py_fast_object"),
    # Converted in the body: they need the socket (its family) or own
    # memory released after the call.
    _c("address", "O", "PyObject *", "Any", ["const csock_addr *"],
       fast="csock_py_fast_object", meth_o=True, late=True),
    _c("address_or_none", "O", "PyObject *", "Any", ["const csock_addr *"],
       fast="csock_py_fast_object", late=True),
    _c("rbuffers", "O", "PyObject *", "Iterable[Any]", ["const csock_iov *", "size_t"],
       fast="csock_py_fast_object", late=True, cleanup="csock_py_seq_free(&{v}_c)"),
    _c("wbuffers", "O", "PyObject *", "Iterable[Any]", ["const csock_iov *", "size_t"],
       fast="csock_py_fast_object", late=True, cleanup="csock_py_seq_free(&{v}_c)"),
    _c("cmsgs", "O", "PyObject *", "Iterable[tuple[int, int, Any]]",
       ["const csock_cmsg *", "size_t"], fast="csock_py_fast_object", late=True,
       cleanup="csock_py_seq_free(&{v}_c)"),
    # O& converters of python/convert.c (CPython's argument rules and
    # messages for these arguments), METH_O when alone.
    _c("timeout", "O&", "csock_py_timeout", "float | None", ["double"],
       ofunc="csock_py_timeout_converter", meth_o=True),
    # A descriptor: csock_fd_t is an int where the binding builds (POSIX).
    _c("fd", "O&", "int", "int", ["csock_fd_t"], ofunc="csock_py_fd_converter", meth_o=True),
    _c("uint32", "O&", "int64_t", "int", ["int64_t"], ofunc="csock_py_uint32_converter",
       meth_o=True),
    _c("ifindex", "O&", "long long", "int", ["long long"], ofunc="csock_py_ifindex_converter",
       meth_o=True),
    _c("int_arg", "O&", "int", "int", ["int"], ofunc="csock_py_int_converter", meth_o=True),
    _c("truth", "O&", "int", "bool", ["int"], ofunc="csock_py_truth_converter", meth_o=True),
    # Argument Clinic's METH_O forms of buffer and fspath (a lone
    # positional argument, CPython's own arity messages).
    _c("buffer_arg", "O&", "Py_buffer", "ReadableBuffer", ["const void *", "size_t"],
       ofunc="csock_py_buffer_converter", meth_o=True, buffer=True),
    _c("str_arg", "s", "const char *", "str", ["const char *"], meth_o=True),
    _c("fspath_arg", "O&", "PyObject *", "str | bytes", ["const char *"],
       ofunc="PyUnicode_FSConverter", meth_o=True, cleanup="Py_XDECREF({v})"),
]}


# ---- results ------------------------------------------------------------

_RET_BUILD = {
    "int": "PyLong_FromLong", "long": "PyLong_FromLong", "ssize_t": "PyLong_FromSsize_t",
    "int64_t": "PyLong_FromLongLong", "long long": "PyLong_FromLongLong",
    "unsigned int": "PyLong_FromUnsignedLong", "size_t": "PyLong_FromSize_t",
    "csock_fd_t": "PyLong_FromLong",  # an int on POSIX, where the binding builds
}

# result kind -> the C parameter type it consumes (None: the return value)
RESULTS = {
    "none": None, "ret": None, "bool": None, "timeout": None,
    "address": "csock_addr *", "msg": "csock_msg *", "msg_into": "csock_msg *",
    "str_out": "char *", "fsstr_out": "char *",
    "bytes_out": "unsigned char *", "bytes_count": "unsigned char *",
    "str_alloc": None, "fsstr_alloc": None, "hostent": None, "new_bytes": None,
}
_NEW_BYTES_TYPES = ["void *", "size_t", "ssize_t"]


@dataclass
class Result:
    kind: str
    arg: str = ""               # new_bytes(arg): the size parameter
    cparam: object = None       # the C out-parameter it consumes
    loc: object = None


def parse_result(text: str) -> Result:
    m = re.match(r"^([a-z_]+)(?:\(([a-z_]+)\))?$", text)
    return Result(m.group(1), m.group(2) or "")


class BindError(Exception):
    pass


def bind(entry, func, params, results, scope):
    """Map the Python parameters and results of an entry onto the C
    parameters of the function its body calls.  Returns
    {cparam name: C expression}; raises BindError with what is wrong."""
    cps = list(func.params)
    if scope == "socket":
        if not cps or cps[0].type not in ("csock *", "const csock *"):
            raise BindError(f"{func.name} does not take the socket (csock *) first")
        cps = cps[1:]
    if cps and cps[-1].type == "csock_error *":
        cps = cps[:-1]
    free = list(cps)
    args = {}
    used_by_result = set()
    for i, r in enumerate(results):
        if r.kind == "new_bytes":
            if [p.type for p in free[:3]] != _NEW_BYTES_TYPES or free[:3] != cps[:3]:
                raise BindError(f"new_bytes needs {func.name} to begin with (void *, size_t, "
                                f"ssize_t) after the socket")
            if r.arg not in [p.name for p in params]:
                raise BindError(f"new_bytes({r.arg}): no parameter '{r.arg}'")
            used_by_result.add(r.arg)
            b = f"res{i}"
            args[free[0].name] = f"PyBytes_AS_STRING({b})"
            args[free[1].name] = f"(size_t){r.arg}"
            args[free[2].name] = r.arg
            free = free[3:]
            continue
        want = RESULTS[r.kind]
        if want is None:
            continue
        for p in free:
            if p.type == want:
                r.cparam = p
                args[p.name] = f"res{i}_c" if r.kind in ("str_out", "fsstr_out", "bytes_out",
                                                          "bytes_count") else f"&res{i}_c"
                free.remove(p)
                break
        else:
            raise BindError(f"result {r.kind}: {func.name} has no free '{want}' parameter")
    for p in params:
        if p.name in used_by_result:
            continue
        conv = p.conv
        if conv.ncargs == 0:
            raise BindError(f"parameter '{p.name}' ({p.type}) does not become a C argument: "
                            f"give it a converter type, or make the entry custom")
        take = free[:conv.ncargs]
        if len(take) < conv.ncargs:
            raise BindError(f"parameter '{p.name}' ({p.type}) has no C parameter left in "
                            f"{func.name}")
        if not conv.accepts([c.type for c in take]):
            got = ", ".join(c.decl() for c in take)
            raise BindError(f"parameter '{p.name}' ({p.type}: {', '.join(conv.ctypes)}) "
                            f"cannot fill {func.name}'s {got}")
        for c, expr in zip(take, conv.cargs(p)):
            args[c.name] = expr
        free = free[conv.ncargs:]
    if free:
        raise BindError(f"{func.name}'s {', '.join(c.decl() for c in free)} "
                        f"{'is' if len(free) == 1 else 'are'} filled by no parameter or result")
    return args


# ---- the body -----------------------------------------------------------

class _Body:
    def __init__(self):
        self.lines = []
        self.cleanups = []      # statements, in the order they became due

    def add(self, text, indent=1):
        for line in text.split("\n"):
            self.lines.append("    " * indent + line if line else "")

    def fail(self, ret="NULL", indent=1):
        """The statements after an `if (...)` line (or inside its braces):
        release what is held, then return ret."""
        stmts = list(reversed(self.cleanups))
        if not stmts:
            self.add(f"return {ret};", indent + 1)
            return
        braces = self.lines and self.lines[-1].rstrip().endswith(")")
        if braces:
            self.lines[-1] += " {"
        if ret != "NULL":
            self.add(f"PyObject *fail = {ret};", indent + 1)
            ret = "fail"
        for s in stmts:
            self.add(s + ";", indent + 1)
        self.add(f"return {ret};", indent + 1)
        if braces:
            self.add("}", indent)


def _unopened(value: str) -> str:
    return {"True": "Py_RETURN_TRUE;", "False": "Py_RETURN_FALSE;", "None": "Py_RETURN_NONE;"
            }.get(value, f"return PyLong_FromLong({value});")


def render_body(e) -> str:
    """The *_impl body of a regular entry (model: api.Entry, resolved)."""
    b = _Body()
    func = e.py_func
    results = e.py_results
    if func.takes_err or any(p.range for p in e.params) or \
            any(r.kind == "new_bytes" for r in results):
        b.add("csock_error err;")
    if e.scope == "socket":
        if e.py_unopened:
            b.add("if (SELF->cs == NULL)")
            b.add(_unopened(e.py_unopened), 2)
            b.add("csock *cs = SELF->cs;")
        else:
            b.add("csock *cs = CS(self);")
            b.add("if (cs == NULL)")
            b.add("return NULL;", 2)
    else:
        b.add("(void)self;")
    for p in e.params:
        if p.range:
            lo, hi = p.range
            b.add(f"if ({p.name} < {lo} || {p.name} > {hi}) {{")
            b.add(f"{p.range_call};", 2)
            b.fail("csock_py_set_error(&err)")
            b.add("}")
    # Conversions that need the socket: addresses first (CPython converts
    # the address, audits, then reads the data).
    late = [p for p in e.params if p.conv.late]
    late.sort(key=lambda p: 0 if p.conv.name.startswith("address") else 1)
    audit_done = False

    def audit(indent=1):
        if not e.py_audit:
            return
        event, *names = e.py_audit
        if names:
            units, vals = zip(*[("O", "self") if n == "self" else e.param(n).conv.audit(e.param(n))
                                for n in names])
            b.add(f'if (PySys_Audit({_cstr(event)}, "({"".join(units)})", {", ".join(vals)}) < 0)',
                  indent)
        else:
            b.add(f"if (PySys_Audit({_cstr(event)}, NULL) < 0)", indent)
        b.fail(indent=indent)

    for p in late:
        if not p.conv.name.startswith("address") and not audit_done:
            audit()
            audit_done = True
        c = p.conv.name
        if c == "address":
            b.add(f"csock_addr {p.name}_c;")
            b.add(f"if (csock_py_addr_from_py({p.name}, self, {_cstr(e.name)}, &{p.name}_c) < 0)")
            b.fail()
        elif c == "address_or_none":
            b.add(f"csock_addr {p.name}_c, *{p.name}_p = NULL;")
            b.add(f"if ({p.name} != NULL && {p.name} != Py_None) {{")
            b.add(f"if (csock_py_addr_from_py({p.name}, self, {_cstr(e.name)}, &{p.name}_c) < 0)", 2)
            b.fail(indent=2)
            # CPython's getsockaddrarg checks it all (range, resolution,
            # path length) before the arguments that follow
            b.add(f"if (csock_py_addr_settle(self, &{p.name}_c, {_cstr(e.name)}) < 0)", 2)
            b.fail(indent=2)
            if p.name in e.py_audit[1:] and not audit_done:
                # CPython audits an optional address only when given
                audit(indent=2)
                audit_done = True
            b.add(f"{p.name}_p = &{p.name}_c;", 2)
            b.add("}")
        elif c in ("rbuffers", "wbuffers"):
            pos = e.params.index(p) + 1
            what = f"{e.name}() argument {pos} must be an iterable"
            item = (f"y*;{what} of bytes-like objects" if c == "rbuffers" else
                    f"w*;{what} of single-segment read-write buffers")
            b.add(f"csock_py_seq {p.name}_c;")
            b.add(f"if (csock_py_seq_get(&{p.name}_c, {p.name}, {_cstr(what)}, {_cstr(item)}, 0) < 0)")
            b.fail()
            b.cleanups.append(p.conv.cleanup.format(v=p.name))
        elif c == "cmsgs":
            pos = e.params.index(p) + 1
            what = f"{e.name}() argument {pos} must be an iterable"
            item = f"(iiy*):[{e.name}() ancillary data items]"
            b.add(f"csock_py_seq {p.name}_c;")
            b.add(f"if (csock_py_seq_get(&{p.name}_c, {p.name}, {_cstr(what)}, {_cstr(item)}, 1) < 0)")
            b.fail()
            b.cleanups.append(p.conv.cleanup.format(v=p.name))
    if not audit_done:
        audit()
    # Results that need storage before the call.
    for i, r in enumerate(results):
        if r.kind == "new_bytes":
            b.add(f"if ({r.arg} < 0) {{")
            b.add(f"csock__err_negative_bufsize(&err, {_cstr(e.name)});", 2)
            b.fail("csock_py_set_error(&err)")
            b.add("}")
            b.add(f"PyObject *res{i} = PyBytes_FromStringAndSize(NULL, {r.arg});")
            b.add(f"if (res{i} == NULL)")
            b.fail()
            b.cleanups.append(f"Py_DECREF(res{i})")
        elif r.cparam is not None:
            if r.kind in ("str_out", "fsstr_out", "bytes_out", "bytes_count"):
                base = "char" if r.kind.endswith("str_out") else "unsigned char"
                b.add(f"{base} res{i}_c[{e.py_sizes[r.cparam.name]}];")
            else:
                b.add(f"{r.cparam.type[:-1].strip()} res{i}_c;")
    # The call.
    args = []
    for c in func.params:
        if c.type in ("csock *", "const csock *") and e.scope == "socket" and c is func.params[0]:
            args.append("cs")
        elif c.type == "csock_error *" and c is func.params[-1]:
            args.append("&err")
        else:
            args.append(e.py_args[c.name])
    call = f"{func.name}({', '.join(args)})"
    gil = e.py_gil
    if gil == "io":
        b.add("int io = io_begin(self);")
    elif gil == "release":
        b.add("nogil_begin();")
    if func.ret == "void":
        b.add(f"{call};")
    else:
        b.add(f"{func.ret}{'' if func.ret.endswith('*') else ' '}r = {call};")
    if gil == "io":
        b.add("io_end(io);")
    elif gil == "release":
        b.add("nogil_end();")
    if e.py_sync:
        b.add("csock_py_sync_fields(SELF);")
    fails = e.py_fails
    if fails:
        b.add(f"if ({fails}) {{")
        b.fail("csock_py_set_error(&err)")
        b.add("}")
    # The result.
    values = []
    after = []
    for i, r in enumerate(results):
        k = r.kind
        if k == "none":
            continue
        if k == "ret":
            values.append(f"{_RET_BUILD[func.ret]}(r)")
        elif k == "bool":
            values.append("PyBool_FromLong(r)")
        elif k == "timeout":
            values.append("r < 0 ? Py_NewRef(Py_None) : PyFloat_FromDouble(r)")
        elif k == "address":
            values.append(f"csock_py_addr_to_py(&res{i}_c)")
        elif k in ("msg", "msg_into"):
            data = (f"PyBytes_FromStringAndSize((const char *)res{i}_c.data, (Py_ssize_t)res{i}_c.len)"
                    if k == "msg" else f"PyLong_FromSize_t(res{i}_c.len)")
            values.append(f"csock_py_msg_result(&res{i}_c, {data})")
            after.append(f"{e.py_frees[r.cparam.name]}(&res{i}_c)")
        elif k == "str_out":
            values.append(f"PyUnicode_FromString(res{i}_c)")
        elif k == "fsstr_out":
            values.append(f"PyUnicode_DecodeFSDefault(res{i}_c)")
        elif k == "bytes_out":
            values.append(f"PyBytes_FromStringAndSize((const char *)res{i}_c, "
                          f"{e.py_sizes[r.cparam.name]})")
        elif k == "bytes_count":
            values.append(f"PyBytes_FromStringAndSize((const char *)res{i}_c, r)")
        elif k in ("str_alloc", "fsstr_alloc"):
            values.append("PyUnicode_FromString(r)" if k == "str_alloc" else
                          "PyUnicode_DecodeFSDefault(r)")
            after.append(f"{e.py_frees['return']}(r)")
        elif k == "hostent":
            values.append("csock_py_hostent_to_py(r)")
            after.append(f"{e.py_frees['return']}(r)")
        elif k == "new_bytes":
            b.add(f"if (r != {r.arg})")
            b.add(f"_PyBytes_Resize(&res{i}, r);", 2)
            b.cleanups.remove(f"Py_DECREF(res{i})")
            values.append(f"res{i}")
    own = e.py_frees.get("return") if any(r.kind == "ret" for r in results) else None
    for s in b.cleanups:
        after.append(s)
    if not values:
        for s in after:
            b.add(s + ";")
        b.add("Py_RETURN_NONE;")
    elif len(values) == 1 and not after and not own:
        b.add(f"return {values[0]};")
    else:
        if len(values) == 1:
            b.add(f"PyObject *result = {values[0]};")
        else:
            b.add(f"PyObject *items[{len(values)}] = {{")
            for v in values:
                b.add(f"{v},", 2)
            b.add("};")
            b.add(f"PyObject *result = csock_py_tuple_steal(items, {len(values)});")
        if own:
            b.add("if (result == NULL)")
            b.add(f"{_free_call(e, own, 'r')};", 2)
        for s in after:
            b.add(s + ";")
        b.add("return result;")
    return "\n".join(b.lines)


def _free_call(e, fn, value):
    f = e.spec_funcs.get(fn)
    if f is not None and f.takes_err:
        return f"{fn}({value}, NULL)"
    return f"{fn}({value})"


def _cstr(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
