/* Conversions shared by the binding: the O& converters and sequence
 * helpers the generated bodies call, tuples, results. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "errors.h"

#include <math.h>
#include <string.h>

/* 1 when the filesystem encoding maps every ASCII character to its own
 * byte (checked at import): then an ASCII str path needs no encoding. */
int csock_py_fs_ascii;

/* A tuple of the n new references in items, which it takes over; NULL
 * (the items released) when one is NULL (its error set) or on no memory. */
PyObject *csock_py_tuple_steal(PyObject **items, int n)
{
    int ok = 1;
    for (int i = 0; i < n; i++)
        ok &= items[i] != NULL;
    PyObject *t = ok ? PyTuple_New(n) : NULL; /* not with an error pending */
    for (int i = 0; i < n; i++) {
        if (t != NULL)
            PyTuple_SET_ITEM(t, i, items[i]);
        else
            Py_XDECREF(items[i]);
    }
    return t;
}

/* ---- O& converters of the generated argument parsing ---- */

/* None, or int or float seconds.  Only the type is checked here: the
 * value's checks (NaN, the clock's range, negative) and their messages are
 * libcsock's (csock_settimeout), in CPython's order; an int too large for
 * any double conversion is the same OverflowError. */
int csock_py_timeout_converter(PyObject *o, void *out)
{
    csock_py_timeout *t = out;
    t->none = o == Py_None;
    if (t->none)
        return 1;
    if (PyFloat_Check(o)) {
        t->value = PyFloat_AsDouble(o);
#if CSOCK_PY_SOCKET_SETTIMEOUT_PYTIME_MESSAGES && CSOCK_PY_MODULE_SETDEFAULTTIMEOUT_PYTIME_MESSAGES
        /* the C library's own check, with this version's message for a float */
        double d = t->value * 1e9;
        if (!isnan(d) && !(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            csock_error err;
            csock__err_timeout_overflow_time_t(&err);
            csock_py_set_error(&err);
            return 0;
        }
#endif
        goto check;
    }
    PyObject *idx = PyNumber_Index(o);
    if (idx == NULL)
        return 0;
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(idx, &overflow);
    Py_DECREF(idx);
    if (v == -1 && PyErr_Occurred())
        return 0;
    if (overflow) {
        csock_error err;
#if CSOCK_PY_SOCKET_SETTIMEOUT_PYTIME_MESSAGES && CSOCK_PY_MODULE_SETDEFAULTTIMEOUT_PYTIME_MESSAGES
        csock__err_timeout_overflow_pytime(&err);
#else
        csock__err_timeout_overflow(&err);
#endif
        csock_py_set_error(&err);
        return 0;
    }
    t->value = (double)v;
check:
    /* libcsock reads CSOCK_TIMEOUT_NONE (-1.0) as None; Python's -1 is
     * just negative: the error libcsock gives any other negative value. */
    if (t->value == CSOCK_TIMEOUT_NONE) {
        csock_error err;
        csock__err_timeout_out_of_range(&err);
        csock_py_set_error(&err);
        return 0;
    }
    return 1;
}

/* socket.close(fd): a C long; out of int range is no descriptor (-1). */
int csock_py_fd_converter(PyObject *o, void *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(int *)out = v < INT_MIN || v > INT_MAX ? -1 : (int)v;
    return 1;
}

/* htonl / ntohl: CPython's checks (an int, unsigned, 32 bits). */
int csock_py_uint32_converter(PyObject *o, void *out)
{
    if (!PyLong_Check(o)) {
        PyErr_Format(PyExc_TypeError, "expected int, %s found", Py_TYPE(o)->tp_name);
        return 0;
    }
    unsigned long v = PyLong_AsUnsignedLong(o);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return 0;
    if (v > 0xffffffffUL) {
        PyErr_SetString(PyExc_OverflowError, CSOCK_MSG_LONG_TOO_LARGE);
        return 0;
    }
    *(int64_t *)out = (int64_t)v;
    return 1;
}

/* if_indextoname's index, as the running CPython takes it. */
int csock_py_ifindex_converter(PyObject *o, void *out)
{
    if (!PyLong_Check(o)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return 0;
    }
    unsigned long v = PyLong_AsUnsignedLong(o);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return 0;
#if CSOCK_PY_MODULE_IF_INDEXTONAME_INDEX_CHECKED
    if (v > UINT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "index is too large");
        return 0;
    }
#else
    v = (unsigned int)v; /* truncated to the C unsigned int */
#endif
    *(long long *)out = (long long)v;
    return 1;
}

