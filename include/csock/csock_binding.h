/*
 * csock/csock_binding.h: the calls a language binding needs and an
 * application does not (the Python extension includes it).  csock.h does
 * not include this header; include it after (or instead of) csock.h.
 *
 * Before 0.2.0 these were declared in csock.h; their names, prototypes
 * and symbols are unchanged.
 */
#ifndef CSOCK_CSOCK_BINDING_H
#define CSOCK_CSOCK_BINDING_H

#include "csock/csock.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Runtime hooks (for bindings, e.g. the Python extension)             */
/* ------------------------------------------------------------------ */

/* Process-wide hooks.  `blocking_begin` runs before every call that may
 * block (a poll() wait, a blocking-mode syscall that must wait, a resolver
 * call) and returns an opaque state handed to `blocking_end` right after
 * it, in the same thread: every begin has its end, decided once per wait
 * (a concurrent settimeout cannot unbalance them).  A ready socket in
 * blocking mode makes no hook call (see "Modes and waiting").  `on_eintr` runs (between blocking_end and the retry) every time a
 * syscall fails with EINTR: return 0 to retry with the remaining time
 * recomputed (PEP 475), or -1 to abort the call, which then fails with
 * kind CSOCK_ERR_ABORTED (the hook has recorded its own error, e.g. a
 * pending Python exception).  Any member may be NULL. */
typedef struct csock_hooks {
    void *(*blocking_begin)(void *ctx);
    void (*blocking_end)(void *ctx, void *state);
    int (*on_eintr)(void *ctx);
    void *ctx;
} csock_hooks;

/* Install hooks (copied); NULL removes them.  Not thread-safe against
 * concurrent socket calls: install once at start-up. */
CSOCK_API void csock_set_hooks(const csock_hooks *hooks);

/* For a binding that releases its lock around a whole call itself (the
 * Python binding does when other threads are alive, as CPython does):
 * csock_hooks_released(1) says the calling thread holds nothing the
 * blocking hooks would release, until csock_hooks_released(0).  Meanwhile
 * blocking mode makes the blocking syscall at once, as without hooks: a
 * first attempt outside the hooks would save nothing and cost a syscall
 * whenever the socket is not ready.  The hooks are still called (begin
 * should then do nothing); on_eintr too.  Thread-local, no syscall. */
CSOCK_API void csock_hooks_released(int released);

/* Syscall counters: how many syscalls the runtime made in the calling
 * thread since it started (thread-local, always on, one increment each).
 * Used by tests to assert "one syscall per recv in timeout mode" and by
 * the benchmarks to report syscalls per operation. */
CSOCK_API uint64_t csock_syscall_count(void);

/* socket._accept(): the raw accepted fd (non-inheritable) and the peer
 * in *addr (may be NULL), without a csock object: the Python binding
 * wraps it in its own socket object as CPython's socket.accept() does.
 * Modes and errors as csock_accept. */
CSOCK_API csock_fd_t csock_accept_fd(csock *s, csock_addr *addr, csock_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CSOCK_CSOCK_BINDING_H */
