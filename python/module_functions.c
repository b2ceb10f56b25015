/* The module functions' handwritten bodies. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "gil.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <string.h>
#include <net/if.h>

/* ---- module functions ---- */

PyObject *csock_py_module_CMSG_LEN_impl(PyObject *self, Py_ssize_t length)
{
    (void)self;
    csock_error err;
    ssize_t r = csock_CMSG_LEN(length, &err);
    return r < 0 ? csock_py_set_error(&err) : PyLong_FromSsize_t(r);
}

PyObject *csock_py_module_CMSG_SPACE_impl(PyObject *self, Py_ssize_t length)
{
    (void)self;
    csock_error err;
    ssize_t r = csock_CMSG_SPACE(length, &err);
    return r < 0 ? csock_py_set_error(&err) : PyLong_FromSsize_t(r);
}

static int fd_arg(PyObject *o, int *fd)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX)
        v = -1;
    *fd = (int)v;
    return 0;
}

PyObject *csock_py_module_close(PyObject *self, PyObject *fdo)
{
    (void)self;
    csock_error err;
    int fd, r;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
    nogil_begin();
    r = csock_close_descriptor(fd, &err);
    nogil_end();
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

PyObject *csock_py_module_dup(PyObject *self, PyObject *fdo)
{
    (void)self;
    int fd;
    if (fd_arg(fdo, &fd) < 0)
        return NULL;
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
    PyObject *hobj, *pobj, *hostb = NULL, *list = NULL;
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
        if (v == -1 && PyErr_Occurred())
            goto done;
        port = long_to_dec(v, pbuf, sizeof pbuf); /* "%ld" */
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
    csock_freeaddrinfo(ai);
done:
    Py_XDECREF(hostb);
    return list;
}

PyObject *csock_py_module_getdefaulttimeout(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    (void)self;
    double t = csock_getdefaulttimeout();
    if (t < 0)
        Py_RETURN_NONE;
    return PyFloat_FromDouble(t);
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

static PyObject *hostent_result(csock_hostent *h, csock_error *err)
{
    if (h == NULL)
        return csock_py_set_error(err);
    PyObject *r = Py_BuildValue("(sNN)", h->name, strlist(h->aliases, h->naliases),
                                strlist(h->addrs, h->naddrs));
    csock_hostent_free(h);
    return r;
}

PyObject *csock_py_module_gethostbyaddr_impl(PyObject *self, char *ip_address)
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.gethostbyaddr", "s", ip_address) < 0)
        return NULL;
    return hostent_result(csock_gethostbyaddr(ip_address, &err), &err);
}

PyObject *csock_py_module_gethostbyname_impl(PyObject *self, char *hostname)
{
    (void)self;
    csock_error err;
    char out[CSOCK_INET_ADDRSTRLEN];
    if (PySys_Audit("socket.gethostbyname", "s", hostname) < 0)
        return NULL;
    if (csock_gethostbyname(hostname, out, &err) < 0)
        return csock_py_set_error(&err);
    return PyUnicode_FromString(out);
}

PyObject *csock_py_module_gethostbyname_ex_impl(PyObject *self, char *hostname)
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.gethostbyname", "s", hostname) < 0)
        return NULL;
    return hostent_result(csock_gethostbyname_ex(hostname, &err), &err);
}

