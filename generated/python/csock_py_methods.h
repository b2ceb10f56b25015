/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/methods.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* The handwritten halves of the _socket extension's functions: the
 * entries spec/api marks custom, the escape hatch from the generated
 * bodies (10 of 56 entries; each says why).  custom: body has
 * generated argument parsing calling the handwritten *_impl declared
 * here; custom: parse is the whole function.  The wrappers, the other
 * bodies and the method tables are in csock_py_methods.c. */
#ifndef CSOCK_PY_METHODS_H
#define CSOCK_PY_METHODS_H

/* module dup (custom body): no libcsock call: CPython's _Py_dup of any descriptor */
PyObject *csock_py_module_dup_impl(PyObject *self, PyObject *fd);
/* module getaddrinfo (custom parse): host and port each take several types (str IDNA-encoded, bytes, int port, None) */
PyObject *csock_py_module_getaddrinfo(PyObject *self, PyObject *args, PyObject *kwargs);
/* module getnameinfo (custom parse): a tuple of two or four items whose host must be numeric, checked in CPython's order */
PyObject *csock_py_module_getnameinfo(PyObject *self, PyObject *args);
/* module if_nameindex (custom body): a list of (index, name) pairs: the only result of its shape */
PyObject *csock_py_module_if_nameindex_impl(PyObject *self);
/* module socketpair (custom parse): family 0 is EAFNOSUPPORT in Python (C takes it as the default), and two socket objects to build */
PyObject *csock_py_module_socketpair(PyObject *self, PyObject *args);
/* socket close (custom body): closing a closed or never-initialised socket is a no-op, and CPython's sock_fd is cleared before the fd is closed */
PyObject *csock_py_socket_close_impl(PyObject *self);
/* socket getsockopt (custom body): buflen chooses between two C functions and the result's type */
PyObject *csock_py_socket_getsockopt_impl(PyObject *self, int level, int option, int buflen);
/* socket sendto (custom parse): the optional middle argument: sendto(data[, flags], address) */
PyObject *csock_py_socket_sendto(PyObject *self, PyObject *args);
#if defined(__linux__)
/* socket sendmsg_afalg (custom parse): CPython's own checks and their order: a missing op, assoclen's type and sign, then the data */
PyObject *csock_py_socket_sendmsg_afalg(PyObject *self, PyObject *args, PyObject *kwargs);
#endif
/* socket setsockopt (custom parse): three argument shapes (int, bytes-like, None with optlen), each its own C function */
PyObject *csock_py_socket_setsockopt(PyObject *self, PyObject *args);

/* CPython-version rules (spec/api py_versions): 1 where the interpreter
 * this is compiled for (PY_VERSION_HEX) behaves so, else 0.  python/ tests
 * these, never the version itself. */
