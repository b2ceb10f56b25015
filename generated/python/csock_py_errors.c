/* Generated from spec/errors.yaml by generator/csockgen with templates/python/errors.c.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
#include "csock/csock_gen.h"
#if CSOCK_GEN_LOCK != 1
#error "generated/python/csock_py_errors.c does not match csock/csock_gen.h (CSOCK_GEN_LOCK): it is stale, run `ninja gen`"
#endif
/* The Python exceptions of the error kinds of spec/errors.yaml: the
 * socket module's own classes and names (module init), and
 * csock_py_set_error, which raises the exception of a csock_error. */
#include "csock_py.h"

PyObject *csock_py_herror;
PyObject *csock_py_gaierror;

int csock_py_errors_init(PyObject *m)
{
    if (csock_py_herror == NULL) {
        csock_py_herror = PyErr_NewException("socket.herror", PyExc_OSError, NULL);
        if (csock_py_herror == NULL)
            return -1;
    }
    if (csock_py_gaierror == NULL) {
        csock_py_gaierror = PyErr_NewException("socket.gaierror", PyExc_OSError, NULL);
        if (csock_py_gaierror == NULL)
            return -1;
    }
    if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0)
        return -1;
    if (PyModule_AddObjectRef(m, "herror", csock_py_herror) < 0)
        return -1;
    if (PyModule_AddObjectRef(m, "gaierror", csock_py_gaierror) < 0)
        return -1;
    if (PyModule_AddObjectRef(m, "timeout", PyExc_TimeoutError) < 0)
        return -1;
    return 0;
}

/* Raise the Python exception of a csock_error; returns NULL. */
PyObject *csock_py_set_error(const csock_error *e)
{
    switch (e->kind) {
    case CSOCK_ERR_HERROR: /* socket.herror */
        return csock_py_raise_coded(csock_py_herror, e->code, e->message);
    case CSOCK_ERR_GAI: /* socket.gaierror */
        return csock_py_raise_coded(csock_py_gaierror, e->code, e->message);
    case CSOCK_ERR_TIMEOUT: /* socket.timeout */
        PyErr_SetString(PyExc_TimeoutError, e->message);
        return NULL;
    case CSOCK_ERR_VALUE: /* ValueError */
        PyErr_SetString(PyExc_ValueError, e->message);
        return NULL;
    case CSOCK_ERR_TYPE: /* TypeError */
        PyErr_SetString(PyExc_TypeError, e->message);
        return NULL;
    case CSOCK_ERR_OVERFLOW: /* OverflowError */
        PyErr_SetString(PyExc_OverflowError, e->message);
        return NULL;
    case CSOCK_ERR_NOMEM: /* MemoryError */
        return PyErr_NoMemory();
    case CSOCK_ERR_ABORTED: /* BaseException */
        if (!PyErr_Occurred())
            PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    case CSOCK_ERR_OS: /* OSError */
    default:
        return csock_py_raise_coded(PyExc_OSError, e->code, e->message);
    }
}
