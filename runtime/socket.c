/* The socket object: creation, lifetime, modes, options, addresses,
 * connect/accept.  Python's socketmodule.c semantics, checked against
 * python3 behaviour. */
#include "internal.h"
#include "addr_internal.h"
#include "errors.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define TYPE_FLAGS (CSOCK__SOCK_NONBLOCK | CSOCK__SOCK_CLOEXEC)

/* ------------------------------------------------------------------ */
/* Addresses                                                           */
/* ------------------------------------------------------------------ */

int csock__addr_in(csock *s, const csock_addr *a, const char *caller,
                   struct sockaddr_storage *ss, socklen_t *len,
                   csock_error *err)
{
    /* No memset: every encoder zeroes what it fills (templates/addr.c.j2),
     * and on error ss is unused.  Interface names are looked up on the
     * socket itself, as Python does (SIOCGIFINDEX). */
    *len = sizeof *ss;
    return csock__addr_encode(a, s->fd, s->family, s->proto, caller, ss, len, err);
}

int csock__addr_out(int proto, const struct sockaddr *sa, socklen_t len,
                    csock_addr *out, csock_error *err)
{
    if (!out)
        return 0;
    if (len == 0) {
        /* Python: None (e.g. recvfrom on a connected stream). */
        memset(out, 0, sizeof *out);
        return 0;
    }
    return csock_addr_decode(sa, len, proto, out, err);
}

/* ------------------------------------------------------------------ */
/* Creation                                                            */
/* ------------------------------------------------------------------ */

int csock__set_fd_nonblocking(int fd, int nonblocking, csock_error *err)
{
    int flag = nonblocking ? 1 : 0;
    if (csock__sys_ioctl_int(fd, FIONBIO, &flag) < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

csock *csock__wrap_fd(int fd, int family, int type, int proto,
                      int fd_nonblocking, int close_on_error,
                      csock_error *err)
{
    csock *s = malloc(sizeof *s);
    if (!s)
        goto fail_nomem;
    atomic_init(&s->fd, fd);
    s->family = family;
    s->type = type & ~TYPE_FLAGS;
    s->proto = proto;
    atomic_init(&s->read_wait_first, 0);
    atomic_init(&s->life, 0u);
    int64_t timeout = (type & CSOCK__SOCK_NONBLOCK) ? 0 : csock__default_timeout();
    atomic_init(&s->timeout, timeout);
#if !CSOCK_HAVE_MSG_NOSIGNAL && CSOCK_HAVE_SO_NOSIGPIPE
    /* No MSG_NOSIGNAL here (BSD, macOS): ask the socket itself never to
     * raise SIGPIPE. */
    {
        int one = 1;
        (void)csock__sys_setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one,
                                    sizeof one);
    }
#endif
    if (!(type & CSOCK__SOCK_NONBLOCK)) {
        if (timeout >= 0 && !fd_nonblocking &&
            csock__set_fd_nonblocking(fd, 1, err) < 0) {
            int e = errno;
            free(s);
            if (close_on_error)
                csock__sys_close(fd);
            errno = e;
            return NULL;
        }
    }
    return s;

fail_nomem:
    if (close_on_error)
        csock__sys_close(fd);
    csock__err_nomem(err);
    return NULL;
}

csock *csock_socket(int family, int type, int proto, csock_error *err)
{
    /* Create the fd in its final mode: one syscall, not two. */
    int nb = !(type & CSOCK__SOCK_NONBLOCK) && csock__default_timeout() >= 0;
    int fd = csock__sys_socket(family, type | CSOCK__SOCK_CLOEXEC |
                                           (nb ? CSOCK__SOCK_NONBLOCK : 0), proto);
    if (fd < 0) {
        csock__set_os_error(err, errno);
        return NULL;
    }
    return csock__wrap_fd(fd, family, type, proto, 1, 1, err);
}

csock *csock_socket_fileno(int family, int type, int proto, csock_fd_t fd,
                           csock_error *err)
{
    if (fd < 0) {
        csock__err_negative_fd(err);
        return NULL;
    }
    /* As CPython: getsockname() validates the fd (EBADF, ENOTSOCK) and
     * gives the family; SO_DOMAIN where getsockname cannot say. */
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    if (csock__sys_getsockname(fd, (struct sockaddr *)&ss, &len) == 0) {
        if (family == -1)
            family = ss.ss_family;
    } else {
        int e = errno;
        if (e == EBADF || e == ENOTSOCK) {
            csock__set_os_error(err, e);
            return NULL;
        }
    }
    if (family == -1) {
#if CSOCK_HAVE_SO_DOMAIN
        socklen_t l = sizeof family;
        if (csock__sys_getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &l) < 0) {
            csock__set_os_error(err, errno);
            return NULL;
        }
#else
        family = AF_UNSPEC; /* getsockname could not say */
#endif
    }
    if (type == -1) {
        socklen_t l = sizeof type;
        if (csock__sys_getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &l) < 0) {
            csock__set_os_error(err, errno);
            return NULL;
        }
    }
    if (proto == -1) {
#if CSOCK_HAVE_SO_PROTOCOL
        socklen_t l = sizeof proto;
        if (csock__sys_getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &l) < 0) {
            csock__set_os_error(err, errno);
            return NULL;
        }
