/* One csock shared by many threads: the thread-safety contract of
 * csock.h.  Any number of threads may use one socket at once for I/O,
 * settimeout/setblocking/gettimeout and the getters, and csock_close_keep;
 * a call that starts after the close fails with EBADF; a call already
 * waiting in timeout mode ends at its deadline or with EBADF.  Freeing is
 * the owner's job once no other thread can touch the object.
 *
 * Runs in the normal build (Criterion) and under ThreadSanitizer (`ninja
 * tsan`, see harness.h), where any data race fails the test.  Binding
 * hooks that count blocking_begin/blocking_end per thread are installed,
 * as the Python binding installs its own: every call must leave them
 * balanced. */
#include "harness.h"

#include <fcntl.h>

#include <errno.h>
#include <pthread.h>
#include <poll.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "csock/csock.h"
#include "csock/csock_binding.h"

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

/* Binding-style hooks: a per-thread depth of blocking sections.  A call
 * that returns with depth != 0 skipped a blocking_end (the Python binding
 * would keep the GIL released); a begin inside a begin is counted too. */
static _Thread_local int hook_depth;
static atomic_int hook_nested;
static atomic_long hook_begins;

static void *hk_begin(void *ctx)
{
    (void)ctx;
    if (hook_depth != 0)
        atomic_fetch_add(&hook_nested, 1);
    hook_depth++;
    atomic_fetch_add(&hook_begins, 1);
    return &hook_depth;
}
static void hk_end(void *ctx, void *state)
{
    (void)ctx;
    (void)state;
    hook_depth--;
}
static void install_hooks(void)
{
    csock_hooks h = { hk_begin, hk_end, NULL, NULL };
    csock_set_hooks(&h);
}

/* The result of one call in a worker, asserted on by the test thread. */
struct outcome {
    ssize_t n;       /* return value */
    int kind;        /* err.kind */
    int code;        /* err.code */
    char message[CSOCK_ERROR_MESSAGE_MAX];
    double elapsed;  /* seconds */
    int depth;       /* hook depth after the call (0 = balanced) */
};

static void record(struct outcome *o, ssize_t n, const csock_error *e,
                   double t0)
{
    o->n = n;
    o->kind = n < 0 ? e->kind : 0;
    o->code = n < 0 ? e->code : 0;
    if (n < 0)
        memcpy(o->message, e->message, sizeof o->message);
    else
        o->message[0] = 0;
    o->elapsed = now_s() - t0;
    o->depth = hook_depth;
}

static int is_ebadf(const struct outcome *o)
{
    char want[128]; /* Python's text for this target's EBADF */
    snprintf(want, sizeof want, "[Errno %d] %s", EBADF, strerror(EBADF));
    return o->n < 0 && o->kind == CSOCK_ERR_OS && o->code == EBADF &&
           strcmp(o->message, want) == 0;
}
static int is_timeout(const struct outcome *o)
{
    return o->n < 0 && o->kind == CSOCK_ERR_TIMEOUT &&
           strcmp(o->message, "timed out") == 0;
}

static csock *tcp_listener(int backlog, csock_addr *where)
{
    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_not_null(l, "socket: %s", e.message);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    cr_assert_eq(csock_bind(l, &a, &e), 0, "bind: %s", e.message);
    cr_assert_eq(csock_listen(l, backlog, &e), 0, "listen: %s", e.message);
    cr_assert_eq(csock_getsockname(l, where, &e), 0, "%s", e.message);
    return l;
}

/* A connected TCP pair over 127.0.0.1, both blocking. */
static void tcp_pair(csock **a, csock **b)
{
    csock_error e;
    csock_addr where;
    csock *l = tcp_listener(1, &where);
    *a = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_not_null(*a, "%s", e.message);
    cr_assert_eq(csock_connect(*a, &where, &e), 0, "connect: %s", e.message);
    *b = csock_accept(l, NULL, &e);
    cr_assert_not_null(*b, "accept: %s", e.message);
    csock_close(l, NULL);
}

static void set_timeout(csock *s, double t)
{
    csock_error e;
    cr_assert_eq(csock_settimeout(s, t < 0 ? CSOCK_TIMEOUT_NONE : t, &e), 0, "%s",
                 e.message);
}

