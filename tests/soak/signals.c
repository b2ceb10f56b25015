/* Signals: a SIGALRM storm during transfers, timeouts and connect/accept.
 *
 *   signals [MiB]    (default 256)
 *
 * Two processes (this one receives and accepts, a forked child sends and
 * connects), each under its own setitimer(ITIMER_REAL) firing every
 * 100 us, with a SIGALRM handler installed without SA_RESTART so that
 * syscalls really fail with EINTR; csock retries them (PEP 475) after the
 * binding's on_eintr hook, which here only counts its calls.  Phases:
 *   1. MiB MiB in blocking mode: csock_sendall of 1 MiB blocks of a
 *      pseudo-random stream, csock_recv_into 64 KiB; the receiver checks
 *      every byte against the stream and both ends compare checksums.
 *   2. the same in timeout mode (10 s).
 *   3. 1 s timeouts: recv with no data, accept with no client, in both
 *      processes: each must end between 1.0 and 1.1 s.  And a recv with
 *      no data while on_eintr aborts (blocking and timeout mode): it ends
 *      at the first signal with CSOCK_ERR_ABORTED.
 *   4. 2000 connect/accept round trips in blocking mode and 2000 in
 *      timeout mode, each with a checksummed 16-byte message echoed back.
 * Each process also checks that it saw EINTR (so the storm reached the
 * syscalls) and that its fd count is back where it started.  Prints the
 * signals delivered; the last line is `signals: N passed, N failed`. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "csock/csock.h"
#include "csock/csock_binding.h"

#define BLOCK (1u << 20)
#define RBUF (64u << 10)
#define ROUND_TRIPS 2000

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n - 1;
}

/* ------------------------------------------------------------------ */
/* The storm                                                           */
/* ------------------------------------------------------------------ */

static volatile sig_atomic_t alarms;
static long eintr_hooks;
static int abort_on_eintr; /* the hook then aborts the call */

static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
}

static int count_eintr(void *ctx)
{
    (void)ctx;
    eintr_hooks++;
    return abort_on_eintr ? -1 : 0;
}

static void storm(int on)
{
    if (on) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_alarm;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0; /* no SA_RESTART: syscalls see EINTR */
        sigaction(SIGALRM, &sa, NULL);
        csock_hooks h = { NULL, NULL, count_eintr, NULL };
        csock_set_hooks(&h);
    }
    struct itimerval it;
    memset(&it, 0, sizeof it);
    if (on) {
        it.it_interval.tv_usec = 100;
        it.it_value.tv_usec = 100;
    }
    setitimer(ITIMER_REAL, &it, NULL);
}

/* ------------------------------------------------------------------ */
/* Checks (each process keeps its own; the child sends its to the parent) */
/* ------------------------------------------------------------------ */

#define MAXCHECKS 32
struct result {
    int n;
    int ok[MAXCHECKS];
    char what[MAXCHECKS][200];
    long alarms, eintr_hooks;
    uint64_t sum[2]; /* stream checksums of phases 1 and 2 */
};

static struct result res;

