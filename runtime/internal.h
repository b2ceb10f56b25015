/* Internal interface shared by the runtime and generated/src C files.
 * Not installed; never included by users. */
#ifndef CSOCK_INTERNAL_H
#define CSOCK_INTERNAL_H

/* First: the feature-test macros and CSOCK_HAVE_* of the platform being
 * compiled (generated from spec/platforms.yaml). */
#include "csock_platform.h"

#if !CSOCK_HAVE_RUNTIME
#error "csock has no runtime for this platform yet (runtime: none in spec/platforms.yaml): only its public headers and generated tables exist"
#endif

#include "csock/csock.h"
#include "csock/csock_binding.h"

#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/socket.h>

/* The socket type flags the runtime asks for.  Where socket(2) has no
 * SOCK_CLOEXEC / SOCK_NONBLOCK, two type bits no platform uses stand for
 * them and the syscall layer (runtime/sys.c) applies them with FIOCLEX and
 * FIONBIO instead; accept4 likewise where it is missing. */
#if CSOCK_HAVE_SOCK_CLOEXEC
#define CSOCK__SOCK_CLOEXEC SOCK_CLOEXEC
#define CSOCK__SOCK_NONBLOCK SOCK_NONBLOCK
#else
#define CSOCK__SOCK_CLOEXEC 0x10000000
#define CSOCK__SOCK_NONBLOCK 0x20000000
#endif

/* The flag for every recvmsg: received fds close-on-exec.  Where it is
 * missing, 0, and runtime/msg.c sets FIOCLEX on each received fd. */
#if CSOCK_HAVE_MSG_CMSG_CLOEXEC
#define CSOCK__MSG_CMSG_CLOEXEC MSG_CMSG_CLOEXEC
#else
#define CSOCK__MSG_CMSG_CLOEXEC 0
#endif

#if CSOCK_GEN_LOCK != 1
#error "generated/ does not match this runtime (CSOCK_GEN_LOCK): run `ninja gen`"
#endif

#ifdef __GNUC__
#define CSOCK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define CSOCK__MAYBE_UNUSED __attribute__((unused))
#define CSOCK_LIKELY(x) __builtin_expect(!!(x), 1)
#define CSOCK_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define CSOCK_PRINTF(f, a)
#define CSOCK__MAYBE_UNUSED
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

/* The object.  Threads share it (csock.h states the contract): the fields
 * a call reads while another thread may write them (fd, timeout, the
 * wait-first hint, the lifetime word) are atomics, read with relaxed loads
 * (plain moves on the common targets) once per attempt or once per call;
 * family, type and proto never change after creation. */
struct csock {
    _Atomic int fd;          /* -1 once closed or detached */
    int family;
    int type;                /* without SOCK_NONBLOCK / SOCK_CLOEXEC */
    int proto;
    _Atomic int64_t timeout; /* ns, see CSOCK__BLOCKING */
    /* APR's rule: the last receive was short (stream) or hit EAGAIN, so
     * the next receive waits before trying.  A hint: any thread may set
     * or clear it. */
    _Atomic int read_wait_first;
    /* Who holds the object and its fd, in one word (CSOCK__LIFE_*): the
     * calls in flight that use it, the open makefile streams (Python's
     * socket._io_refs), whether a close or a free was asked for, whether
     * the close was claimed (DONE) and whether the fd was detached.
     * The fd is closed only when a close was asked for and no stream and
     * no call holds it: the last one to leave claims the close in the
     * same CAS that would have dropped its hold, keeps the hold while it
     * closes, then drops it.  So a call never acts on an fd number the
     * process has reused meanwhile, and nobody touches the object after
     * its free: the free goes to whoever makes the one transition to "no
     * holder, FREE set" (csock_free itself, or the last holder to
     * leave).  A call that starts once the close is decided fails with
     * EBADF.  While streams are open, a close only marks the socket
     * closed (Python's rule: calls still work, the fd stays open for the
     * streams).  tests/model/lifetime.pml is this protocol in Promela,
     * step for step, checked by SPIN (`ninja model`). */
    _Atomic unsigned life;
};

