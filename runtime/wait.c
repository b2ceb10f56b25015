/* Hooks, deadlines and the waiting strategy: the performance core.
 *
 * Python (CPython's sock_call_ex) polls before every call in timeout
 * mode.  We try the syscall first and poll only when it says EAGAIN, so a
 * ready socket costs one syscall in every mode.  The exception is APR's
 * rule for receives: after a short or EAGAIN receive the next one polls
 * first (the caller passes wait_first), because the buffer is most likely
 * empty.  EINTR is retried with the remaining time (PEP 475), after the
 * binding's on_eintr hook had its say. */
#include "internal.h"
#include "errors.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <time.h>

csock_hooks csock__hooks;
int csock__hooks_blocking;

void csock_set_hooks(const csock_hooks *hooks)
{
    if (hooks)
        csock__hooks = *hooks;
    else
        memset(&csock__hooks, 0, sizeof csock__hooks);
    csock__hooks_blocking = csock__hooks.blocking_begin != NULL ||
                            csock__hooks.blocking_end != NULL;
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

/* Python's order: NaN, then the range of the ns clock, then negative. */
int csock__timeout_from_double(const double *t, int64_t *out,
                               csock_error *err)
{
    if (!t) {
        *out = CSOCK__BLOCKING;
        return 0;
    }
    double v = *t;
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

static int64_t default_timeout = CSOCK__BLOCKING;

int64_t csock__default_timeout(void)
{
    return default_timeout;
}

double csock_getdefaulttimeout(void)
{
    return csock__timeout_to_double(default_timeout);
}

int csock_setdefaulttimeout(const double *timeout, csock_error *err)
{
    int64_t ns = 0;
    if (csock__timeout_from_double(timeout, &ns, err) < 0)
        return -1;
    default_timeout = ns;
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
        void *st = csock__block_begin();
        int r = csock__sys_poll(&p, 1, ms);
        int e = errno;
        csock__block_end(st);
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

ssize_t csock__sock_call(csock *s, int writing, int wait_first,
                         csock__op_fn op, void *arg, int64_t *deadline,
                         csock_error *err)
{
    ssize_t n;
    int e;
    int64_t timeout = s->timeout;

    if (timeout > 0) {
        int64_t dl = deadline ? *deadline : 0;
        if (wait_first)
            goto wait;
        for (;;) {
            n = op(s, arg);
            if (n >= 0)
                return n;
            e = errno;
            if (e == EINTR) {
                if (csock__eintr(err) < 0)
                    return -1;
                continue;
            }
            if (e != EAGAIN && e != EWOULDBLOCK) {
                errno = e;
                return csock__set_os_error(err, e);
            }
        wait:
            if (dl == 0) {
                /* The deadline starts lazily: the fast path never reads
                 * the clock. */
                dl = csock__now() + timeout;
                if (deadline)
                    *deadline = dl;
            }
            int r = csock__wait(s->fd, writing, 0, dl, err);
            if (r < 0)
                return -1;
            if (r == 0)
                return csock__err_timed_out(err);
        }
    }

    if (timeout < 0) {
        for (;;) {
            void *st = csock__block_begin();
            n = op(s, arg);
            e = errno;
            csock__block_end(st);
            if (n >= 0)
                return n;
            if (e != EINTR) {
                errno = e;
                return csock__set_os_error(err, e);
            }
            if (csock__eintr(err) < 0)
                return -1;
        }
    }

    /* non-blocking */
    for (;;) {
        n = op(s, arg);
        if (n >= 0)
            return n;
        e = errno;
        if (e != EINTR)
            return csock__set_os_error(err, e);
        if (csock__eintr(err) < 0)
            return -1;
    }
}

ssize_t csock__sock_call_after(csock *s, int writing, int e, csock__op_fn op,
                               void *arg, int64_t *deadline,
                               csock_error *err)
{
    if (e == EINTR) {
        if (csock__eintr(err) < 0)
            return -1;
        return csock__sock_call(s, writing, 0, op, arg, deadline, err);
    }
    if (s->timeout > 0 && (e == EAGAIN || e == EWOULDBLOCK))
        return csock__sock_call(s, writing, 1, op, arg, deadline, err);
    errno = e;
    return csock__set_os_error(err, e);
}
