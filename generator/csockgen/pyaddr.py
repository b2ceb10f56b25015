"""The Python binding's address codec, rendered from the field-type model.

For every format, CPython 3.11's getsockaddrarg (Python value -> the
format's fields: the shape check, then one PyArg_ParseTuple with the
fields' units, the exception rewrites CPython does) and makesockaddr (the
fields -> a tuple, or the one value).  Only what depends on Python objects
is checked here: types, arity, C integer overflow, string encodings.  Every
check on a value (ranges, lengths, interface lookup, host resolution,
Bluetooth addresses, TIPC address types) is the C encoder's, which Python
users reach through the same csock calls, in CPython's order: parse first,
then the values.

Each format also gets a fast path that takes the common case (an exact
tuple of exact ints and ASCII str, all in range of their units) without
PyArg, and falls back to PyArg's path, errors included, for anything else.
"""
from __future__ import annotations

from .render import c_string


def raise_stmt(fmt, name, given="Py_TYPE(o)->tp_name", count="PyTuple_GET_SIZE(o)") -> str:
    """The statement that raises message `name` as CPython does."""
    fam = fmt.family
    m = fam.spec.messages[name]
    exc = m.kind.py_object
    fam_name = fmt.sockaddr_family or fam.name
    args = []
    out = []
    i = 0
    text = m.text
    while i < len(text):
        if text[i] == "{":
            j = text.index("}", i)
            key = text[i + 1:j]
            if key == "family":
                out.append(fam_name)
            elif key == "caller":
                out.append("%s")
                args.append("caller")
            elif key == "given":
                out.append("%.500s")
                args.append(given)
            elif key == "count":
                out.append("%zd")
                args.append(count)
            i = j + 1
        else:
            out.append("%%" if text[i] == "%" else text[i])
            i += 1
    if not args:
        return f"PyErr_SetString({exc}, {c_string(''.join(out).replace('%%', '%'))});"
    return f"PyErr_Format({exc}, {c_string(''.join(out))}, {', '.join(args)});"


def _needs_memset(fmt) -> bool:
    """Whether the store leaves bytes of the union member unwritten that
    something may read (fields of the family's other formats)."""
    return {f.name for f in fmt.fields} != {f.name for f in fmt.family.fields}


def _store(fmt, proto) -> list:
    fam = fmt.family
    m = f"a->u.{fam.member}"
    out = []
    if _needs_memset(fmt):
        out.append(f"memset(&{m}, 0, sizeof {m});")
    out += [f"a->family = {fam.name};", f"a->proto = {proto};"]
    for f in fmt.fields:
        out += f.py_store(m, f"v_{f.name}")
    return out


def _pyarg_format(fmt) -> str:
    py = fmt.python
    fam = fmt.family
    units = []
    for f in fmt.fields:
        if f.optional and "|" not in units:
            units.append("|")
        units.append(f.parse.fmt)
    s = "".join(units)
    if py["arg_name"]:
        s += ":" + py["arg_name"]
    elif py["shape_message"] and fam.wrong_shape_error:
        s += ";" + fam.spec.messages[fam.wrong_shape_error].text
    return s


def _default(f) -> str:
    if f.default is None:
        return "0"
    return str(f.default)


def from_py_lines(fmt) -> list:
    """static int from_py_<fmt>(o, caller, proto, a): 0, or -1 with the
    exception CPython raises."""
    py = fmt.python
    proto = "proto" if fmt.family.multi else "0"
    head = [f"static int from_py_{fmt.name}(PyObject *o, const char *caller, int proto, "
            f"csock_addr *a)", "{"]
    def body():
        lines = _scalar_from(fmt, proto) if py["parse"] == "scalar" else _tuple_from(fmt, proto)
        return head + ["    " + ln if ln and not ln.startswith("#") else ln for ln in lines] + ["}"]
    # Another CPython version's units (spec/families field python.versions):
    # the whole function again under that version's PY_VERSION_HEX test.
    ranges = {r for f in fmt.fields for r, _ in f.parse_versions}
    if not ranges:
        return body()
    rng = next(iter(ranges))     # one range per format (checked by families.py)
    own = [f.parse for f in fmt.fields]
    for f in fmt.fields:
        f.parse = next((u for r, u in f.parse_versions if r == rng), f.parse)
    try:
        variant = body()
    finally:
        for f, u in zip(fmt.fields, own):
            f.parse = u
    return ([f"#if {rng.c_cond} /* {rng.text} (spec/families python.versions) */"] + variant
            + ["#else"] + body() + ["#endif"])


