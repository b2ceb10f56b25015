/* send / recv paths.  All go through csock__sock_call (try first, wait on
 * EAGAIN); receives also keep APR's per-socket "wait first" flag. */
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

static ssize_t op_recv(csock *s, void *arg)
{
    struct io_args *a = arg;
    return csock__sys_recv(s->fd, a->buf, a->len, a->flags);
}

static ssize_t op_recvfrom(csock *s, void *arg)
{
    struct io_args *a = arg;
    *a->sslen = sizeof *a->ss;
    return csock__sys_recvfrom(s->fd, a->buf, a->len, a->flags,
                               (struct sockaddr *)a->ss, a->sslen);
}

static ssize_t op_send(csock *s, void *arg)
{
    struct io_args *a = arg;
    return csock__sys_send(s->fd, a->buf, a->len, a->flags);
}

static ssize_t op_sendto(csock *s, void *arg)
{
    struct io_args *a = arg;
    return csock__sys_sendto(s->fd, a->buf, a->len, a->flags, a->to,
                             a->tolen);
}

/* A receive in any form: applies and updates APR's rule.  In timeout mode
 * a receive after a short (stream) or failed one polls first, since the
 * buffer is most likely drained; any other receive tries first.  A short
 * datagram says nothing about the queue, so only streams count "short". */
static inline void note_recv(csock *s, ssize_t n, size_t want)
{
    s->read_wait_first = n < 0 ||
                         (s->type == SOCK_STREAM && (size_t)n < want);
}

ssize_t csock__recv_call(csock *s, csock__op_fn op, void *arg, size_t want,
                         csock_error *err)
{
    if (s->timeout <= 0)
        return csock__sock_call(s, CSOCK__WAIT_READ, 0, op, arg, NULL, err);
    ssize_t n = csock__sock_call(s, CSOCK__WAIT_READ, s->read_wait_first,
                                 op, arg, NULL, err);
    note_recv(s, n, want);
    return n;
}

/* Whether a call may make its first attempt directly, outside
 * csock__sock_call: every mode but blocking-with-hooks (whose syscall must
 * run inside blocking_begin/end); receives in timeout mode also not when
 * APR's rule says to wait first. */
static inline int fast_recv(const csock *s)
{
    int64_t t = s->timeout;
    return t > 0 ? !s->read_wait_first : (t == 0 || !csock__hooks_blocking);
}
static inline int fast_send(const csock *s)
{
    return s->timeout >= 0 || !csock__hooks_blocking;
}

#ifdef __GNUC__
#define COLD __attribute__((noinline, cold))
#else
#define COLD
#endif

/* The slow halves of the fast paths, out of line so the hot path keeps
 * almost nothing live across the syscall.  `tried`: the first attempt was
 * made and failed with errno. */
static COLD ssize_t recv_slow(csock *s, void *buf, size_t len, int flags,
                              int tried, csock_error *err)
{
    struct io_args a = { buf, len, flags, NULL, NULL, NULL, 0 };
    if (!tried)
        return csock__recv_call(s, op_recv, &a, len, err);
    ssize_t n = csock__sock_call_after(s, CSOCK__WAIT_READ, errno, op_recv,
                                       &a, NULL, err);
    if (s->timeout > 0)
        note_recv(s, n, len);
    return n;
}

/* recv(2) with the whole of csock__recv_call's semantics; the hot path is
 * the syscall and a few tests (no clock read, no indirect call). */
static inline ssize_t recv_plain(csock *s, void *buf, size_t len, int flags,
                                 csock_error *err)
{
    /* CPython's sock_recv_guts: 0 bytes requested, no syscall at all (a
     * blocking recv of 0 bytes could wait for data; even closed: b''). */
    if (CSOCK_UNLIKELY(len == 0))
        return 0;
    if (CSOCK_LIKELY(fast_recv(s))) {
        ssize_t n = csock__sys_recv(s->fd, buf, len, flags);
        if (CSOCK_UNLIKELY(n < 0))
            return recv_slow(s, buf, len, flags, 1, err);
        if (s->timeout > 0)
            note_recv(s, n, len);
        return n;
    }
    return recv_slow(s, buf, len, flags, 0, err);
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
    ssize_t n = csock__recv_call(s, op_recvfrom, &a, len, err);
    if (n < 0)
        return -1;
    if (csock__addr_out(s, (struct sockaddr *)&ss, sslen, addr, err) < 0)
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
    ssize_t n = recv_raw(s, buf, (size_t)bufsize, flags, addr, err);
    if (n < 0) {
        free(buf);
        return NULL;
    }
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
    return recv_plain(s, buf, (size_t)nbytes, flags, err);
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
    return recv_raw(s, buf, (size_t)nbytes, flags, addr ? addr : &tmp, err);
}

