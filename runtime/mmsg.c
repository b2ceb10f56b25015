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
#include <string.h>
#include <sys/uio.h>

#ifdef __linux__

/* Batches up to this size live on the stack; larger ones are allocated. */
#define MMSG_STACK 64

struct mmsg_args {
    struct mmsghdr *v;
    unsigned int n;
    int flags;
};

static ssize_t op_sendmmsg(csock *s, void *arg)
{
    struct mmsg_args *a = arg;
    return csock__sys_sendmmsg(s->fd, a->v, a->n, a->flags);
}

static ssize_t op_recvmmsg(csock *s, void *arg)
{
    struct mmsg_args *a = arg;
    return csock__sys_recvmmsg(s->fd, a->v, a->n, a->flags);
}

/* The vectors of one call: n headers, n iovecs and, when addresses are
 * wanted, n sockaddr_storage, in one block (stack or heap). */
struct mmsg_block {
    struct mmsghdr *v;
    struct iovec *iov;
    struct sockaddr_storage *ss;
    void *heap;
};

static int block_init(struct mmsg_block *b, unsigned int n, int want_ss,
                      struct mmsghdr *sv, struct iovec *siov,
                      struct sockaddr_storage *sss, csock_error *err)
{
    b->heap = NULL;
    if (n <= MMSG_STACK) {
        b->v = sv;
        b->iov = siov;
        b->ss = sss;
        return 0;
    }
    size_t size = (size_t)n * (sizeof *b->v + sizeof *b->iov);
    if (want_ss)
        size += (size_t)n * sizeof *b->ss;
    /* sockaddr_storage first: it has the strictest alignment. */
    char *p = malloc(size);
    if (!p)
        return csock__err_nomem(err);
    b->heap = p;
    if (want_ss) {
        b->ss = (struct sockaddr_storage *)(void *)p;
        p += (size_t)n * sizeof *b->ss;
    } else {
        b->ss = NULL;
    }
    b->v = (struct mmsghdr *)(void *)p;
    p += (size_t)n * sizeof *b->v;
    b->iov = (struct iovec *)(void *)p;
    return 0;
}

static int check_args(csock *s, const csock_mmsg *msgs, size_t n,
                      const char *caller, csock_error *err)
{
    if (n > 0 && !msgs)
        return csock__set_error(err, CSOCK_ERR_VALUE, 0,
                                "%s: msgs is NULL", caller);
    if (s->fd < 0)
        return csock__set_os_error(err, EBADF);
    return 0;
}

ssize_t csock_sendmmsg(csock *s, csock_mmsg *msgs, size_t n, int flags,
                       csock_error *err)
{
    if (check_args(s, msgs, n, "sendmmsg", err) < 0)
        return -1;
    if (n == 0)
        return 0;
    unsigned int cnt = n > CSOCK_MMSG_MAX ? CSOCK_MMSG_MAX : (unsigned int)n;
    int want_ss = 0;
    /* (small batches use the stack arrays: no need to look) */
    for (unsigned int i = 0; cnt > MMSG_STACK && i < cnt; i++)
        if (msgs[i].addr) {
            want_ss = 1;
            break;
        }
    struct mmsghdr sv[MMSG_STACK];
    struct iovec siov[MMSG_STACK];
    struct sockaddr_storage sss[MMSG_STACK];
    struct mmsg_block b;
    if (block_init(&b, cnt, want_ss, sv, siov, sss, err) < 0)
        return -1;
    ssize_t r = -1;
    for (unsigned int i = 0; i < cnt; i++) {
        struct msghdr *h = &b.v[i].msg_hdr;
        b.iov[i].iov_base = msgs[i].buf;
        b.iov[i].iov_len = msgs[i].len;
        *h = (struct msghdr){ .msg_iov = &b.iov[i], .msg_iovlen = 1 };
        b.v[i].msg_len = 0;
        if (msgs[i].addr) {
            socklen_t len;
            if (csock__addr_in(s, msgs[i].addr, "sendmmsg", &b.ss[i], &len,
                               err) < 0)
                goto out;
            h->msg_name = &b.ss[i];
            h->msg_namelen = len;
        }
    }
    struct mmsg_args a = { b.v, cnt, flags };
    r = csock__sock_call(s, CSOCK__WAIT_WRITE, 0, op_sendmmsg, &a, NULL, err);
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
    if (check_args(s, msgs, n, "recvmmsg", err) < 0)
        return -1;
    if (n == 0)
        return 0;
    unsigned int cnt = n > CSOCK_MMSG_MAX ? CSOCK_MMSG_MAX : (unsigned int)n;
    int want_ss = 0;
    /* (small batches use the stack arrays: no need to look) */
    for (unsigned int i = 0; cnt > MMSG_STACK && i < cnt; i++)
        if (msgs[i].addr) {
            want_ss = 1;
            break;
        }
    struct mmsghdr sv[MMSG_STACK];
    struct iovec siov[MMSG_STACK];
    struct sockaddr_storage sss[MMSG_STACK];
    struct mmsg_block b;
    if (block_init(&b, cnt, want_ss, sv, siov, sss, err) < 0)
        return -1;
    for (unsigned int i = 0; i < cnt; i++) {
        struct msghdr *h = &b.v[i].msg_hdr;
        b.iov[i].iov_base = msgs[i].buf;
        b.iov[i].iov_len = msgs[i].len;
        *h = (struct msghdr){ .msg_iov = &b.iov[i], .msg_iovlen = 1 };
        b.v[i].msg_len = 0;
        if (msgs[i].addr) {
            memset(&b.ss[i], 0, sizeof b.ss[i]);
            h->msg_name = &b.ss[i];
            h->msg_namelen = sizeof b.ss[i];
        }
    }
    /* MSG_WAITFORONE: return once one message is in, never wait for the
     * whole batch (the fd is O_NONBLOCK in timeout mode anyway). */
    struct mmsg_args a = { b.v, cnt, flags | MSG_WAITFORONE };
    ssize_t r;
    if (s->timeout > 0) {
        r = csock__sock_call(s, CSOCK__WAIT_READ, s->read_wait_first,
                             op_recvmmsg, &a, NULL, err);
        s->read_wait_first = r < 0 || (size_t)r < cnt;
    } else {
        r = csock__sock_call(s, CSOCK__WAIT_READ, 0, op_recvmmsg, &a, NULL,
                             err);
    }
    for (ssize_t i = 0; i < r; i++) {
        struct msghdr *h = &b.v[i].msg_hdr;
        msgs[i].nbytes = b.v[i].msg_len;
        msgs[i].flags = h->msg_flags;
        if (msgs[i].addr &&
            csock__addr_out(s, (struct sockaddr *)h->msg_name,
                            h->msg_namelen, msgs[i].addr, err) < 0) {
            r = -1;
            break;
        }
    }
    free(b.heap);
    return r;
}

#else /* !__linux__ */

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
