/* The waiting strategy, measured in syscalls (csock_syscall_count), and
 * the binding hooks (blocking_begin/end, on_eintr) with real signals. */
#include "common.h"

#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>

TestSuite(count, .init = fd_check_init, .fini = fd_check_fini);

static void pair_in_mode(csock *s[2], int mode)
{
    csock_error e;
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, s, &e), e);
    set_mode(s[0], mode);
    set_mode(s[1], mode);
}

Test(count, one_syscall_per_ready_call_in_every_mode)
{
    for (int mode = 0; mode < 3; mode++) {
        csock *s[2];
        csock_error e;
        char b[64] = { 0 }; /* sent: initialised (valgrind checks) */
        pair_in_mode(s, mode);
        for (int i = 0; i < 100; i++) {
            uint64_t n;
            n = COUNT_OF(cr_assert_eq(csock_send(s[0], b, 64, 0, &e), 64));
            cr_assert_eq(n, 1, "send: %d syscalls in mode %d", (int)n, mode);
            n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 64, 0, 0, &e), 64));
            cr_assert_eq(n, 1, "recv_into: %d syscalls in mode %d", (int)n, mode);
            n = COUNT_OF(ASSERT_OK(csock_sendall(s[1], b, 64, 0, &e), e));
            cr_assert_eq(n, 1, "sendall: %d syscalls in mode %d", (int)n, mode);
            size_t len;
            void *r;
            n = COUNT_OF(r = csock_recv(s[0], 64, 0, &len, &e));
            cr_assert_not_null(r);
            csock_buffer_free(r);
            cr_assert_eq(n, 1, "recv: %d syscalls in mode %d", (int)n, mode);
        }
        csock_close(s[0], NULL);
        csock_close(s[1], NULL);
    }
}

Test(count, apr_rule_after_short_read)
{
    csock *s[2];
    csock_error e;
    char b[64];
    pair_in_mode(s, MODE_TIMEOUT);
    cr_assert_eq(csock_send(s[0], "abc", 3, 0, &e), 3);
    /* first receive tries first even though it comes up short */
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 64, 0, 0, &e), 3)), 1);
    cr_assert_eq(csock_send(s[0], "abc", 3, 0, &e), 3);
    /* after a short read: poll, then recv */
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 3, 0, 0, &e), 3)), 2);
    /* after a full read: try first again */
    cr_assert_eq(csock_send(s[0], "abc", 3, 0, &e), 3);
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 3, 0, 0, &e), 3)), 1);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(count, eagain_then_wait)
{
    csock *s[2];
    csock_error e;
    char b[8];
    pair_in_mode(s, MODE_TIMEOUT);
    pid_t pid = fork();
    if (pid == 0) {
        usleep(50000);
        csock_send(s[0], "late", 4, 0, NULL);
        _exit(0);
    }
    /* try (EAGAIN), poll, recv */
    uint64_t n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 4));
    cr_assert_eq(n, 3);
    waitpid(pid, NULL, 0);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* ------------------------------------------------------------------ */
/* Hooks                                                                */
/* ------------------------------------------------------------------ */

static int begins, ends, eintrs, abort_on_eintr;

static void *hb(void *ctx)
{
    (void)ctx;
    begins++;
    return &begins;
}
static void he(void *ctx, void *st)
{
    (void)ctx;
    cr_assert_eq(st, &begins);
    ends++;
}
static int hi(void *ctx)
{
    (void)ctx;
    eintrs++;
    return abort_on_eintr ? -1 : 0;
}

static void on_alarm(int sig)
{
    (void)sig;
}

static void install_interrupting_timer(long usec)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART: syscalls see EINTR */
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, usec }, { 0, usec } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void stop_timer(void)
{
    struct itimerval it;
    memset(&it, 0, sizeof it);
    setitimer(ITIMER_REAL, &it, NULL);
}

static void *send_later(void *arg)
{
    usleep(50000);
    csock_send(arg, "y", 1, 0, NULL);
    return NULL;
}

