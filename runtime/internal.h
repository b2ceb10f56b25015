/* Internal interface shared by the runtime and generated/src C files.
 * Not installed; never included by users. */
#ifndef CSOCK_INTERNAL_H
#define CSOCK_INTERNAL_H

#include "csock/csock.h"

#include <poll.h>
#include <stdint.h>
#include <sys/socket.h>

#if CSOCK_GEN_ABI != 1
#error "generated/ does not match this runtime (CSOCK_GEN_ABI): run `ninja gen`"
#endif

#ifdef __GNUC__
#define CSOCK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define CSOCK_LIKELY(x) __builtin_expect(!!(x), 1)
#define CSOCK_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define CSOCK_PRINTF(f, a)
#define CSOCK_LIKELY(x) (x)
#define CSOCK_UNLIKELY(x) (x)
#endif

/* Fill *err (may be NULL) with kind, code and a printf-formatted message.
 * Returns -1 so callers can `return csock__set_error(...)`. */
int csock__set_error(csock_error *err, int kind, int code, const char *fmt, ...)
    CSOCK_PRINTF(4, 5);

/* OSError from an errno value: "[Errno N] strerror(N)".  Returns -1. */
int csock__set_os_error(csock_error *err, int errnum);

/* OSError with a fixed message and errno code, as CPython's
 * PyErr_SetString(PyExc_OSError, msg): message is msg alone. */
int csock__set_os_message(csock_error *err, int errnum, const char *msg);

/* Clear *err to CSOCK_ERR_NONE (err may be NULL). */
void csock__clear_error(csock_error *err);

/* ------------------------------------------------------------------ */
/* The socket object                                                   */
/* ------------------------------------------------------------------ */

/* Timeouts are int64 nanoseconds: CSOCK__BLOCKING (-1) is None (blocking
 * mode), 0 is non-blocking, > 0 is timeout mode (fd O_NONBLOCK). */
#define CSOCK__BLOCKING ((int64_t)-1)

struct csock {
    int fd;          /* -1 once closed or detached */
    int family;
    int type;        /* without SOCK_NONBLOCK / SOCK_CLOEXEC */
    int proto;
    int64_t timeout; /* ns, see CSOCK__BLOCKING */
    /* APR's rule: the last receive was short (stream) or hit EAGAIN, so
     * the next receive in timeout mode polls before trying. */
    int read_wait_first;
    /* Python's socket._io_refs / _closed for makefile streams: while
     * io_refs > 0, csock_close_fd only records close_pending (the fd stays
     * open for the streams) and csock_free only records free_pending; the
     * last stream to close does the deferred close and free. */
    int io_refs;
    unsigned char close_pending;
    unsigned char free_pending;
};

/* A makefile stream starts / stops using s (runtime/socket.c).  unref
 * performs the close and free deferred while the stream was open; returns
 * -1 with *err if that close failed (the object is freed either way when
 * it was pending). */
void csock__io_ref(csock *s);
int csock__io_unref(csock *s, csock_error *err);

/* Default timeout for new sockets (ns, CSOCK__BLOCKING for None). */
int64_t csock__default_timeout(void);

/* Allocate and initialise an object around fd (which it then owns) in the
 * mode of the default timeout, setting O_NONBLOCK when needed unless
 * fd_nonblocking says the fd already is.  On failure closes fd unless
 * close_on_error is 0, and returns NULL. */
csock *csock__wrap_fd(int fd, int family, int type, int proto,
                      int fd_nonblocking, int close_on_error,
                      csock_error *err);

/* Set O_NONBLOCK on or off (one syscall: ioctl FIONBIO). */
int csock__set_fd_nonblocking(int fd, int nonblocking, csock_error *err);

