/* Generated from spec/errors.yaml, spec/families/inet.yaml, spec/families/pretend.yaml, spec/families/unix.yaml, spec/platforms.yaml by generator/csockgen with templates/python/addr.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/python/csock_py_addr.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The _socket binding's address codec: Python address objects <->
 * csock_addr for every family and format of spec/families/, as CPython
 * 3.11's getsockaddrarg (parse: shapes, types, C integer overflow,
 * encodings) and makesockaddr (build).  The values themselves (ranges,
 * lengths, interfaces, hosts, Bluetooth addresses) are checked by csock's
 * encoder when the call runs, in CPython's order.  Rendered from the
 * field-type model (generator/csockgen/fieldtypes.py, pyaddr.py). */
#include "csock_py.h"
#include "addr_internal.h" /* protocol constants the system headers may lack */

#include <string.h>

#if defined(CSOCK_ADDR_HAVE_INET)
#define CSOCK__HAVE_INET 1
#include <netinet/in.h>
#endif
#if defined(CSOCK_ADDR_HAVE_PRETEND)
#define CSOCK__HAVE_PRETEND 1
#include <sys/socket.h>
#endif
#if defined(CSOCK_ADDR_HAVE_UN)
#define CSOCK__HAVE_UN 1
#include <sys/un.h>
#endif

/* A parsed string or byte string: where its bytes are, how many, and the
 * object to release once they are copied (NULL: borrowed). */
typedef struct {
    const char *p;
    Py_ssize_t n;
    PyObject *obj;
} addr_text;
#define ADDR_TEXT_EMPTY {"", 0, NULL}

/* The fast paths: the common case of a unit, or -1 (no exception set) to
 * let PyArg_ParseTuple convert the item, errors and all. */
static inline int addr_fast_ascii(PyObject *o, addr_text *t)
{
    /* s and the IDNA converter: an ASCII str is its own bytes */
    if (!PyUnicode_CheckExact(o) || !PyUnicode_IS_COMPACT_ASCII(o))
        return -1;
    t->p = (const char *)PyUnicode_DATA(o);
    t->n = PyUnicode_GET_LENGTH(o);
    return memchr(t->p, 0, (size_t)t->n) == NULL ? 0 : -1;
}

static inline int addr_fast_fs(PyObject *o, addr_text *t)
{
    /* PyUnicode_FSConverter: bytes as they are, an ASCII str when the
     * filesystem encoding keeps ASCII */
    if (PyBytes_CheckExact(o)) {
        t->p = PyBytes_AS_STRING(o);
        t->n = PyBytes_GET_SIZE(o);
    } else if (csock_py_fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
        t->p = (const char *)PyUnicode_DATA(o);
        t->n = PyUnicode_GET_LENGTH(o);
    } else {
        return -1;
    }
    return memchr(t->p, 0, (size_t)t->n) == NULL ? 0 : -1;
}

static inline int addr_fast_bytes(PyObject *o, addr_text *t)
{
    /* y*: a bytes object's own storage */
    if (!PyBytes_CheckExact(o))
        return -1;
    t->p = PyBytes_AS_STRING(o);
    t->n = PyBytes_GET_SIZE(o);
    return 0;
}

/* I, H, B, k, K keep the low bits of any int, as PyArg's units do. */
static inline unsigned long long addr_mask(PyObject *o)
{
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11's layout: a value of at most one digit needs no call */
    Py_ssize_t size = Py_SIZE(o);
    if (size == 0)
        return 0;
    if (size == 1)
        return ((PyLongObject *)o)->ob_digit[0];
    if (size == -1)
        return 0ULL - ((PyLongObject *)o)->ob_digit[0];
#endif
    return PyLong_AsUnsignedLongLongMask(o);
}

static inline int addr_fast_I(PyObject *o, unsigned int *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned int)addr_mask(o);
    return 0;
}


static inline int addr_fast_H(PyObject *o, unsigned short *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned short)addr_mask(o);
    return 0;
}


static inline int addr_fast_B(PyObject *o, unsigned char *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned char)addr_mask(o);
    return 0;
}


static inline int addr_fast_k(PyObject *o, unsigned long *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned long)addr_mask(o);
    return 0;
}


static inline int addr_fast_K(PyObject *o, unsigned long long *v)
{
    if (!PyLong_CheckExact(o))
        return -1;
    *v = (unsigned long long)addr_mask(o);
    return 0;
}

/* CPython's idna_converter (an O& converter with cleanup): bytes and
 * bytearray as they are, a compact ASCII str as its own bytes, any other
 * str IDNA-encoded (a failure is TypeError "encoding of hostname
 * failed"); a NUL byte is TypeError. */
