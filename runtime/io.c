/* send / recv paths.  All follow csock__sock_call (try first, non-blocking
 * per call, wait on EAGAIN); receives also keep APR's per-socket "wait
 * first" hint.  The hot paths make their first attempt inline and leave
 * the rest to csock__sock_call_after. */
#include "internal.h"
#include "errors.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct io_args {
    void *buf;
    size_t len;
    int flags;
    struct sockaddr_storage *ss;
    socklen_t *sslen;
    const struct sockaddr *to;
    socklen_t tolen;
};

static ssize_t op_recv(csock *s, void *arg, int flags)
{
    struct io_args *a = arg;
    return csock__sys_recv(csock__fd(s), a->buf, a->len, a->flags | flags);
}

static ssize_t op_recvfrom(csock *s, void *arg, int flags)
{
    struct io_args *a = arg;
    *a->sslen = sizeof *a->ss;
    return csock__sys_recvfrom(csock__fd(s), a->buf, a->len,
                               a->flags | flags, (struct sockaddr *)a->ss,
                               a->sslen);
}

static ssize_t op_send(csock *s, void *arg, int flags)
{
    struct io_args *a = arg;
    return csock__sys_send(csock__fd(s), a->buf, a->len, a->flags | flags);
}

static ssize_t op_sendto(csock *s, void *arg, int flags)
{
    struct io_args *a = arg;
    return csock__sys_sendto(csock__fd(s), a->buf, a->len, a->flags | flags,
                             a->to, a->tolen);
}

/* ------------------------------------------------------------------ */
/* Receiving                                                           */
/* ------------------------------------------------------------------ */

static inline int wait_first(const csock *s)
{
    return atomic_load_explicit(&((csock *)s)->read_wait_first,
                                CSOCK__RELAXED);
}

/* The flags of a call's inline first attempt, or -1 when it has none:
 * non-blocking per call in timeout and non-blocking modes, and in
 * blocking mode when hooks are installed and the thread holds what they
 * release (the attempt runs outside them); else the plain blocking
 * syscall in blocking mode. */
static inline int first_attempt(int64_t t)
{
    if (t >= 0)
        return CSOCK__DONTWAIT;
    if (!csock__hooks_blocking || csock__released)
        return 0;
    return CSOCK__DONTWAIT != 0 ? CSOCK__DONTWAIT : -1;
}

/* CSOCK__TRIED_BLOCKING when an inline first attempt with these flags was
 * the blocking syscall itself (blocking mode, no per-call flag). */
static inline int tried_blocking(int64_t t, int extra)
{
    return t < 0 && extra == 0 ? CSOCK__TRIED_BLOCKING : 0;
}

/* APR's rule, after a receive in timeout or blocking mode: the next
 * receive waits first when this one was short (a stream), failed, or
 * tried and found nothing (csock__waited), since the buffer is most
 * likely drained.  In timeout mode a full receive that did not have to
 * try in vain (a wait-first one included) makes the next one try first
 * again: there a needless wait is a poll(2).  In blocking mode where a
 * receive would try first (hooks installed), a wait-first receive is the
 * blocking syscall itself inside the hooks, one syscall whether or not
 * data was there, so the hint stays: a request/response socket then costs
 * one syscall per receive, not a try in vain every other one.  A short datagram says nothing about the
 * queue.  The hint is written only when it changes (threads sharing a
 * socket then rarely write the same line). */
static inline void note_short(csock *s, int w)
{
    if (w != wait_first(s))
        atomic_store_explicit(&s->read_wait_first, w, CSOCK__RELAXED);
}
static inline void note_recv(csock *s, ssize_t n, size_t want, int waited)
{
    note_short(s, waited || n < 0 ||
                      (s->type == SOCK_STREAM && (size_t)n < want));
}

/* Whether a receive in mode t chooses between trying and waiting first
 * (so APR's hint matters): timeout mode, and blocking mode where the
 * first attempt does not wait (hooks installed).  Elsewhere the call is
 * one kind of syscall whatever the hint says, and the hint stays clear
 * (so that the fast path stays taken). */
static inline int hint_used(int64_t t)
{
    return t > 0 || (t < 0 && first_attempt(t) > 0);
}

/* A receive through csock__sock_call under APR's rule; `batch`: short
 * means fewer messages than asked, on any socket type (recvmmsg). */
