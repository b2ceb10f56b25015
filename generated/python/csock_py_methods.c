/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/methods.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/python/csock_py_methods.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The _socket extension's functions (spec/api/): argument parsing, the
 * method bodies (rendered from each entry's converters, C prototype and
 * result converters by generator/csockgen/pybind.py), method tables and
 * docstrings.  Entries marked custom in the spec have their parsing or
 * body handwritten in python/ (declared in csock_py_methods.h). */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "gil.h"
#include "errors.h"

#include <string.h>

/* ---- scope module: The module-level functions: those of the _socket extension (python: extension, the reference document's "Other functions" that socket.py does not define itself), the socket type, the convenience functions CPython's socket.py adds on top of _socket (python: socket.py), and csock's C-only functions (python: none: the deallocators of results, the hooks for bindings, the syscall counter).  Each names its csock_* C counterpart(s) in `c` with the prototype the public headers declare and who frees what it returns.  */
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_module_CMSG_LEN__doc__, "CMSG_LEN(length)\n\nThe total length of an ancillary item carrying length bytes, without trailing padding.");

/* CMSG_LEN: calls csock_cmsg_len; waits: none; raises: overflow */
static inline PyObject *
csock_py_module_CMSG_LEN_impl(PyObject *self, Py_ssize_t length)
{
    csock_error err;
    (void)self;
    ssize_t r = csock_cmsg_len(length, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromSsize_t(r);
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_module_CMSG_LEN(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t length = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "CMSG_LEN() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 1
        || csock_py_fast_ssize(args[0], &length) < 0) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "n:CMSG_LEN", &length);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_module_CMSG_LEN_impl(self, length);
    return result;
}
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_module_CMSG_SPACE__doc__, "CMSG_SPACE(length)\n\nThe buffer size recvmsg needs for an ancillary item of length bytes, with padding.");

/* CMSG_SPACE: calls csock_cmsg_space; waits: none; raises: overflow */
static inline PyObject *
csock_py_module_CMSG_SPACE_impl(PyObject *self, Py_ssize_t length)
{
    csock_error err;
    (void)self;
    ssize_t r = csock_cmsg_space(length, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromSsize_t(r);
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_module_CMSG_SPACE(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t length = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "CMSG_SPACE() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 1
        || csock_py_fast_ssize(args[0], &length) < 0) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "n:CMSG_SPACE", &length);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_module_CMSG_SPACE_impl(self, length);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_close__doc__, "close(fd)\n\nClose a socket file descriptor.");

/* close: calls csock_close_descriptor; waits: none; raises: os, type */
static inline PyObject *
csock_py_module_close_impl(PyObject *self, int fd)
{
    csock_error err;
    (void)self;
    nogil_begin();
    int r = csock_close_descriptor(fd, &err);
    nogil_end();
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_module_close(PyObject *self, PyObject *arg)
{
    int fd = 0;
    if (!csock_py_fd_converter(arg, &fd))
        return NULL;
    return csock_py_module_close_impl(self, fd);
}
PyDoc_STRVAR(csock_py_module_dup__doc__, "dup(fd)\n\nDuplicate a socket file descriptor (non-inheritable).");

static PyObject *
csock_py_module_dup(PyObject *self, PyObject *arg)
{
    return csock_py_module_dup_impl(self, arg);
}
PyDoc_STRVAR(csock_py_module_getaddrinfo__doc__, "getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)\n\nResolve host and port into a list of (family, type, proto, canonname, sockaddr).");
PyDoc_STRVAR(csock_py_module_getdefaulttimeout__doc__, "getdefaulttimeout()\n\nThe default timeout of new sockets, or None.");

/* getdefaulttimeout: calls csock_getdefaulttimeout; waits: none; raises: nothing */
static inline PyObject *
csock_py_module_getdefaulttimeout_impl(PyObject *self)
{
    (void)self;
    double r = csock_getdefaulttimeout();
    return r < 0 ? Py_NewRef(Py_None) : PyFloat_FromDouble(r);
}

static PyObject *
csock_py_module_getdefaulttimeout(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_module_getdefaulttimeout_impl(self);
}
PyDoc_STRVAR(csock_py_module_gethostbyaddr__doc__, "gethostbyaddr(ip_address)\n\nReturn (hostname, aliaslist, ipaddrlist) for an address.");

/* gethostbyaddr: calls csock_gethostbyaddr; waits: resolver; raises: herror, gai, os, nomem */
static inline PyObject *
csock_py_module_gethostbyaddr_impl(PyObject *self, char *ip_address)
{
    csock_error err;
    (void)self;
    if (PySys_Audit("socket.gethostbyaddr", "(s)", ip_address) < 0)
        return NULL;
    csock_hostent *r = csock_gethostbyaddr(ip_address, &err);
    if (r == NULL) {
        return csock_py_set_error(&err);
    }
    PyObject *result = csock_py_hostent_to_py(r);
    csock_hostent_free(r);
    return result;
}

static PyObject *
csock_py_module_gethostbyaddr(PyObject *self, PyObject *args)
{
    char *ip_address = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "et:gethostbyaddr", "idna", &ip_address))
        return NULL;
    result = csock_py_module_gethostbyaddr_impl(self, ip_address);
    PyMem_Free(ip_address);
    return result;
}
PyDoc_STRVAR(csock_py_module_gethostbyname__doc__, "gethostbyname(hostname)\n\nReturn the IPv4 address of a host as a string.");

/* gethostbyname: calls csock_gethostbyname; waits: resolver; raises: gai, herror, os */
static inline PyObject *
csock_py_module_gethostbyname_impl(PyObject *self, char *hostname)
{
    csock_error err;
    (void)self;
    if (PySys_Audit("socket.gethostbyname", "(s)", hostname) < 0)
        return NULL;
    char res0_c[CSOCK_INET_ADDRSTRLEN];
    int r = csock_gethostbyname(hostname, res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyUnicode_FromString(res0_c);
}

static PyObject *
csock_py_module_gethostbyname(PyObject *self, PyObject *args)
{
    char *hostname = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "et:gethostbyname", "idna", &hostname))
        return NULL;
    result = csock_py_module_gethostbyname_impl(self, hostname);
    PyMem_Free(hostname);
    return result;
}
PyDoc_STRVAR(csock_py_module_gethostbyname_ex__doc__, "gethostbyname_ex(hostname)\n\nReturn (hostname, aliaslist, ipaddrlist) for a host name.");

/* gethostbyname_ex: calls csock_gethostbyname_ex; waits: resolver; raises: gai, herror, os, nomem */
static inline PyObject *
csock_py_module_gethostbyname_ex_impl(PyObject *self, char *hostname)
{
    csock_error err;
    (void)self;
    if (PySys_Audit("socket.gethostbyname", "(s)", hostname) < 0)
        return NULL;
    csock_hostent *r = csock_gethostbyname_ex(hostname, &err);
    if (r == NULL) {
        return csock_py_set_error(&err);
    }
    PyObject *result = csock_py_hostent_to_py(r);
    csock_hostent_free(r);
    return result;
}

static PyObject *
csock_py_module_gethostbyname_ex(PyObject *self, PyObject *args)
{
    char *hostname = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "et:gethostbyname_ex", "idna", &hostname))
        return NULL;
    result = csock_py_module_gethostbyname_ex_impl(self, hostname);
    PyMem_Free(hostname);
    return result;
}
PyDoc_STRVAR(csock_py_module_gethostname__doc__, "gethostname()\n\nReturn the current host name.");

