/* Module initialisation: exceptions, the type, CAPI for _ssl, constants,
 * the runtime hooks. */
#include "csock_py.h"
#include "csock_py_methods.h"
#include "gil.h"

#include <string.h>

#include "csock/csock_constants.h"

/* ------------------------------------------------------------------ */
/* Type and module                                                     */
/* ------------------------------------------------------------------ */

static csock_py_capi capi;

PyDoc_STRVAR(module_doc,
"Implementation module for socket operations.\n\
\n\
See the socket module for documentation.");

static struct PyModuleDef csock_py_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_socket",
    .m_doc = module_doc,
    .m_size = -1,
    .m_methods = csock_py_module_methods,
};

static int add_constants(PyObject *m)
{
    size_t n = csock_constant_count();
    for (size_t i = 0; i < n; i++) {
        const csock_constant_info *c = csock_constant_at(i);
        if (!csock_py_constant_exported(c->name))
            continue; /* not in this CPython version's _socket */
        int r = c->str ? PyModule_AddStringConstant(m, c->name, c->str)
                       : PyModule_AddObject(m, c->name, PyLong_FromLongLong(c->value));
        if (r < 0)
            return -1;
    }
    return 0;
}

PyMODINIT_FUNC PyInit__socket(void)
{
    PyObject *m;

    if (csock_py_sock_type_init() < 0)
        return NULL;
    m = PyModule_Create(&csock_py_module);
    if (m == NULL)
        return NULL;
    csock_py_hooks_install();
    {
        char ascii[128];
        for (int i = 0; i < 128; i++)
            ascii[i] = (char)i;
        PyObject *u = PyUnicode_DecodeASCII(ascii, 128, NULL);
        PyObject *b = u ? PyUnicode_EncodeFSDefault(u) : NULL;
        Py_XDECREF(u);
        if (b == NULL)
            PyErr_Clear();
        csock_py_fs_ascii = b != NULL && PyBytes_GET_SIZE(b) == 128 && memcmp(PyBytes_AS_STRING(b), ascii, 128) == 0;
        Py_XDECREF(b);
    }
    if (csock_py_errors_init(m) < 0 ||
        PyModule_AddObjectRef(m, "SocketType", (PyObject *)csock_py_sock_type) < 0 ||
        PyModule_AddObjectRef(m, "socket", (PyObject *)csock_py_sock_type) < 0 ||
        PyModule_AddObjectRef(m, "has_ipv6", Py_True) < 0)
        goto fail;
    capi.Sock_Type = csock_py_sock_type;
    capi.error = PyExc_OSError;
    capi.timeout_error = PyExc_TimeoutError;
    if (PyModule_AddObject(m, "CAPI", PyCapsule_New(&capi, "_socket.CAPI", NULL)) < 0)
        goto fail;
    if (add_constants(m) < 0)
        goto fail;
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