static int addr_idna_converter(PyObject *obj, void *p)
{
    addr_text *t = (addr_text *)p;
    if (obj == NULL) { /* cleanup after a later item failed */
        Py_CLEAR(t->obj);
        return 1;
    }
    t->obj = NULL;
    if (PyBytes_Check(obj)) {
        t->p = PyBytes_AS_STRING(obj);
        t->n = PyBytes_GET_SIZE(obj);
    } else if (PyByteArray_Check(obj)) {
        t->p = PyByteArray_AS_STRING(obj);
        t->n = PyByteArray_GET_SIZE(obj);
    } else if (PyUnicode_Check(obj)) {
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(obj) < 0)
            return 0;
#endif
        if (PyUnicode_IS_COMPACT_ASCII(obj)) {
            t->p = (const char *)PyUnicode_DATA(obj);
            t->n = PyUnicode_GET_LENGTH(obj);
        } else {
            PyObject *b = PyUnicode_AsEncodedString(obj, "idna", NULL);
            if (b == NULL) {
                PyErr_SetString(PyExc_TypeError, "encoding of hostname failed");
                return 0;
            }
            t->obj = b;
            t->p = PyBytes_AS_STRING(b);
            t->n = PyBytes_GET_SIZE(b);
        }
    } else {
        PyErr_Format(PyExc_TypeError, "str, bytes or bytearray expected, not %s",
                     Py_TYPE(obj)->tp_name);
        return 0;
    }
    if (strlen(t->p) != (size_t)t->n) {
        Py_CLEAR(t->obj);
        PyErr_SetString(PyExc_TypeError, "host name must not contain null character");
        return 0;
    }
    return Py_CLEANUP_SUPPORTED;
}

static inline void addr_text_own(addr_text *t, PyObject *bytes)
{
    t->obj = bytes;
    t->p = PyBytes_AS_STRING(bytes);
    t->n = PyBytes_GET_SIZE(bytes);
}

static inline void addr_text_str(addr_text *t, const char *s)
{
    t->p = s;
    t->n = (Py_ssize_t)strlen(s);
}

static inline void addr_text_buffer(addr_text *t, const Py_buffer *b)
{
    t->p = (const char *)b->buf;
    t->n = b->len;
}

/* Into a char array one longer than anything valid: a longer value is
 * cut there and stays too long for csock's encoder to report. */
static inline void addr_copy_text(char *dst, size_t cap, const addr_text *t)
{
    size_t n = strnlen(t->p, (size_t)t->n);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, t->p, n);
    dst[n] = '\0';
}

/* Bytes and their count: a too long value keeps its count. */
static inline void addr_copy_bytes(void *dst, size_t cap, size_t *len, const addr_text *t)
{
    size_t n = (size_t)t->n;
    *len = n;
    if (n > cap)
        n = cap;
    if (n)
        memcpy(dst, t->p, n);
}

/* makesockaddr's AF_UNIX value: '' unnamed, bytes for a Linux abstract
 * name, else the path decoded from the filesystem encoding. */
static inline PyObject *addr_path_to_py(const char *path, size_t len)
{
    if (len == 0)
        return PyUnicode_New(0, 0);
#ifdef __linux__
    if (path[0] == '\0')
        return PyBytes_FromStringAndSize(path, (Py_ssize_t)len);
#endif
    return PyUnicode_DecodeFSDefaultAndSize(path, (Py_ssize_t)strnlen(path, len));
}

/* A socket family (or protocol) without Python format: an address csock's
 * encoder refuses with CPython's message ("bad family", "unsupported CAN
 * protocol", ...). */
static int addr_none(csock_addr *a, int family, int proto)
{
    memset(a, 0, sizeof *a);
    a->family = family;
    a->proto = proto;
    return 0;
}

#ifdef CSOCK__HAVE_INET
/* AF_INET (spec/families/inet.yaml) */
#if 1
static int from_py_inet(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_host = ADDR_TEXT_EMPTY;
    int v_port = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 2
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 0), &v_host) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_port) == 0)) {
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_INET address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&i;AF_INET address must be a pair (host, port)",
                              addr_idna_converter, &v_host, &v_port)) {
            return -1;
        }
    }
    a->family = AF_INET;
    a->proto = 0;
    addr_copy_text(a->u.inet.host, sizeof a->u.inet.host, &v_host);
    a->u.inet.port = (int)v_port;
    Py_XDECREF(v_host.obj);
    return 0;
}

static PyObject *to_py_inet(const csock_addr *a)
{
    PyObject *items[2] = {
        PyUnicode_FromStringAndSize(a->u.inet.host, (Py_ssize_t)strnlen(a->u.inet.host, sizeof a->u.inet.host)),
        PyLong_FromLong((long)a->u.inet.port),
    };
    return csock_py_tuple_steal(items, 2);
}
#endif
#endif