static void check(int ok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void check(int ok, const char *fmt, ...)
{
    if (res.n >= MAXCHECKS)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(res.what[res.n], sizeof res.what[0], fmt, ap);
    va_end(ap);
    res.ok[res.n++] = ok;
}

/* ------------------------------------------------------------------ */
/* Stream                                                              */
/* ------------------------------------------------------------------ */

struct stream {
    uint64_t x;   /* splitmix64 state */
    uint64_t sum; /* running checksum of the bytes */
};

static void stream_fill(struct stream *st, unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i += 8) {
        uint64_t z = (st->x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        memcpy(p + i, &z, 8);
        st->sum = (st->sum ^ z) * 0x100000001b3ULL + i;
    }
}

static const char *mode_name(double timeout)
{
    return timeout < 0 ? "blocking" : "timeout";
}

static void set_mode(csock *s, double timeout)
{
    csock_settimeout(s, timeout < 0 ? CSOCK_TIMEOUT_NONE : timeout, NULL);
}

/* Child: connect and send `total` bytes of the stream. */
static void send_stream(const csock_addr *to, uint64_t total, double timeout,
                        int phase)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    if (!s) {
        check(0, "socket: %s", e.message);
        return;
    }
    set_mode(s, timeout);
    if (csock_connect(s, to, &e) < 0) {
        check(0, "%s connect: %s", mode_name(timeout), e.message);
        csock_close(s, NULL);
        return;
    }
    unsigned char *buf = malloc(BLOCK);
    struct stream st = { 0x51a1 + (uint64_t)phase, 0 };
    uint64_t sent = 0;
    double t0 = now_s();
    while (sent < total) {
        stream_fill(&st, buf, BLOCK);
        if (csock_sendall(s, buf, BLOCK, 0, &e) < 0)
            break;
        sent += BLOCK;
    }
    double dt = now_s() - t0;
    check(sent == total, "%s sendall: %llu of %llu MiB sent in %.2fs%s%s",
          mode_name(timeout), (unsigned long long)(sent >> 20),
          (unsigned long long)(total >> 20), dt, sent == total ? "" : ": ",
          sent == total ? "" : e.message);
    res.sum[phase] = st.sum;
    free(buf);
    csock_close(s, NULL);
}

/* Parent: accept and receive the stream, every byte checked. */
static void recv_stream(csock *l, uint64_t total, double timeout, int phase)
{
    csock_error e;
    set_mode(l, timeout);
    csock *s = csock_accept(l, NULL, &e);
    if (!s) {
        check(0, "%s accept: %s", mode_name(timeout), e.message);
        return;
    }
    set_mode(s, timeout);
    unsigned char *want = malloc(BLOCK), *buf = malloc(RBUF);
    struct stream st = { 0x51a1 + (uint64_t)phase, 0 };
    uint64_t got = 0, bad = 0;
    size_t off = BLOCK; /* position in `want` */
    ssize_t n = 0;
    double t0 = now_s();
    for (;;) {
        n = csock_recv_into(s, buf, RBUF, 0, 0, &e);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n;) {
            if (off == BLOCK) {
                stream_fill(&st, want, BLOCK);
                off = 0;
            }
            size_t k = (size_t)n - (size_t)i;
            if (k > BLOCK - off)
                k = BLOCK - off;
            if (memcmp(buf + i, want + off, k) != 0)
                bad++;
            off += k;
            i += (ssize_t)k;
        }
        got += (uint64_t)n;
    }
    double dt = now_s() - t0;
    check(n == 0 && got == total && bad == 0,
          "%s recv_into: %llu of %llu MiB received intact in %.2fs "
          "(%llu bad pieces)%s%s", mode_name(timeout),
          (unsigned long long)(got >> 20), (unsigned long long)(total >> 20),
          dt, (unsigned long long)bad, n < 0 ? ": " : "",
          n < 0 ? e.message : "");
    res.sum[phase] = st.sum;
    free(want);
    free(buf);
    csock_close(s, NULL);
}

/* ------------------------------------------------------------------ */
/* 1 s timeouts                                                        */
/* ------------------------------------------------------------------ */

