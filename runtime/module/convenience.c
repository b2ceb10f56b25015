/* Convenience functions of socket.py, in C: create_connection,
 * create_server, has_dualstack_ipv6, send_fds/recv_fds, close(fd),
 * sendfile.  Behaviour and messages follow CPython 3.11's socket.py. */
#include "module_internal.h"

#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int csock__mod_apply_timeout(csock *s, double timeout, csock_error *err)
{
    if (timeout == CSOCK_TIMEOUT_DEFAULT)
        return 0;
    return csock_settimeout(s, timeout, err);
}

/* Only OSError and its subclasses (timeout, gaierror, herror) are caught
 * by socket.py's `except error`; anything else propagates at once. */
static int is_os_kind(int kind)
{
    return kind == CSOCK_ERR_OS || kind == CSOCK_ERR_TIMEOUT ||
           kind == CSOCK_ERR_GAI || kind == CSOCK_ERR_HERROR;
}

static int clamp_port(long port)
{
    /* Out-of-int values still reach the address codec as out of range. */
    if (port > INT_MAX)
        return INT_MAX;
    if (port < INT_MIN)
        return INT_MIN;
    return (int)port;
}

static csock_addr addr_for(int family, const char *host, long port)
{
    if (family == AF_INET6)
        return csock_addr_inet6(host, clamp_port(port), 0, 0);
    return csock_addr_inet(host, clamp_port(port));
}

csock *csock_create_connection(const char *host, long port, double timeout,
                               const char *source_host, long source_port,
                               csock_error *err)
{
    size_t n = 0;
    csock_addrinfo *list = csock_getaddrinfo_port(host, port, 0, SOCK_STREAM,
                                                  0, 0, &n, err);
    if (!list)
        return NULL;
    csock_error last;
    csock__err_getaddrinfo_empty(&last);
    for (size_t i = 0; i < n; i++) {
        const csock_addrinfo *ai = &list[i];
        csock *s = csock_socket(ai->family, ai->type, ai->proto, &last);
        if (!s) {
            if (!is_os_kind(last.kind))
                break;
            continue;
        }
        int ok = csock__mod_apply_timeout(s, timeout, &last) == 0;
        if (ok && source_host) {
            csock_addr src = addr_for(ai->family, source_host, source_port);
            ok = csock_bind(s, &src, &last) == 0;
        }
        if (ok)
            ok = csock_connect(s, &ai->addr, &last) == 0;
        if (ok) {
            csock_addrinfo_free(list);
            return s;
        }
        csock_close(s, NULL);
        if (!is_os_kind(last.kind))
            break;
    }
    csock_addrinfo_free(list);
    if (err)
        *err = last;
    return NULL;
}

int csock_has_dualstack_ipv6(void)
{
#if defined(IPPROTO_IPV6) && defined(IPV6_V6ONLY)
    csock_error e;
    csock *s = csock_socket(AF_INET6, SOCK_STREAM, 0, &e);
    if (!s)
        return 0;
    int ok = csock_setsockopt_int(s, IPPROTO_IPV6, IPV6_V6ONLY, 0, &e) == 0;
    csock_close(s, NULL);
    return ok;
#else
    return 0;
#endif
}

/* repr() of a str as Python prints it for plain ASCII hosts. */
static void py_repr_str(const char *s, char *out, size_t outlen)
{
    char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
    size_t o = 0;
    if (outlen < 4) {
        if (outlen)
            out[0] = '\0';
        return;
    }
    out[o++] = q;
    for (; *s && o + 3 < outlen; s++) {
        if (*s == q || *s == '\\')
            out[o++] = '\\';
        out[o++] = *s;
    }
    out[o++] = q;
    out[o] = '\0';
}

