/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/methods.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/python/csock_py_methods.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* Argument parsing, method tables and docstrings of the _socket extension
 * (spec/api/).  The functions named *_impl and the unwrapped entries
 * (noargs, METH_O, custom) are handwritten in python/ (declared in
 * csock_py_methods.h). */
#include "csock_py.h"
#include "csock_py_methods.h"

/* ---- scope module: The module-level functions: those of the _socket extension (python: extension, the reference document's "Other functions" that socket.py does not define itself), the socket type, the convenience functions CPython's socket.py adds on top of _socket (python: socket.py), and csock's C-only extras (python: none).  Each names its csock_* C counterpart(s) in `c`.  */
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_module_CMSG_LEN__doc__, "CMSG_LEN(length)\n\nThe total length of an ancillary item carrying length bytes, without trailing padding.");
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
PyDoc_STRVAR(csock_py_module_dup__doc__, "dup(fd)\n\nDuplicate a socket file descriptor (non-inheritable).");
PyDoc_STRVAR(csock_py_module_getaddrinfo__doc__, "getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)\n\nResolve host and port into a list of (family, type, proto, canonname, sockaddr).");
PyDoc_STRVAR(csock_py_module_getdefaulttimeout__doc__, "getdefaulttimeout()\n\nThe default timeout of new sockets, or None.");
PyDoc_STRVAR(csock_py_module_gethostbyaddr__doc__, "gethostbyaddr(ip_address)\n\nReturn (hostname, aliaslist, ipaddrlist) for an address.");
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
PyDoc_STRVAR(csock_py_module_getnameinfo__doc__, "getnameinfo(sockaddr, flags)\n\nTranslate a socket address into (host, port).");
PyDoc_STRVAR(csock_py_module_getprotobyname__doc__, "getprotobyname(protocolname)\n\nReturn the protocol number of a protocol name.");
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
PyDoc_STRVAR(csock_py_module_getservbyport__doc__, "getservbyport(port, protocolname=None)\n\nReturn the service name of a port number.");
PyDoc_STRVAR(csock_py_module_htonl__doc__, "htonl(x)\n\nConvert a 32-bit integer from host to network byte order.");
PyDoc_STRVAR(csock_py_module_htons__doc__, "htons(x)\n\nConvert a 16-bit integer from host to network byte order.");
PyDoc_STRVAR(csock_py_module_if_indextoname__doc__, "if_indextoname(if_index)\n\nReturn the interface name of an index.");
PyDoc_STRVAR(csock_py_module_if_nameindex__doc__, "if_nameindex()\n\nReturn a list of (index, name) of the network interfaces.");
PyDoc_STRVAR(csock_py_module_if_nametoindex__doc__, "if_nametoindex(if_name)\n\nReturn the index of an interface name.");
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
PyDoc_STRVAR(csock_py_module_inet_aton__doc__, "inet_aton(ip_string)\n\nConvert an IPv4 address string to 32-bit packed form.");
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
PyDoc_STRVAR(csock_py_module_inet_ntoa__doc__, "inet_ntoa(packed_ip)\n\nConvert a 32-bit packed IPv4 address to dotted-quad text.");
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
PyDoc_STRVAR(csock_py_module_inet_ntop__doc__, "inet_ntop(address_family, packed_ip)\n\nConvert a packed IP address to its text form.");
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
PyDoc_STRVAR(csock_py_module_ntohs__doc__, "ntohs(x)\n\nConvert a 16-bit integer from network to host byte order.");
PyDoc_STRVAR(csock_py_module_setdefaulttimeout__doc__, "setdefaulttimeout(timeout)\n\nSet the default timeout of new socket objects.");
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyDoc_STRVAR(csock_py_module_sethostname__doc__, "sethostname(name)\n\nSet the host name (needs privileges).");
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
    {"htons", (PyCFunction)(void (*)(void))csock_py_module_htons, METH_VARARGS, csock_py_module_htons__doc__},
    {"if_indextoname", (PyCFunction)(void (*)(void))csock_py_module_if_indextoname, METH_O, csock_py_module_if_indextoname__doc__},
    {"if_nameindex", (PyCFunction)(void (*)(void))csock_py_module_if_nameindex, METH_NOARGS, csock_py_module_if_nameindex__doc__},
    {"if_nametoindex", (PyCFunction)(void (*)(void))csock_py_module_if_nametoindex, METH_VARARGS, csock_py_module_if_nametoindex__doc__},
    {"inet_aton", (PyCFunction)(void (*)(void))csock_py_module_inet_aton, METH_VARARGS, csock_py_module_inet_aton__doc__},
    {"inet_ntoa", (PyCFunction)(void (*)(void))csock_py_module_inet_ntoa, METH_FASTCALL | METH_KEYWORDS, csock_py_module_inet_ntoa__doc__},
    {"inet_ntop", (PyCFunction)(void (*)(void))csock_py_module_inet_ntop, METH_FASTCALL | METH_KEYWORDS, csock_py_module_inet_ntop__doc__},
    {"inet_pton", (PyCFunction)(void (*)(void))csock_py_module_inet_pton, METH_VARARGS, csock_py_module_inet_pton__doc__},
    {"ntohl", (PyCFunction)(void (*)(void))csock_py_module_ntohl, METH_O, csock_py_module_ntohl__doc__},
    {"ntohs", (PyCFunction)(void (*)(void))csock_py_module_ntohs, METH_VARARGS, csock_py_module_ntohs__doc__},
    {"setdefaulttimeout", (PyCFunction)(void (*)(void))csock_py_module_setdefaulttimeout, METH_O, csock_py_module_setdefaulttimeout__doc__},
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
    {"sethostname", (PyCFunction)(void (*)(void))csock_py_module_sethostname, METH_VARARGS, csock_py_module_sethostname__doc__},