static void timeouts(const char *who)
{
    csock_error e;
    csock *pair[2];
    double one = 1.0;
    if (csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair, &e) < 0) {
        check(0, "socketpair: %s", e.message);
        return;
    }
    csock_settimeout(pair[0], one, NULL);
    char b[16];
    double t0 = now_s();
    ssize_t n = csock_recv_into(pair[0], b, sizeof b, 0, 0, &e);
    double dt = now_s() - t0;
    check(n < 0 && e.kind == CSOCK_ERR_TIMEOUT && dt >= 1.0 && dt <= 1.1,
          "%s: recv with no data, timeout 1 s: %s after %.3fs", who,
          n < 0 ? e.message : "data", dt);

    /* PEP 475's exception: when on_eintr aborts, the call ends at the
     * first signal with CSOCK_ERR_ABORTED, in either mode. */
    for (int m = 0; m < 2; m++) {
        double five = 5.0;
        csock_settimeout(pair[0], m ? five : CSOCK_TIMEOUT_NONE, NULL);
        abort_on_eintr = 1;
        t0 = now_s();
        n = csock_recv_into(pair[0], b, sizeof b, 0, 0, &e);
        dt = now_s() - t0;
        abort_on_eintr = 0;
        check(n < 0 && e.kind == CSOCK_ERR_ABORTED && dt < 1.0,
              "%s: %s recv with no data, on_eintr aborting: %s after %.3fs",
              who, m ? "timeout-mode" : "blocking", n < 0 ? e.message : "data",
              dt);
    }
    csock_close(pair[0], NULL);
    csock_close(pair[1], NULL);

    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    if (!l || csock_bind(l, &a, &e) < 0 || csock_listen(l, 1, &e) < 0) {
        check(0, "listener: %s", e.message);
        csock_close(l, NULL);
        return;
    }
    csock_settimeout(l, one, NULL);
    t0 = now_s();
    csock *c = csock_accept(l, NULL, &e);
    dt = now_s() - t0;
    check(!c && e.kind == CSOCK_ERR_TIMEOUT && dt >= 1.0 && dt <= 1.1,
          "%s: accept with no client, timeout 1 s: %s after %.3fs", who,
          c ? "a client" : e.message, dt);
    csock_close(c, NULL);
    csock_close(l, NULL);
}

/* ------------------------------------------------------------------ */
/* connect / accept loops                                              */
/* ------------------------------------------------------------------ */

static void make_msg(uint32_t seq, unsigned char m[16])
{
    uint64_t v = 0x9e3779b97f4a7c15ULL * (seq + 1);
    uint32_t sum = seq * 2654435761u ^ (uint32_t)(v >> 17);
    memcpy(m, &seq, 4);
    memcpy(m + 4, &v, 8);
    memcpy(m + 12, &sum, 4);
}

static int recv_exact(csock *s, unsigned char *b, size_t n, csock_error *e)
{
    size_t have = 0;
    while (have < n) {
        ssize_t k = csock_recv_into(s, b + have, n - have, 0, 0, e);
        if (k <= 0)
            return -1;
        have += (size_t)k;
    }
    return 0;
}

static void connect_loop(const csock_addr *to, double timeout)
{
    csock_error e;
    int ok = 0;
    char first[CSOCK_ERROR_MESSAGE_MAX] = "";
    double t0 = now_s();
    for (uint32_t i = 0; i < ROUND_TRIPS; i++) {
        csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        if (!s)
            break;
        set_mode(s, timeout);
        unsigned char m[16], back[16];
        make_msg(i, m);
        if (csock_connect(s, to, &e) == 0 &&
            csock_sendall(s, m, sizeof m, 0, &e) == 0 &&
            recv_exact(s, back, sizeof back, &e) == 0 &&
            memcmp(m, back, sizeof m) == 0)
            ok++;
        else if (!first[0])
            memcpy(first, e.message, sizeof first);
        csock_close(s, NULL);
    }
    check(ok == ROUND_TRIPS, "%s connect loop: %d of %d round trips in %.2fs%s%s",
          mode_name(timeout), ok, ROUND_TRIPS, now_s() - t0,
          first[0] ? ": " : "", first);
}

static void accept_loop(csock *l, double timeout)
{
    csock_error e;
    int ok = 0, bad = 0;
    char first[CSOCK_ERROR_MESSAGE_MAX] = "";
    set_mode(l, timeout);
    double t0 = now_s();
    for (uint32_t i = 0; i < ROUND_TRIPS; i++) {
        csock *s = csock_accept(l, NULL, &e);
        if (!s) {
            if (!first[0])
                memcpy(first, e.message, sizeof first);
            break;
        }
        set_mode(s, timeout);
        unsigned char m[16], want[16];
        make_msg(i, want);
        if (recv_exact(s, m, sizeof m, &e) == 0 &&
            memcmp(m, want, sizeof m) == 0 &&
            csock_sendall(s, m, sizeof m, 0, &e) == 0)
            ok++;
        else {
            bad++;
            if (!first[0])
                memcpy(first, e.message, sizeof first);
        }
        csock_close(s, NULL);
    }
    check(ok == ROUND_TRIPS && bad == 0,
          "%s accept loop: %d of %d round trips verified in %.2fs%s%s",
          mode_name(timeout), ok, ROUND_TRIPS, now_s() - t0,
          first[0] ? ": " : "", first);
}

