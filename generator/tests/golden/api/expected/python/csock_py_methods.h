/* Generated from spec/api/module.yaml, spec/api/socket.yaml by generator/csockgen with templates/python/methods.h.j2. DO NOT EDIT: change the spec or the template and run `ninja gen`. */
/* Argument parsing, method tables and docstrings of the _socket extension
 * (spec/api/).  Included once by python/_socket.c after python/csock_py.h,
 * which defines csock_py_idna_converter.  The functions named *_impl and
 * the unwrapped entries (noargs, METH_O, custom) are handwritten in
 * python/. */
#ifndef CSOCK_PY_METHODS_H
#define CSOCK_PY_METHODS_H

/* ---- scope module: Four functions. */
PyDoc_STRVAR(csock_py_module_getservbyname__doc__, "getservbyname(servicename, protocolname=None)\n\nThe port of a service.");
static PyObject *csock_py_module_getservbyname(PyObject *self, PyObject *args);
PyDoc_STRVAR(csock_py_module_inet_aton__doc__, "inet_aton(ip_string)\n\nPack an IPv4 address.");
/* waits: none; raises: os */
static PyObject *csock_py_module_inet_aton_impl(PyObject *self, const char *ip_string);

static PyObject *
csock_py_module_inet_aton(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"ip_string", NULL};
    const char *ip_string = NULL;
    PyObject *result;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "s:inet_aton", kwlist, &ip_string))
        return NULL;
    result = csock_py_module_inet_aton_impl(self, ip_string);
    return result;
}
PyDoc_STRVAR(csock_py_module_dup__doc__, "dup(fd)\n\nDuplicate a descriptor.");
static PyObject *csock_py_module_dup(PyObject *self, PyObject *fd);

static PyMethodDef csock_py_module_methods[] = {
    {"getservbyname", (PyCFunction)(void (*)(void))csock_py_module_getservbyname, METH_VARARGS, csock_py_module_getservbyname__doc__},
    {"inet_aton", (PyCFunction)(void (*)(void))csock_py_module_inet_aton, METH_VARARGS | METH_KEYWORDS, csock_py_module_inet_aton__doc__},
    {"dup", (PyCFunction)(void (*)(void))csock_py_module_dup, METH_O, csock_py_module_dup__doc__},
    {NULL, NULL, 0, NULL}
};
/* ---- scope socket: Three methods. */
PyDoc_STRVAR(csock_py_socket_recv__doc__, "recv(bufsize, flags=0)\n\nReceive up to bufsize bytes.");
/* waits: read; raises: os, value */
static PyObject *csock_py_socket_recv_impl(PyObject *self, Py_ssize_t bufsize, int flags);

static PyObject *
csock_py_socket_recv(PyObject *self, PyObject *args)
{
    Py_ssize_t bufsize = 0;
    int flags = 0;
    PyObject *result;

    if (!PyArg_ParseTuple(args, "n|i:recv", &bufsize, &flags))
        return NULL;
    result = csock_py_socket_recv_impl(self, bufsize, flags);
    return result;
}
PyDoc_STRVAR(csock_py_socket_fileno__doc__, "fileno()\n\nThe descriptor.");
static PyObject *csock_py_socket_fileno(PyObject *self, PyObject *Py_UNUSED(ignored));

static PyMethodDef csock_py_socket_methods[] = {
    {"recv", (PyCFunction)(void (*)(void))csock_py_socket_recv, METH_VARARGS, csock_py_socket_recv__doc__},
    {"fileno", (PyCFunction)(void (*)(void))csock_py_socket_fileno, METH_NOARGS, csock_py_socket_fileno__doc__},
    {NULL, NULL, 0, NULL}
};

#endif /* CSOCK_PY_METHODS_H */
