/* The socket methods spec/api marks custom: their reasons are in the spec
 * (and in generated/python/csock_py_methods.h).  Every other method body
 * is generated. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "errors.h"
#include "gil.h"

PyObject *csock_py_socket_close_impl(PyObject *self)
{
    csock_error err;
    if (SELF->cs == NULL || csock_fileno(SELF->cs) < 0)
        Py_RETURN_NONE;
    SELF->sock_fd = -1;
    /* close(2) may block (SO_LINGER): the runtime's hooks drop the GIL */
    if (csock_close_keep(SELF->cs, &err) < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

PyObject *csock_py_socket_getsockopt_impl(PyObject *self, int level, int option, int buflen)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (buflen == 0) {
        int v;
        if (csock_getsockopt_int(cs, level, option, &v, &err) < 0)
            return csock_py_set_error(&err);
        return PyLong_FromLong(v);
    }
    if (buflen < 0 || buflen > 1024) {
        csock__err_getsockopt_buflen(&err);
        return csock_py_set_error(&err);
    }
    PyObject *b = PyBytes_FromStringAndSize(NULL, buflen);
    if (b == NULL)
        return NULL;
    ssize_t n = csock_getsockopt_buf(cs, level, option, PyBytes_AS_STRING(b), (size_t)buflen, &err);
    if (n < 0) {
        Py_DECREF(b);
        return csock_py_set_error(&err);
    }
    _PyBytes_Resize(&b, n);
    return b;
}

PyObject *csock_py_socket_sendto(PyObject *self, PyObject *args)
{
    csock_error err;
    csock_addr a;
    Py_buffer data;
    PyObject *addro;
    int flags = 0;
    Py_ssize_t argc = PyTuple_GET_SIZE(args);
    if (argc == 2) {
        if (!PyArg_ParseTuple(args, "y*O:sendto", &data, &addro))
            return NULL;
    } else if (argc == 3) {
        if (!PyArg_ParseTuple(args, "y*iO:sendto", &data, &flags, &addro))
            return NULL;
    } else {
        PyErr_Format(PyExc_TypeError, "sendto() takes 2 or 3 arguments (%zd given)", argc);
        return NULL;
    }
    PyObject *r = NULL;
    csock *cs = CS(self);
    if (cs == NULL || csock_py_addr_from_py(addro, self, "sendto", &a) < 0)
        goto done;
    if (PySys_Audit("socket.sendto", "OO", self, addro) < 0)
        goto done;
    int io = io_begin(self);
    ssize_t n = csock_sendto(cs, data.buf, (size_t)data.len, flags, &a, &err);
    io_end(io);
    r = n < 0 ? csock_py_set_error(&err) : PyLong_FromSsize_t(n);
done:
    PyBuffer_Release(&data);
    return r;
}

PyObject *csock_py_socket_sendmsg_afalg(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"msg", "op", "iv", "assoclen", "flags", NULL};
    csock_error err;
    PyObject *msg = NULL, *r = NULL;
    int op = -1, flags = 0;
    Py_buffer iv = {0};
    PyObject *ivo = NULL, *assoco = NULL;
    long assoclen = -1;
    csock_py_seq b = {0};

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|O$iOOi:sendmsg_afalg", kwlist,
                                     &msg, &op, &ivo, &assoco, &flags))
        return NULL;
    if (ivo != NULL && ivo != Py_None && PyObject_GetBuffer(ivo, &iv, PyBUF_SIMPLE) < 0)
        return NULL;
    if (assoco != NULL && assoco != Py_None) {
        if (!PyLong_Check(assoco)) {
            PyErr_Format(PyExc_TypeError, "sendmsg_afalg() argument 'assoclen' must be int, not %.50s",
                         Py_TYPE(assoco)->tp_name);
            goto done;
        }
        assoclen = PyLong_AsLong(assoco);
        if (assoclen == -1 && PyErr_Occurred())
            goto done;
        if (assoclen < 0) {
            PyErr_SetString(PyExc_TypeError, "assoclen must be positive");
            goto done;
        }
    }
    if (op < 0) {
        PyErr_SetString(PyExc_TypeError, CSOCK_MSG_AFALG_OP_MISSING);
        goto done;
    }
    csock *cs = CS(self);
    if (cs == NULL)
        goto done;
    if (csock_py_seq_get(&b, msg, "sendmsg_afalg() argument 'msg' must be an iterable",
                         "y*;sendmsg_afalg() argument 'msg' must be an iterable of bytes-like objects", 0) < 0)
        goto done;
    ssize_t n = csock_sendmsg_afalg(cs, b.items, (size_t)b.n, op, iv.buf, iv.buf ? (size_t)iv.len : 0,
                                    assoclen, flags, &err);
    r = n < 0 ? csock_py_set_error(&err) : PyLong_FromSsize_t(n);
done:
    csock_py_seq_free(&b);
    if (iv.obj)
        PyBuffer_Release(&iv);
    return r;
}

PyObject *csock_py_socket_setsockopt(PyObject *self, PyObject *args)
{
    csock_error err;
    int level, option, flag, r;
    unsigned int optlen;
    PyObject *none;
    Py_buffer val;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (PyArg_ParseTuple(args, "iii:setsockopt", &level, &option, &flag)) {
        r = csock_setsockopt_int(cs, level, option, flag, &err);
    } else {
        PyErr_Clear();
        if (PyArg_ParseTuple(args, "iiO!I:setsockopt", &level, &option, Py_TYPE(Py_None), &none, &optlen)) {
            r = csock_setsockopt_none(cs, level, option, optlen, &err);
        } else {
            PyErr_Clear();
            if (!PyArg_ParseTuple(args, "iiy*:setsockopt", &level, &option, &val))
                return NULL;
            r = csock_setsockopt_buf(cs, level, option, val.buf, (size_t)val.len, &err);
            PyBuffer_Release(&val);
        }
    }
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}
