/* Hooks, deadlines and the waiting strategy: the performance core.
 *
 * Python (CPython's sock_call_ex) polls before every call in timeout
 * mode.  We try the syscall first, asking the kernel for a non-blocking
 * attempt per call (MSG_DONTWAIT: the file's O_NONBLOCK is shared with
 * every dup and may be cleared under us), and wait only when it says
 * EAGAIN, so a ready socket costs one syscall in every mode.  Blocking
 * mode does the same when a binding installed blocking hooks: the first
 * attempt runs outside them (for Python: with the GIL held), and only a
 * socket that is not ready pays for the hooks and the blocking syscall.
 * The exception is APR's rule for receives: after a short or EAGAIN
 * receive the next one waits first (the caller passes CSOCK__WAIT_FIRST),
 * because the buffer is most likely empty.  EINTR is retried with the
 * remaining time (PEP 475), after the binding's on_eintr hook had its
 * say. */
#include "internal.h"
#include "errors.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <time.h>

csock_hooks csock__hooks;
int csock__hooks_blocking;
_Thread_local int csock__waited CSOCK__TLS_IE;
_Thread_local int csock__released CSOCK__TLS_IE;

#ifdef CSOCK_DEBUG
#include <stdio.h>
#include <stdlib.h>

_Thread_local int csock__blocking_depth;

void csock__blocking_unbalanced(const char *where)
{
    fprintf(stderr, "csock: blocking hooks unbalanced (%s: depth %d)\n",
            where, csock__blocking_depth);
    abort();
}
#endif

void csock_set_hooks(const csock_hooks *hooks)
{
    if (hooks)
        csock__hooks = *hooks;
    else
        memset(&csock__hooks, 0, sizeof csock__hooks);
    csock__hooks_blocking = csock__hooks.blocking_begin != NULL ||
                            csock__hooks.blocking_end != NULL;
}

void csock_hooks_released(int released)
{
    csock__released = released != 0;
}

int csock__eintr(csock_error *err)
{
    if (csock__hooks.on_eintr && csock__hooks.on_eintr(csock__hooks.ctx) != 0)
        return csock__err_aborted(err);
    return 0;
}

int64_t csock__now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ------------------------------------------------------------------ */
/* Timeout values                                                      */
/* ------------------------------------------------------------------ */

/* CSOCK_TIMEOUT_NONE is None (blocking); otherwise Python's order: NaN,
 * then the range of the ns clock, then negative. */
int csock__timeout_from_double(double v, int64_t *out, csock_error *err)
{
    if (v == CSOCK_TIMEOUT_NONE) {
        *out = CSOCK__BLOCKING;
        return 0;
    }
    if (isnan(v))
        return csock__err_timeout_nan(err);
    double d = v * 1e9;
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return csock__err_timeout_overflow(err);
    if (d < 0)
        return csock__err_timeout_out_of_range(err);
    /* Round up (away from zero) as _PyTime_ROUND_TIMEOUT: a tiny positive
     * timeout stays a timeout, never becomes non-blocking. */
    int64_t ns = (int64_t)d;
    if ((double)ns < d)
        ns++;
    *out = ns;
    return 0;
}

double csock__timeout_to_double(int64_t ns)
{
    return ns < 0 ? CSOCK_TIMEOUT_NONE : (double)ns / 1e9;
}

/* Read by every socket creation, set by any thread. */
static _Atomic int64_t default_timeout = CSOCK__BLOCKING;

int64_t csock__default_timeout(void)
{
    return atomic_load_explicit(&default_timeout, CSOCK__RELAXED);
}

double csock_getdefaulttimeout(void)
{
    return csock__timeout_to_double(csock__default_timeout());
}