#define CSOCK__LIFE_CALL 0x00000001u    /* one call in flight */
#define CSOCK__LIFE_CALLS 0x0003ffffu
#define CSOCK__LIFE_STREAM 0x00040000u  /* one open makefile stream */
#define CSOCK__LIFE_STREAMS 0x0ffc0000u
#define CSOCK__LIFE_HOLDERS (CSOCK__LIFE_CALLS | CSOCK__LIFE_STREAMS)
#define CSOCK__LIFE_DONE 0x10000000u     /* the close is claimed */
#define CSOCK__LIFE_DETACHED 0x20000000u /* csock_detach took the fd */
#define CSOCK__LIFE_CLOSE 0x40000000u
#define CSOCK__LIFE_FREE 0x80000000u

/* Debug builds (CSOCK_DEBUG: the ASan and TSan builds) widen the
 * protocol's windows by 50 us: between the decision a holder took from
 * the word and its first touch of the object after it, and between
 * csock_close's close and its free, so that the stress tests meet a call
 * returning in between in many rounds rather than one in thousands.  The
 * protocol must hold with any delay there. */
#ifdef CSOCK_DEBUG
void csock__race_window(void);
#define CSOCK__RACE_WINDOW() csock__race_window()
#else
#define CSOCK__RACE_WINDOW() ((void)0)
#endif

/* The close is decided: asked for, and no stream keeps the fd open. */
static inline int csock__life_closing(unsigned v)
{
    return (v & CSOCK__LIFE_CLOSE) && !(v & CSOCK__LIFE_STREAMS);
}

#define CSOCK__RELAXED memory_order_relaxed
/* The fd for this attempt (-1 once closed: the syscall says EBADF). */
static inline int csock__fd(const csock *s)
{
    return atomic_load_explicit(&((csock *)s)->fd, CSOCK__RELAXED);
}
/* The mode, read once per call: a concurrent settimeout applies to the
 * calls that start after it. */
static inline int64_t csock__timeout(const csock *s)
{
    return atomic_load_explicit(&((csock *)s)->timeout, CSOCK__RELAXED);
}

/* A holder leaves (`one`: CSOCK__LIFE_CALL or CSOCK__LIFE_STREAM): the
 * CAS loop of runtime/socket.c that claims and performs a decided close
 * and the free, each exactly once.  Returns the close's result (-1 with
 * *err, which may be NULL) when this holder performed it, else 0.  The
 * caller must not touch s afterwards. */
int csock__life_leave(csock *s, unsigned one, csock_error *err);

/* A call that uses the fd holds it from csock__enter to csock__leave:
 * close(2) waits for it (see struct csock's life).  csock__enter fails
 * (-1, errno EBADF, nothing held) once the close is decided;
 * csock__leave is the call's last touch of s (the last holder may close
 * the fd and free the object there).  The fast path is one CAS on a word
 * with neither CLOSE nor FREE (the model's "fast path" step); anything
 * else, a failed CAS included, goes to csock__life_leave, which decides
 * from the value its own CAS replaces. */
static inline void csock__leave(csock *s)
{
    unsigned v = atomic_load_explicit(&s->life, CSOCK__RELAXED);
    if (CSOCK_LIKELY(!(v & (CSOCK__LIFE_CLOSE | CSOCK__LIFE_FREE))) &&
        CSOCK_LIKELY(atomic_compare_exchange_weak_explicit(
            &s->life, &v, v - CSOCK__LIFE_CALL, memory_order_acq_rel,
            CSOCK__RELAXED)))
        return;
    (void)csock__life_leave(s, CSOCK__LIFE_CALL, NULL);
}
static inline int csock__enter(csock *s)
{
    unsigned old = atomic_fetch_add_explicit(&s->life, CSOCK__LIFE_CALL,
                                             memory_order_acquire);
    if (CSOCK_UNLIKELY(csock__life_closing(old))) {
        csock__leave(s);
        errno = EBADF;
        return -1;
    }
    return 0;
}
/* A hold that is never refused, for a call that checks its arguments
 * (reading s: its fd, family, proto) before it enters, so that Python's
 * order of errors stands (a bad address before EBADF): the object cannot
 * be freed under the check.  The matching csock__leave is the call's last
 * touch of s.  (The model's refused call: a fetch_add, then a leave.) */