/* splitmix64: the pseudo-random data of the transfers. */
static uint64_t mix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint32_t fnv1a(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

#define NTHREADS 4

/* ------------------------------------------------------------------ */
/* Senders and receivers on one stream socket                          */
/* ------------------------------------------------------------------ */

#define STREAM_PER_SENDER (1u << 20)

struct stream_ctx {
    csock *tx, *rx;
    int seed;
    uint64_t hist[256];   /* per thread: bytes of each value */
    uint64_t total;
    struct outcome last;  /* the call that ended the loop */
    int unbalanced;       /* calls that left the hooks unbalanced */
};

static void *stream_sender(void *arg)
{
    struct stream_ctx *c = arg;
    unsigned char buf[6007];
    uint64_t x = (uint64_t)c->seed * 7919;
    size_t left = STREAM_PER_SENDER;
    csock_error e;
    while (left > 0) {
        size_t n = left < sizeof buf ? left : sizeof buf;
        for (size_t i = 0; i < n; i++)
            buf[i] = (unsigned char)mix64(&x);
        double t0 = now_s();
        int r = csock_sendall(c->tx, buf, n, 0, &e);
        record(&c->last, r, &e, t0);
        c->unbalanced += hook_depth != 0;
        if (r < 0)
            return NULL;
        for (size_t i = 0; i < n; i++)
            c->hist[buf[i]]++;
        c->total += n;
        left -= n;
    }
    return NULL;
}

static void *stream_receiver(void *arg)
{
    struct stream_ctx *c = arg;
    unsigned char buf[7919];
    csock_error e;
    for (;;) {
        double t0 = now_s();
        ssize_t n = csock_recv_into(c->rx, buf, sizeof buf, 0, 0, &e);
        record(&c->last, n, &e, t0);
        c->unbalanced += hook_depth != 0;
        if (n <= 0)
            return NULL;
        for (ssize_t i = 0; i < n; i++)
            c->hist[buf[i]]++;
        c->total += (uint64_t)n;
    }
}

/* timeout < 0: blocking mode. */
static void stream_shared(double timeout, int hooks)
{
    if (hooks)
        install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    set_timeout(a, timeout);
    set_timeout(b, timeout);
    struct stream_ctx tx[NTHREADS], rx[NTHREADS];
    pthread_t tt[NTHREADS], rt[NTHREADS];
    memset(tx, 0, sizeof tx);
    memset(rx, 0, sizeof rx);
    for (int i = 0; i < NTHREADS; i++) {
        rx[i].rx = b;
        cr_assert_eq(pthread_create(&rt[i], NULL, stream_receiver, &rx[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) {
        tx[i].tx = a;
        tx[i].seed = i + 1;
        cr_assert_eq(pthread_create(&tt[i], NULL, stream_sender, &tx[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(tt[i], NULL);
    /* Every receiver ends on the end of file. */
    csock_error e;
    cr_assert_eq(csock_shutdown(a, SHUT_WR, &e), 0, "%s", e.message);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(rt[i], NULL);

    uint64_t sent[256] = { 0 }, got[256] = { 0 }, nsent = 0, ngot = 0;
    for (int i = 0; i < NTHREADS; i++) {
        cr_assert_eq(tx[i].last.n, 0, "sendall: %s", tx[i].last.message);
        cr_assert_eq(tx[i].total, STREAM_PER_SENDER);
        cr_assert_eq(rx[i].last.n, 0, "receiver %d ended with %zd: %s", i,
                     rx[i].last.n, rx[i].last.message);
        cr_assert_eq(tx[i].unbalanced + rx[i].unbalanced, 0,
                     "blocking hooks left unbalanced");
        for (int v = 0; v < 256; v++) {
            sent[v] += tx[i].hist[v];
            got[v] += rx[i].hist[v];
        }
        nsent += tx[i].total;
        ngot += rx[i].total;
    }
    cr_assert_eq(ngot, nsent, "received %llu of %llu bytes",
                 (unsigned long long)ngot, (unsigned long long)nsent);
    for (int v = 0; v < 256; v++)
        cr_assert_eq(got[v], sent[v], "byte value %d: sent %llu, got %llu",
                     v, (unsigned long long)sent[v],
                     (unsigned long long)got[v]);
    cr_assert_eq(atomic_load(&hook_nested), 0);
    csock_close(a, NULL);
    csock_close(b, NULL);
    csock_set_hooks(NULL);
}

THREAD_TEST(stream_senders_receivers_blocking) { stream_shared(-1, 1); }
THREAD_TEST(stream_senders_receivers_blocking_nohooks) { stream_shared(-1, 0); }
THREAD_TEST(stream_senders_receivers_timeout) { stream_shared(10.0, 1); }

/* ------------------------------------------------------------------ */
/* Senders and receivers on one datagram socket                        */
/* ------------------------------------------------------------------ */

#define DGRAMS_PER_SENDER 2000
#define STOP_SENDER 255

struct dgram_hdr {
    uint32_t sender, seq, len, sum; /* sum: fnv1a of the payload */
};

static atomic_int dgram_seen[NTHREADS][DGRAMS_PER_SENDER];

struct dgram_ctx {
    csock *s;
    int id;
    int corrupt, received, stops;
    struct outcome last;
    int unbalanced;
};

static void *dgram_sender(void *arg)
{
    struct dgram_ctx *c = arg;
    unsigned char buf[sizeof(struct dgram_hdr) + 1024];
    uint64_t x = (uint64_t)c->id * 104729;
    csock_error e;
    for (uint32_t seq = 0; seq < DGRAMS_PER_SENDER; seq++) {
        struct dgram_hdr h;
        h.sender = (uint32_t)c->id;
        h.seq = seq;
        h.len = 16 + (uint32_t)(mix64(&x) % 1009);
        unsigned char *p = buf + sizeof h;
        for (uint32_t i = 0; i < h.len; i++)
            p[i] = (unsigned char)mix64(&x);
        h.sum = fnv1a(p, h.len);
        memcpy(buf, &h, sizeof h);
        double t0 = now_s();
        ssize_t n = csock_send(c->s, buf, sizeof h + h.len, 0, &e);
        record(&c->last, n, &e, t0);
        c->unbalanced += hook_depth != 0;
        if (n != (ssize_t)(sizeof h + h.len))
            return NULL;
    }
    return NULL;
}

static void *dgram_receiver(void *arg)
{
    struct dgram_ctx *c = arg;
    unsigned char buf[sizeof(struct dgram_hdr) + 2048];
    csock_error e;
    for (;;) {
        double t0 = now_s();
        ssize_t n = csock_recv_into(c->s, buf, sizeof buf, 0, 0, &e);
        record(&c->last, n, &e, t0);
        c->unbalanced += hook_depth != 0;
        if (n < 0)
            return NULL;
        struct dgram_hdr h;
        if ((size_t)n < sizeof h) {
            c->corrupt++;
            continue;
        }
        memcpy(&h, buf, sizeof h);
        if (h.sender == STOP_SENDER) {
            c->stops++;
            return NULL;
        }
        if (h.sender >= NTHREADS || h.seq >= DGRAMS_PER_SENDER ||
            h.len != (size_t)n - sizeof h ||
            fnv1a(buf + sizeof h, h.len) != h.sum) {
            c->corrupt++;
            continue;
        }
        atomic_fetch_add(&dgram_seen[h.sender][h.seq], 1);
        c->received++;
    }
}

static void dgram_shared(double timeout)
{
    install_hooks();
    csock *pair[2];
    csock_error e;
    cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_DGRAM, 0, pair, &e), 0,
                 "%s", e.message);
    set_timeout(pair[0], timeout);
    set_timeout(pair[1], timeout);
    memset(dgram_seen, 0, sizeof dgram_seen);
    struct dgram_ctx tx[NTHREADS], rx[NTHREADS];
    pthread_t tt[NTHREADS], rt[NTHREADS];
    memset(tx, 0, sizeof tx);
    memset(rx, 0, sizeof rx);
    for (int i = 0; i < NTHREADS; i++) {
        rx[i].s = pair[1];
        cr_assert_eq(pthread_create(&rt[i], NULL, dgram_receiver, &rx[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) {
        tx[i].s = pair[0];
        tx[i].id = i;
        cr_assert_eq(pthread_create(&tt[i], NULL, dgram_sender, &tx[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(tt[i], NULL);
    /* One stop datagram per receiver, queued after all the data. */
    for (int i = 0; i < NTHREADS; i++) {
        struct dgram_hdr h = { STOP_SENDER, 0, 0, 0 };
        cr_assert_eq(csock_send(pair[0], &h, sizeof h, 0, &e),
                     (ssize_t)sizeof h, "%s", e.message);
    }
    int received = 0;
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(rt[i], NULL);
        cr_assert_geq(tx[i].last.n, 0, "send: %s", tx[i].last.message);
        cr_assert_geq(rx[i].last.n, 0, "recv: %s", rx[i].last.message);
        cr_assert_eq(rx[i].corrupt, 0, "%d corrupt datagrams", rx[i].corrupt);
        cr_assert_eq(rx[i].stops, 1);
        cr_assert_eq(tx[i].unbalanced + rx[i].unbalanced, 0,
                     "blocking hooks left unbalanced");
        received += rx[i].received;
    }
    for (int s = 0; s < NTHREADS; s++)
        for (int q = 0; q < DGRAMS_PER_SENDER; q++)
            cr_assert_eq(atomic_load(&dgram_seen[s][q]), 1,
                         "datagram %d/%d received %d times", s, q,
                         atomic_load(&dgram_seen[s][q]));
    cr_assert_eq(received, NTHREADS * DGRAMS_PER_SENDER);
    csock_close(pair[0], NULL);
    csock_close(pair[1], NULL);
    csock_set_hooks(NULL);
}

THREAD_TEST(dgram_senders_receivers_blocking) { dgram_shared(-1); }
THREAD_TEST(dgram_senders_receivers_timeout) { dgram_shared(10.0); }

/* ------------------------------------------------------------------ */
/* csock_close_keep racing calls that wait                               */
/* ------------------------------------------------------------------ */

enum op { OP_RECV, OP_ACCEPT, OP_SEND_FULL };

struct waiter {
    csock *s;
    enum op op;
    pthread_barrier_t *start;
    struct outcome out;
};

static void *waiter_main(void *arg)
{
    struct waiter *w = arg;
    csock_error e;
    char buf[256];
    pthread_barrier_wait(w->start);
    double t0 = now_s();
    ssize_t n = -1;
    switch (w->op) {
    case OP_RECV:
        n = csock_recv_into(w->s, buf, sizeof buf, 0, 0, &e);
        break;
    case OP_ACCEPT: {
        csock *c = csock_accept(w->s, NULL, &e);
        n = c ? 0 : -1;
        csock_close(c, NULL);
        break;
    }
    case OP_SEND_FULL: {
        /* Until the peer's buffers are full, then wait in sendall. */
        static char big[1 << 16];
        for (;;) {
            n = csock_sendall(w->s, big, sizeof big, 0, &e);
            if (n < 0)
                break;
        }
        break;
    }
    }
    record(&w->out, n, &e, t0);
    return NULL;
}

/* NTHREADS threads wait on s with op; after 150 ms the test thread calls
 * `interrupt` (close_fd, or shutdown + close_fd); returns when all ended. */
static void run_waiters(csock *s, enum op op, struct waiter *w,
                        void (*interrupt)(csock *))
{
    pthread_t t[NTHREADS];
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, NTHREADS + 1);
    for (int i = 0; i < NTHREADS; i++) {
        w[i] = (struct waiter){ .s = s, .op = op, .start = &start };
        cr_assert_eq(pthread_create(&t[i], NULL, waiter_main, &w[i]), 0);
    }
    pthread_barrier_wait(&start);
    sleep_ms(150);
    interrupt(s);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&start);
}

static void do_close_fd(csock *s)
{
    csock_error e;
    cr_assert_eq(csock_close_keep(s, &e), 0, "close_fd: %s", e.message);
}

static void do_shutdown_close_fd(csock *s)
{
    csock_error e;
    cr_assert_eq(csock_shutdown(s, SHUT_RDWR, &e), 0, "shutdown: %s",
                 e.message);
    do_close_fd(s);
}

/* Every call that starts after the close: [Errno 9] Bad file descriptor,
 * from several threads at once. */
struct after_ctx {
    csock *s;
    struct outcome out[7];
};

static void *after_close_main(void *arg)
{
    struct after_ctx *c = arg;
    csock_error e;
    char buf[16] = { 0 };
    double t0 = now_s();
    ssize_t n = csock_recv_into(c->s, buf, sizeof buf, 0, 0, &e);
    record(&c->out[0], n, &e, t0);
    n = csock_send(c->s, buf, sizeof buf, 0, &e);
    record(&c->out[1], n, &e, t0);
    n = csock_sendall(c->s, buf, sizeof buf, 0, &e);
    record(&c->out[2], n, &e, t0);
    csock *a = csock_accept(c->s, NULL, &e);
    record(&c->out[3], a ? 0 : -1, &e, t0);
    csock_close(a, NULL);
    csock_addr to = csock_addr_inet("127.0.0.1", 9);
    n = csock_connect(c->s, &to, &e);
    record(&c->out[4], n, &e, t0);
    double t = 1.0;
    n = csock_settimeout(c->s, t, &e);
    record(&c->out[5], n, &e, t0);
    int v;
    n = csock_getsockopt_int(c->s, SOL_SOCKET, SO_TYPE, &v, &e);
    record(&c->out[6], n, &e, t0);
    return NULL;
}

static void assert_all_ebadf_after_close(csock *s)
{
    struct after_ctx c[NTHREADS];
    pthread_t t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        memset(&c[i], 0, sizeof c[i]);
        c[i].s = s;
        cr_assert_eq(pthread_create(&t[i], NULL, after_close_main, &c[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
        for (int k = 0; k < 7; k++) {
            cr_assert(is_ebadf(&c[i].out[k]),
                      "call %d after close: n=%zd kind=%d %s", k,
                      c[i].out[k].n, c[i].out[k].kind, c[i].out[k].message);
            cr_assert_eq(c[i].out[k].depth, 0);
        }
    }
    cr_assert_eq(csock_fileno(s), -1);
}

/* The peer sees the end of file: the close really closed the socket. */
static void assert_peer_eof(csock *peer)
{
    char buf[64];
    csock_error e;
    set_timeout(peer, 5.0);
    ssize_t n;
    /* Data the peer had queued before (none here) would come first. */
    n = csock_recv_into(peer, buf, sizeof buf, 0, 0, &e);
    cr_assert_eq(n, 0, "peer: %zd %s", n, e.message);
}

static void check_waiters(const struct waiter *w, double timeout,
                          int allow_eof, int allow_einval)
{
    for (int i = 0; i < NTHREADS; i++) {
        const struct outcome *o = &w[i].out;
        int ok = is_ebadf(o) || (timeout > 0 && is_timeout(o)) ||
                 (allow_eof && o->n == 0) ||
                 (allow_einval && o->n < 0 && o->kind == CSOCK_ERR_OS &&
                  o->code == EINVAL);
        cr_assert(ok, "waiter %d: n=%zd kind=%d %s", i, o->n, o->kind,
                  o->message);
        cr_assert_eq(o->depth, 0, "waiter %d: hooks unbalanced", i);
        if (timeout > 0)
            cr_assert_leq(o->elapsed, timeout + 1.0,
                          "waiter %d took %.3fs (timeout %.1fs)", i,
                          o->elapsed, timeout);
    }
}

THREAD_TEST(close_fd_racing_timeout_recv)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    set_timeout(a, 1.0);
    struct waiter w[NTHREADS];
    run_waiters(a, OP_RECV, w, do_close_fd);
    check_waiters(w, 1.0, 0, 0);
    assert_all_ebadf_after_close(a);
    assert_peer_eof(b);
    csock_free(a);
    csock_close(b, NULL);
    csock_set_hooks(NULL);
}

/* New sockets made right after the close, one of them with data: they
 * cannot take the closed socket's number while calls are in flight (the
 * close waits for the last of them), so no waiter can read their data
 * (timeout or EBADF, never data); the last waiter closes the fd. */
THREAD_TEST(close_fd_racing_timeout_recv_keeps_the_fd_number)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    set_timeout(a, 1.0);
    int oldfd = csock_fileno(a);
    csock *pair[2] = { NULL, NULL };
    struct waiter w[NTHREADS];
    pthread_t t[NTHREADS];
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, NTHREADS + 1);
    for (int i = 0; i < NTHREADS; i++) {
        w[i] = (struct waiter){ .s = a, .op = OP_RECV, .start = &start };
        cr_assert_eq(pthread_create(&t[i], NULL, waiter_main, &w[i]), 0);
    }
    pthread_barrier_wait(&start);
    sleep_ms(150);
    csock_error e;
    cr_assert_eq(csock_close_keep(a, &e), 0, "%s", e.message);
    cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, pair, &e), 0,
                 "%s", e.message);
    /* close(2) waits for the calls in flight: the number is not free for
     * the new sockets to take, so no waiter can read their data */
    cr_assert(csock_fileno(pair[0]) != oldfd && csock_fileno(pair[1]) != oldfd,
              "fd %d reused while calls were in flight", oldfd);
    cr_assert_eq(csock_fileno(a), -1, "closed at once for the caller");
    cr_assert_neq(fcntl(oldfd, F_GETFD), -1, "still open for the waiters");
    char data[NTHREADS * 256];
    memset(data, 'x', sizeof data);
    cr_assert_eq(csock_sendall(pair[0], data, sizeof data, 0, &e), 0, "%s",
                 e.message);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&start);
    check_waiters(w, 1.0, 0, 0);
    /* the last waiter to return closed it */
    cr_assert_eq(fcntl(oldfd, F_GETFD), -1);
    cr_assert_eq(errno, EBADF);
    assert_peer_eof(b);
    csock_free(a);
    csock_close(b, NULL);
    csock_close(pair[0], NULL);
    csock_close(pair[1], NULL);
    csock_set_hooks(NULL);
}

/* Blocking mode: close alone does not wake a recv(2) in Linux; the
 * contract says shutdown (or the peer) does. */
THREAD_TEST(shutdown_close_fd_racing_blocking_recv)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    struct waiter w[NTHREADS];
    run_waiters(a, OP_RECV, w, do_shutdown_close_fd);
    check_waiters(w, -1, 1, 0);
    assert_all_ebadf_after_close(a);
    assert_peer_eof(b);
    csock_free(a);
    csock_close(b, NULL);
    csock_set_hooks(NULL);
}

static csock *peer_to_close;
static void do_peer_close_then_close_fd(csock *s)
{
    csock_close(peer_to_close, NULL);
    peer_to_close = NULL;
    sleep_ms(50);
    do_close_fd(s);
}

static void do_peer_close_only(csock *s)
{
    (void)s;
    csock_close(peer_to_close, NULL);
    peer_to_close = NULL;
}

THREAD_TEST(peer_close_then_close_fd_racing_blocking_recv)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    peer_to_close = b;
    struct waiter w[NTHREADS];
    run_waiters(a, OP_RECV, w, do_peer_close_then_close_fd);
    check_waiters(w, -1, 1, 0);
    assert_all_ebadf_after_close(a);
    csock_free(a);
    csock_set_hooks(NULL);
}

/* A sendall waiting for room (peer not reading) when the socket closes. */
THREAD_TEST(close_fd_racing_timeout_sendall)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    set_timeout(a, 1.0);
    struct waiter w[NTHREADS];
    run_waiters(a, OP_SEND_FULL, w, do_close_fd);
    check_waiters(w, 1.0, 0, 0);
    assert_all_ebadf_after_close(a);
    csock_free(a);
    csock_close(b, NULL);
    csock_set_hooks(NULL);
}

/* Senders blocked for room when the peer closes with unread data: one
 * gets the reset, the others the broken pipe, as errors; SIGPIPE (left at
 * its default here, as in a C program) must never be raised. */
THREAD_TEST(sendall_racing_peer_close)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    set_timeout(a, 10.0);
    peer_to_close = b;
    struct waiter w[NTHREADS];
    run_waiters(a, OP_SEND_FULL, w, do_peer_close_only);
    for (int i = 0; i < NTHREADS; i++) {
        const struct outcome *o = &w[i].out;
        cr_assert(o->n < 0 && o->kind == CSOCK_ERR_OS &&
                      (o->code == EPIPE || o->code == ECONNRESET),
                  "sender %d: n=%zd kind=%d %s", i, o->n, o->kind, o->message);
        cr_assert_eq(o->depth, 0, "sender %d: hooks unbalanced", i);
        cr_assert_lt(o->elapsed, 9.0, "sender %d waited %.2fs", i, o->elapsed);
    }
    csock_close(a, NULL);
    csock_set_hooks(NULL);
}

THREAD_TEST(close_fd_racing_timeout_accept)
{
    install_hooks();
    csock_addr where;
    csock *l = tcp_listener(8, &where);
    set_timeout(l, 1.0);
    struct waiter w[NTHREADS];
    run_waiters(l, OP_ACCEPT, w, do_close_fd);
    check_waiters(w, 1.0, 0, 0);
    assert_all_ebadf_after_close(l);
    csock_free(l);
    csock_set_hooks(NULL);
}

/* Blocking accept: shutdown of a listening socket wakes accept(2) with
 * EINVAL on Linux; then the close. */
THREAD_TEST(shutdown_close_fd_racing_blocking_accept)
{
    install_hooks();
    csock_addr where;
    csock *l = tcp_listener(8, &where);
    struct waiter w[NTHREADS];
    run_waiters(l, OP_ACCEPT, w, do_shutdown_close_fd);
    check_waiters(w, -1, 0, 1);
    assert_all_ebadf_after_close(l);
    csock_free(l);
    csock_set_hooks(NULL);
}

/* ------------------------------------------------------------------ */
/* Many rounds of close at a random moment                             */
/* ------------------------------------------------------------------ */

struct churn_ctx {
    csock *s;
    int is_accept;
    int data, timeouts, ebadf, other, accepted, unbalanced;
    char other_msg[CSOCK_ERROR_MESSAGE_MAX];
};

static void *churn_main(void *arg)
{
    struct churn_ctx *c = arg;
    char buf[512];
    csock_error e;
    for (;;) {
        ssize_t n;
        if (c->is_accept) {
            csock *x = csock_accept(c->s, NULL, &e);
            n = x ? 1 : -1;
            if (x)
                c->accepted++;
            csock_close(x, NULL);
        } else {
            n = csock_recv_into(c->s, buf, sizeof buf, 0, 0, &e);
        }
        c->unbalanced += hook_depth != 0;
        if (n > 0) {
            c->data++;
            continue;
        }
        if (n == 0) {
            c->other++;
            snprintf(c->other_msg, sizeof c->other_msg, "end of file");
            return NULL;
        }
        if (e.kind == CSOCK_ERR_TIMEOUT) {
            c->timeouts++;
            continue;
        }
        if (e.kind == CSOCK_ERR_OS && e.code == EBADF) {
            c->ebadf++;
            return NULL;
        }
        c->other++;
        memcpy(c->other_msg, e.message, sizeof c->other_msg);
        return NULL;
    }
}

/* recv (timeout 20 ms) on one socket from NTHREADS threads while the peer
 * sends; the socket is closed at a random moment.  Every thread ends with
 * EBADF; nothing else but data and timeouts happens on the way. */
THREAD_TEST(close_fd_at_random_moments_recv)
{
    install_hooks();
    uint64_t x = 42;
    for (int round = 0; round < 30; round++) {
        csock *a, *b;
        tcp_pair(&a, &b);
        set_timeout(a, 0.02);
        struct churn_ctx c[NTHREADS];
        pthread_t t[NTHREADS];
        for (int i = 0; i < NTHREADS; i++) {
            memset(&c[i], 0, sizeof c[i]);
            c[i].s = a;
            cr_assert_eq(pthread_create(&t[i], NULL, churn_main, &c[i]), 0);
        }
        int sends = (int)(mix64(&x) % 50);
        csock_error e;
        for (int k = 0; k < sends; k++) {
            cr_assert_eq(csock_sendall(b, "0123456789", 10, 0, &e), 0, "%s",
                         e.message);
            if (k % 8 == 0)
                sleep_ms(1);
        }
        cr_assert_eq(csock_close_keep(a, &e), 0, "%s", e.message);
        for (int i = 0; i < NTHREADS; i++) {
            pthread_join(t[i], NULL);
            cr_assert_eq(c[i].other, 0, "round %d thread %d: %s", round, i,
                         c[i].other_msg);
            cr_assert_eq(c[i].ebadf, 1);
            cr_assert_eq(c[i].unbalanced, 0);
        }
        csock_free(a);
        csock_close(b, NULL);
    }
    csock_set_hooks(NULL);
}

/* accept (timeout 20 ms) from NTHREADS threads while clients connect; the
 * listener is closed at a random moment.  Every accepted socket is closed
 * (the fd check of the test counts them). */
THREAD_TEST(close_fd_at_random_moments_accept)
{
    install_hooks();
    uint64_t x = 7;
    for (int round = 0; round < 30; round++) {
        csock_addr where;
        csock *l = tcp_listener(64, &where);
        set_timeout(l, 0.02);
        struct churn_ctx c[NTHREADS];
        pthread_t t[NTHREADS];
        for (int i = 0; i < NTHREADS; i++) {
            memset(&c[i], 0, sizeof c[i]);
            c[i].s = l;
            c[i].is_accept = 1;
            cr_assert_eq(pthread_create(&t[i], NULL, churn_main, &c[i]), 0);
        }
        int clients = (int)(mix64(&x) % 20);
        csock *cl[20];
        csock_error e;
        for (int k = 0; k < clients; k++) {
            cl[k] = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
            cr_assert_not_null(cl[k], "%s", e.message);
            cr_assert_eq(csock_connect(cl[k], &where, &e), 0, "%s", e.message);
        }
        cr_assert_eq(csock_close_keep(l, &e), 0, "%s", e.message);
        int accepted = 0;
        for (int i = 0; i < NTHREADS; i++) {
            pthread_join(t[i], NULL);
            cr_assert_eq(c[i].other, 0, "round %d thread %d: %s", round, i,
                         c[i].other_msg);
            cr_assert_eq(c[i].ebadf, 1);
            cr_assert_eq(c[i].unbalanced, 0);
            accepted += c[i].accepted;
        }
        cr_assert_leq(accepted, clients);
        for (int k = 0; k < clients; k++)
            csock_close(cl[k], NULL);
        csock_free(l);
    }
    csock_set_hooks(NULL);
}

/* ------------------------------------------------------------------ */
/* Modes changing under a receive                                      */
/* ------------------------------------------------------------------ */

#define MODE_BYTES (4u << 20)

static unsigned char pattern_at(uint64_t i)
{
    return (unsigned char)((i * 2654435761u) >> 13);
}

struct mode_rx {
    csock *s;
    uint64_t got;
    uint64_t bad_at;   /* first offset with a wrong byte, or ~0 */
    int eagain, timeouts, unbalanced, other;
    char other_msg[CSOCK_ERROR_MESSAGE_MAX];
    atomic_int done;
};

static void *mode_receiver(void *arg)
{
    struct mode_rx *r = arg;
    unsigned char buf[4093];
    csock_error e;
    r->bad_at = ~(uint64_t)0;
    for (;;) {
        ssize_t n = csock_recv_into(r->s, buf, sizeof buf, 0, 0, &e);
        r->unbalanced += hook_depth != 0;
        if (n > 0) {
            for (ssize_t i = 0; i < n; i++)
                if (buf[i] != pattern_at(r->got + (uint64_t)i) &&
                    r->bad_at == ~(uint64_t)0)
                    r->bad_at = r->got + (uint64_t)i;
            r->got += (uint64_t)n;
            continue;
        }
        if (n == 0)
            break;
        if (e.kind == CSOCK_ERR_OS && e.code == EAGAIN) {
            r->eagain++;
            struct pollfd p = { csock_fileno(r->s), POLLIN, 0 };
            poll(&p, 1, 5);
            continue;
        }
        if (e.kind == CSOCK_ERR_TIMEOUT) {
            r->timeouts++;
            continue;
        }
        r->other++;
        memcpy(r->other_msg, e.message, sizeof r->other_msg);
        break;
    }
    atomic_store(&r->done, 1);
    return NULL;
}

struct toggler {
    csock *s;
    atomic_int *stop;
    long changes;
    int errors;
    double sum; /* of what the getters saw, so they are not optimised out */
};

static void *toggler_main(void *arg)
{
    struct toggler *t = arg;
    csock_error e;
    static const double timeouts[] = { 0.2, -1, 0.0, 0.05, -1, 3.0 };
    int k = 0;
    while (!atomic_load(t->stop)) {
        double v = timeouts[k++ % 6];
        int r;
        if (k % 4 == 0)
            r = csock_setblocking(t->s, v != 0.0, &e);
        else
            r = csock_settimeout(t->s, v < 0 ? CSOCK_TIMEOUT_NONE : v, &e);
        t->errors += r < 0;
        t->sum += csock_gettimeout(t->s) + csock_getblocking(t->s) +
                  csock_fileno(t->s) + csock_family(t->s) + csock_type(t->s);
        t->changes++;
        sleep_ms(1);
    }
    return NULL;
}

THREAD_TEST(settimeout_setblocking_racing_recv)
{
    install_hooks();
    csock *a, *b;
    tcp_pair(&a, &b);
    set_timeout(a, 0.2);
    atomic_int stop = 0;
    struct mode_rx r;
    memset(&r, 0, sizeof r);
    r.s = a;
    struct toggler tg[2];
    pthread_t rt, tt[2];
    cr_assert_eq(pthread_create(&rt, NULL, mode_receiver, &r), 0);
    for (int i = 0; i < 2; i++) {
        tg[i] = (struct toggler){ .s = a, .stop = &stop };
        cr_assert_eq(pthread_create(&tt[i], NULL, toggler_main, &tg[i]), 0);
    }
    unsigned char buf[8192];
    csock_error e;
    uint64_t off = 0;
    while (off < MODE_BYTES) {
        size_t n = 1 + (size_t)(off * 31 % sizeof buf);
        for (size_t i = 0; i < n; i++)
            buf[i] = pattern_at(off + i);
        cr_assert_eq(csock_sendall(b, buf, n, 0, &e), 0, "%s", e.message);
        off += n;
        if ((off & 0xffff) < n)
            sleep_ms(1);
    }
    cr_assert_eq(csock_shutdown(b, SHUT_WR, &e), 0, "%s", e.message);
    pthread_join(rt, NULL);
    atomic_store(&stop, 1);
    for (int i = 0; i < 2; i++) {
        pthread_join(tt[i], NULL);
        cr_assert_eq(tg[i].errors, 0);
        cr_assert_gt(tg[i].changes, 0);
    }
    cr_assert_eq(r.other, 0, "receiver: %s", r.other_msg);
    cr_assert_eq(r.got, off, "received %llu of %llu bytes",
                 (unsigned long long)r.got, (unsigned long long)off);
    cr_assert_eq(r.bad_at, ~(uint64_t)0, "wrong byte at offset %llu",
                 (unsigned long long)r.bad_at);
    cr_assert_eq(r.unbalanced, 0, "blocking hooks left unbalanced");
    csock_close(a, NULL);
    csock_close(b, NULL);
    csock_set_hooks(NULL);
}

/* ------------------------------------------------------------------ */
/* Modes changing under a connect that really waits                    */
/* ------------------------------------------------------------------ */

/* A listener whose accept queue is full: a new connect's SYN is dropped
 * and retried (1 s later), so a blocking connect waits.  The clients that
 * fill it are returned in fill[] (*nfill of them). */
static csock *full_listener(csock_addr *where, csock **fill, int *nfill,
                            int max)
{
    csock *l = tcp_listener(0, where);
    csock_error e;
    *nfill = 0;
    for (;;) {
        cr_assert_lt(*nfill, max, "the accept queue never filled");
        csock *c = csock_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0, &e);
        cr_assert_not_null(c, "%s", e.message);
        fill[(*nfill)++] = c;
        int r = csock_connect_ex(c, where, &e);
        cr_assert(r == 0 || r == EINPROGRESS, "connect_ex: %d", r);
        struct pollfd p = { csock_fileno(c), POLLOUT, 0 };
        if (r == EINPROGRESS && poll(&p, 1, 300) == 0)
            return l; /* this one waits: the queue is full */
    }
}

struct connector {
    csock *s;
    csock_addr to;
    pthread_barrier_t *start;
    struct outcome out;
};

static void *connector_main(void *arg)
{
    struct connector *c = arg;
    csock_error e;
    pthread_barrier_wait(c->start);
    double t0 = now_s();
    int r = csock_connect(c->s, &c->to, &e);
    record(&c->out, r, &e, t0);
    return NULL;
}

/* mode0 < 0: blocking; the other thread switches to mode1 (< 0: blocking)
 * while the connect waits; then the queue drains and the connect must
 * succeed with the hooks balanced. */
static void connect_mode_race(double mode0, double mode1)
{
    install_hooks();
    csock_addr where;
    csock *fill[64];
    int nfill = 0;
    csock *l = full_listener(&where, fill, &nfill, 64);
    csock_error e;
    csock *c = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_not_null(c, "%s", e.message);
    set_timeout(c, mode0);
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, 2);
    struct connector k = { .s = c, .to = where, .start = &start };
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, connector_main, &k), 0);
    pthread_barrier_wait(&start);
    sleep_ms(200);
    set_timeout(c, mode1);
    /* Drain the queue until the connect has gone through. */
    set_timeout(l, 0.1);
    int accepted = 0;
    double t0 = now_s();
    while (now_s() - t0 < 20.0) {
        csock *x = csock_accept(l, NULL, &e);
        if (x) {
            accepted++;
            csock_close(x, NULL);
            if (accepted > nfill)
                break; /* the connector's own connection */
        }
    }
    pthread_join(t, NULL);
    pthread_barrier_destroy(&start);
    cr_assert_eq(k.out.n, 0, "connect: kind %d %s (after %.2fs)", k.out.kind,
                 k.out.message, k.out.elapsed);
    cr_assert_eq(k.out.depth, 0, "blocking hooks left unbalanced by connect");
    cr_assert_geq(k.out.elapsed, 0.15, "the connect did not wait (%.3fs)",
                  k.out.elapsed);
    csock_close(c, NULL);
    for (int i = 0; i < nfill; i++)
        csock_close(fill[i], NULL);
    csock_close(l, NULL);
    csock_set_hooks(NULL);
}