static ssize_t recv_rule(csock *s, csock__op_fn op, void *arg, size_t want,
                         int batch, int flags, csock_error *err)
{
    int64_t t = csock__timeout(s);
    if (t == 0)
        return csock__sock_call(s, t, CSOCK__WAIT_READ, op, arg, NULL, err);
    if (!hint_used(t)) {
        note_short(s, 0);
        return csock__sock_call(s, t, CSOCK__WAIT_READ | csock__user_nowait(flags),
                                op, arg, NULL, err);
    }
    int how = CSOCK__WAIT_READ | csock__user_nowait(flags) |
              (wait_first(s) ? CSOCK__WAIT_FIRST : 0);
    csock__waited = 0;
    ssize_t n = csock__sock_call(s, t, how, op, arg, NULL, err);
    /* blocking mode: the hint stays (see note_recv) */
    int waited = csock__waited || (t < 0 && (how & CSOCK__WAIT_FIRST));
    if (batch)
        note_short(s, n < 0 || (size_t)n < want || waited);
    else
        note_recv(s, n, want, waited);
    return n;
}

ssize_t csock__recv_call(csock *s, csock__op_fn op, void *arg, size_t want,
                         int flags, csock_error *err)
{
    return recv_rule(s, op, arg, want, 0, flags, err);
}

ssize_t csock__recv_batch_call(csock *s, csock__op_fn op, void *arg,
                               size_t want, int flags, csock_error *err)
{
    return recv_rule(s, op, arg, want, 1, flags, err);
}

#ifdef __GNUC__
#define COLD __attribute__((noinline, cold))
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define COLD
#define HOT_INLINE inline
#endif

/* The slow halves of the fast paths, out of line so the hot path keeps
 * almost nothing live across the syscall (they read the mode again: a
 * settimeout racing the call moves its remaining attempts to the new
 * mode).  `e`: the inline attempt failed with that errno; 0: no attempt
 * was made. */
static COLD ssize_t recv_slow(csock *s, void *buf, size_t len, int flags,
                              int e, int tried, csock_error *err)
{
    int64_t t = csock__timeout(s);
    struct io_args a = { buf, len, flags, NULL, NULL, NULL, 0 };
    if (e == 0)
        return csock__recv_call(s, op_recv, &a, len, flags, err);
    csock__waited = 0;
    ssize_t n = csock__sock_call_after(s, t,
                                       CSOCK__WAIT_READ | tried |
                                           csock__user_nowait(flags),
                                       e, op_recv, &a, NULL, err);
    if (hint_used(t))
        note_recv(s, n, len,
                  csock__waited || e == EAGAIN || e == EWOULDBLOCK);
    return n;
}

/* recv(2) with the whole of csock__recv_call's semantics; the hot path is
 * the syscall and a few tests (no clock read, no indirect call). */
static HOT_INLINE ssize_t recv_plain(csock *s, void *buf, size_t len, int flags,
                                 csock_error *err)
{
    /* CPython's sock_recv_guts: 0 bytes requested, no syscall at all (a
     * blocking recv of 0 bytes could wait for data; even closed: b''). */
    if (CSOCK_UNLIKELY(len == 0))
        return 0;
    int64_t t = csock__timeout(s);
    int extra = first_attempt(t);
    if (CSOCK_LIKELY(extra >= 0) && (t == 0 || !wait_first(s))) {
        ssize_t n = csock__sys_recv(csock__fd(s), buf, len, flags | extra);
        if (CSOCK_UNLIKELY(n < 0))
            return recv_slow(s, buf, len, flags, errno,
                             tried_blocking(t, extra), err);
        if (t > 0 || extra > 0) /* hint_used(t) */
            note_recv(s, n, len, 0);
        return n;
    }
    return recv_slow(s, buf, len, flags, 0, 0, err);
}

static ssize_t recv_raw(csock *s, void *buf, size_t len, int flags,
                        csock_addr *addr, csock_error *err)
{
    if (!addr)
        return recv_plain(s, buf, len, flags, err);
    struct sockaddr_storage ss;
    socklen_t sslen = 0;
    struct io_args a = { buf, len, flags, &ss, &sslen, NULL, 0 };
    /* No memset of ss: csock_addr_decode reads only the sslen bytes the
     * kernel wrote. */
    ssize_t n = csock__recv_call(s, op_recvfrom, &a, len, flags, err);
    if (n < 0)
        return -1;
    if (csock__addr_out(s->proto, (struct sockaddr *)&ss, sslen, addr, err) < 0)
        return -1;
    return n;
}

