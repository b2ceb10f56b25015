/* csock_error -> the Python exception CPython would raise. */
#include "csock_py.h"

#include <errno.h>
#include <string.h>

PyObject *csock_py_herror;
PyObject *csock_py_gaierror;


/* "[Errno N] text" -> text, else NULL. */
static const char *errno_text(const char *msg)
{
    if (strncmp(msg, "[Errno ", 7) != 0)
        return NULL;
    const char *p = strstr(msg, "] ");
    return p ? p + 2 : NULL;
}

PyObject *csock_py_raise_coded(PyObject *cls, int code, const char *msg)
{
    const char *text = errno_text(msg);
    if (text == NULL) {
        PyErr_SetString(cls, msg);
        return NULL;
    }
    PyObject *v = Py_BuildValue("(is)", code, text);
    if (v != NULL) {
        PyErr_SetObject(cls, v);
        Py_DECREF(v);
    }
    return NULL;
}

/* Raise the Python exception of a csock_error; returns NULL. */
PyObject *csock_py_set_error(const csock_error *e)
{
    switch (e->kind) {
    case CSOCK_ERR_ABORTED:
        if (!PyErr_Occurred())
            PyErr_SetFromErrno(PyExc_OSError);
        return NULL;
    case CSOCK_ERR_TIMEOUT:
        PyErr_SetString(PyExc_TimeoutError, e->message);
        return NULL;
    case CSOCK_ERR_GAI:
        return csock_py_raise_coded(csock_py_gaierror, e->code, e->message);
    case CSOCK_ERR_HERROR:
        return csock_py_raise_coded(csock_py_herror, e->code, e->message);
    case CSOCK_ERR_VALUE:
        PyErr_SetString(PyExc_ValueError, e->message);
        return NULL;
    case CSOCK_ERR_TYPE:
        PyErr_SetString(PyExc_TypeError, e->message);
        return NULL;
    case CSOCK_ERR_OVERFLOW:
        PyErr_SetString(PyExc_OverflowError, e->message);
        return NULL;
    case CSOCK_ERR_NOMEM:
        return PyErr_NoMemory();
    case CSOCK_ERR_OS:
    default:
        return csock_py_raise_coded(PyExc_OSError, e->code, e->message);
    }
}

/* The errorhandler CPython keeps in the object. */
PyObject *csock_py_errno_handler(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}