static inline void csock__hold(csock *s)
{
    atomic_fetch_add_explicit(&s->life, CSOCK__LIFE_CALL,
                              memory_order_acquire);
}

/* r = expr, with s's fd held around it (csock__enter .. csock__leave);
 * r = -1 with errno EBADF when the socket is closed; errno as expr left
 * it otherwise. */
#define CSOCK__HELD(s, r, expr)                                              \
    do {                                                                     \
        if (csock__enter(s) < 0) {                                           \
            (r) = -1;                                                        \
            break;                                                           \
        }                                                                    \
        (r) = (expr);                                                        \
        int e__ = errno;                                                     \
        csock__leave(s);                                                     \
        errno = e__;                                                         \
    } while (0)

/* Inside a call: the close was decided meanwhile (a waiting call then
 * ends with EBADF at its next attempt, as in CPython, whose next attempt
 * uses the fd -1). */
static inline int csock__closing(const csock *s)
{
    return csock__life_closing(
        atomic_load_explicit(&((csock *)s)->life, CSOCK__RELAXED));
}

/* A makefile stream starts / stops using s (runtime/socket.c).  unref
 * performs the close and free deferred while the stream was open; returns
 * -1 with *err if that close failed (the object is freed either way when
 * it was pending). */
/* A makefile stream's hold on s: -1 with EBADF once the close is decided,
 * EMFILE when CSOCK__LIFE_STREAMS is full. */
int csock__io_ref(csock *s, csock_error *err);
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

/* Per-call flags.  CSOCK__DONTWAIT asks the kernel for a non-blocking
 * attempt whatever the file's O_NONBLOCK says (that flag belongs to the
 * open file description: a dup, a fork, fromfd or another library may
 * clear it at any time).  CSOCK__NOSIGNAL makes a send to a peer that
 * has gone fail with EPIPE instead of raising SIGPIPE (where the platform
 * lacks MSG_NOSIGNAL, SO_NOSIGPIPE is set on every new socket instead). */
#ifdef MSG_DONTWAIT
#define CSOCK__DONTWAIT MSG_DONTWAIT
#else
#define CSOCK__DONTWAIT 0
#endif
#if CSOCK_HAVE_MSG_NOSIGNAL
#define CSOCK__NOSIGNAL MSG_NOSIGNAL
#else
#define CSOCK__NOSIGNAL 0
#endif

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
int csock__sys_ioctl_ptr(int fd, unsigned long req, void *arg);
/* accept4 with CSOCK__SOCK_CLOEXEC / CSOCK__SOCK_NONBLOCK flags; where the
 * platform lacks accept4, accept + FIOCLEX + FIONBIO (the new fd's
 * O_NONBLOCK is then set or cleared as asked, never inherited). */
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
/* Put a placeholder (/dev/null, close-on-exec) in fd's place, atomically
 * (dup3/dup2): the socket's last reference goes, so threads polling it
 * wake, and the number stays taken until the placeholder is closed.
 * Best effort: -1 (fd unchanged) when /dev/null cannot be opened. */
int csock__sys_replace_with_placeholder(int fd);
/* sendfile(2) where the platform has it (Linux), never raising SIGPIPE:
 * the signal is blocked in the calling thread for the call, and one the
 * call raised is taken back before it is unblocked. */
#if CSOCK_HAVE_SENDFILE
ssize_t csock__sys_sendfile(int out_fd, int in_fd, long long *offset,
                            size_t count);