Test(count, hooks_wrap_only_waits)
{
    csock_hooks h = { hb, he, hi, NULL };
    csock_set_hooks(&h);
    csock *s[2];
    csock_error e;
    char b[8];
    begins = ends = 0;
    pair_in_mode(s, MODE_BLOCKING);
    /* blocking mode, ready: one non-blocking attempt, no hook */
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), 1)), 1);
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 1);
    cr_assert_eq(begins, 0, "a ready blocking-mode call never enters the hooks");
    /* blocking mode, not ready: the attempt says EAGAIN, then the
     * blocking recv runs inside the hooks */
    pthread_t th;
    cr_assert_eq(pthread_create(&th, NULL, send_later, s[0]), 0);
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 2);
    pthread_join(th, NULL);
    cr_assert_eq(b[0], 'y');
    cr_assert_eq(begins, 1);
    cr_assert_eq(ends, 1);
    /* that receive had to wait, so (APR's rule) the next ones wait first,
     * inside the hooks at once (one syscall each): in blocking mode the
     * hint stays, full receives or not (a request/response socket) */
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(csock_send(s[0], "z", 1, 0, &e), 1);
        cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 1);
        cr_assert_eq(begins, 2 + i);
        cr_assert_eq(ends, 2 + i);
    }
    /* so does a receive that must wait: no try in vain */
    cr_assert_eq(pthread_create(&th, NULL, send_later, s[0]), 0);
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 1);
    pthread_join(th, NULL);
    cr_assert_eq(b[0], 'y');
    set_mode(s[0], MODE_TIMEOUT);
    set_mode(s[1], MODE_TIMEOUT);
    /* the hint survives the mode change: this receive polls first (two
     * syscalls), and being full it makes the next one try first */
    cr_assert_eq(csock_send(s[0], "w", 1, 0, &e), 1);
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 2);
    begins = ends = 0;
    cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), 1);
    cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1);
    cr_assert_eq(begins, 0, "ready socket in timeout mode never blocks");
    double t = 0.05;
    ASSERT_OK(csock_settimeout(s[1], t, &e), e);
    cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_geq(begins, 1, "the poll wait is inside the hooks");
    cr_assert_eq(begins, ends);
    csock_set_hooks(NULL);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* A binding that released its lock for the whole call says so: blocking
 * mode then makes the blocking syscall at once, one syscall even when it
 * must wait (the try outside the hooks would be a wasted one). */
