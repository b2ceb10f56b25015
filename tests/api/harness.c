/* The generated API tests' harness (see harness.h).  Linked with
 * -Wl,--wrap=csock__sys_<each>,--wrap=malloc,... (mk/tests_gen.ninja). */
#include "harness.h"

#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/stat.h>

#include "internal.h"

/* ---- faults ------------------------------------------------------------- */

static int sys_k, sys_errno, sys_n, alloc_k, alloc_n, fired;
int api_polls;
short api_last_poll_events;

void api_fault_syscall(int k, int e)
{
    sys_k = k;
    sys_errno = e;
    sys_n = 0;
    fired = 0;
}

void api_fault_alloc(int k)
{
    alloc_k = k;
    alloc_n = 0;
    fired = 0;
}

int api_fault_hit(void)
{
    sys_k = alloc_k = 0;
    return fired;
}

static int sys_fails(void)
{
    if (sys_k > 0 && ++sys_n == sys_k) {
        fired = 1;
        errno = sys_errno;
        return 1;
    }
    return 0;
}

static int alloc_fails(void)
{
    if (alloc_k > 0 && ++alloc_n == alloc_k) {
        fired = 1;
        errno = ENOMEM;
        return 1;
    }
    return 0;
}

/* One wrapper per syscall of runtime/internal.h: fail on purpose (without
 * running the syscall), else the real one. */
#define WRAP(ret, name, params, args)                                          \
    ret __real_csock__sys_##name params;                                       \
    ret __wrap_csock__sys_##name params;                                       \
    ret __wrap_csock__sys_##name params                                        \
    {                                                                          \
        if (sys_fails())                                                       \
            return -1;                                                         \
        return __real_csock__sys_##name args;                                  \
    }

WRAP(int, socket, (int d, int t, int p), (d, t, p))
WRAP(int, socketpair, (int d, int t, int p, int sv[2]), (d, t, p, sv))
/* close(2) releases the descriptor even when it reports an error. */
int __real_csock__sys_close(int fd);
int __wrap_csock__sys_close(int fd);
int __wrap_csock__sys_close(int fd)
{
    if (sys_fails()) {
        int e = errno;
        __real_csock__sys_close(fd);
        errno = e;
        return -1;
    }
    return __real_csock__sys_close(fd);
}
WRAP(int, dup, (int fd), (fd))
WRAP(int, fcntl, (int fd, int cmd, int arg), (fd, cmd, arg))
WRAP(int, ioctl_int, (int fd, unsigned long r, int *a), (fd, r, a))
WRAP(int, ioctl_void, (int fd, unsigned long r), (fd, r))
WRAP(int, accept4, (int fd, struct sockaddr *a, socklen_t *l, int f), (fd, a, l, f))
WRAP(int, bind, (int fd, const struct sockaddr *a, socklen_t l), (fd, a, l))
WRAP(int, connect, (int fd, const struct sockaddr *a, socklen_t l), (fd, a, l))
WRAP(int, listen, (int fd, int b), (fd, b))
WRAP(int, shutdown, (int fd, int h), (fd, h))
WRAP(int, getsockname, (int fd, struct sockaddr *a, socklen_t *l), (fd, a, l))
WRAP(int, getpeername, (int fd, struct sockaddr *a, socklen_t *l), (fd, a, l))
WRAP(int, getsockopt, (int fd, int lv, int n, void *v, socklen_t *l), (fd, lv, n, v, l))
WRAP(int, setsockopt, (int fd, int lv, int n, const void *v, socklen_t l), (fd, lv, n, v, l))
WRAP(ssize_t, recv, (int fd, void *b, size_t l, int f), (fd, b, l, f))
WRAP(ssize_t, recvfrom, (int fd, void *b, size_t l, int f, struct sockaddr *a, socklen_t *al),
     (fd, b, l, f, a, al))
WRAP(ssize_t, recvmsg, (int fd, struct msghdr *m, int f), (fd, m, f))
WRAP(ssize_t, send, (int fd, const void *b, size_t l, int f), (fd, b, l, f))
WRAP(ssize_t, sendto, (int fd, const void *b, size_t l, int f, const struct sockaddr *a, socklen_t al),
     (fd, b, l, f, a, al))
WRAP(ssize_t, sendmsg, (int fd, const struct msghdr *m, int f), (fd, m, f))
WRAP(int, sendmmsg, (int fd, struct mmsghdr *v, unsigned int n, int f), (fd, v, n, f))
WRAP(int, recvmmsg, (int fd, struct mmsghdr *v, unsigned int n, int f), (fd, v, n, f))