/* ------------------------------------------------------------------ */
/* Sending: always try first.                                          */
/* ------------------------------------------------------------------ */

/* how: SEND_TRIED (the fast path's attempt failed with errno),
 * SEND_TRY (try first) or SEND_WAIT_FIRST (poll before the first try). */
enum { SEND_TRY, SEND_TRIED, SEND_WAIT_FIRST };

static COLD ssize_t send_slow(csock *s, const void *buf, size_t len,
                              int flags, int how, int64_t *deadline,
                              csock_error *err)
{
    struct io_args a = { (void *)buf, len, flags, NULL, NULL, NULL, 0 };
    if (how == SEND_TRIED)
        return csock__sock_call_after(s, CSOCK__WAIT_WRITE, errno, op_send,
                                      &a, deadline, err);
    return csock__sock_call(s, CSOCK__WAIT_WRITE, how == SEND_WAIT_FIRST,
                            op_send, &a, deadline, err);
}

ssize_t csock_send(csock *s, const void *buf, size_t len, int flags,
                   csock_error *err)
{
    if (CSOCK_LIKELY(fast_send(s))) {
        ssize_t n = csock__sys_send(s->fd, buf, len, flags);
        if (CSOCK_LIKELY(n >= 0))
            return n;
        return send_slow(s, buf, len, flags, SEND_TRIED, NULL, err);
    }
    return send_slow(s, buf, len, flags, SEND_TRY, NULL, err);
}

int csock_sendall(csock *s, const void *buf, size_t len, int flags,
                  csock_error *err)
{
    const char *p = buf;
    int64_t timeout = s->timeout;
    /* One deadline for the whole buffer.  It starts lazily, at the first
     * moment it matters (a wait, or a send that did not take everything),
     * so a sendall that completes at once never reads the clock; the
     * first attempt is non-blocking in timeout mode and so takes no
     * measurable time. */
    int64_t deadline = 0;
    int fast = fast_send(s);
    int how = SEND_TRY;
    for (;;) {
        ssize_t n;
        if (CSOCK_LIKELY(fast)) {
            n = csock__sys_send(s->fd, p, len, flags);
            if (CSOCK_UNLIKELY(n < 0))
                n = send_slow(s, p, len, flags, SEND_TRIED, &deadline, err);
        } else {
            n = send_slow(s, p, len, flags, how, &deadline, err);
        }
        if (n < 0)
            return -1;
        p += n;
        len -= (size_t)n;
        if (CSOCK_LIKELY(len == 0))
            return 0;
        /* A short send may have been cut by a signal without EINTR: let
         * the binding run its handlers (CPython: PyErr_CheckSignals after
         * each send). */
        if (csock__hooks.on_eintr && csock__eintr(err) < 0)
            return -1;
        if (timeout > 0) {
            int64_t now = csock__now();
            if (deadline == 0)
                deadline = now + timeout;
            else if (deadline - now <= 0)
                return csock__err_timed_out(err);
            /* A short send in timeout mode: the send buffer is full, so
             * the next attempt would only say EAGAIN.  Wait first (the
             * sending side of APR's rule): poll + send, not send + poll +
             * send. */
            fast = 0;
            how = SEND_WAIT_FIRST;
        }
    }
}

ssize_t csock_sendto(csock *s, const void *buf, size_t len, int flags,
                     const csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t sslen;
    if (csock__addr_in(s, addr, "sendto", &ss, &sslen, err) < 0)
        return -1;
    struct io_args a = { (void *)buf, len, flags, NULL, NULL,
                         (struct sockaddr *)&ss, sslen };
    return csock__sock_call(s, CSOCK__WAIT_WRITE, 0, op_sendto, &a, NULL,
                            err);
}