Test(count, released_hooks_block_at_once)
{
    csock_hooks h = { hb, he, hi, NULL };
    csock_set_hooks(&h);
    csock *s[2];
    csock_error e;
    char b[8];
    pair_in_mode(s, MODE_BLOCKING);
    csock_hooks_released(1);
    for (int i = 0; i < 3; i++) {
        pthread_t th;
        cr_assert_eq(pthread_create(&th, NULL, send_later, s[0]), 0);
        cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 1,
                     "a waiting receive is one blocking syscall (round %d)", i);
        pthread_join(th, NULL);
        cr_assert_eq(b[0], 'y');
        /* a ready one too, and a send */
        cr_assert_eq(COUNT_OF(cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), 1)), 1);
        cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 1);
    }
    /* back to trying first: a receive that must wait costs the try too */
    csock_hooks_released(0);
    cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), 1);
    cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1);
    pthread_t th;
    cr_assert_eq(pthread_create(&th, NULL, send_later, s[0]), 0);
    cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1)), 2);
    pthread_join(th, NULL);
    csock_set_hooks(NULL);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(count, eintr_hook_aborts)
{
    csock_hooks h = { hb, he, hi, NULL };
    csock_set_hooks(&h);
    abort_on_eintr = 1;
    csock *s[2];
    csock_error e;
    char b[8];
    pair_in_mode(s, MODE_BLOCKING);
    install_interrupting_timer(20000);
    cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), -1);
    stop_timer();
    cr_assert_eq(e.kind, CSOCK_ERR_ABORTED);
    cr_assert_eq(eintrs, 1);
    cr_assert_eq(begins, ends);
    csock_set_hooks(NULL);
    /* still usable */
    cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), 1);
    cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), 1);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(count, timeout_holds_under_eintr_storm)
{
    csock_hooks h = { NULL, NULL, hi, NULL };
    csock_set_hooks(&h);
    abort_on_eintr = 0;
    eintrs = 0;
    csock *s[2];
    csock_error e;
    char b[8];
    pair_in_mode(s, MODE_TIMEOUT);
    double t = 0.3;
    ASSERT_OK(csock_settimeout(s[1], t, &e), e);
    install_interrupting_timer(2000);
    double t0 = now_s();
    cr_assert_eq(csock_recv_into(s[1], b, 1, 0, 0, &e), -1);
    double dt = now_s() - t0;
    stop_timer();
    csock_set_hooks(NULL);
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_gt(eintrs, 10, "the storm hit (%d EINTRs)", eintrs);
    cr_assert_geq(dt, 0.29);
    cr_assert_lt(dt, 3.0);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(count, blocking_recv_retries_eintr)
{
    csock_hooks h = { NULL, NULL, hi, NULL };
    csock_set_hooks(&h);
    abort_on_eintr = 0;
    eintrs = 0;
    csock *s[2];
    csock_error e;
    char b[8];
    pair_in_mode(s, MODE_BLOCKING);
    pid_t pid = fork();
    if (pid == 0) {
        usleep(200000);
        csock_send(s[0], "ok", 2, 0, NULL);
        _exit(0);
    }
    install_interrupting_timer(10000);
    ssize_t n = csock_recv_into(s[1], b, 2, 0, 0, &e);
    stop_timer();
    csock_set_hooks(NULL);
    cr_assert_eq(n, 2, "%s", e.message);
    cr_assert_gt(eintrs, 0);
    waitpid(pid, NULL, 0);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* ------------------------------------------------------------------ */
/* APR's rule in more shapes, and every receive/send form              */
/* ------------------------------------------------------------------ */

Test(count, apr_rule_after_a_timed_out_receive)
{
    csock *s[2];
    csock_error e;
    char b[8];
    pair_in_mode(s, MODE_TIMEOUT);
    double t = 0.05;
    ASSERT_OK(csock_settimeout(s[1], t, &e), e);
    /* nothing there: try (EAGAIN), poll (times out) */
    uint64_t n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), -1));
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_geq(n, 2);
    /* the next receive waits first although data is ready: poll, recv */
    cr_assert_eq(csock_send(s[0], "abcd", 4, 0, &e), 4);
    n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 4));
    cr_assert_eq(n, 2, "poll then recv after a failed receive (%d)", (int)n);
    /* a full receive resets the rule: one syscall again */
    cr_assert_eq(csock_send(s[0], "abcd", 4, 0, &e), 4);
    n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 4));
    cr_assert_eq(n, 1);
    /* the rule belongs to timeout mode only: blocking and non-blocking
     * receives always try first */
    cr_assert_eq(csock_send(s[0], "ab", 2, 0, &e), 2);
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 2); /* short */
    ASSERT_OK(csock_setblocking(s[1], 0, &e), e);
    cr_assert_eq(csock_send(s[0], "ab", 2, 0, &e), 2);
    n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 2));
    cr_assert_eq(n, 1);
    /* every receive form shares the flag: a short recv() makes the next
     * recvmsg() wait first */
    ASSERT_OK(csock_settimeout(s[1], t, &e), e);
    cr_assert_eq(csock_send(s[0], "ab", 2, 0, &e), 2);
    size_t len;
    void *r = csock_recv(s[1], 8, 0, &len, &e);
    ASSERT_PTR(r, e);
    csock_buffer_free(r);
    cr_assert_eq(csock_send(s[0], "ab", 2, 0, &e), 2);
    csock_msg m;
    n = COUNT_OF(ASSERT_OK(csock_recvmsg(s[1], 2, 0, 0, &m, &e), e));
    cr_assert_eq(n, 2);
    csock_msg_free(&m);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(count, short_datagram_does_not_make_the_next_receive_wait)
{
    csock *s[2];
    csock_error e;
    char b[64];
    ASSERT_OK(csock_socketpair(0, SOCK_DGRAM, 0, s, &e), e);
    set_mode(s[1], MODE_TIMEOUT);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(csock_send(s[0], "abc", 3, 0, &e), 3);
        uint64_t n = COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 64, 0, 0, &e), 3));
        cr_assert_eq(n, 1, "datagram %d: %d syscalls", i, (int)n);
    }
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(count, every_receive_and_send_form_costs_one_syscall_when_ready)
{
    csock_error e;
    csock *u[2];
    csock_addr a[2];
    for (int i = 0; i < 2; i++) {
        u[i] = csock_socket(AF_INET, SOCK_DGRAM, 0, &e);
        ASSERT_PTR(u[i], e);
        a[i] = csock_addr_inet("127.0.0.1", 0);
        ASSERT_OK(csock_bind(u[i], &a[i], &e), e);
        ASSERT_OK(csock_getsockname(u[i], &a[i], &e), e);
    }
    for (int mode = 0; mode < 3; mode++) {
        set_mode(u[0], mode);
        set_mode(u[1], mode);
        char b[16];
        csock_addr from;
        size_t len;
        uint64_t n;
        csock_iov iov = { "ping", 4 };
        n = COUNT_OF(cr_assert_eq(csock_sendto(u[0], "ping", 4, 0, &a[1], &e), 4));
        cr_assert_eq(n, 1, "sendto, mode %d", mode);
        cr_assert_eq(wait_readable(u[1], 2000), 1);
        n = COUNT_OF(cr_assert_eq(csock_recvfrom_into(u[1], b, sizeof b, 0, 0, &from, &e), 4));
        cr_assert_eq(n, 1, "recvfrom_into, mode %d", mode);
        cr_assert_eq(from.u.inet.port, a[0].u.inet.port);
        n = COUNT_OF(cr_assert_eq(csock_sendmsg(u[0], &iov, 1, NULL, 0, 0, &a[1], &e), 4));
        cr_assert_eq(n, 1, "sendmsg, mode %d", mode);
        cr_assert_eq(wait_readable(u[1], 2000), 1);
        void *r;
        n = COUNT_OF(r = csock_recvfrom(u[1], 16, 0, &len, &from, &e));
        ASSERT_PTR(r, e);
        csock_buffer_free(r);
        cr_assert_eq(n, 1, "recvfrom, mode %d", mode);
        csock_msg m;
        cr_assert_eq(csock_sendto(u[0], "ping", 4, 0, &a[1], &e), 4);
        cr_assert_eq(wait_readable(u[1], 2000), 1);
        n = COUNT_OF(ASSERT_OK(csock_recvmsg(u[1], 16, 64, 0, &m, &e), e));
        cr_assert_eq(n, 1, "recvmsg, mode %d", mode);
        cr_assert_eq(m.len, 4);
        csock_msg_free(&m);
        cr_assert_eq(csock_sendto(u[0], "ping", 4, 0, &a[1], &e), 4);
        cr_assert_eq(wait_readable(u[1], 2000), 1);
        csock_iov in = { b, sizeof b };
        n = COUNT_OF(ASSERT_OK(csock_recvmsg_into(u[1], &in, 1, 0, 0, &m, &e), e));
        cr_assert_eq(n, 1, "recvmsg_into, mode %d", mode);
        csock_msg_free(&m);
    }
    csock_close(u[0], NULL);
    csock_close(u[1], NULL);

    /* accept on a listener with a pending connection */
    for (int mode = 0; mode < 3; mode++) {
        csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        csock_addr la = csock_addr_inet("127.0.0.1", 0);
        ASSERT_OK(csock_bind(l, &la, &e), e);
        ASSERT_OK(csock_listen(l, 4, &e), e);
        ASSERT_OK(csock_getsockname(l, &la, &e), e);
        set_mode(l, mode);
        csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        ASSERT_OK(csock_connect(c, &la, &e), e);
        cr_assert_eq(wait_readable(l, 2000), 1);
        csock *n2 = NULL;
        uint64_t n = COUNT_OF(n2 = csock_accept(l, NULL, &e));
        ASSERT_PTR(n2, e);
        /* accept(2) has no per-call non-blocking flag: timeout mode
         * polls first (as CPython does), so a cleared O_NONBLOCK cannot
         * make it block past the deadline */
        cr_assert_eq(n, mode == MODE_TIMEOUT ? 2 : 1,
                     "accept, mode %d: %d syscalls", mode, (int)n);
        csock_close(n2, NULL);
        csock_close(c, NULL);
        csock_close(l, NULL);
    }
}