int __real_csock__sys_poll(struct pollfd *fds, nfds_t n, int ms);
int __wrap_csock__sys_poll(struct pollfd *fds, nfds_t n, int ms);
int __wrap_csock__sys_poll(struct pollfd *fds, nfds_t n, int ms)
{
    api_polls++;
    api_last_poll_events = n ? fds[0].events : 0;
    if (sys_fails())
        return -1;
    return __real_csock__sys_poll(fds, n, ms);
}

/* Allocations of the statically linked objects (the tests, libcsock);
 * Criterion is a shared library and keeps the real ones. */
void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t k, size_t n);
void *__wrap_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n) { return alloc_fails() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t k, size_t n) { return alloc_fails() ? NULL : __real_calloc(k, n); }
void *__wrap_realloc(void *p, size_t n) { return alloc_fails() ? NULL : __real_realloc(p, n); }

/* ---- hooks -------------------------------------------------------------- */

int api_hook_begins;

static void *hook_begin(void *ctx)
{
    (void)ctx;
    api_hook_begins++;
    return NULL;
}

static void hook_end(void *ctx, void *st)
{
    (void)ctx;
    (void)st;
}

void api_hooks_install(void)
{
    static const csock_hooks h = {hook_begin, hook_end, NULL, NULL};
    api_hook_begins = 0;
    csock_set_hooks(&h);
}

/* ---- fixtures ----------------------------------------------------------- */

csock_addr api_loopback;

