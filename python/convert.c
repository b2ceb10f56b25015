/* Conversions shared by the binding: timeouts, tuples. */
#include "csock_py.h"

#include <math.h>
#include <string.h>

/* 1 when the filesystem encoding maps every ASCII character to its own
 * byte (checked at import): then an ASCII str path needs no encoding. */
int csock_py_fs_ascii;

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