PyObject *csock_py_module_gethostname(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.gethostname", NULL) < 0)
        return NULL;
    char *h = csock_gethostname(&err);
    if (h == NULL)
        return csock_py_set_error(&err);
    PyObject *r = PyUnicode_DecodeFSDefault(h);
    csock_str_free(h);
    return r;
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
    if (!PyArg_ParseTuple(sa, "si|II;getnameinfo(): illegal sockaddr argument",
                          &host, &port, &flowinfo, &scope_id))
        return NULL;
    if (flowinfo > 0xfffff) {
        PyErr_SetString(PyExc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        return NULL;
    }
    if (PySys_Audit("socket.getnameinfo", "(O)", sa) < 0)
        return NULL;
    if (strlen(host) >= CSOCK_ADDR_HOST_MAX) {
        /* too long for any numeric address: what getaddrinfo(AI_NUMERICHOST) says */
        return csock_py_raise_coded(csock_py_gaierror, EAI_NONAME, "[Errno -2] Name or service not known");
    }
    memset(&a, 0, sizeof a);
    if (strchr(host, ':') != NULL) {
        a = csock_addr_inet6(host, port, flowinfo, scope_id);
    } else {
        if (PyTuple_GET_SIZE(sa) != 2 && strspn(host, "0123456789.") == strlen(host)) {
            PyErr_SetString(PyExc_OSError, "IPv4 sockaddr must be 2 tuple");
            return NULL;
        }
        a = csock_addr_inet(host, port);
    }
    if (csock_getnameinfo(&a, flags, &out, &err) < 0)
        return csock_py_set_error(&err);
    return Py_BuildValue("(ss)", out.host, out.serv);
}

PyObject *csock_py_module_getprotobyname_impl(PyObject *self, const char *protocolname)
{
    (void)self;
    csock_error err;
    int r = csock_getprotobyname(protocolname, &err);
    return r < 0 ? csock_py_set_error(&err) : PyLong_FromLong(r);
}

PyObject *csock_py_module_getservbyname(PyObject *self, PyObject *args)
{
    (void)self;
    const char *name, *proto = NULL;
    csock_error err;
    if (!PyArg_ParseTuple(args, "s|s:getservbyname", &name, &proto))
        return NULL;
    if (PySys_Audit("socket.getservbyname", "ss", name, proto) < 0)
        return NULL;
    int r;
    nogil_begin();
    r = csock_getservbyname(name, proto, &err);
    nogil_end();
    return r < 0 ? csock_py_set_error(&err) : PyLong_FromLong(r);
}

PyObject *csock_py_module_getservbyport(PyObject *self, PyObject *args)
{
    (void)self;
    int port;
    const char *proto = NULL;
    csock_error err;
    if (!PyArg_ParseTuple(args, "i|s:getservbyport", &port, &proto))
        return NULL;
    if (port < 0 || port > 0xffff) {
        PyErr_SetString(PyExc_OverflowError, "getservbyport: port must be 0-65535.");
        return NULL;
    }
    if (PySys_Audit("socket.getservbyport", "is", port, proto) < 0)
        return NULL;
    char *s;
    nogil_begin();
    s = csock_getservbyport(port, proto, &err);
    nogil_end();
    if (s == NULL)
        return csock_py_set_error(&err);
    PyObject *r = PyUnicode_FromString(s);
    csock_str_free(s);
    return r;
}

typedef int64_t (*conv_fn)(int64_t, csock_error *);

/* htons/ntohs: CPython 3.11 parses "i:htons" (METH_VARARGS): its arity
 * message and "signed integer is greater than maximum" beyond C int. */
static PyObject *conv16(PyObject *args, const char *fmt, conv_fn f)
{
    csock_error err;
    int v;
    if (!PyArg_ParseTuple(args, fmt, &v))
        return NULL;
    int64_t r = f(v, &err);
    return r < 0 ? csock_py_set_error(&err) : PyLong_FromLongLong(r);
}

static PyObject *conv32(PyObject *x, conv_fn f)
{
    csock_error err;
    if (!PyLong_Check(x)) {
        PyErr_Format(PyExc_TypeError, "expected int, %s found", Py_TYPE(x)->tp_name);
        return NULL;
    }
    unsigned long v = PyLong_AsUnsignedLong(x);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
    if (v > 0xffffffffUL) {
        PyErr_SetString(PyExc_OverflowError, "int larger than 32 bits");
        return NULL;
    }
    int64_t r = f((int64_t)v, &err);
    return r < 0 ? csock_py_set_error(&err) : PyLong_FromLongLong(r);
}

PyObject *csock_py_module_htonl(PyObject *self, PyObject *x) { (void)self; return conv32(x, csock_htonl); }
PyObject *csock_py_module_ntohl(PyObject *self, PyObject *x) { (void)self; return conv32(x, csock_ntohl); }
PyObject *csock_py_module_htons(PyObject *self, PyObject *args) { (void)self; return conv16(args, "i:htons", csock_htons); }
PyObject *csock_py_module_ntohs(PyObject *self, PyObject *args) { (void)self; return conv16(args, "i:ntohs", csock_ntohs); }

PyObject *csock_py_module_if_indextoname(PyObject *self, PyObject *idx)
{
    (void)self;
    csock_error err;
    char out[CSOCK_IFNAMSIZ];
    if (!PyLong_Check(idx)) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
        return NULL;
    }
    unsigned long v = PyLong_AsUnsignedLong(idx);
    if (v == (unsigned long)-1 && PyErr_Occurred())
        return NULL;
#if PY_VERSION_HEX >= 0x030C0000
    if (v > UINT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "index is too large");
        return NULL;
    }