def _tuple_from(fmt, proto) -> list:
    py = fmt.python
    out = []
    for f in fmt.fields:
        out += f.parse.decl(f"v_{f.name}", _default(f))
    out += ["(void)caller;", "(void)proto;"]
    slow = [ln for f in fmt.fields for ln in f.parse.temps(f"v_{f.name}")]
    if py["tuple_check"]:
        slow += ["if (!PyTuple_Check(o)) {",
                 "    " + raise_stmt(fmt, fmt.family.wrong_type_error),
                 "    return -1;", "}"]
    args = [a for f in fmt.fields for a in f.parse.args(f"v_{f.name}")]
    slow.append(f"if (!PyArg_ParseTuple(o, {c_string(_pyarg_format(fmt))},")
    slow.append("                      " + ", ".join(args) + ")) {")
    if py["parse_error"]:
        slow.append("    " + raise_stmt(fmt, py["parse_error"]))
    elif py["overflow_error"]:
        slow += ["    if (PyErr_ExceptionMatches(PyExc_OverflowError))",
                 "        " + raise_stmt(fmt, py["overflow_error"])]
    slow += ["    return -1;", "}"]
    slow += [ln for f in fmt.fields for ln in f.parse.after(f"v_{f.name}")]
    req = sum(1 for f in fmt.fields if not f.optional)
    total = len(fmt.fields)
    if all(f.parse.fast for f in fmt.fields):
        cond = [f"n >= {req} && n <= {total}" if req != total else f"n == {req}"]
        for i, f in enumerate(fmt.fields):
            c = f"{f.parse.fast}(PyTuple_GET_ITEM(o, {i}), &v_{f.name}) == 0"
            cond.append(c if i < req else f"(n <= {i} || {c})")
        out.append("Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;")
        out.append("if (!(" + cond[0])
        for c in cond[1:]:
            out.append("      && " + c)
        out[-1] += ")) {"
        out += ["    " + ln for ln in slow] + ["}"]
    else:
        out += _braced(slow)
    out += _store(fmt, proto)
    out += [ln for f in fmt.fields for ln in f.parse.release(f"v_{f.name}")]
    out.append("return 0;")
    return out


def _braced(lines):
    return ["{"] + ["    " + ln for ln in lines] + ["}"]


def _scalar_from(fmt, proto) -> list:
    py = fmt.python
    f = fmt.fields[0]
    store = _store(fmt, proto)
    out = [f"addr_text v_{f.name} = ADDR_TEXT_EMPTY;", "(void)caller;", "(void)proto;"]
    if f.parse.name == "y_or_s":
        # bytes as they are, a str as its UTF-8 ("s": no NUL inside)
        err = py["parse_error"] or fmt.family.wrong_type_error
        out += ["if (PyBytes_Check(o)) {",
                f"    v_{f.name}.p = PyBytes_AS_STRING(o);",
                f"    v_{f.name}.n = PyBytes_GET_SIZE(o);",
                "} else if (PyUnicode_Check(o)) {",
                "    Py_ssize_t n;",
                f"    v_{f.name}.p = PyUnicode_AsUTF8AndSize(o, &n);",
                f"    if (v_{f.name}.p == NULL)",
                "        return -1;",
                f"    if (strlen(v_{f.name}.p) != (size_t)n) {{",
                '        PyErr_SetString(PyExc_ValueError, "embedded null character");',
                "        return -1;",
                "    }",
                f"    v_{f.name}.n = n;",
                "} else {", "    " + raise_stmt(fmt, err), "    return -1;", "}"]
        return out + store + ["return 0;"]
    if f.parse.name == "y":
        err = py["parse_error"] or fmt.family.wrong_type_error
        out += ["if (!PyBytes_Check(o)) {", "    " + raise_stmt(fmt, err),
                "    return -1;", "}",
                f"v_{f.name}.p = PyBytes_AS_STRING(o);",
                f"v_{f.name}.n = PyBytes_GET_SIZE(o);"]
        return out + store + ["return 0;"]
    # path: bytes, or a str in the filesystem encoding, or any buffer
    v = f"v_{f.name}"
    out += ["if (PyBytes_CheckExact(o)) {",
            f"    {v}.p = PyBytes_AS_STRING(o);",
            f"    {v}.n = PyBytes_GET_SIZE(o);",
            "} else if (csock_py_fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {",
            "    /* what PyUnicode_EncodeFSDefault would give: its ASCII bytes */",
            f"    {v}.p = (const char *)PyUnicode_DATA(o);",
            f"    {v}.n = PyUnicode_GET_LENGTH(o);",
            "} else {",
            "    Py_buffer view;",
            "    PyObject *b = PyUnicode_Check(o) ? PyUnicode_EncodeFSDefault(o) : Py_NewRef(o);",
            "    if (b == NULL)",
            "        return -1;",
            "    if (PyObject_GetBuffer(b, &view, PyBUF_SIMPLE) < 0) {",
            "        Py_DECREF(b);"]
    te = py["type_error"]
    if te:
        major, minor = te["since"].split(".")
        out += [f"#if PY_VERSION_HEX >= 0x{int(major):02X}{int(minor):02X}0000",
                "        " + raise_stmt(fmt, te["error"]),
                "#endif"]
    out += ["        return -1;", "    }",
            f"    {v}.p = (const char *)view.buf;",
            f"    {v}.n = view.len;"]
    out += ["    " + ln for ln in store]
    out += ["    PyBuffer_Release(&view);", "    Py_DECREF(b);", "    return 0;", "}"]
    return out + store + ["return 0;"]