/* gethostname: calls csock_gethostname; waits: none; raises: os, nomem */
static inline PyObject *
csock_py_module_gethostname_impl(PyObject *self)
{
    csock_error err;
    (void)self;
    if (PySys_Audit("socket.gethostname", NULL) < 0)
        return NULL;
    char *r = csock_gethostname(&err);
    if (r == NULL) {
        return csock_py_set_error(&err);
    }
    PyObject *result = PyUnicode_DecodeFSDefault(r);
    csock_str_free(r);
    return result;
}

static PyObject *
csock_py_module_gethostname(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_module_gethostname_impl(self);
}
PyDoc_STRVAR(csock_py_module_getnameinfo__doc__, "getnameinfo(sockaddr, flags)\n\nTranslate a socket address into (host, port).");
PyDoc_STRVAR(csock_py_module_getprotobyname__doc__, "getprotobyname(protocolname)\n\nReturn the protocol number of a protocol name.");

/* getprotobyname: calls csock_getprotobyname; waits: none; raises: os, nomem */
static inline PyObject *
csock_py_module_getprotobyname_impl(PyObject *self, const char *protocolname)
{
    csock_error err;
    (void)self;
    int r = csock_getprotobyname(protocolname, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLong(r);
}

static PyObject *
csock_py_module_getprotobyname(PyObject *self, PyObject *args)
{
    const char *protocolname = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "s:getprotobyname", &protocolname))
        return NULL;
    result = csock_py_module_getprotobyname_impl(self, protocolname);
    return result;
}
PyDoc_STRVAR(csock_py_module_getservbyname__doc__, "getservbyname(servicename, protocolname=None)\n\nReturn the port number of a service.");

/* getservbyname: calls csock_getservbyname; waits: none; raises: os, nomem */
static inline PyObject *
csock_py_module_getservbyname_impl(PyObject *self, const char *servicename, const char *protocolname)
{
    csock_error err;
    (void)self;
    if (PySys_Audit("socket.getservbyname", "(ss)", servicename, protocolname) < 0)
        return NULL;
    nogil_begin();
    int r = csock_getservbyname(servicename, protocolname, &err);
    nogil_end();
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLong(r);
}

static PyObject *
csock_py_module_getservbyname(PyObject *self, PyObject *args)
{
    const char *servicename = NULL;
    const char *protocolname = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "s|s:getservbyname", &servicename, &protocolname))
        return NULL;
    result = csock_py_module_getservbyname_impl(self, servicename, protocolname);
    return result;
}
PyDoc_STRVAR(csock_py_module_getservbyport__doc__, "getservbyport(port, protocolname=None)\n\nReturn the service name of a port number.");

/* getservbyport: calls csock_getservbyport; waits: none; raises: os, overflow, nomem */
static inline PyObject *
csock_py_module_getservbyport_impl(PyObject *self, int port, const char *protocolname)
{
    csock_error err;
    (void)self;
    if (port < 0 || port > 65535) {
        csock__err_getservbyport_range(&err);
        return csock_py_set_error(&err);
    }
    if (PySys_Audit("socket.getservbyport", "(is)", port, protocolname) < 0)
        return NULL;
    nogil_begin();
    char *r = csock_getservbyport(port, protocolname, &err);
    nogil_end();
    if (r == NULL) {
        return csock_py_set_error(&err);
    }
    PyObject *result = PyUnicode_FromString(r);
    csock_str_free(r);
    return result;
}

static PyObject *
csock_py_module_getservbyport(PyObject *self, PyObject *args)
{
    int port = 0;
    const char *protocolname = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "i|s:getservbyport", &port, &protocolname))
        return NULL;
    result = csock_py_module_getservbyport_impl(self, port, protocolname);
    return result;
}
PyDoc_STRVAR(csock_py_module_htonl__doc__, "htonl(x)\n\nConvert a 32-bit integer from host to network byte order.");

/* htonl: calls csock_htonl; waits: none; raises: overflow, type */
static inline PyObject *
csock_py_module_htonl_impl(PyObject *self, int64_t x)
{
    csock_error err;
    (void)self;
    int64_t r = csock_htonl(x, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLongLong(r);
}

static PyObject *
csock_py_module_htonl(PyObject *self, PyObject *arg)
{
    int64_t x = 0;
    if (!csock_py_uint32_converter(arg, &x))
        return NULL;
    return csock_py_module_htonl_impl(self, x);
}
PyDoc_STRVAR(csock_py_module_htons__doc__, "htons(x)\n\nConvert a 16-bit integer from host to network byte order.");

/* htons: calls csock_htons; waits: none; raises: overflow, type */
static inline PyObject *
csock_py_module_htons_impl(PyObject *self, int x)
{
    csock_error err;
    (void)self;
    int64_t r = csock_htons(x, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLongLong(r);
}

#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec py_versions) */
static PyObject *
csock_py_module_htons(PyObject *self, PyObject *arg)
{
    int x = 0;
    if (!csock_py_int_converter(arg, &x))
        return NULL;
    return csock_py_module_htons_impl(self, x);
}
#else
/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_module_htons(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    int x = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "htons() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 1
        || csock_py_fast_int(args[0], &x) < 0) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "i:htons", &x);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_module_htons_impl(self, x);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_if_indextoname__doc__, "if_indextoname(if_index)\n\nReturn the interface name of an index.");

/* if_indextoname: calls csock_if_indextoname; waits: none; raises: os, overflow, type */
static inline PyObject *
csock_py_module_if_indextoname_impl(PyObject *self, long long if_index)
{
    csock_error err;
    (void)self;
    char res0_c[CSOCK_IFNAMSIZ];
    int r = csock_if_indextoname(if_index, res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyUnicode_DecodeFSDefault(res0_c);
}

static PyObject *
csock_py_module_if_indextoname(PyObject *self, PyObject *arg)
{
    long long if_index = 0;
    if (!csock_py_ifindex_converter(arg, &if_index))
        return NULL;
    return csock_py_module_if_indextoname_impl(self, if_index);
}
PyDoc_STRVAR(csock_py_module_if_nameindex__doc__, "if_nameindex()\n\nReturn a list of (index, name) of the network interfaces.");

static PyObject *
csock_py_module_if_nameindex(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_module_if_nameindex_impl(self);
}
PyDoc_STRVAR(csock_py_module_if_nametoindex__doc__, "if_nametoindex(if_name)\n\nReturn the index of an interface name.");

/* if_nametoindex: calls csock_if_nametoindex; waits: none; raises: os */
static inline PyObject *
csock_py_module_if_nametoindex_impl(PyObject *self, PyObject *if_name)
{
    csock_error err;
    (void)self;
    unsigned int r = csock_if_nametoindex(PyBytes_AS_STRING(if_name), &err);
    if (r == 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromUnsignedLong(r);
}

#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec py_versions) */
static PyObject *
csock_py_module_if_nametoindex(PyObject *self, PyObject *arg)
{
    PyObject *if_name = NULL;
    if (!PyUnicode_FSConverter(arg, &if_name))
        return NULL;
    PyObject *result = csock_py_module_if_nametoindex_impl(self, if_name);
    Py_XDECREF(if_name);
    return result;
}
#else
static PyObject *
csock_py_module_if_nametoindex(PyObject *self, PyObject *args)
{
    PyObject *if_name = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "O&:if_nametoindex", PyUnicode_FSConverter, &if_name))
        return NULL;
    result = csock_py_module_if_nametoindex_impl(self, if_name);
    Py_XDECREF(if_name);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_inet_aton__doc__, "inet_aton(ip_string)\n\nConvert an IPv4 address string to 32-bit packed form.");