/* module getaddrinfo (port), 3.12+: an int port of any size goes to the resolver as its decimal string, which decides (gh-74895); before, one outside the C long range raised OverflowError */
#if PY_VERSION_HEX >= 0x030C0000
#define CSOCK_PY_MODULE_GETADDRINFO_PORT_INT_AS_STRING 1
#else
#define CSOCK_PY_MODULE_GETADDRINFO_PORT_INT_AS_STRING 0
#endif
/* module htons (x), 3.13+: one positional int read by PyLong_AsInt (METH_O, Argument Clinic): 'Python int too large to convert to C int', and the arity message CPython gives a METH_O function (_socket.htons() takes exactly one argument); before, PyArg's 'i' unit */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_MODULE_HTONS_CLINIC_INT 1
#else
#define CSOCK_PY_MODULE_HTONS_CLINIC_INT 0
#endif
/* module if_indextoname (if_index), 3.12+: an index past the C unsigned int raises OverflowError('index is too large'); before, it was truncated to the unsigned int */
#if PY_VERSION_HEX >= 0x030C0000
#define CSOCK_PY_MODULE_IF_INDEXTONAME_INDEX_CHECKED 1
#else
#define CSOCK_PY_MODULE_IF_INDEXTONAME_INDEX_CHECKED 0
#endif
/* module if_nametoindex (if_name), 3.13+: one positional path-like argument (METH_O, Argument Clinic): CPython's METH_O arity and keyword messages; before, PyArg's O& unit */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_MODULE_IF_NAMETOINDEX_CLINIC_FSPATH 1
#else
#define CSOCK_PY_MODULE_IF_NAMETOINDEX_CLINIC_FSPATH 0
#endif
/* module inet_aton (ip_string), 3.13+: one positional str (METH_O, Argument Clinic): 'inet_aton() argument must be str, not int' and CPython's METH_O arity messages; before, PyArg's s unit ('argument 1 must be str') */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_MODULE_INET_ATON_CLINIC_STR 1
#else
#define CSOCK_PY_MODULE_INET_ATON_CLINIC_STR 0
#endif
/* module inet_ntoa (packed_ip), 3.13+: one positional bytes-like argument (METH_O, Argument Clinic): CPython's METH_O arity and keyword messages (_socket.inet_ntoa() takes exactly one argument); before, PyArg's y* unit */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_MODULE_INET_NTOA_CLINIC_BUFFER 1
#else
#define CSOCK_PY_MODULE_INET_NTOA_CLINIC_BUFFER 0
#endif
/* module ntohs (x), 3.13+: one positional int read by PyLong_AsInt (METH_O, Argument Clinic): 'Python int too large to convert to C int', and the arity message CPython gives a METH_O function (_socket.ntohs() takes exactly one argument); before, PyArg's 'i' unit */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_MODULE_NTOHS_CLINIC_INT 1
#else
#define CSOCK_PY_MODULE_NTOHS_CLINIC_INT 0
#endif
/* module setdefaulttimeout (timeout), 3.13+: as socket settimeout's rule (the same converter): timeout_overflow_pytime for an int, timeout_overflow_time_t for a float; before, timeout_overflow */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_MODULE_SETDEFAULTTIMEOUT_PYTIME_MESSAGES 1
#else
#define CSOCK_PY_MODULE_SETDEFAULTTIMEOUT_PYTIME_MESSAGES 0
#endif
/* socket, 3.12+: _socket.socket is a heap type (PyType_FromSpec) whose objects the garbage collector tracks, immutable, with __module__ in its dict; before, a static type */
#if PY_VERSION_HEX >= 0x030C0000
#define CSOCK_PY_SOCKET_HEAP_TYPE 1
#else
#define CSOCK_PY_SOCKET_HEAP_TYPE 0
#endif
/* socket setblocking (flag), 3.13+: any object, taken by its truth value (PyObject_IsTrue; seen in 3.13.5, 3.12 not checked); before, an int (PyLong_AsLong, its errors) */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_SOCKET_SETBLOCKING_FLAG_ANY_OBJECT 1
#else
#define CSOCK_PY_SOCKET_SETBLOCKING_FLAG_ANY_OBJECT 0
#endif
/* socket settimeout (timeout), 3.13+: a timeout too large for the nanosecond clock raises timeout_overflow_pytime for an int and timeout_overflow_time_t for a float (the timeout converter, setdefaulttimeout's too); before, timeout_overflow for both */
#if PY_VERSION_HEX >= 0x030D0000
#define CSOCK_PY_SOCKET_SETTIMEOUT_PYTIME_MESSAGES 1
#else
#define CSOCK_PY_SOCKET_SETTIMEOUT_PYTIME_MESSAGES 0
#endif

/* 1 if the _socket of the interpreter compiled for exports constant
 * `name` (spec/constants python_since / python_until), else 0. */
int csock_py_constant_exported(const char *name);

extern PyMethodDef csock_py_module_methods[];
extern PyMethodDef csock_py_socket_methods[];

#endif /* CSOCK_PY_METHODS_H */