Test(count, connect_in_timeout_mode_waits_writable_then_reads_so_error)
{
    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    csock_addr la = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(l, &la, &e), e);
    ASSERT_OK(csock_listen(l, 4, &e), e);
    ASSERT_OK(csock_getsockname(l, &la, &e), e);
    csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    set_mode(c, MODE_TIMEOUT);
    uint64_t n = COUNT_OF(ASSERT_OK(csock_connect(c, &la, &e), e));
    /* connect (EINPROGRESS), poll, getsockopt(SO_ERROR); or 1 if the
     * kernel completes a loopback connect at once */
    cr_assert(n == 3 || n == 1, "%d syscalls", (int)n);
    csock_close(c, NULL);
    csock_close(l, NULL);
    /* refused: SO_ERROR carries the errno */
    c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    set_mode(c, MODE_TIMEOUT);
    cr_assert_eq(csock_connect(c, &la, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ECONNREFUSED));
    csock_close(c, NULL);
    c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    set_mode(c, MODE_TIMEOUT);
    cr_assert_eq(csock_connect_ex(c, &la, &e), ECONNREFUSED);
    csock_close(c, NULL);
}

/* A blocking connect that another thread's settimeout() races: the hooks
 * are entered and left on the one decision the call made at its start
 * (before, the end was skipped when the mode changed meanwhile, and a
 * Python interpreter crashed with its GIL never taken back). */