#else
    v = (unsigned int)v; /* 3.11 truncates to the C unsigned int */
#endif
    if (csock_if_indextoname((long long)v, out, &err) < 0)
        return csock_py_set_error(&err);
    return PyUnicode_DecodeFSDefault(out);
}

PyObject *csock_py_module_if_nameindex(PyObject *self, PyObject *Py_UNUSED(ignored))
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
    csock_if_freenameindex(l);
    return r;
}

PyObject *csock_py_module_if_nametoindex_impl(PyObject *self, PyObject *if_name)
{
    (void)self;
    csock_error err;
    unsigned int r = csock_if_nametoindex(PyBytes_AS_STRING(if_name), &err);
    if (r == 0)
        return csock_py_set_error(&err);
    return PyLong_FromUnsignedLong(r);
}

PyObject *csock_py_module_inet_aton_impl(PyObject *self, const char *ip_string)
{
    (void)self;
    csock_error err;
    unsigned char out[4];
    if (csock_inet_aton(ip_string, out, &err) < 0)
        return csock_py_set_error(&err);
    return PyBytes_FromStringAndSize((const char *)out, 4);
}

PyObject *csock_py_module_inet_ntoa_impl(PyObject *self, Py_buffer *packed_ip)
{
    (void)self;
    csock_error err;
    char out[CSOCK_INET_ADDRSTRLEN];
    if (csock_inet_ntoa(packed_ip->buf, (size_t)packed_ip->len, out, &err) < 0)
        return csock_py_set_error(&err);
    return PyUnicode_FromString(out);
}

PyObject *csock_py_module_inet_ntop_impl(PyObject *self, int address_family, Py_buffer *packed_ip)
{
    (void)self;
    csock_error err;
    char out[CSOCK_INET6_ADDRSTRLEN];
    if (csock_inet_ntop(address_family, packed_ip->buf, (size_t)packed_ip->len, out, &err) < 0)
        return csock_py_set_error(&err);
    return PyUnicode_FromString(out);
}

PyObject *csock_py_module_inet_pton_impl(PyObject *self, int address_family, const char *ip_string)
{
    (void)self;
    csock_error err;
    unsigned char out[16];
    int n = csock_inet_pton(address_family, ip_string, out, &err);
    if (n < 0)
        return csock_py_set_error(&err);
    return PyBytes_FromStringAndSize((const char *)out, n);
}

PyObject *csock_py_module_setdefaulttimeout(PyObject *self, PyObject *timeout)
{
    (void)self;
    csock_error err;
    double t;
    int none;
    if (csock_py_parse_timeout(timeout, &t, &none) < 0)
        return NULL;
    if (csock_setdefaulttimeout(none ? NULL : &t, &err) < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyObject *csock_py_module_sethostname_impl(PyObject *self, PyObject *name)
{
    (void)self;
    csock_error err;
    if (PySys_Audit("socket.sethostname", "(O)", name) < 0)
        return NULL;
    if (csock_sethostname(PyBytes_AS_STRING(name), &err) < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}
#endif

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

