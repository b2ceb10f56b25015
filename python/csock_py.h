/* The _socket extension's shared declarations (handwritten half of the
 * Python binding).  The object begins with CPython's PySocketSockObject
 * layout (Modules/socketmodule.h) because _ssl reads sock_fd and
 * sock_timeout straight out of it after type-checking with the Sock_Type
 * of _socket.CAPI. */
#ifndef CSOCK_PY_H
#define CSOCK_PY_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <limits.h>
#include <stdint.h>

#include "csock/csock.h"
#include "csock/csock_binding.h"
#include "csock/csock_addr.h"

typedef struct {
    PyObject_HEAD
    int sock_fd;                        /* -1 once closed or detached */
    int sock_family;
    int sock_type;
    int sock_proto;
    PyObject *(*errorhandler)(void);    /* CPython's set_error */
    int64_t sock_timeout;               /* ns; -1 s (blocking) as CPython */
    /* ours, after CPython's fields */
    csock *cs;                          /* NULL before __init__ */
    /* csocks an __init__ again replaced: another thread may still be
     * inside a call on one, so they are freed with the object. */
    csock **retired;
    Py_ssize_t nretired;
} csock_py_sock;

/* _socket.CAPI (PySocketModule_APIObject). */
typedef struct {
    PyTypeObject *Sock_Type;
    PyObject *error;
    PyObject *timeout_error;
} csock_py_capi;

/* ---- shared by the binding's files ---- */

/* The socket type (type.c): made by csock_py_sock_type_init, a static
 * type or a heap type as spec/api/socket.yaml's py_versions says for the
 * interpreter compiled for (CSOCK_PY_SOCKET_HEAP_TYPE). */
extern PyTypeObject *csock_py_sock_type;
int csock_py_sock_type_init(void);

/* The C API's spelling across versions (not behaviour, so not spec data):
 * PyLong_AsInt is public from 3.13, which removed the private
 * _PyLong_AsInt that earlier versions have. */
#if PY_VERSION_HEX < 0x030D0000
#define PyLong_AsInt _PyLong_AsInt
#endif

/* generated/python/csock_py_errors.c (from spec/errors.yaml): the module's
 * own exception classes, their names in the module, and the exception of
 * a csock_error (returns NULL). */
extern PyObject *csock_py_herror;
extern PyObject *csock_py_gaierror;
int csock_py_errors_init(PyObject *module);
PyObject *csock_py_set_error(const csock_error *e);

/* errors.c: cls(code, text) from "[Errno N] text"-style messages; the
 * errorhandler CPython keeps in the object. */
PyObject *csock_py_raise_coded(PyObject *cls, int code, const char *msg);
PyObject *csock_py_errno_handler(void);

/* convert.c: what the generated bodies call (the converters of
 * generator/csockgen/pybind.py) and the conversions they share. */
extern int csock_py_fs_ascii;
/* A tuple of the n new references in items, which it takes over. */
PyObject *csock_py_tuple_steal(PyObject **items, int n);
/* Seconds (negative: None) -> CPython's sock_timeout nanoseconds. */
int64_t csock_py_timeout_ns(double t);
/* O& converters (1 on success, 0 with the exception set). */
typedef struct {
    double value;
    int none;           /* None: the C call gets CSOCK_TIMEOUT_NONE */
} csock_py_timeout;
int csock_py_timeout_converter(PyObject *o, void *out);   /* csock_py_timeout */
int csock_py_fd_converter(PyObject *o, void *out);        /* int */
int csock_py_uint32_converter(PyObject *o, void *out);    /* int64_t */
int csock_py_ifindex_converter(PyObject *o, void *out);   /* long long */
int csock_py_int_converter(PyObject *o, void *out);       /* int */
int csock_py_truth_converter(PyObject *o, void *out);     /* int, 0 or 1 */
int csock_py_buffer_converter(PyObject *o, void *out);    /* Py_buffer */
/* An iterable of bytes-like objects (itemfmt "y*;..." or "w*;...") as a
 * csock_iov array, or with cmsgs of (level, type, data) items ("(iiy*)...")
 * as a csock_cmsg array; o NULL: none.  On failure -1, nothing held. */
typedef struct {
    PyObject *fast;
    Py_buffer *views;
    void *items;        /* csock_iov[n] or csock_cmsg[n] */
    Py_ssize_t n, got;
} csock_py_seq;
int csock_py_seq_get(csock_py_seq *q, PyObject *o, const char *what, const char *itemfmt,
                     int cmsgs);
void csock_py_seq_free(csock_py_seq *q);
/* recvmsg's (data, ancdata, flags, address); takes data over (NULL: fails). */
PyObject *csock_py_msg_result(const csock_msg *m, PyObject *data);
/* gethostbyname_ex's (hostname, aliaslist, ipaddrlist). */
PyObject *csock_py_hostent_to_py(const csock_hostent *h);