csock *csock_create_server(const char *host, long port, int family,
                           int backlog, int reuse_port, int dualstack_ipv6,
                           csock_error *err)
{
    if (family == 0)
        family = AF_INET;
#ifndef SO_REUSEPORT
    if (reuse_port) {
        csock__err_reuseport_unsupported(err);
        return NULL;
    }
#endif
    if (dualstack_ipv6) {
        if (!csock_has_dualstack_ipv6()) {
            csock__err_dualstack_unsupported(err);
            return NULL;
        }
        if (family != AF_INET6) {
            csock__err_dualstack_family(err);
            return NULL;
        }
    }
    csock *s = csock_socket(family, SOCK_STREAM, 0, err);
    if (!s)
        return NULL;
    csock_error ignored;
    (void)csock_setsockopt_int(s, SOL_SOCKET, SO_REUSEADDR, 1, &ignored);
#ifdef SO_REUSEPORT
    if (reuse_port &&
        csock_setsockopt_int(s, SOL_SOCKET, SO_REUSEPORT, 1, err) < 0)
        goto fail;
#endif
#if defined(IPPROTO_IPV6) && defined(IPV6_V6ONLY)
    if (family == AF_INET6 &&
        csock_setsockopt_int(s, IPPROTO_IPV6, IPV6_V6ONLY,
                             dualstack_ipv6 ? 0 : 1, err) < 0)
        goto fail;
#endif
    csock_addr a = addr_for(family, host ? host : "", port);
    csock_error be;
    if (csock_bind(s, &a, &be) < 0) {
        /* socket.py re-raises any OSError (gaierror included) as
         * OSError(errno, strerror + " (while attempting to bind on
         * address %r)"). */
        const char *strerr = strstr(be.message, "] ");
        if ((be.kind == CSOCK_ERR_OS || be.kind == CSOCK_ERR_GAI ||
             be.kind == CSOCK_ERR_HERROR) && be.code != 0 &&
            strncmp(be.message, "[Errno ", 7) == 0 && strerr) {
            char rep[CSOCK_ADDR_HOST_MAX + 8];
            py_repr_str(host ? host : "", rep, sizeof rep);
            csock__set_error(err, CSOCK_ERR_OS, be.code,
                             "[Errno %d] %.*s (while attempting to bind on "
                             "address (%s, %ld))", be.code, 120, strerr + 2,
                             rep, port);
        } else if (err) {
            *err = be;
        }
        goto fail;
    }
    if (csock_listen(s, backlog, err) < 0)
        goto fail;
    return s;
fail:
    csock_close(s, NULL);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* fd passing                                                          */
/* ------------------------------------------------------------------ */

/* SCM_RIGHTS carries ints: csock_fd_t is one wherever fd passing exists. */
_Static_assert(sizeof(csock_fd_t) == sizeof(int), "csock_fd_t is an int on POSIX");

ssize_t csock_send_fds(csock *s, const csock_iov *buffers, size_t nbuffers,
                       const csock_fd_t *fds, size_t nfds, int flags,
                       const csock_addr *addr, csock_error *err)
{
    csock_cmsg c;
    c.level = SOL_SOCKET;
    c.type = SCM_RIGHTS;
    c.data = (void *)fds;
    c.len = nfds * sizeof(int);
    return csock_sendmsg(s, buffers, nbuffers, &c, 1, flags, addr, err);
}

int csock_recv_fds(csock *s, ssize_t bufsize, size_t maxfds, int flags,
                   csock_msg *msg, csock_fd_t *fds, size_t *nfds, csock_error *err)
{
    *nfds = 0;
    if (maxfds > (size_t)(SSIZE_MAX / (ssize_t)sizeof(int)))
        return csock__err_cmsg_out_of_range(err, "CMSG_LEN");
    ssize_t anc = csock_cmsg_len((ssize_t)(maxfds * sizeof(int)), err);
    if (anc < 0)
        return -1;
    memset(msg, 0, sizeof *msg);
    if (csock_recvmsg(s, bufsize, anc, flags, msg, err) < 0)
        return -1;
    for (size_t i = 0; i < msg->nancdata; i++) {
        const csock_cmsg *c = &msg->ancdata[i];
        if (c->level != SOL_SOCKET || c->type != SCM_RIGHTS)
            continue;
        size_t k = c->len / sizeof(int);
        for (size_t j = 0; j < k; j++) {
            int fd;
            memcpy(&fd, (const char *)c->data + j * sizeof(int), sizeof fd);
            if (*nfds < maxfds)
                fds[(*nfds)++] = fd;
            else
                close(fd); /* no room: never leak it */
        }
    }
    return 0;
}

int csock_close_descriptor(csock_fd_t fd, csock_error *err)
{
    if (csock__sys_close(fd) < 0 && errno != ECONNRESET)
        return csock__set_os_error(err, errno);
    return 0;
}

/* ------------------------------------------------------------------ */
/* sendfile                                                            */
/* ------------------------------------------------------------------ */

/* The fallback: read + send from offset (socket.py's _sendfile_use_send). */
static long long sendfile_send(csock *s, int fd, long long offset,
                               const long long *count, csock_error *err)
{
    if (offset && lseek(fd, (off_t)offset, SEEK_SET) < 0)
        return csock__set_os_error(err, errno);
    long long total = 0;
    char buf[8192];
    int failed = 0;
    for (;;) {
        size_t block = sizeof buf;
        if (count) {
            long long left = *count - total;
            if (left <= 0)
                break;
            if ((unsigned long long)left < block)
                block = (size_t)left;
        }
        ssize_t r = read(fd, buf, block);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            failed = csock__set_os_error(err, errno);
            break;
        }
        if (r == 0)
            break;
        size_t off = 0;
        while (off < (size_t)r) {
            ssize_t w = csock_send(s, buf + off, (size_t)r - off, 0, err);
            if (w < 0) {
                failed = -1;
                break;
            }
            off += (size_t)w;
            total += w;
        }
        if (failed)
            break;
    }
    if (total > 0)
        (void)lseek(fd, (off_t)(offset + total), SEEK_SET);
    return failed ? -1 : total;
}