def to_py_lines(fmt) -> list:
    """static PyObject *to_py_<fmt>(a): makesockaddr's value."""
    m = f"a->u.{fmt.family.member}"
    items = [f.py_build(m) for f in fmt.fields]
    head = [f"static PyObject *to_py_{fmt.name}(const csock_addr *a)", "{"]
    if fmt.python["build"] == "scalar":
        return head + [f"    return {items[0]};", "}"]
    body = [f"PyObject *items[{len(items)}] = {{"]
    body += [f"    {it}," for it in items]
    body += ["};", f"return csock_py_tuple_steal(items, {len(items)});"]
    return head + ["    " + ln for ln in body] + ["}"]


def from_dispatch_lines(fam) -> list:
    """Inside csock_py_addr_from_py's switch on the socket's family."""
    fmts = fam.py_formats
    if not fmts:
        return []
    out = [f"case {fam.name}:"]
    if not fam.multi:
        return out + [f"    return from_py_{fmts[0].name}(o, caller, proto, a);"]
    out.append("    switch (proto) {")
    for f in fmts:
        for p in f.protos:
            out += [f"#ifdef {p}", f"    case {p}:",
                    f"        return from_py_{f.name}(o, caller, proto, a);", "#endif"]
    out += ["    }",
            "    /* a protocol without format: csock's encoder says so */",
            f"    return addr_none(a, {fam.name}, proto);"]
    return out


def to_dispatch_lines(fam) -> list:
    """Inside csock_py_addr_to_py's switch on the address's family."""
    fmts = fam.py_formats
    if not fmts:
        return []
    out = [f"case {fam.name}:"]
    if not fam.multi:
        return out + [f"    return to_py_{fmts[0].name}(a);"]
    out.append("    switch (a->proto) {")
    for f in fmts:
        for p in f.protos:
            out += [f"#ifdef {p}", f"    case {p}:", f"        return to_py_{f.name}(a);",
                    "#endif"]
    out.append("    }")
    if fam.decode_default:
        out.append(f"    return to_py_{fam.decode_default}(a);")
    elif fam.decode_proto_error:
        out += ["    " + raise_stmt(fam.formats[0], fam.decode_proto_error), "    return NULL;"]
    else:
        out.append("    break;")
    return out


def pyi_shapes(fmt) -> list:
    """The .pyi annotations of the Python values this format takes."""
    if fmt.python["parse"] == "scalar":
        return [fmt.fields[0].pyi]
    req = sum(1 for f in fmt.fields if not f.optional)
    out = []
    for n in range(req, len(fmt.fields) + 1):
        out.append("tuple[" + ", ".join(f.pyi for f in fmt.fields[:n]) + "]")
    return out


def repr_lines(fmt) -> list:
    """static void repr_<fmt>(o, a): Python's repr() of makesockaddr's
    value, as text (csock_addr_format's form for the families without a
    form of their own)."""
    m = f"a->u.{fmt.family.member}"
    head = [f"static void repr_{fmt.name}(csock__text *o, const csock_addr *a)", "{"]
    if fmt.python["build"] == "scalar":
        return head + ["    " + fmt.fields[0].repr_stmt(m), "}"]
    body = ['csock__text_puts(o, "(");']
    for i, f in enumerate(fmt.fields):
        if i:
            body.append('csock__text_puts(o, ", ");')
        body.append(f.repr_stmt(m))
    body.append(f'csock__text_puts(o, "{"," if len(fmt.fields) == 1 else ""})");')
    return head + ["    " + ln for ln in body] + ["}"]


def repr_dispatch_lines(fam) -> list:
    """Inside csock__addr_repr's switch on the address's family."""
    fmts = fam.formats
    out = [f"case {fam.name}:"]
    if not fam.multi:
        return out + [f"    repr_{fmts[0].name}(o, a);", "    return 0;"]
    out.append("    switch (a->proto) {")
    for f in fmts:
        for p in f.protos:
            out += [f"#ifdef {p}", f"    case {p}:", f"        repr_{f.name}(o, a);",
                    "        return 0;", "#endif"]
    out.append("    }")
    if fam.decode_default:
        out += [f"    repr_{fam.decode_default}(o, a);", "    return 0;"]
    else:
        out.append("    return -1;")
    return out
