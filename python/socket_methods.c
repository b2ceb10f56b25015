/* The socket methods' handwritten bodies: get the csock, call libcsock,
 * map the error, build the result.  Argument parsing is generated. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "gil.h"

#include <errno.h>
#include <string.h>

/* ---- socket methods ---- */

PyObject *csock_py_socket__accept(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    csock_error err;
    csock_addr addr;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int fd = csock_accept_fd(cs, &addr, &err);
    io_end(io);
    if (fd < 0)
        return csock_py_set_error(&err);
    PyObject *a = csock_py_addr_to_py(&addr);
    PyObject *fdo = a ? PyLong_FromLong(fd) : NULL;
    PyObject *r = fdo ? PyTuple_New(2) : NULL;
    if (r == NULL) {
        Py_XDECREF(fdo);
        Py_XDECREF(a);
        csock_close_descriptor(fd, NULL);
        return NULL;
    }
    PyTuple_SET_ITEM(r, 0, fdo);
    PyTuple_SET_ITEM(r, 1, a);
    return r;
}

PyObject *csock_py_socket_bind(PyObject *self, PyObject *address)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL || csock_py_addr_from_py(address, self, "bind", &a) < 0)
        return NULL;
    if (PySys_Audit("socket.bind", "OO", self, address) < 0)
        return NULL;
    if (csock_bind(cs, &a, &err) < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

PyObject *csock_py_socket_close(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    csock_error err;
    if (SELF->cs == NULL || csock_fileno(SELF->cs) < 0)
        Py_RETURN_NONE;
    SELF->sock_fd = -1;
    int r;
    r = csock_close_keep(SELF->cs, &err); /* releases the GIL via the hooks */
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

/* connect and connect_ex: the same steps; ex returns the errno as an int */
static PyObject *connect_common(PyObject *self, PyObject *address, const char *caller, int ex)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL || csock_py_addr_from_py(address, self, caller, &a) < 0)
        return NULL;
    if (PySys_Audit("socket.connect", "OO", self, address) < 0)
        return NULL;
    int io = io_begin(self);
    int r = ex ? csock_connect_ex(cs, &a, &err) : csock_connect(cs, &a, &err);
    io_end(io);
    if (r < 0)
        return csock_py_set_error(&err);
    if (ex)
        return PyLong_FromLong(r);
    Py_RETURN_NONE;
}

PyObject *csock_py_socket_connect(PyObject *self, PyObject *address)
{
    return connect_common(self, address, "connect", 0);
}

PyObject *csock_py_socket_connect_ex(PyObject *self, PyObject *address)
{
    return connect_common(self, address, "connect_ex", 1);
}

PyObject *csock_py_socket_detach(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    if (SELF->cs == NULL)
        return PyLong_FromLong(-1);
    int fd = csock_detach(SELF->cs);
    SELF->sock_fd = -1;
    return PyLong_FromLong(fd);
}

PyObject *csock_py_socket_fileno(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(SELF->cs ? csock_fileno(SELF->cs) : -1);
}

static PyObject *name_common(PyObject *self, int peer)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if ((peer ? csock_getpeername(cs, &a, &err) : csock_getsockname(cs, &a, &err)) < 0)
        return csock_py_set_error(&err);
    return csock_py_addr_to_py(&a);
}

PyObject *csock_py_socket_getpeername(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return name_common(self, 1);
}