#endif
#if CSOCK_HAVE_MMSG
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
/* Nonzero when blocking_begin or blocking_end is installed: a
 * blocking-mode call then makes its first attempt without waiting (and
 * outside the hooks), and enters the hooks only to wait. */
extern int csock__hooks_blocking;

/* The one way to run something that may block inside the hooks: begin and
 * end are paired by construction.
 *
 *     csock__blocking b = csock__block_begin();
 *     r = the_call(...); e = errno;
 *     csock__block_end(&b);
 *
 * Whether a call waits inside the hooks is decided once, before
 * csock__block_begin, from values the call read once (its mode); nothing
 * between begin and end may decide again.  In debug builds (CSOCK_DEBUG)
 * every begin and end is counted per thread, an end without its begin
 * aborts, and csock__blocking_balanced() checks at the end of a call that
 * none is left open. */
typedef struct {
    void *state;
} csock__blocking;

#ifdef CSOCK_DEBUG
extern _Thread_local int csock__blocking_depth;
void csock__blocking_unbalanced(const char *where);
#define CSOCK__DEBUG_BEGIN() (csock__blocking_depth++)
#define CSOCK__DEBUG_END()                                                 \
    ((csock__blocking_depth-- <= 0) ? csock__blocking_unbalanced("end")    \
                                    : (void)0)
#define csock__blocking_balanced()                                         \
    ((csock__blocking_depth != 0) ? csock__blocking_unbalanced(__func__)   \
                                  : (void)0)
#else
#define CSOCK__DEBUG_BEGIN() ((void)0)
#define CSOCK__DEBUG_END() ((void)0)
#define csock__blocking_balanced() ((void)0)
#endif

static inline csock__blocking csock__block_begin(void)
{
    csock__blocking b = { NULL };
    CSOCK__DEBUG_BEGIN();
    if (CSOCK_UNLIKELY(csock__hooks.blocking_begin != NULL))
        b.state = csock__hooks.blocking_begin(csock__hooks.ctx);
    return b;
}
static inline void csock__block_end(csock__blocking *b)
{
    CSOCK__DEBUG_END();
    if (CSOCK_UNLIKELY(csock__hooks.blocking_end != NULL))
        csock__hooks.blocking_end(csock__hooks.ctx, b->state);
    b->state = NULL;
}
/* After EINTR: 0 = retry, -1 = abort (err filled with CSOCK_ERR_ABORTED). */
int csock__eintr(csock_error *err);

/* Monotonic clock, ns. */
int64_t csock__now(void);

/* Convert API seconds (CSOCK_TIMEOUT_NONE = None) to ns with Python's
 * checks. */
int csock__timeout_from_double(double t, int64_t *out, csock_error *err);
double csock__timeout_to_double(int64_t ns);

/* One socket operation attempt, with `flags` added to the syscall's own
 * (CSOCK__DONTWAIT for an attempt that must not wait, else 0).  Reads the
 * fd with csock__fd(s) (a socket closed by another thread meanwhile gives
 * EBADF).  Returns >= 0 on success, -1 with errno on failure. */
typedef ssize_t (*csock__op_fn)(csock *s, void *arg, int flags);

/* What csock__sock_call waits for and how. */
enum {
    CSOCK__WAIT_READ = 0,
    CSOCK__WAIT_WRITE = 1,
    /* Wait before the first attempt (APR's rule after a short receive;
     * sendall after a short send). */
    CSOCK__WAIT_FIRST = 2,
    /* The operation has no per-call non-blocking flag (accept): in
     * timeout mode it waits before every attempt (as CPython), so a
     * cleared O_NONBLOCK cannot make it block past the deadline; in
     * blocking mode its only attempt runs inside the hooks. */
    CSOCK__NO_DONTWAIT = 4,
    /* Blocking mode only: no first attempt outside the hooks (a call
     * whose partial success could not be completed later, sendmsg). */
    CSOCK__NO_TRY = 8,
    /* The caller passed MSG_DONTWAIT itself: in blocking mode EAGAIN is
     * its answer (BlockingIOError, as CPython), never a reason to wait;
     * timeout mode waits as CPython does. */
    CSOCK__USER_NOWAIT = 16,
    /* csock__sock_call_after: the failed first attempt was the blocking
     * syscall itself (blocking mode, no per-call non-blocking flag): its
     * EAGAIN means someone set O_NONBLOCK on the shared file, and is the
     * caller's answer (BlockingIOError, as CPython), not a reason to
     * wait. */
    CSOCK__TRIED_BLOCKING = 32
};