/* ------------------------------------------------------------------ */
/* The syscall layer (runtime/sys.c)                                   */
/* ------------------------------------------------------------------ */
/* Every syscall the runtime makes goes through one of these thin,
 * out-of-line functions, each counted once in csock_syscall_count().
 * They keep libc's convention (-1 and errno).  Tests wrap them at link
 * time (-Wl,--wrap=csock__sys_recv) to inject faults. */
int csock__sys_socket(int domain, int type, int protocol);
int csock__sys_socketpair(int domain, int type, int protocol, int sv[2]);
int csock__sys_close(int fd);
int csock__sys_dup(int fd); /* F_DUPFD_CLOEXEC */
int csock__sys_fcntl(int fd, int cmd, int arg);
int csock__sys_ioctl_int(int fd, unsigned long req, int *arg);
int csock__sys_ioctl_void(int fd, unsigned long req);
int csock__sys_accept4(int fd, struct sockaddr *addr, socklen_t *len,
                       int flags);
int csock__sys_bind(int fd, const struct sockaddr *addr, socklen_t len);
int csock__sys_connect(int fd, const struct sockaddr *addr, socklen_t len);
int csock__sys_listen(int fd, int backlog);
int csock__sys_shutdown(int fd, int how);
int csock__sys_getsockname(int fd, struct sockaddr *addr, socklen_t *len);
int csock__sys_getpeername(int fd, struct sockaddr *addr, socklen_t *len);
int csock__sys_getsockopt(int fd, int level, int name, void *val,
                          socklen_t *len);
int csock__sys_setsockopt(int fd, int level, int name, const void *val,
                          socklen_t len);
ssize_t csock__sys_recv(int fd, void *buf, size_t len, int flags);
ssize_t csock__sys_recvfrom(int fd, void *buf, size_t len, int flags,
                            struct sockaddr *addr, socklen_t *alen);
ssize_t csock__sys_recvmsg(int fd, struct msghdr *msg, int flags);
ssize_t csock__sys_send(int fd, const void *buf, size_t len, int flags);
ssize_t csock__sys_sendto(int fd, const void *buf, size_t len, int flags,
                          const struct sockaddr *addr, socklen_t alen);
ssize_t csock__sys_sendmsg(int fd, const struct msghdr *msg, int flags);
int csock__sys_poll(struct pollfd *fds, nfds_t n, int timeout_ms);
#ifdef __linux__
struct mmsghdr;
int csock__sys_sendmmsg(int fd, struct mmsghdr *v, unsigned int n, int flags);
int csock__sys_recvmmsg(int fd, struct mmsghdr *v, unsigned int n, int flags);
#endif

/* The counter behind csock_syscall_count().  initial-exec: one %fs-relative
 * add, no __tls_get_addr sequence, even when built -fPIC (8 bytes of
 * static TLS are always available to a dlopen'ed library). */
#ifdef __GNUC__
#define CSOCK__TLS_IE __attribute__((tls_model("initial-exec")))
#else
#define CSOCK__TLS_IE
#endif
extern _Thread_local uint64_t csock__syscalls CSOCK__TLS_IE;

/* ------------------------------------------------------------------ */
/* Hooks, deadlines and waiting (runtime/wait.c)                       */
/* ------------------------------------------------------------------ */

extern csock_hooks csock__hooks;
/* Nonzero when blocking_begin or blocking_end is installed: blocking-mode
 * calls then go through csock__sock_call; otherwise the I/O fast paths
 * call the syscall directly. */
extern int csock__hooks_blocking;

/* Around a potentially blocking call: cheap when no hooks. */
static inline void *csock__block_begin(void)
{
    if (CSOCK_LIKELY(!csock__hooks.blocking_begin))
        return NULL;
    return csock__hooks.blocking_begin(csock__hooks.ctx);
}
static inline void csock__block_end(void *state)
{
    if (CSOCK_UNLIKELY(csock__hooks.blocking_end != NULL))
        csock__hooks.blocking_end(csock__hooks.ctx, state);
}
/* After EINTR: 0 = retry, -1 = abort (err filled with CSOCK_ERR_ABORTED). */
int csock__eintr(csock_error *err);