struct connect_race {
    csock *c;
    csock_addr to;
    int r;
};

static void *connect_blocking(void *arg)
{
    struct connect_race *cr = arg;
    csock_error e;
    cr->r = csock_connect(cr->c, &cr->to, &e);
    return NULL;
}

static void *hb_locked(void *ctx)
{
    __atomic_fetch_add((int *)ctx, 1, __ATOMIC_SEQ_CST);
    return ctx;
}
static void he_locked(void *ctx, void *st)
{
    cr_assert_eq(st, ctx);
    __atomic_fetch_add((int *)ctx + 1, 1, __ATOMIC_SEQ_CST);
}

Test(count, settimeout_racing_a_blocking_connect_keeps_hooks_paired, .timeout = 30)
{
    static int counts[2];
    csock_hooks h = { hb_locked, he_locked, NULL, counts };
    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_PTR(l, e);
    csock_addr la = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(l, &la, &e), e);
    ASSERT_OK(csock_listen(l, 0, &e), e);
    ASSERT_OK(csock_getsockname(l, &la, &e), e);
    /* fill the accept queue: the next connect's SYN is dropped, so it
     * really blocks until a slot frees and the SYN is sent again */
    csock *fill[4];
    int nfill = 0;
    for (; nfill < 4; nfill++) {
        fill[nfill] = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        ASSERT_PTR(fill[nfill], e);
        double t = 0.2;
        ASSERT_OK(csock_settimeout(fill[nfill], t, &e), e);
        if (csock_connect(fill[nfill], &la, &e) < 0) {
            csock_close(fill[nfill], NULL);
            break;
        }
    }
    cr_assert_gt(nfill, 0);
    struct connect_race cr = { csock_socket(AF_INET, SOCK_STREAM, 0, &e), la, 1 };
    ASSERT_PTR(cr.c, e);
    ASSERT_OK(csock_settimeout(cr.c, CSOCK_TIMEOUT_NONE, &e), e);
    csock_set_hooks(&h);
    pthread_t th;
    cr_assert_eq(pthread_create(&th, NULL, connect_blocking, &cr), 0);
    usleep(200000);
    /* the connect is inside the hooks now: change its mode under it */
    cr_assert_eq(__atomic_load_n(&counts[0], __ATOMIC_SEQ_CST), 1);
    double t5 = 5.0;
    ASSERT_OK(csock_settimeout(cr.c, t5, &e), e);
    /* free the queue so the retried SYN gets in */
    for (int i = 0; i < nfill; i++) {
        csock *a = csock_accept(l, NULL, &e);
        ASSERT_PTR(a, e);
        csock_close(a, NULL);
    }
    pthread_join(th, NULL);
    csock_set_hooks(NULL);
    cr_assert_eq(cr.r, 0, "the connect completed");
    cr_assert_eq(counts[0], counts[1], "begins %d, ends %d", counts[0], counts[1]);
    csock *a = csock_accept(l, NULL, &e);
    ASSERT_PTR(a, e);
    csock_close(a, NULL);
    for (int i = 0; i < nfill; i++)
        csock_close(fill[i], NULL);
    csock_close(cr.c, NULL);
    csock_close(l, NULL);
}