/* inet_aton: calls csock_inet_aton; waits: none; raises: os, value, nomem */
static inline PyObject *
csock_py_module_inet_aton_impl(PyObject *self, const char *ip_string)
{
    csock_error err;
    (void)self;
    unsigned char res0_c[4];
    int r = csock_inet_aton(ip_string, res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyBytes_FromStringAndSize((const char *)res0_c, 4);
}

#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec py_versions) */
static PyObject *
csock_py_module_inet_aton(PyObject *self, PyObject *arg)
{
    /* Argument Clinic's str: its messages, with the function's name */
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "inet_aton() argument must be str, not %.50s",
                     arg == Py_None ? "None" : Py_TYPE(arg)->tp_name);
        return NULL;
    }
    Py_ssize_t ip_string_len;
    const char *ip_string = PyUnicode_AsUTF8AndSize(arg, &ip_string_len);
    if (ip_string == NULL)
        return NULL;
    if (strlen(ip_string) != (size_t)ip_string_len) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return NULL;
    }
    return csock_py_module_inet_aton_impl(self, ip_string);
}
#else
static PyObject *
csock_py_module_inet_aton(PyObject *self, PyObject *args)
{
    const char *ip_string = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "s:inet_aton", &ip_string))
        return NULL;
    result = csock_py_module_inet_aton_impl(self, ip_string);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_inet_ntoa__doc__, "inet_ntoa(packed_ip)\n\nConvert a 32-bit packed IPv4 address to dotted-quad text.");

/* inet_ntoa: calls csock_inet_ntoa; waits: none; raises: os */
static inline PyObject *
csock_py_module_inet_ntoa_impl(PyObject *self, Py_buffer *packed_ip)
{
    csock_error err;
    (void)self;
    char res0_c[CSOCK_INET_ADDRSTRLEN];
    int r = csock_inet_ntoa(packed_ip->buf, (size_t)packed_ip->len, res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyUnicode_FromString(res0_c);
}

#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec py_versions) */
static PyObject *
csock_py_module_inet_ntoa(PyObject *self, PyObject *arg)
{
    Py_buffer packed_ip = {0};
    if (!csock_py_buffer_converter(arg, &packed_ip))
        return NULL;
    PyObject *result = csock_py_module_inet_ntoa_impl(self, &packed_ip);
    PyBuffer_Release(&packed_ip);
    return result;
}
#else
/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_module_inet_ntoa(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_buffer packed_ip = {0};
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "inet_ntoa() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 1
        || csock_py_fast_buffer(args[0], &packed_ip, 0) < 0) {
        PyBuffer_Release(&packed_ip);
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "y*:inet_ntoa", &packed_ip);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_module_inet_ntoa_impl(self, &packed_ip);
    PyBuffer_Release(&packed_ip);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_inet_ntop__doc__, "inet_ntop(address_family, packed_ip)\n\nConvert a packed IP address to its text form.");

/* inet_ntop: calls csock_inet_ntop; waits: none; raises: value, os */
static inline PyObject *
csock_py_module_inet_ntop_impl(PyObject *self, int address_family, Py_buffer *packed_ip)
{
    csock_error err;
    (void)self;
    char res0_c[CSOCK_INET6_ADDRSTRLEN];
    int r = csock_inet_ntop(address_family, packed_ip->buf, (size_t)packed_ip->len, res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyUnicode_FromString(res0_c);
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_module_inet_ntop(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    int address_family = 0;
    Py_buffer packed_ip = {0};
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "inet_ntop() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 2
        || csock_py_fast_int(args[0], &address_family) < 0
        || csock_py_fast_buffer(args[1], &packed_ip, 0) < 0) {
        PyBuffer_Release(&packed_ip);
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "iy*:inet_ntop", &address_family, &packed_ip);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_module_inet_ntop_impl(self, address_family, &packed_ip);
    PyBuffer_Release(&packed_ip);
    return result;
}
PyDoc_STRVAR(csock_py_module_inet_pton__doc__, "inet_pton(address_family, ip_string)\n\nConvert an IP address from text to packed binary form.");

/* inet_pton: calls csock_inet_pton; waits: none; raises: os, value, nomem */
static inline PyObject *
csock_py_module_inet_pton_impl(PyObject *self, int address_family, const char *ip_string)
{
    csock_error err;
    (void)self;
    unsigned char res0_c[16];
    int r = csock_inet_pton(address_family, ip_string, res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyBytes_FromStringAndSize((const char *)res0_c, r);
}

static PyObject *
csock_py_module_inet_pton(PyObject *self, PyObject *args)
{
    int address_family = 0;
    const char *ip_string = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "is:inet_pton", &address_family, &ip_string))
        return NULL;
    result = csock_py_module_inet_pton_impl(self, address_family, ip_string);
    return result;
}
PyDoc_STRVAR(csock_py_module_ntohl__doc__, "ntohl(x)\n\nConvert a 32-bit integer from network to host byte order.");

/* ntohl: calls csock_ntohl; waits: none; raises: overflow, type */
static inline PyObject *
csock_py_module_ntohl_impl(PyObject *self, int64_t x)
{
    csock_error err;
    (void)self;
    int64_t r = csock_ntohl(x, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLongLong(r);
}

static PyObject *
csock_py_module_ntohl(PyObject *self, PyObject *arg)
{
    int64_t x = 0;
    if (!csock_py_uint32_converter(arg, &x))
        return NULL;
    return csock_py_module_ntohl_impl(self, x);
}
PyDoc_STRVAR(csock_py_module_ntohs__doc__, "ntohs(x)\n\nConvert a 16-bit integer from network to host byte order.");

/* ntohs: calls csock_ntohs; waits: none; raises: overflow, type */
static inline PyObject *
csock_py_module_ntohs_impl(PyObject *self, int x)
{
    csock_error err;
    (void)self;
    int64_t r = csock_ntohs(x, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLongLong(r);
}

#if PY_VERSION_HEX >= 0x030D0000 /* 3.13+ (spec py_versions) */
static PyObject *
csock_py_module_ntohs(PyObject *self, PyObject *arg)
{
    int x = 0;
    if (!csock_py_int_converter(arg, &x))
        return NULL;
    return csock_py_module_ntohs_impl(self, x);
}
#else
/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_module_ntohs(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    int x = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "ntohs() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 1
        || csock_py_fast_int(args[0], &x) < 0) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "i:ntohs", &x);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_module_ntohs_impl(self, x);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_setdefaulttimeout__doc__, "setdefaulttimeout(timeout)\n\nSet the default timeout of new socket objects.");

