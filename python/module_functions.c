/* The module functions spec/api marks custom: their reasons are in the
 * spec (and in generated/python/csock_py_methods.h).  Every other function
 * body is generated. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "errors.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <string.h>

PyObject *csock_py_module_dup_impl(PyObject *self, PyObject *fdo)
{
    (void)self;
    long v = PyLong_AsLong(fdo);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    int fd = v < INT_MIN || v > INT_MAX ? -1 : (int)v;
    /* CPython's _Py_dup: any fd, not only sockets (dup(1) works) */
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLong(nfd);
}

/* The "idna" codec's own fast path for an ASCII str (encodings/idna.py:
 * every label but the last 1..63 characters, the last < 64): the same bytes
 * without calling the codec.  NULL (no exception) when the codec must run:
 * not ASCII, or a bad label (the codec raises its own error). */
static PyObject *idna_ascii_fast(PyObject *s)
{
    if (!PyUnicode_CheckExact(s) || !PyUnicode_IS_COMPACT_ASCII(s))
        return NULL;
    const char *p = (const char *)PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), start = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i == n || p[i] == '.') {
            Py_ssize_t len = i - start;
            if (len >= 64 || (i < n && len == 0))
                return NULL;
            start = i + 1;
        }
    }
    return PyBytes_FromStringAndSize(p, n);
}

/* v in decimal into buf (as "%ld"); returns buf. */
static const char *long_to_dec(long v, char *buf, size_t size)
{
    char tmp[24];
    size_t i = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        tmp[i++] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    size_t o = 0;
    if (v < 0)
        buf[o++] = '-';
    while (i > 0 && o + 1 < size)
        buf[o++] = tmp[--i];
    buf[o] = 0;
    return buf;
}