/* ------------------------------------------------------------------ */

static void finish(const char *who, int fds0)
{
    storm(0);
    csock_set_hooks(NULL);
    res.alarms = alarms;
    res.eintr_hooks = eintr_hooks;
    check(eintr_hooks > 0, "%s: %ld SIGALRM delivered; csock's on_eintr hook "
          "ran %ld times", who, (long)alarms, eintr_hooks);
    int fds1 = count_fds();
    check(fds1 == fds0, "%s: fds back to where they started (%d, then %d)",
          who, fds0, fds1);
}

int main(int argc, char **argv)
{
    long mib = argc > 1 ? atol(argv[1]) : 256;
    if (mib <= 0) {
        fprintf(stderr, "signals: MiB must be positive\n");
        return 2;
    }
    uint64_t total = (uint64_t)mib << 20;
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("signals: SIGALRM every 100 us during %ld MiB transfers (blocking "
           "and timeout mode), 1 s timeouts, %d+%d connect/accept round "
           "trips\n", mib, ROUND_TRIPS, ROUND_TRIPS);
    int fds0 = count_fds();
    double t0 = now_s();

    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    csock_addr where = csock_addr_inet("127.0.0.1", 0);
    if (!l || csock_bind(l, &where, &e) < 0 || csock_listen(l, 128, &e) < 0 ||
        csock_getsockname(l, &where, &e) < 0) {
        fprintf(stderr, "signals: listener: %s\n", e.message);
        return 2;
    }
    int rep[2];
    if (pipe2(rep, O_CLOEXEC) < 0) {
        perror("pipe2");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        close(rep[0]);
        csock_close(l, NULL);
        int cfds0 = count_fds();
        storm(1);
        send_stream(&where, total, -1, 0);
        send_stream(&where, total, 10.0, 1);
        timeouts("sender");
        connect_loop(&where, -1);
        connect_loop(&where, 5.0);
        finish("sender", cfds0);
        ssize_t w;
        do
            w = write(rep[1], &res, sizeof res);
        while (w < 0 && errno == EINTR);
        _exit(w == (ssize_t)sizeof res ? 0 : 1);
    }
    close(rep[1]);
    storm(1);
    recv_stream(l, total, -1, 0);
    recv_stream(l, total, 10.0, 1);
    timeouts("receiver");
    accept_loop(l, -1);
    accept_loop(l, 5.0);
    csock_close(l, NULL);
    struct result mine = res;
    storm(0);

    struct result child;
    memset(&child, 0, sizeof child);
    size_t have = 0;
    while (have < sizeof child) {
        ssize_t k = read(rep[0], (char *)&child + have, sizeof child - have);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        have += (size_t)k;
    }
    close(rep[0]);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    res = mine;
    finish("receiver", fds0);
    check(have == sizeof child && WIFEXITED(st) && WEXITSTATUS(st) == 0,
          "sender process ended normally (status %d)", st);
    for (int p = 0; p < 2; p++)
        check(have == sizeof child && child.sum[p] == res.sum[p],
              "%s stream checksums: sent %016llx, received %016llx",
              p ? "timeout" : "blocking", (unsigned long long)child.sum[p],
              (unsigned long long)res.sum[p]);

    int passed = 0, failed = 0;
    struct result *all[2] = { &child, &res };
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < all[r]->n; i++) {
            printf("  [%s] %s\n", all[r]->ok[i] ? "ok" : "FAILED",
                   all[r]->what[i]);
            if (all[r]->ok[i])
                passed++;
            else
                failed++;
        }
    printf("signals: %ld SIGALRM delivered in all (%ld to the sender, %ld to "
           "the receiver), %.2fs\n", child.alarms + res.alarms, child.alarms,
           res.alarms, now_s() - t0);
    printf("signals: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
