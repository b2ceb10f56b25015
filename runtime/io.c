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
ssize_t csock__recv_call(csock *s, csock__op_fn op, void *arg, size_t want,
                         csock_error *err)
{
    if (s->timeout <= 0)
        return csock__sock_call(s, CSOCK__WAIT_READ, 0, op, arg, NULL, err);
    ssize_t n = csock__sock_call(s, CSOCK__WAIT_READ, s->read_wait_first,
                                 op, arg, NULL, err);
    s->read_wait_first = n < 0 ||
                         (s->type == SOCK_STREAM && (size_t)n < want);
    return n;
}

static ssize_t recv_raw(csock *s, void *buf, size_t len, int flags,
                        csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t sslen = 0;
    struct io_args a = { buf, len, flags, &ss, &sslen, NULL, 0 };
    if (!addr)
        return csock__recv_call(s, op_recv, &a, len, err);
    memset(&ss, 0, sizeof ss);
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
    return recv_raw(s, buf, (size_t)nbytes, flags, NULL, err);
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

ssize_t csock_send(csock *s, const void *buf, size_t len, int flags,
                   csock_error *err)
{
    struct io_args a = { (void *)buf, len, flags, NULL, NULL, NULL, 0 };
    return csock__sock_call(s, CSOCK__WAIT_WRITE, 0, op_send, &a, NULL, err);
}

int csock_sendall(csock *s, const void *buf, size_t len, int flags,
                  csock_error *err)
{
    const char *p = buf;
    int64_t deadline = 0;
    int first = 1;
    if (s->timeout > 0)
        deadline = csock__now() + s->timeout;
    do {
        /* One deadline for the whole buffer (CPython checks it before
         * every send but the first). */
        if (!first && s->timeout > 0 && deadline - csock__now() <= 0)
            return csock__err_timed_out(err);
        first = 0;
        struct io_args a = { (void *)p, len, flags, NULL, NULL, NULL, 0 };
        ssize_t n = csock__sock_call(s, CSOCK__WAIT_WRITE, 0, op_send, &a,
                                     &deadline, err);
        if (n < 0)
            return -1;
        p += n;
        len -= (size_t)n;
        /* A short send may have been cut by a signal without EINTR: let
         * the binding run its handlers (CPython: PyErr_CheckSignals after
         * each send). */
        if (len > 0 && csock__hooks.on_eintr && csock__eintr(err) < 0)
            return -1;
    } while (len > 0);
    return 0;
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
