/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/methods.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* The handwritten halves of the _socket extension's functions (spec/api/):
 * the *_impl bodies behind the generated argument parsing, and the entries
 * the spec marks noargs, METH_O or custom, whose whole body is handwritten
 * in python/.  The wrappers and method tables are in csock_py_methods.c. */
#ifndef CSOCK_PY_METHODS_H
#define CSOCK_PY_METHODS_H

/* ---- scope module: The module-level functions: those of the _socket extension (python: extension, the reference document's "Other functions" that socket.py does not define itself), the socket type, the convenience functions CPython's socket.py adds on top of _socket (python: socket.py), and csock's C-only extras (python: none).  Each names its csock_* C counterpart(s) in `c`.  */
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* waits: none; raises: overflow */
PyObject *csock_py_module_CMSG_LEN_impl(PyObject *self, Py_ssize_t length);
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* waits: none; raises: overflow */
PyObject *csock_py_module_CMSG_SPACE_impl(PyObject *self, Py_ssize_t length);
#endif
PyObject *csock_py_module_close(PyObject *self, PyObject *fd);
PyObject *csock_py_module_dup(PyObject *self, PyObject *fd);
PyObject *csock_py_module_getaddrinfo(PyObject *self, PyObject *args, PyObject *kwargs);
PyObject *csock_py_module_getdefaulttimeout(PyObject *self, PyObject *Py_UNUSED(ignored));
/* waits: resolver; raises: herror, gai, os */
PyObject *csock_py_module_gethostbyaddr_impl(PyObject *self, char *ip_address);
/* waits: resolver; raises: gai, herror, os */
PyObject *csock_py_module_gethostbyname_impl(PyObject *self, char *hostname);
/* waits: resolver; raises: gai, herror, os */
PyObject *csock_py_module_gethostbyname_ex_impl(PyObject *self, char *hostname);
PyObject *csock_py_module_gethostname(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_module_getnameinfo(PyObject *self, PyObject *args);
/* waits: none; raises: os */
PyObject *csock_py_module_getprotobyname_impl(PyObject *self, const char *protocolname);
PyObject *csock_py_module_getservbyname(PyObject *self, PyObject *args);
PyObject *csock_py_module_getservbyport(PyObject *self, PyObject *args);
PyObject *csock_py_module_htonl(PyObject *self, PyObject *x);
PyObject *csock_py_module_htons(PyObject *self, PyObject *args);
PyObject *csock_py_module_if_indextoname(PyObject *self, PyObject *if_index);
PyObject *csock_py_module_if_nameindex(PyObject *self, PyObject *Py_UNUSED(ignored));
/* waits: none; raises: os */
PyObject *csock_py_module_if_nametoindex_impl(PyObject *self, PyObject *if_name);
/* waits: none; raises: os, value */
PyObject *csock_py_module_inet_aton_impl(PyObject *self, const char *ip_string);
/* waits: none; raises: os */
PyObject *csock_py_module_inet_ntoa_impl(PyObject *self, Py_buffer *packed_ip);
/* waits: none; raises: value, os */
PyObject *csock_py_module_inet_ntop_impl(PyObject *self, int address_family, Py_buffer *packed_ip);
/* waits: none; raises: os, value */
PyObject *csock_py_module_inet_pton_impl(PyObject *self, int address_family, const char *ip_string);
PyObject *csock_py_module_ntohl(PyObject *self, PyObject *x);
PyObject *csock_py_module_ntohs(PyObject *self, PyObject *args);
PyObject *csock_py_module_setdefaulttimeout(PyObject *self, PyObject *timeout);
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* waits: none; raises: os */
PyObject *csock_py_module_sethostname_impl(PyObject *self, PyObject *name);
#endif
PyObject *csock_py_module_socketpair(PyObject *self, PyObject *args);

extern PyMethodDef csock_py_module_methods[];
/* ---- scope socket: The methods of the socket object: those of _socket.socket (python: extension), in the order of the reference document's "Socket Objects" section plus the 3.11 additions; then those CPython's socket.py adds in its socket class (python: socket.py) and csock's C-only extras (python: none).  Each names its csock_* C counterpart(s) in `c`.  */
PyObject *csock_py_socket__accept(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_bind(PyObject *self, PyObject *address);
PyObject *csock_py_socket_close(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_connect(PyObject *self, PyObject *address);
PyObject *csock_py_socket_connect_ex(PyObject *self, PyObject *address);
PyObject *csock_py_socket_detach(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_fileno(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_getpeername(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_getsockname(PyObject *self, PyObject *Py_UNUSED(ignored));
/* waits: none; raises: os */
PyObject *csock_py_socket_getsockopt_impl(PyObject *self, int level, int option, int buflen);
PyObject *csock_py_socket_getblocking(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_gettimeout(PyObject *self, PyObject *Py_UNUSED(ignored));
PyObject *csock_py_socket_listen(PyObject *self, PyObject *args);
/* waits: read; raises: os, timeout, value */
PyObject *csock_py_socket_recv_impl(PyObject *self, Py_ssize_t bufsize, int flags);
/* waits: read; raises: os, timeout, value */
PyObject *csock_py_socket_recvfrom_impl(PyObject *self, Py_ssize_t bufsize, int flags);
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* waits: read; raises: os, timeout, value */
PyObject *csock_py_socket_recvmsg_impl(PyObject *self, Py_ssize_t bufsize, Py_ssize_t ancbufsize, int flags);
#endif
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
/* waits: read; raises: os, timeout, value, type */
PyObject *csock_py_socket_recvmsg_into_impl(PyObject *self, PyObject *buffers, Py_ssize_t ancbufsize, int flags);
#endif
/* waits: read; raises: os, timeout, value */
PyObject *csock_py_socket_recvfrom_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags);
/* waits: read; raises: os, timeout, value */
PyObject *csock_py_socket_recv_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags);
/* waits: write; raises: os, timeout */
PyObject *csock_py_socket_send_impl(PyObject *self, Py_buffer *data, int flags);
/* waits: write; raises: os, timeout */
PyObject *csock_py_socket_sendall_impl(PyObject *self, Py_buffer *data, int flags);
PyObject *csock_py_socket_sendto(PyObject *self, PyObject *args);
#if defined(__linux__) || defined(__FreeBSD__) || defined(__APPLE__)
PyObject *csock_py_socket_sendmsg(PyObject *self, PyObject *args);
#endif
#if defined(__linux__)
PyObject *csock_py_socket_sendmsg_afalg(PyObject *self, PyObject *args, PyObject *kwargs);
#endif
PyObject *csock_py_socket_setblocking(PyObject *self, PyObject *flag);
PyObject *csock_py_socket_settimeout(PyObject *self, PyObject *timeout);
PyObject *csock_py_socket_setsockopt(PyObject *self, PyObject *args);
PyObject *csock_py_socket_shutdown(PyObject *self, PyObject *how);

extern PyMethodDef csock_py_socket_methods[];

#endif /* CSOCK_PY_METHODS_H */
