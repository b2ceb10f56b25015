/* The syscall layer: every syscall the runtime makes, counted once.
 *
 * Each function is out of line in this translation unit and called from
 * the others, so a test can replace any of them at link time with
 * -Wl,--wrap=csock__sys_<name> (the wrapper calls __real_...).  Nothing
 * here retries or interprets errors: that is runtime/wait.c's job. */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

_Thread_local uint64_t csock__syscalls CSOCK__TLS_IE;

uint64_t csock_syscall_count(void)
{
    return csock__syscalls;
}

#define COUNT() (csock__syscalls++)

#if !CSOCK_HAVE_SOCK_CLOEXEC || !CSOCK_HAVE_ACCEPT4
/* What SOCK_CLOEXEC / SOCK_NONBLOCK in a type (or accept4's flags) would
 * have done, on a new fd: close-on-exec always, O_NONBLOCK set or cleared
 * as asked.  On failure closes fd and returns -1 with errno. */
static int apply_type_flags(int fd, int flags)
{
    int nb = (flags & CSOCK__SOCK_NONBLOCK) != 0;
    COUNT();
    if (ioctl(fd, FIOCLEX) == 0) {
        COUNT();
        if (ioctl(fd, FIONBIO, &nb) == 0)
            return fd;
    }
    int e = errno;
    COUNT();
    close(fd);
    errno = e;
    return -1;
}
#endif

int csock__sys_socket(int domain, int type, int protocol)
{
    COUNT();
#if CSOCK_HAVE_SOCK_CLOEXEC
    return socket(domain, type, protocol);
#else
    int flags = type & (CSOCK__SOCK_CLOEXEC | CSOCK__SOCK_NONBLOCK);
    int fd = socket(domain, type & ~flags, protocol);
    return fd < 0 ? -1 : apply_type_flags(fd, flags);
#endif
}

int csock__sys_socketpair(int domain, int type, int protocol, int sv[2])
{
    COUNT();
#if CSOCK_HAVE_SOCK_CLOEXEC
    return socketpair(domain, type, protocol, sv);
#else
    int flags = type & (CSOCK__SOCK_CLOEXEC | CSOCK__SOCK_NONBLOCK);
    if (socketpair(domain, type & ~flags, protocol, sv) < 0)
        return -1;
    if (apply_type_flags(sv[0], flags) < 0) {
        int e = errno;
        COUNT();
        close(sv[1]);
        errno = e;
        return -1;
    }
    if (apply_type_flags(sv[1], flags) < 0) {
        int e = errno;
        COUNT();
        close(sv[0]);
        errno = e;
        return -1;
    }
    return 0;
#endif
}

int csock__sys_close(int fd)
{
    COUNT();
    return close(fd);
}

int csock__sys_dup(int fd)
{
    COUNT();
    return fcntl(fd, F_DUPFD_CLOEXEC, 0);
}

int csock__sys_fcntl(int fd, int cmd, int arg)
{
    COUNT();
    return fcntl(fd, cmd, arg);
}

int csock__sys_ioctl_int(int fd, unsigned long req, int *arg)
{
    COUNT();
    return ioctl(fd, req, arg);
}

int csock__sys_ioctl_ptr(int fd, unsigned long req, void *arg)
{
    COUNT();
    return ioctl(fd, req, arg);
}

int csock__sys_ioctl_void(int fd, unsigned long req)
{
    COUNT();
    return ioctl(fd, req);
}

int csock__sys_accept4(int fd, struct sockaddr *addr, socklen_t *len,
                       int flags)
{
    COUNT();
#if CSOCK_HAVE_ACCEPT4
    return accept4(fd, addr, len, flags);
#else
    int nfd = accept(fd, addr, len);
    return nfd < 0 ? -1 : apply_type_flags(nfd, flags);
#endif
}

int csock__sys_bind(int fd, const struct sockaddr *addr, socklen_t len)
{
    COUNT();
    return bind(fd, addr, len);
}

int csock__sys_connect(int fd, const struct sockaddr *addr, socklen_t len)
{
    COUNT();
    return connect(fd, addr, len);
}