PyObject *csock_py_socket_getsockname(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return name_common(self, 0);
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
        PyErr_SetString(PyExc_OSError, "getsockopt buflen out of range");
        return NULL;
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

PyObject *csock_py_socket_getblocking(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    if (SELF->cs == NULL)
        Py_RETURN_TRUE;
    return PyBool_FromLong(csock_getblocking(SELF->cs));
}

PyObject *csock_py_socket_gettimeout(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return csock_py_sock_get_timeout(self, NULL);
}

PyObject *csock_py_socket_listen(PyObject *self, PyObject *args)
{
    csock_error err;
    int backlog = CSOCK_LISTEN_DEFAULT;
    if (!PyArg_ParseTuple(args, "|i:listen", &backlog))
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (csock_listen(cs, backlog, &err) < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

PyObject *csock_py_socket_recv_impl(PyObject *self, Py_ssize_t bufsize, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (bufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recv");
        return NULL;
    }
    PyObject *b = PyBytes_FromStringAndSize(NULL, bufsize);
    if (b == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recv_into(cs, PyBytes_AS_STRING(b), (size_t)bufsize, bufsize, flags, &err);
    io_end(io);
    if (n < 0) {
        Py_DECREF(b);
        return csock_py_set_error(&err);
    }
    if (n != bufsize)
        _PyBytes_Resize(&b, n);
    return b;
}

PyObject *csock_py_socket_recvfrom_impl(PyObject *self, Py_ssize_t bufsize, int flags)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    if (bufsize < 0) {
        PyErr_SetString(PyExc_ValueError, "negative buffersize in recvfrom");
        return NULL;
    }
    PyObject *b = PyBytes_FromStringAndSize(NULL, bufsize);
    if (b == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recvfrom_into(cs, PyBytes_AS_STRING(b), (size_t)bufsize, bufsize, flags, &a, &err);
    io_end(io);
    if (n < 0) {
        Py_DECREF(b);
        return csock_py_set_error(&err);
    }
    if (n != bufsize && _PyBytes_Resize(&b, n) < 0)
        return NULL;
    PyObject *ao = csock_py_addr_to_py(&a);
    if (ao == NULL) {
        Py_DECREF(b);
        return NULL;
    }
    return Py_BuildValue("(NN)", b, ao);
}

PyObject *csock_py_socket_recv_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recv_into(cs, buffer->buf, (size_t)buffer->len, nbytes, flags, &err);
    io_end(io);
    if (n < 0)
        return csock_py_set_error(&err);
    return PyLong_FromSsize_t(n);
}

PyObject *csock_py_socket_recvfrom_into_impl(PyObject *self, Py_buffer *buffer, Py_ssize_t nbytes, int flags)
{
    csock_error err;
    csock_addr a;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_recvfrom_into(cs, buffer->buf, (size_t)buffer->len, nbytes, flags, &a, &err);
    io_end(io);
    if (n < 0)
        return csock_py_set_error(&err);
    PyObject *ao = csock_py_addr_to_py(&a);
    if (ao == NULL)
        return NULL;
    return Py_BuildValue("(nN)", (Py_ssize_t)n, ao);
}

static PyObject *msg_result(csock_msg *m, PyObject *data)
{
    PyObject *anc = PyList_New(0), *addr = NULL;
    if (anc == NULL)
        goto fail;
    for (size_t i = 0; i < m->nancdata; i++) {
        PyObject *t = Py_BuildValue("(iiy#)", m->ancdata[i].level, m->ancdata[i].type,
                                    (const char *)m->ancdata[i].data, (Py_ssize_t)m->ancdata[i].len);
        if (t == NULL || PyList_Append(anc, t) < 0) {
            Py_XDECREF(t);
            goto fail;
        }
        Py_DECREF(t);
    }
    addr = csock_py_addr_to_py(&m->addr);
    if (addr == NULL)
        goto fail;
    return Py_BuildValue("(NNiN)", data, anc, m->flags, addr);
fail:
    Py_XDECREF(anc);
    Py_XDECREF(data);
    return NULL;
}

PyObject *csock_py_socket_recvmsg_impl(PyObject *self, Py_ssize_t bufsize, Py_ssize_t ancbufsize, int flags)
{
    csock_error err;
    csock_msg m;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int rr = csock_recvmsg(cs, bufsize, ancbufsize, flags, &m, &err);
    io_end(io);
    if (rr < 0)
        return csock_py_set_error(&err);
    PyObject *data = PyBytes_FromStringAndSize((const char *)m.data, (Py_ssize_t)m.len);
    PyObject *r = data ? msg_result(&m, data) : NULL;
    csock_msg_free(&m);
    return r;
}

PyObject *csock_py_socket_recvmsg_into_impl(PyObject *self, PyObject *buffers, Py_ssize_t ancbufsize, int flags)
{
    csock_error err;
    csock_msg m;
    PyObject *fast, *r = NULL;
    Py_buffer *views = NULL;
    csock_iov *iov = NULL;
    Py_ssize_t n, i, got = 0;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    fast = PySequence_Fast(buffers, "recvmsg_into() argument 1 must be an iterable");
    if (fast == NULL)
        return NULL;
    n = PySequence_Fast_GET_SIZE(fast);
    views = PyMem_New(Py_buffer, n ? n : 1);
    iov = PyMem_New(csock_iov, n ? n : 1);
    if (views == NULL || iov == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (i = 0; i < n; i++, got++) {
        if (!PyArg_Parse(PySequence_Fast_GET_ITEM(fast, i),
                         "w*;recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers",
                         &views[i]))
            goto done;
        iov[i].base = views[i].buf;
        iov[i].len = (size_t)views[i].len;
    }
    int io = io_begin(self);
    int rr = csock_recvmsg_into(cs, iov, (size_t)n, ancbufsize, flags, &m, &err);
    io_end(io);
    if (rr < 0) {
        csock_py_set_error(&err);
        goto done;
    }
    r = msg_result(&m, PyLong_FromSize_t(m.len));
    csock_msg_free(&m);
done:
    for (i = 0; i < got; i++)
        PyBuffer_Release(&views[i]);
    PyMem_Free(views);
    PyMem_Free(iov);
    Py_DECREF(fast);
    return r;
}

PyObject *csock_py_socket_send_impl(PyObject *self, Py_buffer *data, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    ssize_t n = csock_send(cs, data->buf, (size_t)data->len, flags, &err);
    io_end(io);
    if (n < 0)
        return csock_py_set_error(&err);
    return PyLong_FromSsize_t(n);
}

PyObject *csock_py_socket_sendall_impl(PyObject *self, Py_buffer *data, int flags)
{
    csock_error err;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int io = io_begin(self);
    int r = csock_sendall(cs, data->buf, (size_t)data->len, flags, &err);
    io_end(io);
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
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

/* Data buffers of sendmsg/sendmsg_afalg. */
typedef struct {
    PyObject *fast;
    Py_buffer *views;
    csock_iov *iov;
    Py_ssize_t n, got;
} bufs;

static void bufs_free(bufs *b)
{
    for (Py_ssize_t i = 0; i < b->got; i++)
        PyBuffer_Release(&b->views[i]);
    PyMem_Free(b->views);
    PyMem_Free(b->iov);
    Py_XDECREF(b->fast);
}

static int bufs_get(bufs *b, PyObject *o, const char *what, const char *itemfmt)
{
    memset(b, 0, sizeof *b);
    if (o == NULL)
        return 0;
    b->fast = PySequence_Fast(o, what);
    if (b->fast == NULL)
        return -1;
    b->n = PySequence_Fast_GET_SIZE(b->fast);
    b->views = PyMem_New(Py_buffer, b->n ? b->n : 1);
    b->iov = PyMem_New(csock_iov, b->n ? b->n : 1);
    if (b->views == NULL || b->iov == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < b->n; i++) {
        if (!PyArg_Parse(PySequence_Fast_GET_ITEM(b->fast, i), itemfmt, &b->views[i]))
            return -1;
        b->got++;
        b->iov[i].base = b->views[i].buf;
        b->iov[i].len = (size_t)b->views[i].len;
    }
    return 0;
}

PyObject *csock_py_socket_sendmsg(PyObject *self, PyObject *args)
{
    static const char *itemfmt = "y*;sendmsg() argument 1 must be an iterable of bytes-like objects";
    csock_error err;
    csock_addr a, *ap = NULL;
    PyObject *buffers, *anc = NULL, *addro = NULL, *ancfast = NULL, *r = NULL;
    int flags = 0;
    bufs b;
    csock_cmsg *cm = NULL;
    Py_buffer *cviews = NULL;
    Py_ssize_t nc = 0, cgot = 0;

    if (!PyArg_ParseTuple(args, "O|OiO:sendmsg", &buffers, &anc, &flags, &addro))
        return NULL;
    memset(&b, 0, sizeof b);
    /* CPython's order: the address, the data buffers, the ancillary data */
    if (addro != NULL && addro != Py_None) {
        if (csock_py_addr_from_py(addro, self, "sendmsg", &a) < 0)
            goto done;
        if (PySys_Audit("socket.sendmsg", "OO", self, addro) < 0)
            goto done;
        ap = &a;
    }
    if (bufs_get(&b, buffers, "sendmsg() argument 1 must be an iterable", itemfmt) < 0)
        goto done;
    if (anc != NULL) {
        ancfast = PySequence_Fast(anc, "sendmsg() argument 2 must be an iterable");
        if (ancfast == NULL)
            goto done;
        nc = PySequence_Fast_GET_SIZE(ancfast);
        cm = PyMem_New(csock_cmsg, nc ? nc : 1);
        cviews = PyMem_New(Py_buffer, nc ? nc : 1);
        if (cm == NULL || cviews == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        for (Py_ssize_t i = 0; i < nc; i++) {
            PyObject *item = PySequence_Fast_GET_ITEM(ancfast, i);
            if (!PyArg_Parse(item, "(iiy*):[sendmsg() ancillary data items]",
                             &cm[i].level, &cm[i].type, &cviews[i]))
                goto done;
            cgot++;
            cm[i].data = cviews[i].buf;
            cm[i].len = (size_t)cviews[i].len;
        }
    }
    csock *cs = CS(self);
    if (cs == NULL)
        goto done;
    int io = io_begin(self);
    ssize_t n = csock_sendmsg(cs, b.iov, (size_t)b.n, cm, (size_t)nc, flags, ap, &err);
    io_end(io);
    r = n < 0 ? csock_py_set_error(&err) : PyLong_FromSsize_t(n);
done:
    bufs_free(&b);
    for (Py_ssize_t i = 0; i < cgot; i++)
        PyBuffer_Release(&cviews[i]);
    PyMem_Free(cviews);
    PyMem_Free(cm);
    Py_XDECREF(ancfast);
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
    bufs b;

    memset(&b, 0, sizeof b);
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
        PyErr_SetString(PyExc_TypeError, "Invalid or missing argument 'op'");
        goto done;
    }
    csock *cs = CS(self);
    if (cs == NULL)
        goto done;
    if (bufs_get(&b, msg, "sendmsg_afalg() argument 'msg' must be an iterable",
                 "y*;sendmsg_afalg() argument 'msg' must be an iterable of bytes-like objects") < 0)
        goto done;
    ssize_t n = csock_sendmsg_afalg(cs, b.iov, (size_t)b.n, op, iv.buf, iv.buf ? (size_t)iv.len : 0,
                                    assoclen, flags, &err);
    r = n < 0 ? csock_py_set_error(&err) : PyLong_FromSsize_t(n);
done:
    bufs_free(&b);
    if (iv.obj)
        PyBuffer_Release(&iv);
    return r;
}

PyObject *csock_py_socket_setblocking(PyObject *self, PyObject *flag)
{
    csock_error err;
    long block = PyLong_AsLong(flag);
    if (block == -1 && PyErr_Occurred())
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_setblocking(cs, block != 0, &err);
    csock_py_sync_fields(SELF);
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

PyObject *csock_py_socket_settimeout(PyObject *self, PyObject *timeout)
{
    csock_error err;
    double t;
    int none;
    if (csock_py_parse_timeout(timeout, &t, &none) < 0)
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r = csock_settimeout(cs, none ? NULL : &t, &err);
    csock_py_sync_fields(SELF);
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
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

PyObject *csock_py_socket_shutdown(PyObject *self, PyObject *how)
{
    csock_error err;
    int h = _PyLong_AsInt(how);
    if (h == -1 && PyErr_Occurred())
        return NULL;
    csock *cs = CS(self);
    if (cs == NULL)
        return NULL;
    int r;
    nogil_begin();
    r = csock_shutdown(cs, h, &err);
    nogil_end();
    if (r < 0)
        return csock_py_set_error(&err);
    Py_RETURN_NONE;
}