static long long sendfile_held(csock *s, int fd, long long offset,
                               const long long *count, csock_error *err);

long long csock_sendfile(csock *s, int fd, long long offset,
                         const long long *count, csock_error *err)
{
    if (csock__enter(s) < 0)
        return csock__set_os_error(err, EBADF);
    long long r = sendfile_held(s, fd, offset, count, err);
    csock__leave(s);
    return r;
}

static long long sendfile_held(csock *s, int fd, long long offset,
                               const long long *count, csock_error *err)
{
    /* socket.py's _check_sendfile_params: `not self.type & SOCK_STREAM`. */
    if (!(s->type & SOCK_STREAM))
        return csock__err_sendfile_not_stream(err);
    if (count && *count <= 0)
        return csock__err_sendfile_count(err, (long)*count);
#if CSOCK_HAVE_SENDFILE
    struct stat st;
    if (fstat(fd, &st) < 0)
        goto fallback;
    if (st.st_size == 0)
        return 0; /* empty file (socket.py's rule, even for a pipe) */
    /* The mode is read once: the hooks are entered and left below on
     * this one decision. */
    int64_t timeout = csock__timeout(s);
    if (timeout == 0)
        return csock__err_sendfile_nonblocking(err);
    long long total = 0;
    long long pos = offset;
    long long block = count ? *count : (long long)st.st_size;
    if (block > (1LL << 30))
        block = 1LL << 30;
    for (;;) {
        if (count) {
            block = *count - total;
            if (block <= 0)
                break;
            if (block > (1LL << 30))
                block = 1LL << 30;
        }
        /* A decided close puts /dev/null in the fd's place (to wake
         * waiters): sendfile(2), unlike the socket calls (ENOTSOCK), takes
         * a file as its output and would swallow the rest.  A close
         * decided before an attempt ends the call with EBADF, as one
         * decided during it (whatever that attempt wrote may have gone to
         * the placeholder: it is not counted). */
        if (csock__closing(s))
            goto closed;
        if (timeout > 0) {
            /* sendfile(2) has no per-call non-blocking flag: as socket.py,
             * wait up to the timeout before every attempt, so a cleared
             * O_NONBLOCK cannot make it block past it. */
            int w = csock__wait(csock__fd(s), 1, 0, csock__now() + timeout,
                                err);
            if (w < 0)
                goto failed;
            if (w == 0) {
                csock__err_timed_out(err);
                goto failed;
            }
            if (csock__closing(s))
                goto closed;
        }
        ssize_t r;
        int e;
        if (timeout < 0) {
            csock__blocking b = csock__block_begin();
            r = csock__sys_sendfile(csock__fd(s), fd, &pos, (size_t)block);
            e = errno;
            csock__block_end(&b);
        } else {
            r = csock__sys_sendfile(csock__fd(s), fd, &pos, (size_t)block);
            e = errno;
        }
        if (r < 0) {
            if (e == EINTR) {
                if (csock__eintr(err) < 0)
                    goto failed;
                continue;
            }
            if (e == EAGAIN || e == EWOULDBLOCK) {
                /* Blocking mode on a file someone made non-blocking:
                 * wait until some data can go (socket.py does the same);
                 * timeout mode waits at the top of the loop. */
                if (timeout < 0 &&
                    csock__wait(csock__fd(s), 1, 0, -1, err) < 0)
                    goto failed;
                continue;
            }
            if (total == 0) {
                /* Not a file sendfile(2) can read: plain send instead. */
                goto fallback;
            }
            csock__set_os_error(err, e);
            goto failed;
        }
        if (csock__closing(s))
            goto closed;
        if (r == 0)
            break;
        total += r;
    }
    if (total > 0)
        (void)lseek(fd, (off_t)pos, SEEK_SET);
    csock__blocking_balanced();
    return total;
closed:
    csock__set_os_error(err, EBADF);
failed:
    if (total > 0)
        (void)lseek(fd, (off_t)pos, SEEK_SET);
    csock__blocking_balanced();
    return -1;
fallback:
#endif
    if (csock__timeout(s) == 0)
        return csock__err_sendfile_nonblocking(err);
    return sendfile_send(s, fd, offset, count, err);
}