int csock_setdefaulttimeout(double timeout, csock_error *err)
{
    int64_t ns = 0;
    if (csock__timeout_from_double(timeout, &ns, err) < 0)
        return -1;
    atomic_store_explicit(&default_timeout, ns, CSOCK__RELAXED);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Waiting                                                             */
/* ------------------------------------------------------------------ */

int csock__wait(int fd, int writing, int connect, int64_t deadline,
                csock_error *err)
{
    struct pollfd p;
    /* A closed socket: don't wait, let the syscall say EBADF (CPython's
     * internal_select guard). */
    if (fd < 0)
        return 1;
    p.fd = fd;
    p.events = writing ? POLLOUT : POLLIN;
    if (connect)
        p.events |= POLLERR;
    for (;;) {
        int ms = -1;
        if (deadline >= 0) {
            int64_t rem = deadline - csock__now();
            if (rem < 0)
                return 0;
            /* ceil to ms so the wait never ends before the deadline */
            int64_t m = (rem + 999999) / 1000000;
            ms = m > INT_MAX ? INT_MAX : (int)m;
        }
        p.revents = 0;
        csock__blocking b = csock__block_begin();
        int r = csock__sys_poll(&p, 1, ms);
        int e = errno;
        csock__block_end(&b);
        if (r > 0)
            return 1;
        if (r == 0) {
            if (deadline < 0 || ms == INT_MAX)
                continue;
            return 0;
        }
        if (e != EINTR)
            return csock__set_os_error(err, e);
        if (csock__eintr(err) < 0)
            return -1;
    }
}

/* A failed attempt's OSError.  Once the close is decided, whatever the
 * attempt met (the fd may already point at the placeholder close put
 * there to wake waiters) is EBADF, as for a call started after it. */
static ssize_t fail(const csock *s, csock_error *err, int e)
{
    if (csock__closing(s))
        e = EBADF;
    csock__set_os_error(err, e);
    errno = e;
    return -1;
}

/* Timeout and non-blocking modes: every attempt non-blocking. */
static ssize_t call_nonblocking(csock *s, int64_t timeout, int how,
                                csock__op_fn op, void *arg,
                                int64_t *deadline, csock_error *err)
{
    int writing = how & CSOCK__WAIT_WRITE;
    int64_t dl = deadline ? *deadline : 0;
    int flags = (how & CSOCK__NO_DONTWAIT) ? 0 : CSOCK__DONTWAIT;
    /* Without a per-call flag, only a wait can vouch for the attempt:
     * timeout mode waits before each one (non-blocking mode trusts
     * O_NONBLOCK, as CPython does). */
    int wait_first = timeout > 0 &&
                     (how & (CSOCK__WAIT_FIRST | CSOCK__NO_DONTWAIT));
    for (;;) {
        if (wait_first) {
            if (dl == 0) {
                /* The deadline starts lazily: the fast path never reads
                 * the clock. */
                dl = csock__now() + timeout;
                if (deadline)
                    *deadline = dl;
            }
            int r = csock__wait(csock__fd(s), writing, 0, dl, err);
            if (r < 0)
                return -1;
            if (r == 0)
                return csock__err_timed_out(err);
            if (csock__closing(s))
                return fail(s, err, EBADF);
        }
        ssize_t n = op(s, arg, flags);
        if (n >= 0)
            return n;
        int e = errno;
        if (e == EINTR) {
            if (csock__eintr(err) < 0)
                return -1;
            if (csock__closing(s))
                return fail(s, err, EBADF);
            continue;
        }
        if (timeout == 0 || (e != EAGAIN && e != EWOULDBLOCK))
            return fail(s, err, e);
        csock__waited = 1;
        wait_first = 1;
    }
}

static ssize_t sock_call(csock *s, int64_t timeout, int how, csock__op_fn op,
                         void *arg, int64_t *deadline, csock_error *err)
{
    ssize_t n;
    int e;

    if (timeout >= 0)
        return call_nonblocking(s, timeout, how, op, arg, deadline, err);

    /* Blocking mode.  With hooks (a binding that releases its lock to
     * wait, and holds it now), try without waiting first, outside them. */
    if (CSOCK__DONTWAIT != 0 && csock__hooks_blocking && !csock__released &&
        !(how & (CSOCK__WAIT_FIRST | CSOCK__NO_DONTWAIT | CSOCK__NO_TRY))) {
        n = op(s, arg, CSOCK__DONTWAIT);
        if (n >= 0)
            return n;
        e = errno;
        if (e == EINTR) {
            if (csock__eintr(err) < 0)
                return -1;
        } else if ((e != EAGAIN && e != EWOULDBLOCK) ||
                   (how & CSOCK__USER_NOWAIT)) {
            return fail(s, err, e);
        } else {
            csock__waited = 1;
        }
    }
    for (;;) {
        csock__blocking b = csock__block_begin();
        n = op(s, arg, 0);
        e = errno;
        csock__block_end(&b);
        if (n >= 0)
            return n;
        if (e == EINTR) {
            if (csock__eintr(err) < 0)
                return -1;
        } else {
            /* Any error of the blocking syscall is the answer, EAGAIN
             * included: O_NONBLOCK set on the shared file by another
             * holder makes the call non-blocking, for us as for CPython
             * (BlockingIOError; Twisted's adoptStreamPort relies on it). */
            return fail(s, err, e);
        }
        if (csock__closing(s))
            return fail(s, err, EBADF);
    }
}

ssize_t csock__sock_call(csock *s, int64_t timeout, int how, csock__op_fn op,
                         void *arg, int64_t *deadline, csock_error *err)
{
    ssize_t n = sock_call(s, timeout, how, op, arg, deadline, err);
    csock__blocking_balanced();
    return n;
}

ssize_t csock__sock_call_after(csock *s, int64_t timeout, int how, int e,
                               csock__op_fn op, void *arg, int64_t *deadline,
                               csock_error *err)
{
    if (e == EINTR) {
        if (csock__eintr(err) < 0)
            return -1;
    } else if (timeout != 0 && (e == EAGAIN || e == EWOULDBLOCK) &&
               !(timeout < 0 &&
                 (how & (CSOCK__USER_NOWAIT | CSOCK__TRIED_BLOCKING)))) {
        how |= CSOCK__WAIT_FIRST;
    } else {
        return fail(s, err, e);
    }
    return csock__sock_call(s, timeout, how, op, arg, deadline, err);
}