#else
        proto = 0; /* as CPython where SO_PROTOCOL is missing */
#endif
    }
    /* On failure the caller keeps the fd (as Python's socket(fileno=)). */
    return csock__wrap_fd(fd, family, type, proto, 0, 0, err);
}

csock *csock_fromfd(csock_fd_t fd, int family, int type, int proto,
                    csock_error *err)
{
    int nfd = csock__sys_dup(fd);
    if (nfd < 0) {
        csock__set_os_error(err, errno);
        return NULL;
    }
    csock *s = csock_socket_fileno(family, type, proto, nfd, err);
    if (!s)
        csock__sys_close(nfd); /* the duplicate is ours: never leak it */
    return s;
}

int csock_socketpair(int family, int type, int proto, csock *pair[2],
                     csock_error *err)
{
    int sv[2];
    /* Both NULL on failure (and no caller's compiler guesses otherwise). */
    pair[0] = pair[1] = NULL;
    if (family == 0)
        family = AF_UNIX;
    int nb = !(type & CSOCK__SOCK_NONBLOCK) && csock__default_timeout() >= 0;
    if (csock__sys_socketpair(family, type | CSOCK__SOCK_CLOEXEC |
                                          (nb ? CSOCK__SOCK_NONBLOCK : 0),
                              proto, sv) < 0)
        return csock__set_os_error(err, errno);
    pair[0] = csock__wrap_fd(sv[0], family, type, proto, 1, 1, err);
    if (!pair[0]) {
        csock__sys_close(sv[1]);
        return -1;
    }
    pair[1] = csock__wrap_fd(sv[1], family, type, proto, 1, 1, err);
    if (!pair[1]) {
        csock_close(pair[0], NULL);
        pair[0] = NULL;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Attributes and lifetime                                             */
/* ------------------------------------------------------------------ */

int csock_family(const csock *s) { return s->family; }
int csock_type(const csock *s) { return s->type; }
int csock_proto(const csock *s) { return s->proto; }
/* -1 once the close is decided (even while a call in flight still holds
 * the fd open), as Python's fileno() after close(). */
csock_fd_t csock_fileno(const csock *s)
{
    return csock__closing(s) ? -1 : csock__fd(s);
}

/* The real close(2) of socket._real_close. */
static int close_now(csock *s, csock_error *err)
{
    /* One closer wins: two threads closing at once close the fd once. */
    int fd = atomic_exchange_explicit(&s->fd, -1, CSOCK__RELAXED);
    if (fd < 0)
        return 0;
    /* close() may block (SO_LINGER); it is never retried on EINTR. */
    csock__blocking b = csock__block_begin();
    int r = csock__sys_close(fd);
    int e = errno;
    csock__block_end(&b);
    /* bpo-30319: the peer may have reset the connection already. */
    if (r < 0 && e != ECONNRESET)
        return csock__set_os_error(err, e);
    return 0;
}

#define HOLDERS CSOCK__LIFE_HOLDERS

#ifdef CSOCK_DEBUG
#include <time.h>
void csock__race_window(void)
{
    struct timespec ts = { 0, 50000 };
    nanosleep(&ts, NULL);
}
#endif

/* A holder leaves: one CAS per decision, each deciding from the value it
 * replaces (tests/model/lifetime.pml, "csock__life_leave").  Three cases:
 *  - it is the last holder of a decided close that nobody claimed yet:
 *    CAS(v, v | DONE) claims the close and keeps the hold, so neither a
 *    free nor anyone else touches the object while it closes; then it
 *    goes round again to drop the hold;
 *  - it is the last stream and the close it leaves decided has calls in
 *    flight: CAS(v, v - STREAM + CALL) turns its hold into a call's, it
 *    puts the placeholder in the fd's place (waiters wake, as for a close
 *    decided by csock_close_keep), and goes round again as a call;
 *  - else CAS(v, v - one): when that leaves no holder and FREE is set,
 *    this transition (there is exactly one) frees the object.
 * A close error goes to *err (may be NULL: a call leaving has nobody to
 * give it to, and it is dropped as close(2) errors on a socket are,
 * bpo-30319). */
int csock__life_leave(csock *s, unsigned one, csock_error *err)
{
    int r = 0;
    unsigned v = atomic_load_explicit(&s->life, CSOCK__RELAXED);
    for (;;) {
        unsigned n = v - one;
        if (!(n & HOLDERS) && (n & CSOCK__LIFE_CLOSE) &&
            !(n & CSOCK__LIFE_DONE)) {
            if (!atomic_compare_exchange_weak_explicit(
                    &s->life, &v, v | CSOCK__LIFE_DONE, memory_order_acq_rel,
                    CSOCK__RELAXED))
                continue;
            CSOCK__RACE_WINDOW();
            r = close_now(s, err);
            v = atomic_load_explicit(&s->life, CSOCK__RELAXED);
            continue;
        }
        if (one == CSOCK__LIFE_STREAM && csock__life_closing(n) &&
            (n & CSOCK__LIFE_CALLS) &&
            !(n & (CSOCK__LIFE_DONE | CSOCK__LIFE_DETACHED))) {
            if (!atomic_compare_exchange_weak_explicit(
                    &s->life, &v, n + CSOCK__LIFE_CALL, memory_order_acq_rel,
                    CSOCK__RELAXED))
                continue;
            int fd = csock__fd(s);
            if (fd >= 0)
                csock__sys_replace_with_placeholder(fd);
            one = CSOCK__LIFE_CALL;
            v = atomic_load_explicit(&s->life, CSOCK__RELAXED);
            continue;
        }
        if (!atomic_compare_exchange_weak_explicit(&s->life, &v, n,
                                                   memory_order_acq_rel,
                                                   CSOCK__RELAXED))
            continue;
        if (!(n & HOLDERS) && (n & CSOCK__LIFE_FREE))
            free(s);
        return r;
    }
}

int csock_close_keep(csock *s, csock_error *err)
{
    /* socket.close(): while makefile streams are open the fd stays open
     * for them (socket._io_refs).  Otherwise the close is decided now;
     * close(2) itself waits for the calls in flight (the last holder does
     * it), and meanwhile a placeholder takes the fd's place so that
     * waiters in poll wake (CPython's close wakes them: the socket goes)
     * and the number stays reserved.  This call holds the fd while it
     * decides, so the number cannot change under it (a detach racing it
     * is ordered by the word: it either came first, DETACHED, and the fd
     * is the user's, or it is refused). */
    atomic_fetch_add_explicit(&s->life, CSOCK__LIFE_CALL,
                              memory_order_acquire);
    unsigned old = atomic_fetch_or_explicit(&s->life, CSOCK__LIFE_CLOSE,
                                            memory_order_acq_rel);
    int fd = csock__fd(s);
    if (!(old & (CSOCK__LIFE_STREAMS | CSOCK__LIFE_CLOSE |
                 CSOCK__LIFE_DETACHED)) &&
        (old & CSOCK__LIFE_CALLS) > 1 && fd >= 0)
        csock__sys_replace_with_placeholder(fd);
    /* the last holder closes now, with the error for the caller */
    return csock__life_leave(s, CSOCK__LIFE_CALL, err);
}

void csock_free(csock *s)
{
    if (!s)
        return;
    /* The one transition to "no holder, FREE set" frees: here if nobody
     * holds the object, else in the last holder's csock__life_leave.  (A
     * decided close nobody has claimed always has a holder: the one that
     * will claim it.) */
    unsigned old = atomic_fetch_or_explicit(&s->life, CSOCK__LIFE_FREE,
                                            memory_order_acq_rel);
    if (old & HOLDERS)
        return;
    free(s);
}

int csock_close(csock *s, csock_error *err)
{
    if (!s)
        return 0;
    int r = csock_close_keep(s, err);
    CSOCK__RACE_WINDOW();
    csock_free(s);
    return r;
}

int csock__io_ref(csock *s, csock_error *err)
{
    unsigned v = atomic_load_explicit(&s->life, CSOCK__RELAXED);
    do {
        /* a decided close is final: no stream may take the fd back */
        if (csock__life_closing(v))
            return csock__set_os_error(err, EBADF);
        if ((v & CSOCK__LIFE_STREAMS) == CSOCK__LIFE_STREAMS)
            return csock__set_os_error(err, EMFILE);
    } while (!atomic_compare_exchange_weak_explicit(
                 &s->life, &v, v + CSOCK__LIFE_STREAM, memory_order_acq_rel,
                 CSOCK__RELAXED));
    return 0;
}

int csock__io_unref(csock *s, csock_error *err)
{
    return csock__life_leave(s, CSOCK__LIFE_STREAM, err);
}

csock_fd_t csock_detach(csock *s)
{
    /* One CAS orders detach against close: a decided close (or an earlier
     * detach) refuses it (-1, as Python's detach after close), else it
     * marks DETACHED (a later close then neither puts the placeholder on
     * the user's fd nor closes it) and takes a hold, so no close or free
     * finishes while it takes the fd. */
    unsigned v = atomic_load_explicit(&s->life, CSOCK__RELAXED);
    do {
        if (csock__life_closing(v) || (v & CSOCK__LIFE_DETACHED))
            return -1;
    } while (!atomic_compare_exchange_weak_explicit(
                 &s->life, &v, (v | CSOCK__LIFE_DETACHED) + CSOCK__LIFE_CALL,
                 memory_order_acq_rel, CSOCK__RELAXED));
    int fd = atomic_exchange_explicit(&s->fd, -1, CSOCK__RELAXED);
    (void)csock__life_leave(s, CSOCK__LIFE_CALL, NULL);
    return fd;
}

csock *csock_dup(csock *s, csock_error *err)
{
    /* Everything read from s is read while it is held: a free racing the
     * dup may free s as the hold goes. */
    if (csock__enter(s) < 0) {
        csock__set_os_error(err, EBADF);
        return NULL;
    }
    int nfd = csock__sys_dup(csock__fd(s));
    int e = errno;
    int family = s->family, type = s->type, proto = s->proto;
    int64_t timeout = csock__timeout(s);
    csock__leave(s);
    if (nfd < 0) {
        csock__set_os_error(err, e);
        return NULL;
    }
    csock *d = malloc(sizeof *d);
    if (!d) {
        csock__sys_close(nfd);
        csock__err_nomem(err);
        return NULL;
    }
    atomic_init(&d->fd, nfd);
    d->family = family;
    d->type = type;
    d->proto = proto;
    atomic_init(&d->timeout, timeout);
    atomic_init(&d->read_wait_first, 0);
    atomic_init(&d->life, 0u);
    /* O_NONBLOCK lives in the shared open file description: the duplicate
     * is already in the right mode. */
    return d;
}

/* ------------------------------------------------------------------ */
/* Modes                                                               */
/* ------------------------------------------------------------------ */

/* O_NONBLOCK on s's fd, held. */
static int set_held_nonblocking(csock *s, int nonblocking, csock_error *err)
{
    if (csock__enter(s) < 0)
        return csock__set_os_error(err, EBADF);
    int r = csock__set_fd_nonblocking(csock__fd(s), nonblocking, err);
    csock__leave(s);
    return r;
}

int csock_settimeout(csock *s, double timeout, csock_error *err)
{
    int64_t ns = 0;
    if (csock__timeout_from_double(timeout, &ns, err) < 0)
        return -1;
    /* As CPython: the timeout is recorded even if the fd is closed.  Calls
     * already running keep the mode they started in. */
    atomic_store_explicit(&s->timeout, ns, CSOCK__RELAXED);
    return set_held_nonblocking(s, ns >= 0, err);
}

double csock_gettimeout(const csock *s)
{
    return csock__timeout_to_double(csock__timeout(s));
}

int csock_setblocking(csock *s, int flag, csock_error *err)
{
    atomic_store_explicit(&s->timeout, flag ? CSOCK__BLOCKING : 0,
                          CSOCK__RELAXED);
    return set_held_nonblocking(s, !flag, err);
}

int csock_getblocking(const csock *s)
{
    /* Python: "equivalent to checking socket.gettimeout() != 0" -- so a
     * socket in timeout mode is blocking too. */
    return csock__timeout(s) != 0;
}

int csock_get_inheritable(csock *s, csock_error *err)
{
    int flags;
    CSOCK__HELD(s, flags, csock__sys_fcntl(csock__fd(s), F_GETFD, 0));
    if (flags < 0)
        return csock__set_os_error(err, errno);
    return !(flags & FD_CLOEXEC);
}

int csock_set_inheritable(csock *s, int inheritable, csock_error *err)
{
    int r;
    CSOCK__HELD(s, r, csock__sys_ioctl_void(csock__fd(s), inheritable ? FIONCLEX : FIOCLEX));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

int csock_getsockopt_int(csock *s, int level, int optname, int *value,
                         csock_error *err)
{
    int flag = 0;
    socklen_t len = sizeof flag;
    int r;
    CSOCK__HELD(s, r, csock__sys_getsockopt(csock__fd(s), level, optname, &flag, &len));
    if (r < 0)
        return csock__set_os_error(err, errno);
    *value = flag;
    return 0;
}

ssize_t csock_getsockopt_buf(csock *s, int level, int optname, void *buf,
                             size_t buflen, csock_error *err)
{
    if (buflen == 0 || buflen > 1024)
        return csock__err_getsockopt_buflen(err);
    socklen_t len = (socklen_t)buflen;
    int r;
    CSOCK__HELD(s, r, csock__sys_getsockopt(csock__fd(s), level, optname, buf, &len));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return (ssize_t)len;
}

int csock_setsockopt_int(csock *s, int level, int optname, int value,
                         csock_error *err)
{
    int r;
    CSOCK__HELD(s, r, csock__sys_setsockopt(csock__fd(s), level, optname, &value, sizeof value));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

int csock_setsockopt_buf(csock *s, int level, int optname, const void *buf,
                         size_t len, csock_error *err)
{
    if (len > 0x7fffffff)
        return csock__set_os_error(err, EINVAL);
    int r;
    CSOCK__HELD(s, r, csock__sys_setsockopt(csock__fd(s), level, optname, buf, (socklen_t)len));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

int csock_setsockopt_none(csock *s, int level, int optname,
                          unsigned int optlen, csock_error *err)
{
    int r;
    CSOCK__HELD(s, r, csock__sys_setsockopt(csock__fd(s), level, optname, NULL, optlen));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Addresses, listen, shutdown                                         */
/* ------------------------------------------------------------------ */

int csock_bind(csock *s, const csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock__hold(s); /* the address check reads s */
    int r = csock__addr_in(s, addr, "bind", &ss, &len, err);
    if (r == 0) {
        CSOCK__HELD(s, r, csock__sys_bind(csock__fd(s), (struct sockaddr *)&ss, len));
        if (r < 0)
            csock__set_os_error(err, errno);
    }
    csock__leave(s);
    return r < 0 ? -1 : 0;
}

int csock_listen(csock *s, int backlog, csock_error *err)
{
    if (backlog == CSOCK_LISTEN_DEFAULT)
        backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    else if (backlog < 0)
        backlog = 0;
    int r;
    CSOCK__HELD(s, r, csock__sys_listen(csock__fd(s), backlog));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

int csock_shutdown(csock *s, int how, csock_error *err)
{
    int r;
    CSOCK__HELD(s, r, csock__sys_shutdown(csock__fd(s), how));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return 0;
}

int csock_getsockname(csock *s, csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    /* The kernel writes len bytes; csock_addr_decode reads no more than
     * those (it copies them into a zeroed buffer of its own). */
    int r;
    int proto = s->proto; /* before the hold goes */
    CSOCK__HELD(s, r, csock__sys_getsockname(csock__fd(s), (struct sockaddr *)&ss, &len));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return csock__addr_out(proto, (struct sockaddr *)&ss, len, addr, err);
}

int csock_getpeername(csock *s, csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int r;
    int proto = s->proto; /* before the hold goes */
    CSOCK__HELD(s, r, csock__sys_getpeername(csock__fd(s), (struct sockaddr *)&ss, &len));
    if (r < 0)
        return csock__set_os_error(err, errno);
    return csock__addr_out(proto, (struct sockaddr *)&ss, len, addr, err);
}

/* ------------------------------------------------------------------ */
/* connect                                                             */
/* ------------------------------------------------------------------ */

/* CPython's internal_connect.  Returns 0 when connected, an errno value
 * (> 0) for the caller to raise (connect) or return (connect_ex), or -1
 * with *err filled for what both raise (an aborting EINTR hook, a timeout
 * in connect). */
static int do_connect_once(csock *s, const struct sockaddr *sa,
                           socklen_t len, int raise, csock_error *err)
{
    /* The mode is read once: another thread's settimeout applies to the
     * next call, and the hooks below are entered and left on one
     * decision. */
    int64_t timeout = csock__timeout(s);
    int r, e;
    if (timeout < 0) {
        csock__blocking b = csock__block_begin();
        r = csock__sys_connect(csock__fd(s), sa, len);
        e = errno;
        csock__block_end(&b);
    } else {
        r = csock__sys_connect(csock__fd(s), sa, len);
        e = errno;
    }
    if (r == 0)
        return 0;

    int wait_connect;
    if (e == EINTR) {
        if (csock__eintr(err) < 0)
            return -1;
        /* CPython issue #23618: the connection goes on asynchronously.
         * Wait for it unless the socket is non-blocking (then:
         * InterruptedError). */
        wait_connect = timeout != 0;
    } else {
        wait_connect = timeout > 0 && e == EINPROGRESS;
    }
    if (!wait_connect)
        return e;

    int64_t deadline = timeout > 0 ? csock__now() + timeout : -1;
    for (;;) {
        csock_error werr;
        int w = csock__wait(csock__fd(s), 1, 1, deadline, &werr);
        if (w < 0) {
            if (werr.kind == CSOCK_ERR_OS)
                return werr.code;
            if (err)
                *err = werr;
            return -1;
        }
        if (w == 0) {
            if (!raise)
                return EWOULDBLOCK;
            return csock__err_timed_out(err);
        }
        if (csock__closing(s))
            return EBADF;
        int soerr = 0;
        socklen_t sl = sizeof soerr;
        if (csock__sys_getsockopt(csock__fd(s), SOL_SOCKET, SO_ERROR, &soerr,
                                  &sl) < 0) {
            e = errno;
            if (e == EINTR) {
                if (csock__eintr(err) < 0)
                    return -1;
                continue;
            }
            return e;
        }
        if (soerr == 0 || soerr == EISCONN)
            return 0;
        if (timeout > 0 && (soerr == EAGAIN || soerr == EWOULDBLOCK))
            continue;
        return soerr;
    }
}

static int do_connect(csock *s, const struct sockaddr *sa, socklen_t len,
                      int raise, csock_error *err)
{
    if (csock__enter(s) < 0)
        return EBADF;
    int r = do_connect_once(s, sa, len, raise, err);
    csock__leave(s);
    csock__blocking_balanced();
    return r;
}

int csock_connect(csock *s, const csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock__hold(s); /* the address check reads s */
    int r = csock__addr_in(s, addr, "connect", &ss, &len, err);
    if (r == 0)
        r = do_connect(s, (struct sockaddr *)&ss, len, 1, err);
    csock__leave(s);
    if (r > 0)
        return csock__set_os_error(err, r);
    return r;
}

int csock_connect_ex(csock *s, const csock_addr *addr, csock_error *err)
{
    struct sockaddr_storage ss;
    socklen_t len;
    csock__hold(s); /* the address check reads s */
    int r = csock__addr_in(s, addr, "connect_ex", &ss, &len, err);
    if (r == 0)
        r = do_connect(s, (struct sockaddr *)&ss, len, 0, err);
    csock__leave(s);
    return r;
}

/* ------------------------------------------------------------------ */
/* accept                                                              */
/* ------------------------------------------------------------------ */

struct accept_args {
    struct sockaddr_storage ss;
    socklen_t len;
    int flags;
    int want_addr;
};

static ssize_t op_accept(csock *s, void *arg, int flags)
{
    struct accept_args *a = arg;
    (void)flags; /* accept has no per-call non-blocking flag */
    if (!a->want_addr)
        return csock__sys_accept4(csock__fd(s), NULL, NULL, a->flags);
    a->len = sizeof a->ss;
    return csock__sys_accept4(csock__fd(s), (struct sockaddr *)&a->ss, &a->len,
                              a->flags);
}

/* *kind gets s's family, type and proto, read while s is held (a free
 * racing the accept may free s as the hold goes). */
static int accept_common(csock *s, csock_addr *addr, int flags, int kind[3],
                         csock_error *err)
{
    /* No peer address asked for: the kernel need not copy it out.  Else
     * the kernel writes a.len bytes and csock_addr_decode reads no more
     * (no memset of a.ss needed). */
    struct accept_args a;
    a.len = 0;
    a.want_addr = addr != NULL;
    a.flags = CSOCK__SOCK_CLOEXEC | flags;
    /* accept(2) has no per-call non-blocking flag: in timeout mode it
     * waits first (as CPython does), so a cleared O_NONBLOCK cannot make
     * it block past the deadline. */
    if (csock__enter(s) < 0)
        return csock__set_os_error(err, EBADF);
    ssize_t fd = csock__sock_call(s, csock__timeout(s),
                                  CSOCK__WAIT_READ | CSOCK__NO_DONTWAIT,
                                  op_accept, &a, NULL, err);
    kind[0] = s->family;
    kind[1] = s->type;
    kind[2] = s->proto;
    csock__leave(s);
    if (fd < 0)
        return -1;
    if (csock__addr_out(kind[2], (struct sockaddr *)&a.ss, a.len, addr, err) < 0) {
        csock__sys_close((int)fd);
        return -1;
    }
    return (int)fd;
}

csock_fd_t csock_accept_fd(csock *s, csock_addr *addr, csock_error *err)
{
    int kind[3];
    return accept_common(s, addr, 0, kind, err);
}

csock *csock_accept(csock *s, csock_addr *addr, csock_error *err)
{
    /* socket.py: socket(self.family, self.type, self.proto, fileno=fd)
     * takes the default timeout; on Linux the accepted fd never inherits
     * O_NONBLOCK, so ask accept4 for the final mode directly. */
    int nb = csock__default_timeout() >= 0;
    int kind[3];
    int fd = accept_common(s, addr, nb ? CSOCK__SOCK_NONBLOCK : 0, kind, err);
    if (fd < 0)
        return NULL;
    return csock__wrap_fd(fd, kind[0], kind[1], kind[2], nb, 1, err);
}