THREAD_TEST(settimeout_racing_blocking_connect) { connect_mode_race(-1, 5.0); }
THREAD_TEST(setblocking_racing_timeout_connect) { connect_mode_race(10.0, -1); }

/* ------------------------------------------------------------------ */
/* makefile streams opened and closed from many threads                */
/* ------------------------------------------------------------------ */

struct mf_ctx {
    csock *s;
    int opened, errors;
    char msg[CSOCK_ERROR_MESSAGE_MAX];
};

static void *makefile_main(void *arg)
{
    struct mf_ctx *c = arg;
    csock_error e;
    for (int i = 0; i < 200; i++) {
        FILE *f = csock_makefile(c->s, (i & 1) ? "rb" : "wb", 0, &e);
        if (!f) {
            c->errors++;
            memcpy(c->msg, e.message, sizeof c->msg);
            continue;
        }
        c->opened++;
        fclose(f);
    }
    return NULL;
}

THREAD_TEST(makefile_streams_from_many_threads)
{
    csock *a, *b;
    tcp_pair(&a, &b);
    struct mf_ctx c[NTHREADS];
    pthread_t t[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        memset(&c[i], 0, sizeof c[i]);
        c[i].s = a;
        cr_assert_eq(pthread_create(&t[i], NULL, makefile_main, &c[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
        cr_assert_eq(c[i].errors, 0, "makefile: %s", c[i].msg);
        cr_assert_eq(c[i].opened, 200);
    }
    /* Every stream gave its reference back: close closes at once. */
    csock_error e;
    cr_assert_eq(csock_close_keep(a, &e), 0, "%s", e.message);
    cr_assert_eq(csock_fileno(a), -1);
    assert_peer_eof(b);
    csock_free(a);
    csock_close(b, NULL);
}

/* ------------------------------------------------------------------ */
/* A free racing the calls in flight (issue 18)                        */
/* ------------------------------------------------------------------ */

/* csock_close (close + free) while another thread's call is in flight:
 * the documented contract is that the free waits for the last call and
 * happens as it returns.  Each round starts one call in a worker (timeout
 * mode: it waits in poll, where the close's placeholder wakes it), waits
 * until the call is inside its wait (the blocking hook ran: the call
 * holds the object), then closes and frees from the test thread, so the
 * call's return races the free.  Before issue 18 the returning call
 * decided to close from a snapshot of the lifetime word without the free
 * and wrote into the freed object (ASan: heap-use-after-free in
 * close_now; `ninja asan_threads`).  Every call must end with EBADF (or,
 * for the stream, its own outcome), the hooks balanced, no fd leaked. */
enum free_kind {
    FK_RECV_INTO,
    FK_SENDALL,
    FK_ACCEPT,
    FK_CONNECT,
    FK_RECV_FDS,
    FK_SENDFILE,
    FK_STREAM,
    FK_DUP,
    FK_DETACH,
    FK_N
};

struct free_race {
    enum free_kind kind;
    csock *s;
    csock_addr to;   /* FK_CONNECT */
    int file;        /* FK_SENDFILE */
    FILE *stream;    /* FK_STREAM */
    struct outcome out;
};

#define FREE_RACE_BIG (8u << 20)

static void *free_race_main(void *arg)
{
    struct free_race *f = arg;
    csock_error e;
    double t0 = now_s();
    ssize_t n = -1;
    static char big[256 << 10];
    char buf[64];
    switch (f->kind) {
    case FK_RECV_INTO:
        n = csock_recv_into(f->s, buf, sizeof buf, 0, 0, &e);
        break;
    case FK_SENDALL:
        /* more than the socket buffers take: it waits for room */
        for (;;) {
            n = csock_sendall(f->s, big, sizeof big, 0, &e);
            if (n < 0)
                break;
        }
        break;
    case FK_ACCEPT: {
        csock *x = csock_accept(f->s, NULL, &e);
        n = x ? 0 : -1;
        csock_close(x, NULL);
        break;
    }
    case FK_CONNECT:
        n = csock_connect(f->s, &f->to, &e);
        break;
    case FK_RECV_FDS: {
        csock_msg m;
        int fds[2];
        size_t nfds = 0;
        n = csock_recv_fds(f->s, 16, 2, 0, &m, fds, &nfds, &e);
        if (n == 0) {
            for (size_t i = 0; i < nfds; i++)
                close(fds[i]);
            csock_msg_free(&m);
        }
        break;
    }
    case FK_SENDFILE: {
        long long r = csock_sendfile(f->s, f->file, 0, NULL, &e);
        n = r < 0 ? -1 : 0;
        break;
    }
    case FK_STREAM: {
        /* a read through the stream waits; the socket's close (and free)
         * are deferred to the stream's fclose, which races them */
        size_t got = fread(buf, 1, 1, f->stream);
        n = (ssize_t)got;
        e.kind = CSOCK_ERR_NONE;
        fclose(f->stream);
        break;
    }
    case FK_DUP:
    case FK_DETACH:
        /* the test thread dups or detaches while this waits */
        n = csock_recv_into(f->s, buf, sizeof buf, 0, 0, &e);
        break;
    default:
        break;
    }
    record(&f->out, n, &e, t0);
    return NULL;
}

/* FK_CONNECT: one listener with a full accept queue for every round */
static csock *fr_listener, *fr_fill[64];
static int fr_nfill;
static csock_addr fr_where;

static void free_race_round(enum free_kind kind, uint64_t *x, int round)
{
    struct free_race f;
    memset(&f, 0, sizeof f);
    f.kind = kind;
    f.file = -1;
    csock *peer = NULL, *fill[64];
    int nfill = 0;
    csock_error e;
    switch (kind) {
    case FK_ACCEPT: {
        csock_addr where;
        f.s = tcp_listener(8, &where);
        break;
    }
    case FK_CONNECT:
        f.to = fr_where;
        f.s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        cr_assert_not_null(f.s, "%s", e.message);
        break;
    case FK_RECV_FDS: {
        csock *p[2];
        cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), 0,
                     "%s", e.message);
        f.s = p[0];
        peer = p[1];
        break;
    }
    case FK_SENDFILE: {
        char path[] = "/tmp/csock-free-race-XXXXXX";
        f.file = mkstemp(path);
        cr_assert_geq(f.file, 0);
        unlink(path);
        cr_assert_eq(ftruncate(f.file, FREE_RACE_BIG), 0);
        tcp_pair(&f.s, &peer);
        break;
    }
    default:
        tcp_pair(&f.s, &peer);
        break;
    }
    set_timeout(f.s, 10.0);
    if (kind == FK_STREAM) {
        f.stream = csock_makefile(f.s, "rb", 0, &e);
        cr_assert_not_null(f.stream, "%s", e.message);
    }
    long before = atomic_load(&hook_begins);
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, free_race_main, &f), 0);
    /* the call is inside its wait (or, sending, blocked for room): it
     * holds the object */
    while (atomic_load(&hook_begins) == before)
        sched_yield();
    int detached = -1;
    /* Replacing the fd by the placeholder does not wake a poll on an
     * established socket or a listener (csock.h): shut it down first, so
     * the call returns just as the close and the free run. */
    if (kind != FK_STREAM && kind != FK_DETACH)
        (void)csock_shutdown(f.s, SHUT_RDWR, NULL);
    if (kind == FK_STREAM)
        /* wake the read: its fclose then races the close + free */
        cr_assert_eq(csock_sendall(peer, "x", 1, 0, &e), 0, "%s", e.message);
    if (kind == FK_DUP) {
        /* a dup racing the call in flight */
        csock *d = csock_dup(f.s, &e);
        cr_assert_not_null(d, "round %d: dup: %s", round, e.message);
        cr_assert_eq(csock_close(d, &e), 0, "%s", e.message);
    }
    if (kind == FK_DETACH) {
        /* a detach racing the call in flight: the fd is ours now; the
         * call's next attempt finds no fd (EBADF) once shutdown wakes it */
        detached = csock_detach(f.s);
        cr_assert_geq(detached, 0, "round %d: detach", round);
        cr_assert_eq(csock_fileno(f.s), -1);
        cr_assert_eq(shutdown(detached, SHUT_RDWR), 0);
    }
    /* The woken call returns some microseconds later: sweep the moment of
     * the close across that (0 to 40 us), so that the call's last leave
     * meets the close's and the free's in many rounds. */
    double until = now_s() + (double)(mix64(x) % 40000) * 1e-9;
    while (now_s() < until)
        ;
    cr_assert_eq(csock_close(f.s, &e), 0, "round %d: %s", round, e.message);
    pthread_join(t, NULL);
    cr_assert_eq(f.out.depth, 0, "round %d: hooks unbalanced", round);
    if (kind == FK_STREAM) {
        cr_assert_eq(f.out.n, 1, "round %d: stream read %zd", round, f.out.n);
    } else {
        /* EBADF when the close came first; else what the shutdown gave
         * (end of file, EPIPE, accept's EINVAL) */
        int ok = is_ebadf(&f.out) ||
                 (f.out.n == 0 && kind != FK_ACCEPT && kind != FK_CONNECT &&
                  kind != FK_SENDALL && kind != FK_SENDFILE) ||
                 (f.out.n < 0 && f.out.kind == CSOCK_ERR_OS &&
                  (f.out.code == EPIPE || f.out.code == EINVAL ||
                   f.out.code == ECONNRESET || kind == FK_CONNECT));
        cr_assert(ok, "kind %d round %d: %zd %s", kind, round, f.out.n,
                  f.out.message);
    }
    if (detached >= 0) {
        /* the close after the detach left the user's fd alone */
        cr_assert_neq(fcntl(detached, F_GETFD), -1);
        cr_assert_eq(close(detached), 0);
    }
    for (int i = 0; i < nfill; i++)
        csock_close(fill[i], NULL);
    csock_close(peer, NULL);
    if (f.file >= 0)
        close(f.file);
}

