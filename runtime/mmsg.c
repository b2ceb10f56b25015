/* Batch datagram I/O: csock_sendmmsg / csock_recvmmsg (Linux).
 *
 * Beyond Python's socket module: one syscall moves a whole batch of
 * datagrams.  Modes, deadlines, hooks and EINTR go through the same
 * csock__sock_call as send/recv (try first, wait only on EAGAIN); the
 * receive side keeps APR's wait-first flag, where "short" means the batch
 * came back with fewer messages than asked (the queue is drained). */
#include "internal.h"
#include "errors.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/uio.h>

#if CSOCK_HAVE_MMSG

/* Batches up to this size live on the stack; larger ones are allocated. */
#define MMSG_STACK 64

struct mmsg_args {
    struct mmsghdr *v;
    unsigned int n;
    int flags;
};

static ssize_t op_sendmmsg(csock *s, void *arg, int flags)
{
    struct mmsg_args *a = arg;
    return csock__sys_sendmmsg(csock__fd(s), a->v, a->n, a->flags | flags);
}

static ssize_t op_recvmmsg(csock *s, void *arg, int flags)
{
    struct mmsg_args *a = arg;
    return csock__sys_recvmmsg(csock__fd(s), a->v, a->n, a->flags | flags);
}

/* The vectors of one call: n headers, n iovecs and, when addresses are
 * wanted, n sockaddr_storage; small batches in the struct itself (on the
 * caller's stack), larger ones in one heap block. */
struct mmsg_block {
    struct mmsghdr *v;
    struct iovec *iov;
    struct sockaddr_storage *ss;
    void *heap;
    unsigned int n;
    struct mmsghdr sv[MMSG_STACK];
    struct iovec siov[MMSG_STACK];
    struct sockaddr_storage sss[MMSG_STACK];
};

static int block_alloc(struct mmsg_block *b, const csock_mmsg *msgs,
                       csock_error *err)
{
    unsigned int n = b->n;
    int want_ss = 0;
    for (unsigned int i = 0; i < n; i++)
        if (msgs[i].addr) {
            want_ss = 1;
            break;
        }
    size_t size = (size_t)n * (sizeof *b->v + sizeof *b->iov);
    if (want_ss)
        size += (size_t)n * sizeof *b->ss;
    /* sockaddr_storage first: it has the strictest alignment. */
    char *p = malloc(size);
    if (!p)
        return csock__err_nomem(err);
    b->heap = p;
    b->ss = NULL;
    if (want_ss) {
        b->ss = (struct sockaddr_storage *)(void *)p;
        p += (size_t)n * sizeof *b->ss;
    }
    b->v = (struct mmsghdr *)(void *)p;
    p += (size_t)n * sizeof *b->v;
    b->iov = (struct iovec *)(void *)p;
    return 0;
}

/* Check the arguments and lay out the batch (one iovec per message, no
 * addresses yet): 1 = ready, 0 = nothing to do (n == 0), -1 = error. */
static int block_prepare(struct mmsg_block *b, csock *s,
                         const csock_mmsg *msgs, size_t n,
                         const char *caller, csock_error *err)
{
    if (n > 0 && !msgs)
        return csock__set_error(err, CSOCK_ERR_VALUE, 0,
                                "%s: msgs is NULL", caller);
    if (csock__fd(s) < 0)
        return csock__set_os_error(err, EBADF);
    if (n == 0)
        return 0;
    b->n = n > CSOCK_MMSG_MAX ? CSOCK_MMSG_MAX : (unsigned int)n;
    b->heap = NULL;
    b->v = b->sv;
    b->iov = b->siov;
    b->ss = b->sss;
    if (b->n > MMSG_STACK && block_alloc(b, msgs, err) < 0)
        return -1;
    for (unsigned int i = 0; i < b->n; i++) {
        b->iov[i].iov_base = msgs[i].buf;
        b->iov[i].iov_len = msgs[i].len;
        b->v[i].msg_hdr = (struct msghdr){ .msg_iov = &b->iov[i],
                                           .msg_iovlen = 1 };
        b->v[i].msg_len = 0;
    }
    return 1;
}

ssize_t csock_sendmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                       csock_error *err)
{
    struct mmsg_block b;
    int st = block_prepare(&b, s, msgs, n, "sendmmsg", err);
    if (st <= 0)
        return st;
    ssize_t r = -1;
    for (unsigned int i = 0; i < b.n; i++) {
        if (msgs[i].addr) {
            struct msghdr *h = &b.v[i].msg_hdr;
            socklen_t len;
            if (csock__addr_in(s, msgs[i].addr, "sendmmsg", &b.ss[i], &len,
                               err) < 0)
                goto out;
            h->msg_name = &b.ss[i];
            h->msg_namelen = len;
        }
    }
    struct mmsg_args a = { b.v, b.n, flags | CSOCK__NOSIGNAL };
    if (csock__enter(s) < 0) {
        r = csock__set_os_error(err, EBADF);
    } else {
        r = csock__sock_call(s, csock__timeout(s),
                             CSOCK__WAIT_WRITE | csock__user_nowait(flags),
                             op_sendmmsg, &a, NULL, err);
        csock__leave(s);
    }
    for (ssize_t i = 0; i < r; i++) {
        msgs[i].nbytes = b.v[i].msg_len;
        msgs[i].flags = 0;
    }
out:
    free(b.heap);
    return r;
}

ssize_t csock_recvmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                       csock_error *err)
{
    struct mmsg_block b;
    int st = block_prepare(&b, s, msgs, n, "recvmmsg", err);
    if (st <= 0)
        return st;
    for (unsigned int i = 0; i < b.n; i++) {
        if (msgs[i].addr) {
            /* No memset: the kernel writes msg_namelen bytes and
             * csock_addr_decode reads no more than those. */
            struct msghdr *h = &b.v[i].msg_hdr;
            h->msg_name = &b.ss[i];
            h->msg_namelen = sizeof b.ss[i];
        }
    }
    /* MSG_WAITFORONE: return once one message is in, never wait for the
     * whole batch.  APR's rule counts a short batch as short: the
     * "wanted" size is the batch, the result the messages received
     * (csock__recv_call treats a datagram socket's short result as
     * nothing, so count in messages here). */
    struct mmsg_args a = { b.v, b.n, flags | MSG_WAITFORONE };
    ssize_t r;
    int proto = s->proto; /* read before the hold goes */
    if (csock__enter(s) < 0) {
        r = csock__set_os_error(err, EBADF);
    } else {
        r = csock__recv_batch_call(s, op_recvmmsg, &a, b.n, flags, err);
        csock__leave(s);
    }
    for (ssize_t i = 0; i < r; i++) {
        struct msghdr *h = &b.v[i].msg_hdr;
        msgs[i].nbytes = b.v[i].msg_len;
        msgs[i].flags = h->msg_flags;
        if (msgs[i].addr &&
            csock__addr_out(proto, (struct sockaddr *)h->msg_name,
                            h->msg_namelen, msgs[i].addr, err) < 0) {
            r = -1;
            break;
        }
    }
    free(b.heap);
    return r;
}

#else /* !CSOCK_HAVE_MMSG */

ssize_t csock_sendmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                       csock_error *err)
{
    (void)s, (void)msgs, (void)n, (void)flags;
    return csock__set_os_error(err, ENOSYS);
}

ssize_t csock_recvmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                       csock_error *err)
{
    (void)s, (void)msgs, (void)n, (void)flags;
    return csock__set_os_error(err, ENOSYS);
}

#endif