#ifdef CSOCK__HAVE_PRETEND
/* AF_PRETEND (spec/families/pretend.yaml) */
#if defined(PRETEND_PLAIN)
static int from_py_pretend_plain(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_name = ADDR_TEXT_EMPTY;
    int v_port = 0;
    unsigned short v_id = 0;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n == 3
          && addr_fast_fs(PyTuple_GET_ITEM(o, 0), &v_name) == 0
          && csock_py_fast_int(PyTuple_GET_ITEM(o, 1), &v_port) == 0
          && addr_fast_H(PyTuple_GET_ITEM(o, 2), &v_id) == 0)) {
        PyObject *v_name_o = NULL;
        if (!PyTuple_Check(o)) {
            PyErr_Format(PyExc_TypeError, "%s(): AF_PRETEND address must be tuple, not %.500s", caller, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!PyArg_ParseTuple(o, "O&iH;AF_INET address must be a pair (host, port)",
                              PyUnicode_FSConverter, &v_name_o, &v_port, &v_id)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError))
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
        if (v_name_o != NULL)
            addr_text_own(&v_name, v_name_o);
    }
    memset(&a->u.pretend, 0, sizeof a->u.pretend);
    a->family = AF_PRETEND;
    a->proto = proto;
    addr_copy_text(a->u.pretend.name, sizeof a->u.pretend.name, &v_name);
    a->u.pretend.port = (int)v_port;
    a->u.pretend.id = (uint32_t)v_id;
    Py_XDECREF(v_name.obj);
    return 0;
}

static PyObject *to_py_pretend_plain(const csock_addr *a)
{
    PyObject *items[3] = {
        PyUnicode_DecodeFSDefaultAndSize(a->u.pretend.name, (Py_ssize_t)strnlen(a->u.pretend.name, sizeof a->u.pretend.name)),
        PyLong_FromLong((long)a->u.pretend.port),
        PyLong_FromUnsignedLong((unsigned int)a->u.pretend.id),
    };
    return csock_py_tuple_steal(items, 3);
}
#endif
#if defined(PRETEND_TAGGED)
static int from_py_pretend_tagged(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    unsigned int v_tag = 0;
    unsigned int v_a = 0;
    unsigned int v_b = 0;
    addr_text v_label = ADDR_TEXT_EMPTY;
    addr_text v_blob = ADDR_TEXT_EMPTY;
    Py_buffer v_blob_b = {0};
    unsigned int v_scope = PRETEND_DEFAULT_SCOPE;
    (void)caller;
    (void)proto;
    Py_ssize_t n = PyTuple_CheckExact(o) ? PyTuple_GET_SIZE(o) : -1;
    if (!(n >= 5 && n <= 6
          && addr_fast_I(PyTuple_GET_ITEM(o, 0), &v_tag) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 1), &v_a) == 0
          && addr_fast_I(PyTuple_GET_ITEM(o, 2), &v_b) == 0
          && addr_fast_ascii(PyTuple_GET_ITEM(o, 3), &v_label) == 0
          && addr_fast_bytes(PyTuple_GET_ITEM(o, 4), &v_blob) == 0
          && (n <= 5 || addr_fast_I(PyTuple_GET_ITEM(o, 5), &v_scope) == 0))) {
        const char *v_label_s = NULL;
        if (!PyArg_ParseTuple(o, "IIIsy*|I",
                              &v_tag, &v_a, &v_b, &v_label_s, &v_blob_b, &v_scope)) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError))
                PyErr_Format(PyExc_OverflowError, "%s(): port must be 0-65535.", caller);
            return -1;
        }
        if (v_label_s != NULL)
            addr_text_str(&v_label, v_label_s);
        if (v_blob_b.obj != NULL)
            addr_text_buffer(&v_blob, &v_blob_b);
    }
    memset(&a->u.pretend, 0, sizeof a->u.pretend);
    a->family = AF_PRETEND;
    a->proto = proto;
    a->u.pretend.tag = (uint32_t)v_tag;
    a->u.pretend.a = (uint32_t)v_a;
    a->u.pretend.b = (uint32_t)v_b;
    addr_copy_text(a->u.pretend.label, sizeof a->u.pretend.label, &v_label);
    addr_copy_bytes(a->u.pretend.blob, sizeof a->u.pretend.blob, &a->u.pretend.blob_len, &v_blob);
    a->u.pretend.scope = (int)v_scope;
    PyBuffer_Release(&v_blob_b);
    return 0;
}

