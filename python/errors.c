/* The exception helpers the generated csock_py_set_error
 * (generated/python/csock_py_errors.c, from spec/errors.yaml) builds on. */
#include "csock_py.h"

#include <errno.h>
#include <string.h>

/* "[Errno N] text" -> text, else NULL. */
static const char *errno_text(const char *msg)
{
    if (strncmp(msg, "[Errno ", 7) != 0)
        return NULL;
    const char *p = strstr(msg, "] ");
    return p ? p + 2 : NULL;
}

/* cls(code, text) for "[Errno N] text", else cls(msg); returns NULL. */
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

/* The errorhandler CPython keeps in the object. */
PyObject *csock_py_errno_handler(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}
