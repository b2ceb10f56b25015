/* The socket type: CPython's object layout (so _ssl can read it), the
 * __new__/__init__ split socket.py relies on, finalizer and repr. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "gil.h"

#include <errno.h>
#include <math.h>
#include <structmember.h>

/* ------------------------------------------------------------------ */
/* The socket object                                                   */
/* ------------------------------------------------------------------ */


/* Keep CPython's fields (read by _ssl) current. */
void csock_py_sync_fields(csock_py_sock *s)
{
    if (s->cs == NULL) {
        s->sock_fd = -1;
        return;
    }
    s->sock_fd = csock_fileno(s->cs);
    s->sock_family = csock_family(s->cs);
    s->sock_type = csock_type(s->cs);
    s->sock_proto = csock_proto(s->cs);
    s->sock_timeout = csock_py_timeout_ns(csock_gettimeout(s->cs));
}

static PyObject *sock_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    (void)args;
    (void)kwds;
    csock_py_sock *s = (csock_py_sock *)type->tp_alloc(type, 0);
    if (s == NULL)
        return NULL;
    s->sock_fd = -1;
    s->sock_timeout = -1000000000LL;
    s->errorhandler = csock_py_errno_handler;
    s->cs = NULL;
    s->retired = NULL;
    s->nretired = 0;
    return (PyObject *)s;
}

PyObject *csock_py_wrap_csock(csock *cs)
{
    csock_py_sock *s = (csock_py_sock *)sock_new(csock_py_sock_type, NULL, NULL);
    if (s == NULL) {
        csock_close(cs, NULL);
        return NULL;
    }
    s->cs = cs;
    csock_py_sync_fields(s);
    return (PyObject *)s;
}

/* socket.__init__'s arguments when they are ints (and any fileno), given
 * once each, without PyArg (socket.py's accept() passes fileno by keyword);
 * 0 (no exception) lets PyArg parse them, errors included. */
static int init_args_fast(PyObject *args, PyObject *kwds, int *ints[3], PyObject **fdobj)
{
    static const char *const names[4] = {"family", "type", "proto", "fileno"};
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (n > 4)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyTuple_GET_ITEM(args, i);
        if (i == 3)
            *fdobj = v;
        else if (csock_py_fast_int(v, ints[i]) < 0)
            return 0;
    }
    if (kwds == NULL)
        return 1;
    if (!PyDict_CheckExact(kwds))
        return 0;
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(kwds, &pos, &k, &v)) {
        int idx = -1;
        if (!PyUnicode_CheckExact(k))
            return 0;
        for (int j = 0; j < 4 && idx < 0; j++)
            if (PyUnicode_CompareWithASCIIString(k, names[j]) == 0)
                idx = j;
        if (idx < n) /* unknown (-1) or also given by position */
            return 0;
        if (idx == 3)
            *fdobj = v;
        else if (csock_py_fast_int(v, ints[idx]) < 0)
            return 0;
    }
    return 1;
}