static PyObject *to_py_pretend_tagged(const csock_addr *a)
{
    PyObject *items[6] = {
        PyLong_FromUnsignedLong((unsigned int)a->u.pretend.tag),
        PyLong_FromUnsignedLong((unsigned int)a->u.pretend.a),
        PyLong_FromUnsignedLong((unsigned int)a->u.pretend.b),
        PyUnicode_FromStringAndSize(a->u.pretend.label, (Py_ssize_t)strnlen(a->u.pretend.label, sizeof a->u.pretend.label)),
        PyBytes_FromStringAndSize((const char *)a->u.pretend.blob, (Py_ssize_t)a->u.pretend.blob_len),
        PyLong_FromUnsignedLong((unsigned int)a->u.pretend.scope),
    };
    return csock_py_tuple_steal(items, 6);
}
#endif
#endif

#ifdef CSOCK__HAVE_UN
/* AF_UNIX (spec/families/unix.yaml) */
#if 1
static int from_py_unix(PyObject *o, const char *caller, int proto, csock_addr *a)
{
    addr_text v_path = ADDR_TEXT_EMPTY;
    (void)caller;
    (void)proto;
    if (PyBytes_CheckExact(o)) {
        v_path.p = PyBytes_AS_STRING(o);
        v_path.n = PyBytes_GET_SIZE(o);
    } else if (csock_py_fs_ascii && PyUnicode_CheckExact(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
        /* what PyUnicode_EncodeFSDefault would give: its ASCII bytes */
        v_path.p = (const char *)PyUnicode_DATA(o);
        v_path.n = PyUnicode_GET_LENGTH(o);
    } else {
        Py_buffer view;
        PyObject *b = PyUnicode_Check(o) ? PyUnicode_EncodeFSDefault(o) : Py_NewRef(o);
        if (b == NULL)
            return -1;
        if (PyObject_GetBuffer(b, &view, PyBUF_SIMPLE) < 0) {
            Py_DECREF(b);
            return -1;
        }
        v_path.p = (const char *)view.buf;
        v_path.n = view.len;
        a->family = AF_UNIX;
        a->proto = 0;
        addr_copy_bytes(a->u.un.path, sizeof a->u.un.path, &a->u.un.len, &v_path);
        PyBuffer_Release(&view);
        Py_DECREF(b);
        return 0;
    }
    a->family = AF_UNIX;
    a->proto = 0;
    addr_copy_bytes(a->u.un.path, sizeof a->u.un.path, &a->u.un.len, &v_path);
    return 0;
}

static PyObject *to_py_unix(const csock_addr *a)
{
    return addr_path_to_py(a->u.un.path, a->u.un.len);
}
#endif
#endif

int csock_py_addr_from_py(PyObject *o, PyObject *sock, const char *caller, csock_addr *a)
{
    csock_py_sock *so = (csock_py_sock *)sock;
    int proto = so->sock_proto; /* kept by csock_py_sync_fields */
    switch (so->sock_family) {
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return from_py_inet(o, caller, proto, a);
#endif
#ifdef CSOCK__HAVE_PRETEND
    case AF_PRETEND:
        switch (proto) {
#ifdef PRETEND_PLAIN
        case PRETEND_PLAIN:
            return from_py_pretend_plain(o, caller, proto, a);
#endif
#ifdef PRETEND_TAGGED
        case PRETEND_TAGGED:
            return from_py_pretend_tagged(o, caller, proto, a);
#endif
        }
        /* a protocol without format: csock's encoder says so */
        return addr_none(a, AF_PRETEND, proto);
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return from_py_unix(o, caller, proto, a);
#endif
    default:
        break;
    }
    (void)o;
    (void)caller;
    return addr_none(a, 0, proto);
}

PyObject *csock_py_addr_to_py(const csock_addr *a)
{
    switch (a->family) {
    case 0:
        Py_RETURN_NONE;
#ifdef CSOCK__HAVE_INET
    case AF_INET:
        return to_py_inet(a);
#endif
#ifdef CSOCK__HAVE_PRETEND
    case AF_PRETEND:
        switch (a->proto) {
#ifdef PRETEND_PLAIN
        case PRETEND_PLAIN:
            return to_py_pretend_plain(a);
#endif
#ifdef PRETEND_TAGGED
        case PRETEND_TAGGED:
            return to_py_pretend_tagged(a);
#endif
        }
        return to_py_pretend_plain(a);
#endif
#ifdef CSOCK__HAVE_UN
    case AF_UNIX:
        return to_py_unix(a);
#endif
    default:
        break;
    }
    /* CPython gives (family, sa_data) for a family it has no format for;
     * csock_addr keeps no bytes of it. */
    return Py_BuildValue("iy#", a->family, "", (Py_ssize_t)0);
}