static void *recv_alloc(csock *s, ssize_t bufsize, int flags, size_t *len,
                        csock_addr *addr, const char *caller,
                        csock_error *err)
{
    if (bufsize < 0) {
        csock__err_negative_bufsize(err, caller);
        return NULL;
    }
    char *buf = malloc(bufsize ? (size_t)bufsize : 1);
    if (!buf) {
        csock__err_nomem(err);
        return NULL;
    }
    ssize_t n;
    if (bufsize == 0 && !addr)
        n = 0; /* recv(0): no syscall, even closed (recv_plain) */
    else if (csock__enter(s) < 0)
        n = csock__set_os_error(err, EBADF);
    else {
        n = recv_raw(s, buf, (size_t)bufsize, flags, addr, err);
        csock__leave(s);
    }
    if (n < 0) {
        free(buf);
        return NULL;
    }
    /* With MSG_TRUNC as a flag the kernel returns the real length of a
     * datagram: hand back only what the buffer holds. */
    if (n > bufsize)
        n = bufsize;
    /* Give back a mostly unused large buffer (as CPython resizes). */
    if (bufsize > 4096 && n < bufsize / 2) {
        char *r = realloc(buf, n ? (size_t)n : 1);
        if (r)
            buf = r;
    }
    *len = (size_t)n;
    return buf;
}

void *csock_recv(csock *s, ssize_t bufsize, int flags, size_t *len,
                 csock_error *err)
{
    return recv_alloc(s, bufsize, flags, len, NULL, "recv", err);
}

void csock_buffer_free(void *buf)
{
    free(buf);
}

ssize_t csock_recv_into(csock *s, void *buf, size_t buflen, ssize_t nbytes,
                        int flags, csock_error *err)
{
    if (nbytes < 0)
        return csock__err_negative_bufsize(err, "recv_into");
    if (nbytes == 0)
        nbytes = (ssize_t)buflen;
    if (buflen < (size_t)nbytes)
        return csock__err_recv_buffer_too_small(err);
    if (CSOCK_UNLIKELY(nbytes == 0))
        return 0; /* no syscall (recv_plain), even closed */
    if (CSOCK_UNLIKELY(csock__enter(s) < 0))
        return csock__set_os_error(err, EBADF);
    ssize_t n = recv_plain(s, buf, (size_t)nbytes, flags, err);
    csock__leave(s);
    return n;
}

void *csock_recvfrom(csock *s, ssize_t bufsize, int flags, size_t *len,
                     csock_addr *addr, csock_error *err)
{
    csock_addr tmp;
    return recv_alloc(s, bufsize, flags, len, addr ? addr : &tmp,
                      "recvfrom", err);
}

ssize_t csock_recvfrom_into(csock *s, void *buf, size_t buflen,
                            ssize_t nbytes, int flags, csock_addr *addr,
                            csock_error *err)
{
    csock_addr tmp;
    if (nbytes < 0)
        return csock__err_negative_bufsize(err, "recvfrom_into");
    if (nbytes == 0)
        nbytes = (ssize_t)buflen;
    else if ((size_t)nbytes > buflen)
        return csock__err_recv_nbytes_too_large(err);
    if (csock__enter(s) < 0)
        return csock__set_os_error(err, EBADF);
    ssize_t n = recv_raw(s, buf, (size_t)nbytes, flags, addr ? addr : &tmp,
                         err);
    csock__leave(s);
    return n;
}

/* ------------------------------------------------------------------ */
/* Sending: always try first; never SIGPIPE.                           */
/* ------------------------------------------------------------------ */

/* Blocking mode made its first attempt without waiting and sent part of
 * a stream buffer: send the rest as the blocking send(2) would have, and
 * report the total.  An error after part of the data went out reports the
 * part (the kernel's rule: the error shows on the next call), except an
 * aborting signal hook, whose exception must be raised. */
static COLD ssize_t send_rest(csock *s, int64_t t, csock__op_fn op,
                              struct io_args *a, size_t sent,
                              csock_error *err)
{
    csock_error e2;
    a->buf = (char *)a->buf + sent;
    a->len -= sent;
    ssize_t m = csock__sock_call(s, t, CSOCK__WAIT_WRITE | CSOCK__WAIT_FIRST |
                                           csock__user_nowait(a->flags),
                                 op, a, NULL, &e2);
    if (m >= 0)
        return (ssize_t)sent + m;
    if (e2.kind == CSOCK_ERR_ABORTED) {
        if (err)
            *err = e2;
        return -1;
    }
    return (ssize_t)sent;
}

/* A send through op (send or sendto) in any mode, after the inline first
 * attempt returned n (made: extra >= 0) or without one (extra < 0):
 * csock__sock_call's rules, then send_rest. */
static ssize_t send_finish(csock *s, int64_t t, int extra, ssize_t n, int e,
                           csock__op_fn op, struct io_args *a,
                           csock_error *err)
{
    int how = CSOCK__WAIT_WRITE | csock__user_nowait(a->flags);
    if (extra < 0)
        n = csock__sock_call(s, t, how, op, a, NULL, err);
    else if (n < 0)
        n = csock__sock_call_after(s, t, how | tried_blocking(t, extra), e,
                                   op, a, NULL, err);
    else if (t < 0 && (size_t)n < a->len && extra != 0 &&
             s->type == SOCK_STREAM)
        return send_rest(s, t, op, a, (size_t)n, err);
    return n;
}