/* Monotonic clock, ns. */
int64_t csock__now(void);

/* Convert API seconds (NULL = None) to ns with Python's checks. */
int csock__timeout_from_double(const double *t, int64_t *out,
                               csock_error *err);
double csock__timeout_to_double(int64_t ns);

/* One socket operation attempt.  Returns >= 0 on success, -1 with errno
 * on failure. */
typedef ssize_t (*csock__op_fn)(csock *s, void *arg);

enum {
    CSOCK__WAIT_READ = 0,
    CSOCK__WAIT_WRITE = 1
};

/* Run op on s with Python's mode semantics and the try-first strategy:
 * blocking mode calls op (inside the hooks) until it is not EINTR;
 * non-blocking mode calls it once (retrying EINTR); timeout mode calls it
 * and polls only on EAGAIN (or first, when wait_first), all within one
 * deadline.  *deadline may carry a deadline already started (sendall):
 * pass a pointer to 0 to start one.  Returns op's result or -1 with *err
 * filled (OSError, timed out, aborted). */
ssize_t csock__sock_call(csock *s, int writing, int wait_first,
                         csock__op_fn op, void *arg, int64_t *deadline,
                         csock_error *err);

/* The rest of csock__sock_call after a first attempt (made by a fast path
 * outside the hooks: timeout or non-blocking mode, or blocking mode with
 * no blocking hooks) failed with errno e: EINTR goes to the hook and is
 * retried, EAGAIN in timeout mode waits, anything else is the OSError. */
ssize_t csock__sock_call_after(csock *s, int writing, int e, csock__op_fn op,
                               void *arg, int64_t *deadline,
                               csock_error *err);

/* csock__sock_call for a receive of `want` bytes, applying and updating
 * the socket's wait-first flag (APR's rule) in timeout mode. */
ssize_t csock__recv_call(csock *s, csock__op_fn op, void *arg, size_t want,
                         csock_error *err);

/* Poll fd for events until deadline (ns, monotonic; < 0 = forever),
 * hooks around the wait, EINTR retried with the remaining time.
 * Returns 1 ready, 0 timed out, -1 error (*err filled). */
int csock__wait(int fd, int writing, int connect, int64_t deadline,
                csock_error *err);

/* ------------------------------------------------------------------ */
/* Resolving host names (runtime/resolve.c)                            */
/* ------------------------------------------------------------------ */

struct addrinfo;
struct sockaddr_storage;

/* Python's set_gaierror: EAI_SYSTEM is an OSError from errno, any other
 * code a gaierror "[Errno <code>] <gai_strerror>".  Returns -1. */
int csock__gai_error(csock_error *err, int code);

/* Python's set_herror: herror "[Errno <h_errno>] <hstrerror>".  Returns -1. */
int csock__h_error(csock_error *err, int code);

/* Python's setipaddr(): resolve name for family af (AF_INET, AF_INET6 or
 * AF_UNSPEC) into *ss: '' is the wildcard, '<broadcast>' INADDR_BROADCAST,
 * numeric addresses skip the resolver, anything else is getaddrinfo's
 * first answer.  Returns the address length or -1 with *err. */
int csock__setipaddr(const char *name, int af,
                         struct sockaddr_storage *ss, csock_error *err);

/* getaddrinfo(3) inside the runtime's blocking hooks. */
int csock__getaddrinfo(const char *host, const char *serv,
                           const struct addrinfo *hints,
                           struct addrinfo **res);

/* Address helpers (runtime/socket.c): encode for this socket, decode. */
int csock__addr_in(csock *s, const csock_addr *a, const char *caller,
                   struct sockaddr_storage *ss, socklen_t *len,
                   csock_error *err);
int csock__addr_out(csock *s, const struct sockaddr *sa, socklen_t len,
                    csock_addr *out, csock_error *err);

#endif