PyObject *csock_py_module_getaddrinfo(PyObject *self, PyObject *args, PyObject *kwargs)
{
    (void)self;
    static char *kwlist[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    PyObject *hobj, *pobj, *hostb = NULL, *pstr = NULL, *list = NULL;
    int family = 0, type = 0, proto = 0, flags = 0;
    const char *host = NULL, *port = NULL;
    char pbuf[32];
    csock_error err;
    size_t count = 0;
    csock_addrinfo *ai;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OO|iiii:getaddrinfo", kwlist,
                                     &hobj, &pobj, &family, &type, &proto, &flags))
        return NULL;
    if (hobj != Py_None) {
        if (!PyUnicode_Check(hobj) && !PyBytes_Check(hobj)) {
            PyErr_SetString(PyExc_TypeError, "getaddrinfo() argument 1 must be string or None");
            return NULL;
        }
        if (PyUnicode_Check(hobj)) {
            hostb = idna_ascii_fast(hobj);
            if (hostb == NULL)
                hostb = PyUnicode_AsEncodedString(hobj, "idna", NULL);
            if (hostb == NULL)
                return NULL;
        } else
            hostb = Py_NewRef(hobj);
        host = PyBytes_AS_STRING(hostb);
    }
    if (PyLong_CheckExact(pobj)) {
        long v = PyLong_AsLong(pobj);
        if (v == -1 && PyErr_Occurred()) {
#if CSOCK_PY_MODULE_GETADDRINFO_PORT_INT_AS_STRING
            /* past the C long: its decimal string, for the resolver to judge */
            if (!PyErr_ExceptionMatches(PyExc_OverflowError))
                goto done;
            PyErr_Clear();
            pstr = PyObject_Str(pobj);
            if (pstr == NULL || (port = PyUnicode_AsUTF8(pstr)) == NULL)
                goto done;
#else
            goto done;
#endif
        } else
            port = long_to_dec(v, pbuf, sizeof pbuf); /* "%ld", str(v) alike */
    } else if (PyUnicode_Check(pobj)) {
        port = PyUnicode_AsUTF8(pobj);
        if (port == NULL)
            goto done;
    } else if (PyBytes_Check(pobj)) {
        port = PyBytes_AS_STRING(pobj);
    } else if (pobj != Py_None) {
        PyErr_SetString(PyExc_OSError, "Int or String expected");
        goto done;
    }
    if (PySys_Audit("socket.getaddrinfo", "OOiii", hobj, pobj, family, type, proto) < 0)
        goto done;
    ai = csock_getaddrinfo(host, port, family, type, proto, flags, &count, &err);
    if (ai == NULL) {
        csock_py_set_error(&err);
        goto done;
    }
    list = PyList_New((Py_ssize_t)count);
    for (size_t i = 0; list != NULL && i < count; i++) {
        /* (family, type, proto, canonname, sockaddr), as "(iiisN)" */
        PyObject *items[5] = {
            PyLong_FromLong(ai[i].family), PyLong_FromLong(ai[i].type),
            PyLong_FromLong(ai[i].proto),
            PyUnicode_FromString(ai[i].canonname ? ai[i].canonname : ""),
            csock_py_addr_to_py(&ai[i].addr),
        };
        PyObject *t = csock_py_tuple_steal(items, 5);
        if (t == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    csock_addrinfo_free(ai);
done:
    Py_XDECREF(hostb);
    Py_XDECREF(pstr);
    return list;
}

PyObject *csock_py_module_getnameinfo(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *sa;
    int flags, port;
    const char *host;
    unsigned int flowinfo = 0, scope_id = 0;
    csock_error err;
    csock_nameinfo out;
    csock_addr a;

    if (!PyArg_ParseTuple(args, "Oi:getnameinfo", &sa, &flags))
        return NULL;
    if (!PyTuple_Check(sa)) {
        PyErr_SetString(PyExc_TypeError, "getnameinfo() argument 1 must be a tuple");
        return NULL;
    }
    if (!PyArg_ParseTuple(sa, "si|II;" CSOCK_MSG_NI_ILLEGAL_SOCKADDR,
                          &host, &port, &flowinfo, &scope_id))
        return NULL;
    if (flowinfo > 0xfffff) {
        PyErr_SetString(PyExc_OverflowError, CSOCK_MSG_NI_FLOWINFO);
        return NULL;
    }
    if (PySys_Audit("socket.getnameinfo", "(O)", sa) < 0)
        return NULL;
    if (strlen(host) >= CSOCK_ADDR_HOST_MAX) {
        /* too long for any numeric address: what getaddrinfo(AI_NUMERICHOST) says */
        err.kind = CSOCK_ERR_GAI;
        err.code = EAI_NONAME;
        snprintf(err.message, sizeof err.message, "[Errno %d] %s", EAI_NONAME, gai_strerror(EAI_NONAME));
        return csock_py_set_error(&err);
    }
    memset(&a, 0, sizeof a);
    if (strchr(host, ':') != NULL) {
        a = csock_addr_inet6(host, port, flowinfo, scope_id);
    } else {
        if (PyTuple_GET_SIZE(sa) != 2 && strspn(host, "0123456789.") == strlen(host)) {
            PyErr_SetString(PyExc_OSError, CSOCK_MSG_NI_IPV4_TUPLE);
            return NULL;
        }
        a = csock_addr_inet(host, port);
    }
    if (csock_getnameinfo(&a, flags, &out, &err) < 0)
        return csock_py_set_error(&err);
    return Py_BuildValue("(ss)", out.host, out.serv);
}

PyObject *csock_py_module_if_nameindex_impl(PyObject *self)
{
    (void)self;
    csock_error err;
    size_t n;
    csock_ifname *l = csock_if_nameindex(&n, &err);
    if (l == NULL)
        return csock_py_set_error(&err);
    PyObject *r = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; r != NULL && i < n; i++) {
        PyObject *t = Py_BuildValue("(IO&)", l[i].index, PyUnicode_DecodeFSDefault, l[i].name);
        if (t == NULL) {
            Py_CLEAR(r);
            break;
        }
        PyList_SET_ITEM(r, (Py_ssize_t)i, t);
    }
    csock_ifname_free(l);
    return r;
}

PyObject *csock_py_module_socketpair(PyObject *self, PyObject *args)
{
    (void)self;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    csock *pair[2];
    csock_error err;
    if (!PyArg_ParseTuple(args, "|iii:socketpair", &family, &type, &proto))
        return NULL;
    if (family == 0) {
        /* csock_socketpair takes 0 as "the default"; socketpair(2) says no */
        errno = EAFNOSUPPORT;
        return PyErr_SetFromErrno(PyExc_OSError);
    }
    if (csock_socketpair(family, type, proto, pair, &err) < 0)
        return csock_py_set_error(&err);
    PyObject *b = NULL, *a = csock_py_wrap_csock(pair[0]);
    if (a == NULL) {
        csock_close(pair[1], NULL);
        return NULL;
    }
    b = csock_py_wrap_csock(pair[1]);
    if (b == NULL) {
        Py_DECREF(a);
        return NULL;
    }
    return Py_BuildValue("(NN)", a, b);
}