#ifndef FREE_RACE_ROUNDS
#define FREE_RACE_ROUNDS 2000
#endif

static void free_race(enum free_kind kind, int rounds)
{
    install_hooks();
    uint64_t x = 0x5eed + (uint64_t)kind;
    if (kind == FK_CONNECT)
        fr_listener = full_listener(&fr_where, fr_fill, &fr_nfill, 64);
    double t0 = now_s();
    for (int round = 0; round < rounds; round++)
        free_race_round(kind, &x, round);
    fprintf(stderr, "free_race kind %d: %d rounds in %.2f s\n", kind, rounds,
            now_s() - t0);
    if (kind == FK_CONNECT) {
        for (int i = 0; i < fr_nfill; i++)
            csock_close(fr_fill[i], NULL);
        csock_close(fr_listener, NULL);
    }
    csock_set_hooks(NULL);
}

THREAD_TEST(free_racing_recv_into) { free_race(FK_RECV_INTO, FREE_RACE_ROUNDS); }
THREAD_TEST(free_racing_sendall) { free_race(FK_SENDALL, FREE_RACE_ROUNDS / 4); }
THREAD_TEST(free_racing_accept) { free_race(FK_ACCEPT, FREE_RACE_ROUNDS); }
THREAD_TEST(free_racing_connect) { free_race(FK_CONNECT, FREE_RACE_ROUNDS); }
THREAD_TEST(free_racing_recv_fds) { free_race(FK_RECV_FDS, FREE_RACE_ROUNDS); }
THREAD_TEST(free_racing_sendfile) { free_race(FK_SENDFILE, FREE_RACE_ROUNDS / 4); }
THREAD_TEST(free_racing_makefile_stream) { free_race(FK_STREAM, FREE_RACE_ROUNDS); }
THREAD_TEST(dup_racing_recv_into) { free_race(FK_DUP, FREE_RACE_ROUNDS); }
THREAD_TEST(detach_racing_recv_into) { free_race(FK_DETACH, FREE_RACE_ROUNDS); }