/* setdefaulttimeout: calls csock_setdefaulttimeout; waits: none; raises: value, type, overflow */
static inline PyObject *
csock_py_module_setdefaulttimeout_impl(PyObject *self, csock_py_timeout timeout)
{
    csock_error err;
    (void)self;
    int r = csock_setdefaulttimeout(timeout.none ? CSOCK_TIMEOUT_NONE : timeout.value, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_module_setdefaulttimeout(PyObject *self, PyObject *arg)
{
    csock_py_timeout timeout = {0};
    if (!csock_py_timeout_converter(arg, &timeout))
        return NULL;
    return csock_py_module_setdefaulttimeout_impl(self, timeout);
}
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_module_sethostname__doc__, "sethostname(name)\n\nSet the host name (needs privileges).");

/* sethostname: calls csock_sethostname; waits: none; raises: os */
static inline PyObject *
csock_py_module_sethostname_impl(PyObject *self, PyObject *name)
{
    csock_error err;
    (void)self;
    if (PySys_Audit("socket.sethostname", "(O)", name) < 0)
        return NULL;
    int r = csock_sethostname(PyBytes_AS_STRING(name), &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_module_sethostname(PyObject *self, PyObject *args)
{
    PyObject *name = NULL;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "O&:sethostname", PyUnicode_FSConverter, &name))
        return NULL;
    result = csock_py_module_sethostname_impl(self, name);
    Py_XDECREF(name);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_module_socketpair__doc__, "socketpair(family=-1, type=1, proto=0)\n\nCreate a pair of connected socket objects.");

PyMethodDef csock_py_module_methods[] = {
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"CMSG_LEN", (PyCFunction)(void (*)(void))csock_py_module_CMSG_LEN, METH_FASTCALL | METH_KEYWORDS, csock_py_module_CMSG_LEN__doc__},
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"CMSG_SPACE", (PyCFunction)(void (*)(void))csock_py_module_CMSG_SPACE, METH_FASTCALL | METH_KEYWORDS, csock_py_module_CMSG_SPACE__doc__},
#endif
    {"close", (PyCFunction)(void (*)(void))csock_py_module_close, METH_O, csock_py_module_close__doc__},
    {"dup", (PyCFunction)(void (*)(void))csock_py_module_dup, METH_O, csock_py_module_dup__doc__},
    {"getaddrinfo", (PyCFunction)(void (*)(void))csock_py_module_getaddrinfo, METH_VARARGS | METH_KEYWORDS, csock_py_module_getaddrinfo__doc__},
    {"getdefaulttimeout", (PyCFunction)(void (*)(void))csock_py_module_getdefaulttimeout, METH_NOARGS, csock_py_module_getdefaulttimeout__doc__},
    {"gethostbyaddr", (PyCFunction)(void (*)(void))csock_py_module_gethostbyaddr, METH_VARARGS, csock_py_module_gethostbyaddr__doc__},
    {"gethostbyname", (PyCFunction)(void (*)(void))csock_py_module_gethostbyname, METH_VARARGS, csock_py_module_gethostbyname__doc__},
    {"gethostbyname_ex", (PyCFunction)(void (*)(void))csock_py_module_gethostbyname_ex, METH_VARARGS, csock_py_module_gethostbyname_ex__doc__},
    {"gethostname", (PyCFunction)(void (*)(void))csock_py_module_gethostname, METH_NOARGS, csock_py_module_gethostname__doc__},
    {"getnameinfo", (PyCFunction)(void (*)(void))csock_py_module_getnameinfo, METH_VARARGS, csock_py_module_getnameinfo__doc__},
    {"getprotobyname", (PyCFunction)(void (*)(void))csock_py_module_getprotobyname, METH_VARARGS, csock_py_module_getprotobyname__doc__},
    {"getservbyname", (PyCFunction)(void (*)(void))csock_py_module_getservbyname, METH_VARARGS, csock_py_module_getservbyname__doc__},
    {"getservbyport", (PyCFunction)(void (*)(void))csock_py_module_getservbyport, METH_VARARGS, csock_py_module_getservbyport__doc__},
    {"htonl", (PyCFunction)(void (*)(void))csock_py_module_htonl, METH_O, csock_py_module_htonl__doc__},
#if PY_VERSION_HEX >= 0x030D0000
    {"htons", (PyCFunction)(void (*)(void))csock_py_module_htons, METH_O, csock_py_module_htons__doc__},
#else
    {"htons", (PyCFunction)(void (*)(void))csock_py_module_htons, METH_FASTCALL | METH_KEYWORDS, csock_py_module_htons__doc__},
#endif
    {"if_indextoname", (PyCFunction)(void (*)(void))csock_py_module_if_indextoname, METH_O, csock_py_module_if_indextoname__doc__},
    {"if_nameindex", (PyCFunction)(void (*)(void))csock_py_module_if_nameindex, METH_NOARGS, csock_py_module_if_nameindex__doc__},
#if PY_VERSION_HEX >= 0x030D0000
    {"if_nametoindex", (PyCFunction)(void (*)(void))csock_py_module_if_nametoindex, METH_O, csock_py_module_if_nametoindex__doc__},
#else
    {"if_nametoindex", (PyCFunction)(void (*)(void))csock_py_module_if_nametoindex, METH_VARARGS, csock_py_module_if_nametoindex__doc__},
#endif
#if PY_VERSION_HEX >= 0x030D0000
    {"inet_aton", (PyCFunction)(void (*)(void))csock_py_module_inet_aton, METH_O, csock_py_module_inet_aton__doc__},
#else
    {"inet_aton", (PyCFunction)(void (*)(void))csock_py_module_inet_aton, METH_VARARGS, csock_py_module_inet_aton__doc__},
#endif
#if PY_VERSION_HEX >= 0x030D0000
    {"inet_ntoa", (PyCFunction)(void (*)(void))csock_py_module_inet_ntoa, METH_O, csock_py_module_inet_ntoa__doc__},
#else
    {"inet_ntoa", (PyCFunction)(void (*)(void))csock_py_module_inet_ntoa, METH_FASTCALL | METH_KEYWORDS, csock_py_module_inet_ntoa__doc__},
#endif
    {"inet_ntop", (PyCFunction)(void (*)(void))csock_py_module_inet_ntop, METH_FASTCALL | METH_KEYWORDS, csock_py_module_inet_ntop__doc__},
    {"inet_pton", (PyCFunction)(void (*)(void))csock_py_module_inet_pton, METH_VARARGS, csock_py_module_inet_pton__doc__},
    {"ntohl", (PyCFunction)(void (*)(void))csock_py_module_ntohl, METH_O, csock_py_module_ntohl__doc__},
#if PY_VERSION_HEX >= 0x030D0000
    {"ntohs", (PyCFunction)(void (*)(void))csock_py_module_ntohs, METH_O, csock_py_module_ntohs__doc__},
#else
    {"ntohs", (PyCFunction)(void (*)(void))csock_py_module_ntohs, METH_FASTCALL | METH_KEYWORDS, csock_py_module_ntohs__doc__},
#endif
    {"setdefaulttimeout", (PyCFunction)(void (*)(void))csock_py_module_setdefaulttimeout, METH_O, csock_py_module_setdefaulttimeout__doc__},
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"sethostname", (PyCFunction)(void (*)(void))csock_py_module_sethostname, METH_VARARGS, csock_py_module_sethostname__doc__},
#endif
    {"socketpair", (PyCFunction)(void (*)(void))csock_py_module_socketpair, METH_VARARGS, csock_py_module_socketpair__doc__},
    {NULL, NULL, 0, NULL}
};
/* ---- scope socket: The methods of the socket object: those of _socket.socket (python: extension), in the order of the reference document's "Socket Objects" section plus the 3.11 additions; its attributes (python: attribute); then those CPython's socket.py adds in its socket class (python: socket.py) and csock's C-only extras (python: none).  Each names its csock_* C counterpart(s) in `c` with the prototype public headers declare and who frees what it returns.  */
PyDoc_STRVAR(csock_py_socket__accept__doc__, "_accept()\n\nWait for an incoming connection; return (new fd, peer address).");

/* _accept: calls csock_accept_fd; waits: read; raises: os, timeout */
static inline PyObject *
csock_py_socket__accept_impl(PyObject *self)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr res1_c;
    int io = io_begin(self);
    csock_fd_t r = csock_accept_fd(cs, &res1_c, &err);
    io_end(io);
    if (r == CSOCK_INVALID_FD) {
        return csock_py_set_error(&err);
    }
    PyObject *items[2] = {
        PyLong_FromLong(r),
        csock_py_addr_to_py(&res1_c),
    };
    PyObject *result = csock_py_tuple_steal(items, 2);
    if (result == NULL)
        csock_close_descriptor(r, NULL);
    return result;
}

static PyObject *
csock_py_socket__accept(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket__accept_impl(self);
}
PyDoc_STRVAR(csock_py_socket_bind__doc__, "bind(address)\n\nBind the socket to a local address.");