#endif
    {"socketpair", (PyCFunction)(void (*)(void))csock_py_module_socketpair, METH_VARARGS, csock_py_module_socketpair__doc__},
    {NULL, NULL, 0, NULL}
};
/* ---- scope socket: The methods of the socket object: those of _socket.socket (python: extension), in the order of the reference document's "Socket Objects" section plus the 3.11 additions; then those CPython's socket.py adds in its socket class (python: socket.py) and csock's C-only extras (python: none).  Each names its csock_* C counterpart(s) in `c`.  */
PyDoc_STRVAR(csock_py_socket__accept__doc__, "_accept()\n\nWait for an incoming connection; return (new fd, peer address).");
PyDoc_STRVAR(csock_py_socket_bind__doc__, "bind(address)\n\nBind the socket to a local address.");
PyDoc_STRVAR(csock_py_socket_close__doc__, "close()\n\nClose the socket; later operations fail with EBADF.");
PyDoc_STRVAR(csock_py_socket_connect__doc__, "connect(address)\n\nConnect the socket to a remote address.");
PyDoc_STRVAR(csock_py_socket_connect_ex__doc__, "connect_ex(address)\n\nLike connect(address), but return an error code instead of raising.");
PyDoc_STRVAR(csock_py_socket_detach__doc__, "detach()\n\nClose the socket object without closing the fd; return the fd.");
PyDoc_STRVAR(csock_py_socket_fileno__doc__, "fileno()\n\nReturn the socket's file descriptor, or -1.");
PyDoc_STRVAR(csock_py_socket_getpeername__doc__, "getpeername()\n\nReturn the address of the remote endpoint.");
PyDoc_STRVAR(csock_py_socket_getsockname__doc__, "getsockname()\n\nReturn the address of the local endpoint.");
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
PyDoc_STRVAR(csock_py_socket_gettimeout__doc__, "gettimeout()\n\nThe timeout in seconds, or None in blocking mode.");
PyDoc_STRVAR(csock_py_socket_listen__doc__, "listen(backlog=None)\n\nEnable a server to accept connections.");
PyDoc_STRVAR(csock_py_socket_recv__doc__, "recv(bufsize, flags=0)\n\nReceive up to bufsize bytes.");
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
#endif
#if defined(__linux__)
PyDoc_STRVAR(csock_py_socket_sendmsg_afalg__doc__, "sendmsg_afalg(msg=None, op, iv=None, assoclen=None, flags=0)\n\nSet operation mode, IV and length of associated data for an AF_ALG operation socket.");
#endif
PyDoc_STRVAR(csock_py_socket_setblocking__doc__, "setblocking(flag)\n\nSet blocking (true) or non-blocking (false) mode.");
PyDoc_STRVAR(csock_py_socket_settimeout__doc__, "settimeout(timeout)\n\nSet a timeout on socket operations (None = blocking, 0.0 = non-blocking).");
PyDoc_STRVAR(csock_py_socket_setsockopt__doc__, "setsockopt(level, option, value, optlen=None)\n\nSet a socket option.");
PyDoc_STRVAR(csock_py_socket_shutdown__doc__, "shutdown(how)\n\nShut down the reading side, the writing side, or both.");

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
    {"listen", (PyCFunction)(void (*)(void))csock_py_socket_listen, METH_VARARGS, csock_py_socket_listen__doc__},
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
    {"sendmsg", (PyCFunction)(void (*)(void))csock_py_socket_sendmsg, METH_VARARGS, csock_py_socket_sendmsg__doc__},
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