/* generated/python/csock_py_addr.c (spec/families): Python address object
 * <-> csock_addr for a socket's family and protocol, CPython's shapes and
 * messages; csock's encoder checks the values when the call runs. */
int csock_py_addr_from_py(PyObject *o, PyObject *sock, const char *caller, csock_addr *a);
/* python/convert.c: everything CPython's getsockaddrarg checks about an
 * address that csock_py_addr_from_py only shaped (the port's range, the
 * host's resolution, an AF_UNIX path's length), for a call whose other
 * arguments CPython parses after the address (sendmsg).  An AF_INET or
 * AF_INET6 address comes back resolved (numeric), so the call does not
 * resolve it again.  0, or -1 with the exception set. */
int csock_py_addr_settle(PyObject *sock, csock_addr *a, const char *caller);
PyObject *csock_py_addr_to_py(const csock_addr *a);

/* type.c */
PyObject *csock_py_wrap_csock(csock *cs);
void csock_py_sync_fields(csock_py_sock *s);
PyObject *csock_py_sock_get_timeout(PyObject *self, void *closure);

#define SELF ((csock_py_sock *)self)

/* The csock of a socket; a never-initialised one behaves as closed. */
static inline csock *CS(PyObject *self)
{
    csock *cs = SELF->cs;
    if (cs == NULL) {
        errno = EBADF;
        PyErr_SetFromErrno(PyExc_OSError);
    }
    return cs;
}

/* Fast argument conversions for the generated METH_FASTCALL wrappers
 * (generated/python/csock_py_methods.h).  Each takes the common case only
 * (an int, an object with a C-contiguous buffer) and returns 0, or
 * returns -1 with no exception set: the wrapper then parses the arguments
 * again with PyArg_ParseTuple, so every other case, and every error
 * message, is PyArg's, exactly as from a METH_VARARGS method. */
static inline int csock_py_fast_ssize(PyObject *o, Py_ssize_t *out)
{
    /* int subclasses (IntEnum) too: PyArg's n and i read them directly */
    if (!PyLong_Check(o))
        return -1;
    Py_ssize_t v = PyLong_AsSsize_t(o);
    if (v == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        return -1;
    }
    *out = v;
    return 0;
}

static inline int csock_py_fast_int(PyObject *o, int *out)
{
    if (!PyLong_Check(o))
        return -1;
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11's layout: a value of at most one digit (30 bits, so an int)
     * needs no PyLong_AsLong call */
    Py_ssize_t size = Py_SIZE(o);
    if (size == 0) {
        *out = 0;
        return 0;
    }
    if (size == 1 || size == -1) {
        *out = (int)(size * (Py_ssize_t)((PyLongObject *)o)->ob_digit[0]);
        return 0;
    }
#endif
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        return -1;
    }
    if (v < INT_MIN || v > INT_MAX)
        return -1;
    *out = (int)v;
    return 0;
}

static inline int csock_py_fast_object(PyObject *o, PyObject **out)
{
    *out = o;
    return 0;
}

/* y* (readable) / w* (writable), as PyArg's getbuffer(). */
static inline int csock_py_fast_buffer(PyObject *o, Py_buffer *view, int writable)
{
    if (!writable && PyBytes_CheckExact(o)) {
        /* immutable and kept alive by the caller's arguments for the whole
         * call: its storage, without a buffer export (obj stays NULL, so
         * PyBuffer_Release does nothing; the wrapper zeroed the rest) */
        view->buf = PyBytes_AS_STRING(o);
        view->len = PyBytes_GET_SIZE(o);
        view->obj = NULL;
        view->readonly = 1;
        return 0;
    }
    if (PyUnicode_Check(o) ||
        PyObject_GetBuffer(o, view, writable ? PyBUF_WRITABLE : PyBUF_SIMPLE) < 0) {
        PyErr_Clear();
        view->obj = NULL;
        return -1;
    }
    if (!PyBuffer_IsContiguous(view, 'C')) {
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* The arguments of a METH_FASTCALL call as a tuple, for PyArg_ParseTuple. */
static inline PyObject *csock_py_args_tuple(PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *t = PyTuple_New(nargs);
    for (Py_ssize_t i = 0; t != NULL && i < nargs; i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(args[i]));
    return t;
}

/* The keyword arguments of a METH_FASTCALL | METH_KEYWORDS call as a dict
 * (NULL when there are none); -1 on error. */
static inline int csock_py_kwargs_dict(PyObject *const *args, Py_ssize_t nargs,
                                       PyObject *kwnames, PyObject **out)
{
    *out = NULL;
    if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0)
        return 0;
    PyObject *d = PyDict_New();
    if (d == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
        if (PyDict_SetItem(d, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
            Py_DECREF(d);
            return -1;
        }
    }
    *out = d;
    return 0;
}

#endif