/* CSOCK__USER_NOWAIT when the user's flags ask for a non-blocking call. */
static inline int csock__user_nowait(int flags)
{
    return (CSOCK__DONTWAIT != 0 && (flags & CSOCK__DONTWAIT))
               ? CSOCK__USER_NOWAIT
               : 0;
}

/* Run op on s in the mode `timeout` (read once by the caller), with
 * Python's semantics and the try-first strategy:
 *  - timeout mode: every attempt non-blocking (CSOCK__DONTWAIT), a wait
 *    (poll) only after EAGAIN, all within one deadline;
 *  - non-blocking mode: one non-blocking attempt (EINTR retried);
 *  - blocking mode: with blocking hooks installed, a first attempt that
 *    does not wait, outside the hooks (a ready socket costs no hook call),
 *    then the blocking syscall inside the hooks; without hooks the
 *    blocking syscall at once.  An EAGAIN from the blocking syscall in
 *    blocking mode (someone set O_NONBLOCK on the shared file) is the
 *    answer, as with CPython (BlockingIOError): blocking mode makes the
 *    blocking syscall, and the file's flag decides what it does; only
 *    timeout mode holds its deadline whatever O_NONBLOCK says.
 * EINTR runs the on_eintr hook and retries with the remaining time (PEP
 * 475).  *deadline may carry a deadline already started (sendall): pass a
 * pointer to 0 to start one, or NULL.  Returns op's result or -1 with
 * *err filled (OSError, timed out, aborted). */
ssize_t csock__sock_call(csock *s, int64_t timeout, int how, csock__op_fn op,
                         void *arg, int64_t *deadline, csock_error *err);

/* The rest of csock__sock_call after a first attempt made by a caller's
 * fast path failed with errno e: EINTR goes to the hook and is retried,
 * EAGAIN waits (timeout and blocking modes), anything else is the
 * OSError. */
ssize_t csock__sock_call_after(csock *s, int64_t timeout, int how, int e,
                               csock__op_fn op, void *arg, int64_t *deadline,
                               csock_error *err);

/* csock__sock_call for a receive of `want` bytes with the user's flags: applies and updates the
 * socket's wait-first hint (APR's rule) in timeout and blocking modes. */
ssize_t csock__recv_call(csock *s, csock__op_fn op, void *arg, size_t want,
                         int flags, csock_error *err);
/* The same for a batch of `want` messages (recvmmsg): fewer is short. */
ssize_t csock__recv_batch_call(csock *s, csock__op_fn op, void *arg,
                               size_t want, int flags, csock_error *err);

/* Set (to 1) when an attempt found nothing (EAGAIN) and the call went on
 * to wait for it.  Receives clear it before a call and read it after
 * (APR's rule: a receive that had to wait makes the next one wait first;
 * a wait-first receive that comes back full makes the next one try first
 * again).  Deterministic: no clock is read. */
extern _Thread_local int csock__waited CSOCK__TLS_IE;
/* csock_hooks_released(): this thread's binding holds nothing the blocking
 * hooks would release, so blocking mode has no reason to try first. */
extern _Thread_local int csock__released CSOCK__TLS_IE;

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
/* csock__addr_out takes the socket's proto (read while the call holds s:
 * it runs after the hold is gone). */
int csock__addr_out(int proto, const struct sockaddr *sa, socklen_t len,
                    csock_addr *out, csock_error *err);

#endif