int csock__sys_listen(int fd, int backlog)
{
    COUNT();
    return listen(fd, backlog);
}

int csock__sys_shutdown(int fd, int how)
{
    COUNT();
    return shutdown(fd, how);
}

int csock__sys_getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
    COUNT();
    return getsockname(fd, addr, len);
}

int csock__sys_getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
    COUNT();
    return getpeername(fd, addr, len);
}

int csock__sys_getsockopt(int fd, int level, int name, void *val,
                          socklen_t *len)
{
    COUNT();
    return getsockopt(fd, level, name, val, len);
}

int csock__sys_setsockopt(int fd, int level, int name, const void *val,
                          socklen_t len)
{
    COUNT();
    return setsockopt(fd, level, name, val, len);
}

ssize_t csock__sys_recv(int fd, void *buf, size_t len, int flags)
{
    COUNT();
    return recv(fd, buf, len, flags);
}

ssize_t csock__sys_recvfrom(int fd, void *buf, size_t len, int flags,
                            struct sockaddr *addr, socklen_t *alen)
{
    COUNT();
    return recvfrom(fd, buf, len, flags, addr, alen);
}

ssize_t csock__sys_recvmsg(int fd, struct msghdr *msg, int flags)
{
    COUNT();
    return recvmsg(fd, msg, flags);
}

ssize_t csock__sys_send(int fd, const void *buf, size_t len, int flags)
{
    COUNT();
    return send(fd, buf, len, flags);
}

ssize_t csock__sys_sendto(int fd, const void *buf, size_t len, int flags,
                          const struct sockaddr *addr, socklen_t alen)
{
    COUNT();
    return sendto(fd, buf, len, flags, addr, alen);
}

ssize_t csock__sys_sendmsg(int fd, const struct msghdr *msg, int flags)
{
    COUNT();
    return sendmsg(fd, msg, flags);
}

int csock__sys_replace_with_placeholder(int fd)
{
    COUNT();
    int d = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (d < 0)
        return -1;
    COUNT();
#if CSOCK_HAVE_DUP3
    int r = dup3(d, fd, O_CLOEXEC);
#else
    int r = dup2(d, fd);
    if (r >= 0)
        (void)fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
    COUNT();
    close(d);
    return r < 0 ? -1 : 0;
}

int csock__sys_poll(struct pollfd *fds, nfds_t n, int timeout_ms)
{
    COUNT();
    return poll(fds, n, timeout_ms);
}

#if CSOCK_HAVE_SENDFILE
#include <sys/sendfile.h>
#include <time.h>

ssize_t csock__sys_sendfile(int out_fd, int in_fd, long long *offset,
                            size_t count)
{
    /* sendfile(2) has no MSG_NOSIGNAL: block SIGPIPE in this thread for
     * the call, and if the call raised one (EPIPE or short, and SIGPIPE was not
     * already blocked, so nothing of it could be pending before), take it
     * back before unblocking, so the process never sees it. */
    sigset_t pipe, old;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    COUNT();
    pthread_sigmask(SIG_BLOCK, &pipe, &old);
    off_t off = (off_t)*offset;
    COUNT();
    ssize_t r = sendfile(out_fd, in_fd, &off, count);
    int e = errno;
    *offset = (long long)off;
    /* A peer that goes during the call may also cut a transfer short
     * (a partial count, no error) and still raise the signal. */
    if ((r < 0 ? e == EPIPE : (size_t)r < count) &&
        !sigismember(&old, SIGPIPE)) {
        sigset_t pending;
        COUNT();
        if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE)) {
            const struct timespec zero = { 0, 0 };
            COUNT();
            (void)sigtimedwait(&pipe, NULL, &zero);
        }
    }
    COUNT();
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return r;
}
#endif

#if CSOCK_HAVE_MMSG
int csock__sys_sendmmsg(int fd, struct mmsghdr *v, unsigned int n, int flags)
{
    COUNT();
    return sendmmsg(fd, v, n, flags);
}

int csock__sys_recvmmsg(int fd, struct mmsghdr *v, unsigned int n, int flags)
{
    COUNT();
    return recvmmsg(fd, v, n, flags, NULL);
}
#endif
