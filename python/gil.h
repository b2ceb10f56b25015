/* The GIL around libcsock calls.
 *
 * The runtime calls the binding's hooks (hooks.c) around every call that
 * may block (a poll wait, a syscall on a blocking-mode socket, a resolver
 * call), so the binding never wraps such a libcsock call in
 * Py_BEGIN_ALLOW_THREADS.  Where the binding itself drops the GIL
 * (nogil_begin: libcsock calls that run no hooks but where CPython drops
 * it, and io_begin below) it says so in a thread-local, and the hooks then
 * do nothing: a double release (fatal) cannot happen.  on_eintr runs the
 * signal handlers (PEP 475: retry unless one raised), taking the GIL back
 * for them when the binding had dropped it. */
#ifndef CSOCK_PY_GIL_H
#define CSOCK_PY_GIL_H

#include "csock_py.h"

/* The thread state this thread's binding code released, while it is.
 * initial-exec: every hook reads it, and the default (global-dynamic)
 * model costs a __tls_get_addr call per read in a shared object. */
#if defined(__GNUC__)
extern _Thread_local PyThreadState *csock_py_nogil_ts __attribute__((tls_model("initial-exec")));
#else
extern _Thread_local PyThreadState *csock_py_nogil_ts;
#endif

/* Install the runtime hooks (module init). */
void csock_py_hooks_install(void);

/* No other thread state in this interpreter: nobody waits for the GIL. */
static inline int only_thread(void)
{
    PyThreadState *ts = PyThreadState_Get();
    return ts->prev == NULL && ts->next == NULL;
}

/* The runtime is told too (csock_hooks_released): in blocking mode it
 * then makes the blocking syscall at once instead of trying first, as
 * CPython does without the GIL. */
static inline void nogil_begin(void)
{
    csock_py_nogil_ts = PyEval_SaveThread();
    csock_hooks_released(1);
}

static inline void nogil_end(void)
{
    PyThreadState *ts = csock_py_nogil_ts;
    csock_py_nogil_ts = NULL;
    csock_hooks_released(0);
    PyEval_RestoreThread(ts);
}

/* In timeout and blocking modes the runtime tries the syscall first
 * without waiting and only its waits run inside the hooks, so a ready
 * socket costs no GIL release: the single-threaded fast path.  With other
 * threads alive that would keep them off the GIL during every syscall
 * (CPython drops it around each), so there the whole call runs without
 * the GIL, as in CPython.  Non-blocking mode never waits: it keeps the
 * GIL. */
static inline int io_begin(PyObject *self)
{
    if (((csock_py_sock *)self)->sock_timeout == 0)
        return 0;
    if (only_thread())
        return 0;
    nogil_begin();
    return 1;
}

static inline void io_end(int released)
{
    if (released)
        nogil_end();
}

#endif