static int sock_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"family", "type", "proto", "fileno", NULL};
    int family = -1, type = -1, proto = -1;
    int *ints[3] = {&family, &type, &proto};
    PyObject *fdobj = NULL;
    csock_error err;
    csock *cs;

    /* socket.py's call, socket.__init__(self, family, type, proto, fileno),
     * and accept()'s fileno= one take the fast parse */
    if (!init_args_fast(args, kwds, ints, &fdobj)) {
        /* As CPython's (Argument Clinic) parser: ints by PyLong_AsInt */
        PyObject *o[3] = {NULL, NULL, NULL};
        family = type = proto = -1;
        fdobj = NULL;
        if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOOO:socket", kwlist,
                                         &o[0], &o[1], &o[2], &fdobj))
            return -1;
        for (int i = 0; i < 3; i++) {
            if (o[i] == NULL)
                continue;
            *ints[i] = PyLong_AsInt(o[i]);
            if (*ints[i] == -1 && PyErr_Occurred())
                return -1;
        }
    }
    if (PySys_Audit("socket.__new__", "Oiii", self, family, type, proto) < 0)
        return -1;
    if (fdobj != NULL && fdobj != Py_None) {
        int small;
        long fd;
        if (csock_py_fast_int(fdobj, &small) == 0) {
            fd = small; /* an int (never a float) in int range */
        } else {
            if (PyFloat_Check(fdobj)) {
                PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
                return -1;
            }
            fd = PyLong_AsLong(fdobj);
            if (fd == -1 && PyErr_Occurred())
                return -1;
            /* CPython's PyLong_AsSocket_t: a C long cast to int (SOCKET_T),
             * so 2**40 means fd 0 and 2**31 a negative fd, as there. */
            fd = (int)fd;
        }
        if (fd < 0) {
            PyErr_SetString(PyExc_ValueError, "negative file descriptor");
            return -1;
        }
        cs = csock_socket_fileno(family, type, proto, (int)fd, &err);
    } else {
        if (family == -1)
            family = AF_INET;
        if (type == -1)
            type = SOCK_STREAM;
        if (proto == -1)
            proto = 0;
        /* socket(2) does not block: CPython drops the GIL around it for
         * the other threads' sake, so only when there are any */
        int nogil = !only_thread();
        if (nogil)
            nogil_begin();
        cs = csock_socket(family, type, proto, &err);
        if (nogil)
            nogil_end();
    }
    if (cs == NULL) {
        csock_py_set_error(&err);
        return -1;
    }
    if (SELF->cs != NULL) {
        /* __init__ again.  As CPython, the object takes the new socket and
         * the old fd is left open.  The old csock is not freed: another
         * thread may be inside a call on it (it released the GIL), so it
         * lives on, retired, until the object dies. */
        csock **r = PyMem_Realloc(SELF->retired, (size_t)(SELF->nretired + 1) * sizeof *r);
        if (r == NULL) {
            csock_close(cs, NULL);
            PyErr_NoMemory();
            return -1;
        }
        r[SELF->nretired++] = SELF->cs;
        SELF->retired = r;
    }
    SELF->cs = cs;
    csock_py_sync_fields(SELF);
    return 0;
}

static void sock_finalize(PyObject *self)
{
    if (SELF->cs != NULL && csock_fileno(SELF->cs) >= 0) {
        PyObject *exc, *val, *tb;
        PyErr_Fetch(&exc, &val, &tb);
        if (PyErr_ResourceWarning(self, 1, "unclosed %R", self))
            PyErr_WriteUnraisable(self);
        csock_close_keep(SELF->cs, NULL);
        SELF->sock_fd = -1;
        PyErr_Restore(exc, val, tb);
    }
}

static void sock_dealloc(PyObject *self)
{
    /* sock_finalize does nothing once the fd is closed (the usual end) */
    if (SELF->cs != NULL && csock_fileno(SELF->cs) >= 0 &&
        PyObject_CallFinalizerFromDealloc(self) < 0)
        return;
#if CSOCK_PY_SOCKET_HEAP_TYPE
    PyObject_GC_UnTrack(self);
#endif
    /* Nobody else can be inside a call on it now: a call holds a
     * reference to the object. */
    if (SELF->cs != NULL) {
        if (csock_fileno(SELF->cs) >= 0)
            csock_close(SELF->cs, NULL);
        else
            csock_free(SELF->cs);
        SELF->cs = NULL;
    }
    for (Py_ssize_t i = 0; i < SELF->nretired; i++) {
        csock_detach(SELF->retired[i]); /* its fd stays open, as CPython */
        csock_free(SELF->retired[i]);
    }
    PyMem_Free(SELF->retired);
    SELF->retired = NULL;
    SELF->nretired = 0;
    PyTypeObject *tp = Py_TYPE(self);
    tp->tp_free(self);
#if CSOCK_PY_SOCKET_HEAP_TYPE
    Py_DECREF(tp); /* an object of a heap type holds its type */
#else
    (void)tp;
#endif
}

