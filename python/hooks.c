/* The runtime hooks: release the GIL around a wait, run the signal
 * handlers on EINTR (see gil.h for the rules). */
#include "gil.h"

#if defined(__GNUC__)
_Thread_local PyThreadState *csock_py_nogil_ts __attribute__((tls_model("initial-exec")));
#else
_Thread_local PyThreadState *csock_py_nogil_ts;
#endif

static void *hook_begin(void *ctx)
{
    (void)ctx;
    if (csock_py_nogil_ts != NULL)
        return NULL; /* released by the binding already */
    return PyEval_SaveThread();
}

static void hook_end(void *ctx, void *state)
{
    (void)ctx;
    if (state != NULL)
        PyEval_RestoreThread((PyThreadState *)state);
}

static int hook_eintr(void *ctx)
{
    (void)ctx;
    if (csock_py_nogil_ts == NULL)
        return PyErr_CheckSignals() < 0 ? -1 : 0;
    PyEval_RestoreThread(csock_py_nogil_ts);
    int r = PyErr_CheckSignals();
    csock_py_nogil_ts = PyEval_SaveThread();
    return r < 0 ? -1 : 0;
}

void csock_py_hooks_install(void)
{
    static const csock_hooks hooks = {hook_begin, hook_end, hook_eintr, NULL};
    csock_set_hooks(&hooks);
}