#define OK(call)                                                               \
    do {                                                                       \
        csock_error e_;                                                        \
        cr_assert((call) >= 0, "fixture: %s: %s", #call, e_.message);          \
    } while (0)
#define NEW(var, call)                                                         \
    do {                                                                       \
        csock_error e_;                                                        \
        (var) = (call);                                                        \
        cr_assert((var) != NULL, "fixture: %s: %s", #call, e_.message);        \
    } while (0)

static csock *tcp_listener(int backlog, csock_addr *addr)
{
    csock *l;
    NEW(l, csock_socket(AF_INET, SOCK_STREAM, 0, &e_));
    OK(csock_bind(l, &api_loopback, &e_));
    OK(csock_listen(l, backlog, &e_));
    OK(csock_getsockname(l, addr, &e_));
    return l;
}

/* Fill s's send buffer: datagrams or bytes until EAGAIN (in
 * non-blocking mode; the test sets the mode it wants afterwards). */
static void fill(csock *s)
{
    static char junk[4096];
    csock_error e;
    cr_assert_eq(csock_setblocking(s, 0, NULL), 0);
    while (csock_send(s, junk, sizeof junk, 0, &e) > 0)
        ;
    cr_assert_eq(e.code, EAGAIN, "fixture: filling the send buffer: %s", e.message);
    cr_assert_eq(csock_setblocking(s, 1, NULL), 0);
}

static void file_open(api_fx *fx)
{
    char path[] = "/tmp/csock-api-XXXXXX";
    fx->file_fd = mkstemp(path);
    cr_assert_geq(fx->file_fd, 0);
    unlink(path);
    static char data[8192];
    cr_assert_eq(write(fx->file_fd, data, sizeof data), (ssize_t)sizeof data);
    lseek(fx->file_fd, 0, SEEK_SET);
}

void api_fx_open(api_fx *fx, int kind, int ready, int waits)
{
    memset(fx, 0, sizeof *fx);
    fx->kind = kind;
    fx->file_fd = -1;
    file_open(fx);
    csock *p[2];
    switch (kind) {
    case API_FX_NONE:
        if (waits == API_WAIT_CONNECT) { /* csock_create_connection's target */
            fx->peer = tcp_listener(ready ? 8 : 0, &fx->addr);
            goto backlog;
        }
        break;
    case API_FX_PAIR:
    case API_FX_DGRAM:
        OK(csock_socketpair(AF_UNIX, kind == API_FX_PAIR ? SOCK_STREAM : SOCK_DGRAM, 0, p, &e_));
        fx->s = p[0];
        fx->peer = p[1];
        if (ready && waits == API_WAIT_READ)
            cr_assert_eq(csock_send(fx->peer, "0123456789abcdef", 16, 0, NULL), 16);
        if (!ready && waits == API_WAIT_WRITE)
            fill(fx->s);
        break;
    case API_FX_UNIX_DGRAM: {
        strcpy(fx->dir, "/tmp/csock-api-XXXXXX");
        cr_assert_not_null(mkdtemp(fx->dir));
        char path[96];
        NEW(fx->s, csock_socket(AF_UNIX, SOCK_DGRAM, 0, &e_));
        NEW(fx->peer, csock_socket(AF_UNIX, SOCK_DGRAM, 0, &e_));
        snprintf(path, sizeof path, "%s/s", fx->dir);
        csock_addr a = csock_addr_unix(path);
        OK(csock_bind(fx->s, &a, &e_));
        snprintf(path, sizeof path, "%s/peer", fx->dir);
        fx->addr = csock_addr_unix(path);
        OK(csock_bind(fx->peer, &fx->addr, &e_));
        if (ready && waits == API_WAIT_READ) {
            csock_addr to = csock_addr_unix(strcat(strcpy(path, fx->dir), "/s"));
            cr_assert_eq(csock_sendto(fx->peer, "x", 1, 0, &to, NULL), 1);
        }
        if (!ready && waits == API_WAIT_WRITE) {
            csock_error e;
            static char junk[64];
            cr_assert_eq(csock_setblocking(fx->s, 0, NULL), 0);
            while (csock_sendto(fx->s, junk, sizeof junk, 0, &fx->addr, &e) > 0)
                ;
            cr_assert_eq(e.code, EAGAIN, "fixture: %s", e.message);
            cr_assert_eq(csock_setblocking(fx->s, 1, NULL), 0);
        }
        break;
    }
    case API_FX_TCP:
        NEW(fx->s, csock_socket(AF_INET, SOCK_STREAM, 0, &e_));
        fx->peer = tcp_listener(ready ? 8 : 0, &fx->addr);
    backlog:
        fx->port = fx->addr.u.inet.port;
        if (!ready) {
            /* a full accept queue: the next SYN is dropped, a connect waits */
            for (int i = 0; i < 2; i++) {
                NEW(fx->extra[i], csock_socket(AF_INET, SOCK_STREAM, 0, &e_));
                cr_assert_eq(csock_setblocking(fx->extra[i], 0, NULL), 0);
                csock_connect_ex(fx->extra[i], &fx->addr, NULL);
            }
            usleep(20000);
        }
        break;
    case API_FX_LISTENER:
        fx->s = tcp_listener(8, &fx->addr);
        fx->port = fx->addr.u.inet.port;
        if (ready) {
            NEW(fx->extra[0], csock_socket(AF_INET, SOCK_STREAM, 0, &e_));
            OK(csock_connect(fx->extra[0], &fx->addr, &e_));
        }
        break;
    }
}

void api_fx_close(api_fx *fx)
{
    csock_close(fx->s, NULL);
    csock_close(fx->peer, NULL);
    for (int i = 0; i < 4; i++)
        csock_close(fx->extra[i], NULL);
    if (fx->file_fd >= 0)
        close(fx->file_fd);
    if (fx->dir[0]) {
        char path[96];
        snprintf(path, sizeof path, "%s/s", fx->dir);
        unlink(path);
        snprintf(path, sizeof path, "%s/peer", fx->dir);
        unlink(path);
        rmdir(fx->dir);
    }
    memset(fx, 0, sizeof *fx);
}

void api_set_mode(csock *s, int mode)
{
    csock_error e;
    double t = 1.0;
    int r = mode == API_MODE_BLOCKING ? csock_settimeout(s, CSOCK_TIMEOUT_NONE, &e)
          : mode == API_MODE_NONBLOCKING ? csock_setblocking(s, 0, &e)
          : csock_settimeout(s, t, &e);
    cr_assert_eq(r, 0, "setting %s mode: %s", api_mode_name(mode), e.message);
}

const char *api_mode_name(int mode)
{
    return mode == API_MODE_BLOCKING ? "blocking"
         : mode == API_MODE_NONBLOCKING ? "non-blocking" : "timeout";
}

int api_new_sockfd(void)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    cr_assert_geq(fd, 0);
    return fd;
}

void api_close_if_open(int fd)
{
    if (fd >= 0 && fcntl(fd, F_GETFD) >= 0)
        close(fd);
}

const char *api_kind_name(int kind)
{
    return csock_error_kind_name(kind);
}

void api_init(void)
{
    signal(SIGPIPE, SIG_IGN);
    api_loopback = csock_addr_inet("127.0.0.1", 0);
    fd_check_init();
}

void api_fini(void)
{
    fd_check_fini();
}

/* ---- the checks the generated tests run ----------------------------------- */

static void mode_of(api_fx *fx, int takes_s, int mode)
{
    if (takes_s) {
        api_set_mode(fx->s, mode);
        return;
    }
    double t = mode == API_MODE_NONBLOCKING ? 0.0 : 1.0;
    cr_assert_eq(csock_setdefaulttimeout(mode == API_MODE_BLOCKING ? CSOCK_TIMEOUT_NONE : t, NULL), 0);
}

static void done(api_fx *fx)
{
    csock_setdefaulttimeout(CSOCK_TIMEOUT_NONE, NULL);
    csock_set_hooks(NULL);
    api_fx_close(fx);
}

void api_check_no_wait(int fixture, int takes_s, api_call_fn call, const char *name)
{
    /* timeout mode first: a call that does wait fails there at once */
    for (int mode = API_MODE_TIMEOUT; mode >= 0; mode--) {
        api_fx fx;
        csock_error err;
        api_fx_open(&fx, fixture, 0, API_WAIT_READ);
        mode_of(&fx, takes_s, mode);
        api_polls = 0;
        call(&fx, &err);
        int polls = api_polls;
        done(&fx);
        cr_assert_eq(polls, 0, "%s polled %d times in %s mode; spec/api says waits: none",
                     name, polls, api_mode_name(mode));
    }
}

void api_check_resolver(int fixture, int takes_s, api_call_fn call, const char *name)
{
    api_fx fx;
    csock_error err;
    api_fx_open(&fx, fixture, 1, API_WAIT_READ);
    mode_of(&fx, takes_s, API_MODE_BLOCKING);
    api_hooks_install();
    call(&fx, &err);
    int begins = api_hook_begins;
    done(&fx);
    cr_assert_gt(begins, 0, "%s ran no blocking hook; spec/api says waits: resolver", name);
}

void api_check_waits(int fixture, int takes_s, api_call_fn call, const char *name, int waits)
{
    static const char *const what[] = {"read", "write", "connect"};
    api_fx fx;
    csock_error err;
    api_fx_open(&fx, fixture, 0, waits);
    double t = 0.05;
    if (takes_s)
        cr_assert_eq(csock_settimeout(fx.s, t, NULL), 0);
    else
        cr_assert_eq(csock_setdefaulttimeout(t, NULL), 0);
    api_polls = 0;
    api_last_poll_events = 0;
    err.kind = CSOCK_ERR_NONE;
    double t0 = now_s();
    int failed = call(&fx, &err);
    double dt = now_s() - t0;
    int kind = err.kind, polls = api_polls;
    short events = api_last_poll_events;
    done(&fx);
    cr_assert(!failed || kind == CSOCK_ERR_TIMEOUT, "%s failed with %s (%s), not the timeout",
              name, api_kind_name(kind), err.message);
    cr_assert_gt(polls, 0, "%s never waited; spec/api says waits: %s", name, what[waits]);
    cr_assert(events & (waits == API_WAIT_READ ? POLLIN : POLLOUT),
              "%s waited for events %#x; spec/api says waits: %s", name, events, what[waits]);
    cr_assert_geq(dt, 0.04, "%s returned after %.3f s, before its timeout", name, dt);
    cr_assert_lt(dt, 10.0);
}

static const int fault_errnos[] = {ENOBUFS, EBADF, EINTR, EAGAIN, ECONNRESET};
#define FAULTS ((int)(sizeof fault_errnos / sizeof fault_errnos[0]) + 1)

void api_check_raises(int fixture, int takes_s, api_call_fn call, const char *name, int waits,
                      const int *allowed, size_t nallowed, const char *raises)
{
    int hits = 0;
    for (int mode = 0; mode < 3; mode++) {
        for (int f = 0; f < FAULTS; f++) {
            for (int k = 1; k <= 64; k++) {
                api_fx fx;
                csock_error err;
                api_fx_open(&fx, fixture, 1, waits);
                mode_of(&fx, takes_s, mode);
                err.kind = CSOCK_ERR_NONE;
                err.message[0] = 0;
                if (f < FAULTS - 1)
                    api_fault_syscall(k, fault_errnos[f]);
                else
                    api_fault_alloc(k);
                int failed = call(&fx, &err);
                int hit = api_fault_hit();
                done(&fx);
                /* a failure fills err: a kind the spec allows (allowed[0]
                 * is CSOCK_ERR_NONE, only there so the array is never
                 * empty), and a message */
                int ok = !failed;
                for (size_t i = 1; !ok && i < nallowed; i++)
                    ok = allowed[i] == err.kind && err.message[0] != 0;
                cr_assert(ok, "%s in %s mode, its %s %d failing (%s): raised %s (\"%s\"); "
                          "spec/api says raises: %s", name, api_mode_name(mode),
                          f < FAULTS - 1 ? "syscall" : "allocation", k,
                          f < FAULTS - 1 ? strerror(fault_errnos[f]) : "out of memory",
                          api_kind_name(err.kind), err.message, raises);
                hits += hit;
                if (!hit)
                    break;
            }
        }
    }
    /* pure calls and ones that reach the kernel only through libc (the
     * resolver, if_nametoindex) meet no injected fault: say so rather
     * than pass having checked nothing */
    if (hits == 0)
        cr_skip("no injected fault reaches %s (no wrapped syscall or allocation)", name);
}