static PyObject *sock_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<socket object, fd=%ld, family=%d, type=%d, proto=%d>",
                                (long)SELF->sock_fd, SELF->sock_family,
                                SELF->sock_type, SELF->sock_proto);
}

PyObject *csock_py_sock_get_timeout(PyObject *self, void *closure)
{
    (void)closure;
    if (SELF->cs == NULL || SELF->sock_timeout < 0) /* kept by csock_py_sync_fields */
        Py_RETURN_NONE;
    return PyFloat_FromDouble(csock_gettimeout(SELF->cs));
}

/* Everything between the generated prototypes and tables. */
#include "csock_py_methods.h"


static PyMemberDef sock_members[] = {
    {"family", T_INT, offsetof(csock_py_sock, sock_family), READONLY, "the socket family"},
    {"type", T_INT, offsetof(csock_py_sock, sock_type), READONLY, "the socket type"},
    {"proto", T_INT, offsetof(csock_py_sock, sock_proto), READONLY, "the socket protocol"},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef sock_getset[] = {
    {"timeout", csock_py_sock_get_timeout, NULL, "the socket timeout", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

PyDoc_STRVAR(sock_doc,
"socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n\
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\
\n\
Open a socket of the given type.  The family argument specifies the\n\
address family; it defaults to AF_INET.  The type argument specifies\n\
whether this is a stream (SOCK_STREAM, this is the default)\n\
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n\
specifying the default protocol.  Keyword arguments are accepted.\n\
The socket is created as non-inheritable.\n\
\n\
When a fileno is passed in, family, type and proto are auto-detected,\n\
unless they are explicitly set.\n\
\n\
This module is csock's: every operation is a libcsock call.");

#if CSOCK_PY_SOCKET_HEAP_TYPE
/* A heap type whose objects the collector tracks: they hold only their
 * type (the csock is C memory). */
static int sock_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static PyType_Slot sock_slots[] = {
    {Py_tp_dealloc, (void *)sock_dealloc},
    {Py_tp_traverse, (void *)sock_traverse},
    {Py_tp_repr, (void *)sock_repr},
    {Py_tp_doc, (void *)sock_doc},
    {Py_tp_methods, csock_py_socket_methods},
    {Py_tp_members, sock_members},
    {Py_tp_getset, sock_getset},
    {Py_tp_init, (void *)sock_init},
    {Py_tp_new, (void *)sock_new},
    {Py_tp_finalize, (void *)sock_finalize},
    {0, NULL},
};

static PyType_Spec sock_spec = {
    .name = "_socket.socket",
    .basicsize = sizeof(csock_py_sock),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = sock_slots,
};

PyTypeObject *csock_py_sock_type;

int csock_py_sock_type_init(void)
{
    PyTypeObject *t = (PyTypeObject *)PyType_FromSpec(&sock_spec);
    if (t == NULL)
        return -1;
    Py_XSETREF(csock_py_sock_type, t); /* the module's reference */
    return 0;
}
#else
static PyTypeObject sock_type_static = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_socket.socket",
    .tp_basicsize = sizeof(csock_py_sock),
    .tp_dealloc = sock_dealloc,
    .tp_repr = sock_repr,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = sock_doc,
    .tp_methods = csock_py_socket_methods,
    .tp_members = sock_members,
    .tp_getset = sock_getset,
    .tp_init = sock_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = sock_new,
    .tp_free = PyObject_Del,
    .tp_finalize = sock_finalize,
};

PyTypeObject *csock_py_sock_type;

int csock_py_sock_type_init(void)
{
    if (PyType_Ready(&sock_type_static) < 0)
        return -1;
    csock_py_sock_type = &sock_type_static;
    return 0;
}
#endif
