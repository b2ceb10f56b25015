/* Conversions shared by the binding: host names (IDNA), timeouts, tuples. */
#include "csock_py.h"

#include <math.h>
#include <string.h>

/* 1 when the filesystem encoding maps every ASCII character to its own
 * byte (checked at import): then an ASCII str path needs no encoding. */
int csock_py_fs_ascii;

/* Host names: str (IDNA-encoded unless ASCII) or bytes/bytearray -> a new
 * bytes object.  O& converter with cleanup support. */
int csock_py_idna_converter(PyObject *obj, void *addr)
{
    PyObject **out = (PyObject **)addr;
    PyObject *b;
    if (obj == NULL) { /* cleanup */
        Py_CLEAR(*out);
        return 1;
    }
    if (PyBytes_Check(obj)) {
        b = Py_NewRef(obj);
    } else if (PyByteArray_Check(obj)) {
        b = PyBytes_FromStringAndSize(PyByteArray_AS_STRING(obj),
                                      PyByteArray_GET_SIZE(obj));
    } else if (PyUnicode_Check(obj)) {
        if (PyUnicode_READY(obj) < 0)
            return 0;
        if (PyUnicode_IS_ASCII(obj))
            b = PyBytes_FromStringAndSize((const char *)PyUnicode_DATA(obj),
                                          PyUnicode_GET_LENGTH(obj));
        else {
            b = PyUnicode_AsEncodedString(obj, "idna", NULL);
            if (b == NULL && PyErr_ExceptionMatches(PyExc_UnicodeError)) {
                PyErr_SetString(PyExc_TypeError, "encoding of hostname failed");
                return 0;
            }
        }
    } else {
        PyErr_Format(PyExc_TypeError, "str, bytes or bytearray expected, not %s",
                     Py_TYPE(obj)->tp_name);
        return 0;
    }
    if (b == NULL)
        return 0;
    if (strlen(PyBytes_AS_STRING(b)) != (size_t)PyBytes_GET_SIZE(b)) {
        PyErr_SetString(PyExc_TypeError, "host name must not contain null character");
        Py_DECREF(b);
        return 0;
    }
    *out = b;
    return Py_CLEANUP_SUPPORTED;
}


/* A tuple of the n new references in items, which it takes over; NULL
 * (the items released) when one is NULL (its error set) or on no memory. */
PyObject *csock_py_tuple_steal(PyObject **items, int n)
{
    int ok = 1;
    for (int i = 0; i < n; i++)
        ok &= items[i] != NULL;
    PyObject *t = ok ? PyTuple_New(n) : NULL; /* not with an error pending */
    for (int i = 0; i < n; i++) {
        if (t != NULL)
            PyTuple_SET_ITEM(t, i, items[i]);
        else
            Py_XDECREF(items[i]);
    }
    return t;
}

/* Python address object -> csock_addr, for a socket of that family
 * (CPython's getsockaddrarg shapes; csock validates and resolves). */

/* Timeout argument (None, int or float seconds) -> *out; *is_none for
 * None.  CPython's socket_parse_timeout messages. */
int csock_py_parse_timeout(PyObject *o, double *out, int *is_none)
{
    *is_none = 0;
    if (o == Py_None) {
        *is_none = 1;
        return 0;
    }
    double d;
    if (PyFloat_Check(o)) {
        d = PyFloat_AsDouble(o);
        if (isnan(d)) {
            PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double ns = ceil(fabs(d) * 1e9);
        if (!(ns < 9.2e18)) {
            PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
    } else {
        int overflow = 0;
        PyObject *idx = PyNumber_Index(o);
        if (idx == NULL)
            return -1;
        long long v = PyLong_AsLongLongAndOverflow(idx, &overflow);
        Py_DECREF(idx);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (overflow || v > 9200000000LL || v < -9200000000LL) {
            PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        d = (double)v;
    }
    if (d < 0) {
        PyErr_SetString(PyExc_ValueError, "Timeout value out of range");
        return -1;
    }
    *out = d;
    return 0;
}

int64_t csock_py_timeout_ns(double t)
{
    if (t < 0)
        return -1000000000LL;
    return (int64_t)ceil(t * 1e9 - 1e-3);
}