/* bind: calls csock_bind; waits: none; raises: os, gai, type, value, overflow */
static inline PyObject *
csock_py_socket_bind_impl(PyObject *self, PyObject *address)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr address_c;
    if (csock_py_addr_from_py(address, self, "bind", &address_c) < 0)
        return NULL;
    if (PySys_Audit("socket.bind", "(OO)", self, address) < 0)
        return NULL;
    int r = csock_bind(cs, &address_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_socket_bind(PyObject *self, PyObject *arg)
{
    return csock_py_socket_bind_impl(self, arg);
}
PyDoc_STRVAR(csock_py_socket_close__doc__, "close()\n\nClose the socket; later operations fail with EBADF.");

static PyObject *
csock_py_socket_close(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_close_impl(self);
}
PyDoc_STRVAR(csock_py_socket_connect__doc__, "connect(address)\n\nConnect the socket to a remote address.");

/* connect: calls csock_connect; waits: connect; raises: os, gai, timeout, type, value, overflow */
static inline PyObject *
csock_py_socket_connect_impl(PyObject *self, PyObject *address)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr address_c;
    if (csock_py_addr_from_py(address, self, "connect", &address_c) < 0)
        return NULL;
    if (PySys_Audit("socket.connect", "(OO)", self, address) < 0)
        return NULL;
    int io = io_begin(self);
    int r = csock_connect(cs, &address_c, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_socket_connect(PyObject *self, PyObject *arg)
{
    return csock_py_socket_connect_impl(self, arg);
}
PyDoc_STRVAR(csock_py_socket_connect_ex__doc__, "connect_ex(address)\n\nLike connect(address), but return an error code instead of raising.");

/* connect_ex: calls csock_connect_ex; waits: connect; raises: gai, type, value, overflow */
static inline PyObject *
csock_py_socket_connect_ex_impl(PyObject *self, PyObject *address)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr address_c;
    if (csock_py_addr_from_py(address, self, "connect_ex", &address_c) < 0)
        return NULL;
    if (PySys_Audit("socket.connect", "(OO)", self, address) < 0)
        return NULL;
    int io = io_begin(self);
    int r = csock_connect_ex(cs, &address_c, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromLong(r);
}

static PyObject *
csock_py_socket_connect_ex(PyObject *self, PyObject *arg)
{
    return csock_py_socket_connect_ex_impl(self, arg);
}
PyDoc_STRVAR(csock_py_socket_detach__doc__, "detach()\n\nClose the socket object without closing the fd; return the fd.");

/* detach: calls csock_detach; waits: none; raises: nothing */
static inline PyObject *
csock_py_socket_detach_impl(PyObject *self)
{
    if (SELF->cs == NULL)
        return PyLong_FromLong(-1);
    csock *cs = SELF->cs;
    csock_fd_t r = csock_detach(cs);
    csock_py_sync_fields(SELF);
    PyObject *result = PyLong_FromLong(r);
    if (result == NULL)
        csock_close_descriptor(r, NULL);
    return result;
}

static PyObject *
csock_py_socket_detach(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_detach_impl(self);
}
PyDoc_STRVAR(csock_py_socket_fileno__doc__, "fileno()\n\nReturn the socket's file descriptor, or -1.");

/* fileno: calls csock_fileno; waits: none; raises: nothing */
static inline PyObject *
csock_py_socket_fileno_impl(PyObject *self)
{
    if (SELF->cs == NULL)
        return PyLong_FromLong(-1);
    csock *cs = SELF->cs;
    csock_fd_t r = csock_fileno(cs);
    return PyLong_FromLong(r);
}

static PyObject *
csock_py_socket_fileno(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_fileno_impl(self);
}
PyDoc_STRVAR(csock_py_socket_getpeername__doc__, "getpeername()\n\nReturn the address of the remote endpoint.");

/* getpeername: calls csock_getpeername; waits: none; raises: os */
static inline PyObject *
csock_py_socket_getpeername_impl(PyObject *self)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr res0_c;
    int r = csock_getpeername(cs, &res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return csock_py_addr_to_py(&res0_c);
}

static PyObject *
csock_py_socket_getpeername(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_getpeername_impl(self);
}
PyDoc_STRVAR(csock_py_socket_getsockname__doc__, "getsockname()\n\nReturn the address of the local endpoint.");

/* getsockname: calls csock_getsockname; waits: none; raises: os */
static inline PyObject *
csock_py_socket_getsockname_impl(PyObject *self)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr res0_c;
    int r = csock_getsockname(cs, &res0_c, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return csock_py_addr_to_py(&res0_c);
}

static PyObject *
csock_py_socket_getsockname(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_getsockname_impl(self);
}
PyDoc_STRVAR(csock_py_socket_getsockopt__doc__, "getsockopt(level, option, buflen=0)\n\nGet a socket option; an integer unless buflen is given.");

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_getsockopt(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    int level = 0;
    int option = 0;
    int buflen = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "getsockopt() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 3
        || csock_py_fast_int(args[0], &level) < 0
        || csock_py_fast_int(args[1], &option) < 0
        || (nargs > 2 && csock_py_fast_int(args[2], &buflen) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "ii|i:getsockopt", &level, &option, &buflen);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_getsockopt_impl(self, level, option, buflen);
    return result;
}
PyDoc_STRVAR(csock_py_socket_getblocking__doc__, "getblocking()\n\nTrue if the socket is in blocking mode (timeout None).");

/* getblocking: calls csock_getblocking; waits: none; raises: nothing */
static inline PyObject *
csock_py_socket_getblocking_impl(PyObject *self)
{
    if (SELF->cs == NULL)
        Py_RETURN_TRUE;
    csock *cs = SELF->cs;
    int r = csock_getblocking(cs);
    return PyBool_FromLong(r);
}

static PyObject *
csock_py_socket_getblocking(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_getblocking_impl(self);
}
PyDoc_STRVAR(csock_py_socket_gettimeout__doc__, "gettimeout()\n\nThe timeout in seconds, or None in blocking mode.");

/* gettimeout: calls csock_gettimeout; waits: none; raises: nothing */
static inline PyObject *
csock_py_socket_gettimeout_impl(PyObject *self)
{
    if (SELF->cs == NULL)
        Py_RETURN_NONE;
    csock *cs = SELF->cs;
    double r = csock_gettimeout(cs);
    return r < 0 ? Py_NewRef(Py_None) : PyFloat_FromDouble(r);
}

static PyObject *
csock_py_socket_gettimeout(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_socket_gettimeout_impl(self);
}
PyDoc_STRVAR(csock_py_socket_listen__doc__, "listen(backlog=None)\n\nEnable a server to accept connections.");

/* listen: calls csock_listen; waits: none; raises: os */
static inline PyObject *
csock_py_socket_listen_impl(PyObject *self, int backlog)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_listen(cs, backlog, &err);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_listen(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    int backlog = CSOCK_LISTEN_DEFAULT;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "listen() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 0 || nargs > 1
        || (nargs > 0 && csock_py_fast_int(args[0], &backlog) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "|i:listen", &backlog);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_listen_impl(self, backlog);
    return result;
}
PyDoc_STRVAR(csock_py_socket_recv__doc__, "recv(bufsize, flags=0)\n\nReceive up to bufsize bytes.");

/* recv: calls csock_recv_into; waits: read; raises: os, timeout, value, nomem */
static inline PyObject *
csock_py_socket_recv_impl(PyObject *self, Py_ssize_t bufsize, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (bufsize < 0) {
        csock__err_negative_bufsize(&err, "recv");
        return csock_py_set_error(&err);
    }
    PyObject *res0 = PyBytes_FromStringAndSize(NULL, bufsize);
    if (res0 == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t r = csock_recv_into(cs, PyBytes_AS_STRING(res0), (size_t)bufsize, bufsize, flags, &err);
    io_end(io);
    if (r < 0) {
        PyObject *fail = csock_py_set_error(&err);
        Py_DECREF(res0);
        return fail;
    }
    if (r != bufsize)
        _PyBytes_Resize(&res0, r);
    return res0;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_recv(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t bufsize = 0;
    int flags = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "recv() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2
        || csock_py_fast_ssize(args[0], &bufsize) < 0
        || (nargs > 1 && csock_py_fast_int(args[1], &flags) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "n|i:recv", &bufsize, &flags);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_recv_impl(self, bufsize, flags);
    return result;
}
PyDoc_STRVAR(csock_py_socket_recvfrom__doc__, "recvfrom(bufsize, flags=0)\n\nReceive up to bufsize bytes and the sender's address.");

/* recvfrom: calls csock_recvfrom_into; waits: read; raises: os, timeout, value, nomem */
static inline PyObject *
csock_py_socket_recvfrom_impl(PyObject *self, Py_ssize_t bufsize, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (bufsize < 0) {
        csock__err_negative_bufsize(&err, "recvfrom");
        return csock_py_set_error(&err);
    }
    PyObject *res0 = PyBytes_FromStringAndSize(NULL, bufsize);
    if (res0 == NULL)
        return NULL;
    csock_addr res1_c;
    int io = io_begin(self);
    ssize_t r = csock_recvfrom_into(cs, PyBytes_AS_STRING(res0), (size_t)bufsize, bufsize, flags, &res1_c, &err);
    io_end(io);
    if (r < 0) {
        PyObject *fail = csock_py_set_error(&err);
        Py_DECREF(res0);
        return fail;
    }
    if (r != bufsize)
        _PyBytes_Resize(&res0, r);
    PyObject *items[2] = {
        res0,
        csock_py_addr_to_py(&res1_c),
    };
    PyObject *result = csock_py_tuple_steal(items, 2);
    return result;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_recvfrom(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t bufsize = 0;
    int flags = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "recvfrom() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2
        || csock_py_fast_ssize(args[0], &bufsize) < 0
        || (nargs > 1 && csock_py_fast_int(args[1], &flags) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "n|i:recvfrom", &bufsize, &flags);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_recvfrom_impl(self, bufsize, flags);
    return result;
}
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_socket_recvmsg__doc__, "recvmsg(bufsize, ancbufsize=0, flags=0)\n\nReceive normal data and ancillary data.");

/* recvmsg: calls csock_recvmsg; waits: read; raises: os, timeout, value, nomem */
static inline PyObject *
csock_py_socket_recvmsg_impl(PyObject *self, Py_ssize_t bufsize, Py_ssize_t ancbufsize, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_msg res0_c;
    int io = io_begin(self);
    int r = csock_recvmsg(cs, bufsize, ancbufsize, flags, &res0_c, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    PyObject *result = csock_py_msg_result(&res0_c, PyBytes_FromStringAndSize((const char *)res0_c.data, (Py_ssize_t)res0_c.len));
    csock_msg_free(&res0_c);
    return result;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_recvmsg(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t bufsize = 0;
    Py_ssize_t ancbufsize = 0;
    int flags = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "recvmsg() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3
        || csock_py_fast_ssize(args[0], &bufsize) < 0
        || (nargs > 1 && csock_py_fast_ssize(args[1], &ancbufsize) < 0)
        || (nargs > 2 && csock_py_fast_int(args[2], &flags) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "n|ni:recvmsg", &bufsize, &ancbufsize, &flags);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_recvmsg_impl(self, bufsize, ancbufsize, flags);
    return result;
}
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_socket_recvmsg_into__doc__, "recvmsg_into(buffers, ancbufsize=0, flags=0)\n\nReceive normal data into buffers and ancillary data.");

/* recvmsg_into: calls csock_recvmsg_into; waits: read; raises: os, timeout, value, type, nomem */
static inline PyObject *
csock_py_socket_recvmsg_into_impl(PyObject *self, PyObject *buffers, Py_ssize_t ancbufsize, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_py_seq buffers_c;
    if (csock_py_seq_get(&buffers_c, buffers, "recvmsg_into() argument 1 must be an iterable", "w*;recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers", 0) < 0)
        return NULL;
    csock_msg res0_c;
    int io = io_begin(self);
    int r = csock_recvmsg_into(cs, buffers_c.items, (size_t)buffers_c.n, ancbufsize, flags, &res0_c, &err);
    io_end(io);
    if (r < 0) {
        PyObject *fail = csock_py_set_error(&err);
        csock_py_seq_free(&buffers_c);
        return fail;
    }
    PyObject *result = csock_py_msg_result(&res0_c, PyLong_FromSize_t(res0_c.len));
    csock_msg_free(&res0_c);
    csock_py_seq_free(&buffers_c);
    return result;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_recvmsg_into(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *buffers = NULL;
    Py_ssize_t ancbufsize = 0;
    int flags = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "recvmsg_into() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3
        || csock_py_fast_object(args[0], &buffers) < 0
        || (nargs > 1 && csock_py_fast_ssize(args[1], &ancbufsize) < 0)
        || (nargs > 2 && csock_py_fast_int(args[2], &flags) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "O|ni:recvmsg_into", &buffers, &ancbufsize, &flags);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_recvmsg_into_impl(self, buffers, ancbufsize, flags);
    return result;
}
#endif
PyDoc_STRVAR(csock_py_socket_recvfrom_into__doc__, "recvfrom_into(buffer, nbytes=0, flags=0)\n\nReceive into a buffer; return (nbytes, address).");

/* recvfrom_into: calls csock_recvfrom_into; waits: read; raises: os, timeout, value */
static inline PyObject *
csock_py_socket_recvfrom_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr res1_c;
    int io = io_begin(self);
    ssize_t r = csock_recvfrom_into(cs, buffer->buf, (size_t)buffer->len, nbytes, flags, &res1_c, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    PyObject *items[2] = {
        PyLong_FromSsize_t(r),
        csock_py_addr_to_py(&res1_c),
    };
    PyObject *result = csock_py_tuple_steal(items, 2);
    return result;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_recvfrom_into(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_buffer buffer = {0};
    Py_ssize_t nbytes = 0;
    int flags = 0;
    PyObject *result;

    static char *kwlist[] = {"buffer", "nbytes", "flags", NULL};
    if (kwnames != NULL || nargs < 1 || nargs > 3
        || csock_py_fast_buffer(args[0], &buffer, 1) < 0
        || (nargs > 1 && csock_py_fast_ssize(args[1], &nbytes) < 0)
        || (nargs > 2 && csock_py_fast_int(args[2], &flags) < 0)) {
        PyBuffer_Release(&buffer);
        PyObject *kwargs;
        if (csock_py_kwargs_dict(args, nargs, kwnames, &kwargs) < 0)
            return NULL;
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL) {
            Py_XDECREF(kwargs);
            return NULL;
        }
        int ok = PyArg_ParseTupleAndKeywords(argtuple, kwargs, "w*|ni:recvfrom_into", kwlist, &buffer, &nbytes, &flags);
        Py_XDECREF(kwargs);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_recvfrom_into_impl(self, &buffer, nbytes, flags);
    PyBuffer_Release(&buffer);
    return result;
}
PyDoc_STRVAR(csock_py_socket_recv_into__doc__, "recv_into(buffer, nbytes=0, flags=0)\n\nReceive into a buffer; return the number of bytes received.");

/* recv_into: calls csock_recv_into; waits: read; raises: os, timeout, value */
static inline PyObject *
csock_py_socket_recv_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t r = csock_recv_into(cs, buffer->buf, (size_t)buffer->len, nbytes, flags, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromSsize_t(r);
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_recv_into(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_buffer buffer = {0};
    Py_ssize_t nbytes = 0;
    int flags = 0;
    PyObject *result;

    static char *kwlist[] = {"buffer", "nbytes", "flags", NULL};
    if (kwnames != NULL || nargs < 1 || nargs > 3
        || csock_py_fast_buffer(args[0], &buffer, 1) < 0
        || (nargs > 1 && csock_py_fast_ssize(args[1], &nbytes) < 0)
        || (nargs > 2 && csock_py_fast_int(args[2], &flags) < 0)) {
        PyBuffer_Release(&buffer);
        PyObject *kwargs;
        if (csock_py_kwargs_dict(args, nargs, kwnames, &kwargs) < 0)
            return NULL;
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL) {
            Py_XDECREF(kwargs);
            return NULL;
        }
        int ok = PyArg_ParseTupleAndKeywords(argtuple, kwargs, "w*|ni:recv_into", kwlist, &buffer, &nbytes, &flags);
        Py_XDECREF(kwargs);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_recv_into_impl(self, &buffer, nbytes, flags);
    PyBuffer_Release(&buffer);
    return result;
}
PyDoc_STRVAR(csock_py_socket_send__doc__, "send(data, flags=0)\n\nSend data; return the number of bytes sent.");

/* send: calls csock_send; waits: write; raises: os, timeout */
static inline PyObject *
csock_py_socket_send_impl(PyObject *self, Py_buffer *data, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t r = csock_send(cs, data->buf, (size_t)data->len, flags, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    return PyLong_FromSsize_t(r);
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_send(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_buffer data = {0};
    int flags = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "send() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2
        || csock_py_fast_buffer(args[0], &data, 0) < 0
        || (nargs > 1 && csock_py_fast_int(args[1], &flags) < 0)) {
        PyBuffer_Release(&data);
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "y*|i:send", &data, &flags);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_send_impl(self, &data, flags);
    PyBuffer_Release(&data);
    return result;
}
PyDoc_STRVAR(csock_py_socket_sendall__doc__, "sendall(data, flags=0)\n\nSend all of data; the timeout covers the whole call.");

/* sendall: calls csock_sendall; waits: write; raises: os, timeout */
static inline PyObject *
csock_py_socket_sendall_impl(PyObject *self, Py_buffer *data, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int r = csock_sendall(cs, data->buf, (size_t)data->len, flags, &err);
    io_end(io);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_sendall(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_buffer data = {0};
    int flags = 0;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "sendall() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2
        || csock_py_fast_buffer(args[0], &data, 0) < 0
        || (nargs > 1 && csock_py_fast_int(args[1], &flags) < 0)) {
        PyBuffer_Release(&data);
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "y*|i:sendall", &data, &flags);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_sendall_impl(self, &data, flags);
    PyBuffer_Release(&data);
    return result;
}
PyDoc_STRVAR(csock_py_socket_sendto__doc__, "sendto(data, flags=0, address)\n\nSend data to an address, sendto(data[, flags], address).");
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_socket_sendmsg__doc__, "sendmsg(buffers, ancdata=None, flags=0, address=None)\n\nSend normal and ancillary data.");

/* sendmsg: calls csock_sendmsg; waits: write; raises: os, gai, timeout, type, value, overflow */
static inline PyObject *
csock_py_socket_sendmsg_impl(PyObject *self, PyObject *buffers, PyObject *ancdata, int flags, PyObject *address)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    csock_addr address_c, *address_p = NULL;
    if (address != NULL && address != Py_None) {
        if (csock_py_addr_from_py(address, self, "sendmsg", &address_c) < 0)
            return NULL;
        if (csock_py_addr_settle(self, &address_c, "sendmsg") < 0)
            return NULL;
        if (PySys_Audit("socket.sendmsg", "(OO)", self, address) < 0)
            return NULL;
        address_p = &address_c;
    }
    csock_py_seq buffers_c;
    if (csock_py_seq_get(&buffers_c, buffers, "sendmsg() argument 1 must be an iterable", "y*;sendmsg() argument 1 must be an iterable of bytes-like objects", 0) < 0)
        return NULL;
    csock_py_seq ancdata_c;
    if (csock_py_seq_get(&ancdata_c, ancdata, "sendmsg() argument 2 must be an iterable", "(iiy*):[sendmsg() ancillary data items]", 1) < 0) {
        csock_py_seq_free(&buffers_c);
        return NULL;
    }
    int io = io_begin(self);
    ssize_t r = csock_sendmsg(cs, buffers_c.items, (size_t)buffers_c.n, ancdata_c.items, (size_t)ancdata_c.n, flags, address_p, &err);
    io_end(io);
    if (r < 0) {
        PyObject *fail = csock_py_set_error(&err);
        csock_py_seq_free(&ancdata_c);
        csock_py_seq_free(&buffers_c);
        return fail;
    }
    PyObject *result = PyLong_FromSsize_t(r);
    csock_py_seq_free(&buffers_c);
    csock_py_seq_free(&ancdata_c);
    return result;
}

/* METH_FASTCALL: exact ints and contiguous buffers are converted here;
 * anything else (and every error) goes through PyArg_ParseTuple. */
static PyObject *
csock_py_socket_sendmsg(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *buffers = NULL;
    PyObject *ancdata = NULL;
    int flags = 0;
    PyObject *address = NULL;
    PyObject *result;

    /* METH_KEYWORDS only for CPython's METH_VARARGS message (not the
     * qualified name METH_FASTCALL's own check would give) */
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "sendmsg() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 4
        || csock_py_fast_object(args[0], &buffers) < 0
        || (nargs > 1 && csock_py_fast_object(args[1], &ancdata) < 0)
        || (nargs > 2 && csock_py_fast_int(args[2], &flags) < 0)
        || (nargs > 3 && csock_py_fast_object(args[3], &address) < 0)) {
        PyObject *argtuple = csock_py_args_tuple(args, nargs);
        if (argtuple == NULL)
            return NULL;
        int ok = PyArg_ParseTuple(argtuple, "O|OiO:sendmsg", &buffers, &ancdata, &flags, &address);
        Py_DECREF(argtuple);
        if (!ok)
            return NULL;
    }
    result = csock_py_socket_sendmsg_impl(self, buffers, ancdata, flags, address);
    return result;
}
#endif
#if defined(__linux__)
PyDoc_STRVAR(csock_py_socket_sendmsg_afalg__doc__, "sendmsg_afalg(msg=None, op, iv=None, assoclen=None, flags=0)\n\nSet operation mode, IV and length of associated data for an AF_ALG operation socket.");
#endif
PyDoc_STRVAR(csock_py_socket_setblocking__doc__, "setblocking(flag)\n\nSet blocking (true) or non-blocking (false) mode.");

/* setblocking: calls csock_setblocking; waits: none; raises: os, type, overflow */
static inline PyObject *
csock_py_socket_setblocking_impl(PyObject *self, int flag)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_setblocking(cs, flag, &err);
    csock_py_sync_fields(SELF);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_socket_setblocking(PyObject *self, PyObject *arg)
{
    int flag = 0;
    if (!csock_py_truth_converter(arg, &flag))
        return NULL;
    return csock_py_socket_setblocking_impl(self, flag);
}
PyDoc_STRVAR(csock_py_socket_settimeout__doc__, "settimeout(timeout)\n\nSet a timeout on socket operations (None = blocking, 0.0 = non-blocking).");

/* settimeout: calls csock_settimeout; waits: none; raises: os, type, value, overflow */
static inline PyObject *
csock_py_socket_settimeout_impl(PyObject *self, csock_py_timeout timeout)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_settimeout(cs, timeout.none ? CSOCK_TIMEOUT_NONE : timeout.value, &err);
    csock_py_sync_fields(SELF);
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_socket_settimeout(PyObject *self, PyObject *arg)
{
    csock_py_timeout timeout = {0};
    if (!csock_py_timeout_converter(arg, &timeout))
        return NULL;
    return csock_py_socket_settimeout_impl(self, timeout);
}
PyDoc_STRVAR(csock_py_socket_setsockopt__doc__, "setsockopt(level, option, value, optlen=None)\n\nSet a socket option.");
PyDoc_STRVAR(csock_py_socket_shutdown__doc__, "shutdown(how)\n\nShut down the reading side, the writing side, or both.");

/* shutdown: calls csock_shutdown; waits: none; raises: os, overflow, type */
static inline PyObject *
csock_py_socket_shutdown_impl(PyObject *self, int how)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    nogil_begin();
    int r = csock_shutdown(cs, how, &err);
    nogil_end();
    if (r < 0) {
        return csock_py_set_error(&err);
    }
    Py_RETURN_NONE;
}

static PyObject *
csock_py_socket_shutdown(PyObject *self, PyObject *arg)
{
    int how = 0;
    if (!csock_py_int_converter(arg, &how))
        return NULL;
    return csock_py_socket_shutdown_impl(self, how);
}

PyMethodDef csock_py_socket_methods[] = {
    {"_accept", (PyCFunction)(void (*)(void))csock_py_socket__accept, METH_NOARGS, csock_py_socket__accept__doc__},
    {"bind", (PyCFunction)(void (*)(void))csock_py_socket_bind, METH_O, csock_py_socket_bind__doc__},
    {"close", (PyCFunction)(void (*)(void))csock_py_socket_close, METH_NOARGS, csock_py_socket_close__doc__},
    {"connect", (PyCFunction)(void (*)(void))csock_py_socket_connect, METH_O, csock_py_socket_connect__doc__},
    {"connect_ex", (PyCFunction)(void (*)(void))csock_py_socket_connect_ex, METH_O, csock_py_socket_connect_ex__doc__},
    {"detach", (PyCFunction)(void (*)(void))csock_py_socket_detach, METH_NOARGS, csock_py_socket_detach__doc__},
    {"fileno", (PyCFunction)(void (*)(void))csock_py_socket_fileno, METH_NOARGS, csock_py_socket_fileno__doc__},
    {"getpeername", (PyCFunction)(void (*)(void))csock_py_socket_getpeername, METH_NOARGS, csock_py_socket_getpeername__doc__},
    {"getsockname", (PyCFunction)(void (*)(void))csock_py_socket_getsockname, METH_NOARGS, csock_py_socket_getsockname__doc__},
    {"getsockopt", (PyCFunction)(void (*)(void))csock_py_socket_getsockopt, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_getsockopt__doc__},
    {"getblocking", (PyCFunction)(void (*)(void))csock_py_socket_getblocking, METH_NOARGS, csock_py_socket_getblocking__doc__},
    {"gettimeout", (PyCFunction)(void (*)(void))csock_py_socket_gettimeout, METH_NOARGS, csock_py_socket_gettimeout__doc__},
    {"listen", (PyCFunction)(void (*)(void))csock_py_socket_listen, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_listen__doc__},
    {"recv", (PyCFunction)(void (*)(void))csock_py_socket_recv, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_recv__doc__},
    {"recvfrom", (PyCFunction)(void (*)(void))csock_py_socket_recvfrom, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_recvfrom__doc__},
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"recvmsg", (PyCFunction)(void (*)(void))csock_py_socket_recvmsg, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_recvmsg__doc__},
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"recvmsg_into", (PyCFunction)(void (*)(void))csock_py_socket_recvmsg_into, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_recvmsg_into__doc__},
#endif
    {"recvfrom_into", (PyCFunction)(void (*)(void))csock_py_socket_recvfrom_into, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_recvfrom_into__doc__},
    {"recv_into", (PyCFunction)(void (*)(void))csock_py_socket_recv_into, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_recv_into__doc__},
    {"send", (PyCFunction)(void (*)(void))csock_py_socket_send, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_send__doc__},
    {"sendall", (PyCFunction)(void (*)(void))csock_py_socket_sendall, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_sendall__doc__},
    {"sendto", (PyCFunction)(void (*)(void))csock_py_socket_sendto, METH_VARARGS, csock_py_socket_sendto__doc__},
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"sendmsg", (PyCFunction)(void (*)(void))csock_py_socket_sendmsg, METH_FASTCALL | METH_KEYWORDS, csock_py_socket_sendmsg__doc__},
#endif
#if defined(__linux__)
    {"sendmsg_afalg", (PyCFunction)(void (*)(void))csock_py_socket_sendmsg_afalg, METH_VARARGS | METH_KEYWORDS, csock_py_socket_sendmsg_afalg__doc__},
#endif
    {"setblocking", (PyCFunction)(void (*)(void))csock_py_socket_setblocking, METH_O, csock_py_socket_setblocking__doc__},
    {"settimeout", (PyCFunction)(void (*)(void))csock_py_socket_settimeout, METH_O, csock_py_socket_settimeout__doc__},
    {"setsockopt", (PyCFunction)(void (*)(void))csock_py_socket_setsockopt, METH_VARARGS, csock_py_socket_setsockopt__doc__},
    {"shutdown", (PyCFunction)(void (*)(void))csock_py_socket_shutdown, METH_O, csock_py_socket_shutdown__doc__},
    {NULL, NULL, 0, NULL}
};

/* ---- constants some CPython versions lack (spec/constants python_since /
 * python_until), by range: the names this interpreter's _socket lacks. */
static const char *const csock_py_constants_absent[] = {
#if !(PY_VERSION_HEX >= 0x030C0000) /* 3.12+ */
    "ETHERTYPE_ARP",
    "ETHERTYPE_IP",
    "ETHERTYPE_IPV6",
    "ETHERTYPE_VLAN",
    "ETH_P_ALL",
    "IP_ADD_SOURCE_MEMBERSHIP",
    "IP_BLOCK_SOURCE",
    "IP_DROP_SOURCE_MEMBERSHIP",
    "IP_PKTINFO",
    "IP_UNBLOCK_SOURCE",
    "SO_BINDTOIFINDEX",
    "TCP_CC_INFO",
    "TCP_FASTOPEN_CONNECT",
    "TCP_FASTOPEN_KEY",
    "TCP_FASTOPEN_NO_COOKIE",
    "TCP_INQ",
    "TCP_MD5SIG",
    "TCP_MD5SIG_EXT",
    "TCP_QUEUE_SEQ",
    "TCP_REPAIR",
    "TCP_REPAIR_OPTIONS",
    "TCP_REPAIR_QUEUE",
    "TCP_REPAIR_WINDOW",
    "TCP_SAVED_SYN",
    "TCP_SAVE_SYN",
    "TCP_THIN_DUPACK",
    "TCP_THIN_LINEAR_TIMEOUTS",
    "TCP_TIMESTAMP",
    "TCP_TX_DELAY",
    "TCP_ULP",
    "TCP_ZEROCOPY_RECEIVE",
#endif
#if !(PY_VERSION_HEX >= 0x030D0000) /* 3.13+ */
    "CAN_RAW_ERR_FILTER",
    "NI_IDN",
#endif
    NULL
};

int csock_py_constant_exported(const char *name)
{
    for (const char *const *p = csock_py_constants_absent; *p != NULL; p++)
        if (strcmp(*p, name) == 0)
            return 0;
    return 1;
}
