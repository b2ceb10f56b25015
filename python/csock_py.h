/* The _socket extension's shared declarations (handwritten half of the
 * Python binding).  The object begins with CPython's PySocketSockObject
 * layout (Modules/socketmodule.h) because _ssl reads sock_fd and
 * sock_timeout straight out of it after type-checking with the Sock_Type
 * of _socket.CAPI. */
#ifndef CSOCK_PY_H
#define CSOCK_PY_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>

#include "csock/csock.h"
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
} csock_py_sock;

/* _socket.CAPI (PySocketModule_APIObject). */
typedef struct {
    PyTypeObject *Sock_Type;
    PyObject *error;
    PyObject *timeout_error;
} csock_py_capi;

#endif