/* csock_send after its inline attempt returned n (-2: none was made). */
static COLD ssize_t send_slow(csock *s, const void *buf, size_t len,
                              int flags, ssize_t n, csock_error *err)
{
    int e = errno;
    int64_t t = csock__timeout(s);
    int extra = n == -2 ? -1 : first_attempt(t);
    struct io_args a = { (void *)buf, len, flags, NULL, NULL, NULL, 0 };
    return send_finish(s, t, extra, n, e, op_send, &a, err);
}

ssize_t csock_send(csock *s, const void *buf, size_t len, int flags,
                   csock_error *err)
{
    if (CSOCK_UNLIKELY(csock__enter(s) < 0))
        return csock__set_os_error(err, EBADF);
    int extra = first_attempt(csock__timeout(s));
    ssize_t n = -2;
    flags |= CSOCK__NOSIGNAL;
    /* The common case inline: a ready socket, everything sent. */
    if (CSOCK_LIKELY(extra >= 0))
        n = csock__sys_send(csock__fd(s), buf, len, flags | extra);
    if (CSOCK_UNLIKELY((size_t)n != len))
        n = send_slow(s, buf, len, flags, n, err);
    csock__leave(s);
    return n;
}

static int sendall_held(csock *s, const void *buf, size_t len, int flags,
                        csock_error *err)
{
    int64_t t = csock__timeout(s);
    int extra = first_attempt(t);
    struct io_args a = { (void *)buf, len, flags | CSOCK__NOSIGNAL, NULL,
                         NULL, NULL, 0 };
    /* One deadline for the whole buffer.  It starts lazily, at the first
     * moment it matters (a wait, or a send that did not take everything),
     * so a sendall that completes at once never reads the clock; the
     * first attempt does not wait and so takes no measurable time. */
    int64_t deadline = 0;
    int how = CSOCK__WAIT_WRITE | csock__user_nowait(flags);
    for (;;) {
        ssize_t n;
        if (CSOCK_LIKELY(extra >= 0)) {
            n = op_send(s, &a, extra);
            if (CSOCK_UNLIKELY(n < 0))
                n = csock__sock_call_after(s, t, how | tried_blocking(t, extra),
                                           errno, op_send, &a,
                                           &deadline, err);
        } else {
            n = csock__sock_call(s, t, how, op_send, &a, &deadline, err);
        }
        if (n < 0)
            return -1;
        a.buf = (char *)a.buf + n;
        a.len -= (size_t)n;
        if (CSOCK_LIKELY(a.len == 0))
            return 0;
        /* A short send may have been cut by a signal without EINTR: let
         * the binding run its handlers (CPython: PyErr_CheckSignals after
         * each send). */
        if (csock__hooks.on_eintr && csock__eintr(err) < 0)
            return -1;
        if (t > 0) {
            int64_t now = csock__now();
            if (deadline == 0)
                deadline = now + t;
            else if (deadline - now <= 0)
                return csock__err_timed_out(err);
        }
        if (t != 0) {
            /* The send buffer is full: the next attempt would only say
             * EAGAIN.  Wait first (the sending side of APR's rule): in
             * timeout mode poll + send, in blocking mode the blocking
             * send inside the hooks. */
            extra = -1;
            how |= CSOCK__WAIT_FIRST;
        }
    }
}

int csock_sendall(csock *s, const void *buf, size_t len, int flags,
                  csock_error *err)
{
    if (csock__enter(s) < 0)
        return csock__set_os_error(err, EBADF);
    int r = sendall_held(s, buf, len, flags, err);
    csock__leave(s);
    return r;
}

static ssize_t sendto_held(csock *s, const void *buf, size_t len, int flags,
                           const csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t sslen;
    if (csock__addr_in(s, addr, "sendto", &ss, &sslen, err) < 0)
        return -1;
    struct io_args a = { (void *)buf, len, flags | CSOCK__NOSIGNAL, NULL,
                         NULL, (struct sockaddr *)&ss, sslen };
    int64_t t = csock__timeout(s);
    int extra = first_attempt(t);
    ssize_t n = -1;
    if (CSOCK_LIKELY(extra >= 0)) {
        n = op_sendto(s, &a, extra);
        if (CSOCK_LIKELY((size_t)n == len))
            return n;
    }
    return send_finish(s, t, extra, n, errno, op_sendto, &a, err);
}

ssize_t csock_sendto(csock *s, const void *buf, size_t len, int flags,
                     const csock_addr *addr, csock_error *err)
{
    if (csock__enter(s) < 0)
        return csock__set_os_error(err, EBADF);
    ssize_t n = sendto_held(s, buf, len, flags, addr, err);
    csock__leave(s);
    return n;
}