/* ------------------------------------------------------------------ */
/* sendfile after a close (issue 18, defect 2)                         */
/* ------------------------------------------------------------------ */

struct slow_reader {
    csock *s;
    atomic_llong got;
};

static void *slow_reader_main(void *arg)
{
    struct slow_reader *r = arg;
    static char buf[64 << 10];
    for (;;) {
        ssize_t n = csock_recv_into(r->s, buf, sizeof buf, 0, 0, NULL);
        if (n <= 0)
            return NULL;
        atomic_fetch_add(&r->got, n);
        sleep_ms(1);
    }
}

struct sendfile_call {
    csock *s;
    int file;
    long long r;
    csock_error e;
};

static void *sendfile_main(void *arg)
{
    struct sendfile_call *c = arg;
    c->r = csock_sendfile(c->s, c->file, 0, NULL, &c->e);
    return NULL;
}

/* A close decided while csock_sendfile runs in timeout mode puts /dev/null
 * in the fd's place; sendfile(2) writes into it without complaint, so the
 * loop used to "send" the rest of the file there and report all of it
 * (64 MiB reported, a few MiB received).  Now the call ends with EBADF;
 * whatever it reports never exceeds what the peer received. */
THREAD_TEST(sendfile_after_close_reports_no_swallowed_bytes)
{
    for (int round = 0; round < 3; round++) {
        csock *a, *b;
        tcp_pair(&a, &b);
        set_timeout(a, 10.0);
        char path[] = "/tmp/csock-sendfile-close-XXXXXX";
        int file = mkstemp(path);
        cr_assert_geq(file, 0);
        unlink(path);
        cr_assert_eq(ftruncate(file, 64 << 20), 0);
        struct slow_reader rd = { b, 0 };
        struct sendfile_call sc = { a, file, 0, { 0 } };
        pthread_t tr, ts;
        cr_assert_eq(pthread_create(&tr, NULL, slow_reader_main, &rd), 0);
        cr_assert_eq(pthread_create(&ts, NULL, sendfile_main, &sc), 0);
        while (atomic_load(&rd.got) < (1 << 20))
            sleep_ms(1);
        csock_error e;
        cr_assert_eq(csock_close_keep(a, &e), 0, "%s", e.message);
        pthread_join(ts, NULL);
        pthread_join(tr, NULL); /* the last holder closed: end of file */
        long long got = atomic_load(&rd.got);
        if (sc.r >= 0)
            cr_assert_leq(sc.r, got, "round %d: sendfile reported %lld bytes, "
                          "the peer received %lld", round, sc.r, got);
        else
            cr_assert(sc.e.kind == CSOCK_ERR_OS && sc.e.code == EBADF,
                      "round %d: %s", round, sc.e.message);
        csock_free(a);
        csock_close(b, NULL);
        close(file);
    }
}