/* A METH_O int argument as CPython's PyLong_AsInt reads it. */
int csock_py_int_converter(PyObject *o, void *out)
{
    int v = PyLong_AsInt(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(int *)out = v;
    return 1;
}

/* setblocking's flag, taken as true or false: any object by its truth
 * value, or any int (spec/api/socket.yaml py_versions). */
int csock_py_truth_converter(PyObject *o, void *out)
{
#if CSOCK_PY_SOCKET_SETBLOCKING_FLAG_ANY_OBJECT
    int v = PyObject_IsTrue(o);
    if (v < 0)
        return 0;
    *(int *)out = v;
#else
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(int *)out = v != 0;
#endif
    return 1;
}

/* A lone bytes-like argument (Argument Clinic's Py_buffer, METH_O): the
 * caller releases it. */
int csock_py_buffer_converter(PyObject *o, void *out)
{
    return PyObject_GetBuffer(o, (Py_buffer *)out, PyBUF_SIMPLE) == 0;
}

/* ---- sequences: data buffers, ancillary items ---- */

void csock_py_seq_free(csock_py_seq *q)
{
    for (Py_ssize_t i = 0; i < q->got; i++)
        PyBuffer_Release(&q->views[i]);
    PyMem_Free(q->views);
    PyMem_Free(q->items);
    Py_XDECREF(q->fast);
    memset(q, 0, sizeof *q);
}

int csock_py_seq_get(csock_py_seq *q, PyObject *o, const char *what, const char *itemfmt,
                     int cmsgs)
{
    memset(q, 0, sizeof *q);
    if (o == NULL)
        return 0;
    q->fast = PySequence_Fast(o, what);
    if (q->fast == NULL)
        return -1;
    q->n = PySequence_Fast_GET_SIZE(q->fast);
    q->views = PyMem_New(Py_buffer, q->n ? q->n : 1);
    q->items = PyMem_Malloc((size_t)(q->n ? q->n : 1) * (cmsgs ? sizeof(csock_cmsg) : sizeof(csock_iov)));
    if (q->views == NULL || q->items == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < q->n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(q->fast, i);
        Py_buffer *v = &q->views[i];
        if (cmsgs) {
            csock_cmsg *m = (csock_cmsg *)q->items + i;
            if (!PyArg_Parse(item, itemfmt, &m->level, &m->type, v))
                goto fail;
            m->data = v->buf;
            m->len = (size_t)v->len;
        } else {
            csock_iov *b = (csock_iov *)q->items + i;
            if (!PyArg_Parse(item, itemfmt, v))
                goto fail;
            b->base = v->buf;
            b->len = (size_t)v->len;
        }
        q->got++;
    }
    return 0;
fail:
    csock_py_seq_free(q);
    return -1;
}

/* ---- results ---- */

PyObject *csock_py_msg_result(const csock_msg *m, PyObject *data)
{
    PyObject *anc = data ? PyList_New(0) : NULL;
    if (anc == NULL)
        goto fail;
    for (size_t i = 0; i < m->nancdata; i++) {
        PyObject *t = Py_BuildValue("(iiy#)", m->ancdata[i].level, m->ancdata[i].type,
                                    (const char *)m->ancdata[i].data, (Py_ssize_t)m->ancdata[i].len);
        if (t == NULL || PyList_Append(anc, t) < 0) {
            Py_XDECREF(t);
            goto fail;
        }
        Py_DECREF(t);
    }
    PyObject *items[4] = {data, anc, PyLong_FromLong(m->flags), csock_py_addr_to_py(&m->addr)};
    return csock_py_tuple_steal(items, 4);
fail:
    Py_XDECREF(anc);
    Py_XDECREF(data);
    return NULL;
}

static PyObject *strlist(char **v, size_t n)
{
    PyObject *l = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; l != NULL && i < n; i++) {
        PyObject *s = PyUnicode_DecodeFSDefault(v[i]);
        if (s == NULL) {
            Py_CLEAR(l);
            break;
        }
        PyList_SET_ITEM(l, (Py_ssize_t)i, s);
    }
    return l;
}

PyObject *csock_py_hostent_to_py(const csock_hostent *h)
{
    PyObject *items[3] = {PyUnicode_FromString(h->name), strlist(h->aliases, h->naliases),
                          strlist(h->addrs, h->naddrs)};
    return csock_py_tuple_steal(items, 3);
}

int64_t csock_py_timeout_ns(double t)
{
    if (t < 0)
        return -1000000000LL;
    return (int64_t)ceil(t * 1e9 - 1e-3);
}


int csock_py_addr_settle(PyObject *sock, csock_addr *a, const char *caller)
{
    csock_py_sock *so = (csock_py_sock *)sock;
    int family = so->sock_family, proto = so->sock_proto;
    if (family != AF_INET && family != AF_INET6 && family != AF_UNIX)
        return 0; /* the others need nothing resolved or measured */
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    csock_error err;
    if (csock_addr_encode(a, family, proto, caller, &ss, &len, &err) < 0) {
        csock_py_set_error(&err);
        return -1;
    }
    if (family == AF_UNIX)
        return 0;
    csock_addr resolved;
    if (csock_addr_decode((struct sockaddr *)&ss, len, proto, &resolved,
                          &err) < 0) {
        csock_py_set_error(&err);
        return -1;
    }
    *a = resolved;
    return 0;
}
