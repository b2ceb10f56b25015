/* csock_wait: readiness over many sockets, one deadline, EINTR retried
 * with the remaining time (and the on_eintr hook's abort), closed sockets
 * reported, bad arguments. */
#include "common.h"

#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

TestSuite(wait, .init = fd_check_init, .fini = fd_check_fini);

static void pair(csock *p[2])
{
    csock_error e;
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
    ASSERT_OK(csock_setblocking(p[0], 0, &e), e);
    ASSERT_OK(csock_setblocking(p[1], 0, &e), e);
}

Test(wait, read_and_write_readiness)
{
    csock_error e;
    csock *p[2];
    pair(p);
    csock_wait_item it[2] = { { p[0], CSOCK_WAIT_READ, 77 },
                              { p[1], CSOCK_WAIT_WRITE, 77 } };
    /* p[0] has nothing to read, p[1] can write */
    cr_assert_eq(csock_wait(it, 2, 0.0, &e), 1, "%s", e.message);
    cr_assert_eq(it[0].revents, 0);
    cr_assert_eq(it[1].revents, CSOCK_WAIT_WRITE);
    /* only reading wanted: nothing ready, the timeout passes */
    it[1].events = CSOCK_WAIT_READ;
    cr_assert_eq(csock_wait(it, 2, 0.0, &e), 0);
    cr_assert_eq(it[0].revents | it[1].revents, 0);
    ASSERT_OK(csock_sendall(p[1], "x", 1, 0, &e), e);
    cr_assert_eq(csock_wait(it, 2, CSOCK_TIMEOUT_NONE, &e), 1);
    cr_assert_eq(it[0].revents, CSOCK_WAIT_READ);
    cr_assert_eq(it[1].revents, 0);
    /* a NULL socket is ignored */
    csock_wait_item none[2] = { { NULL, CSOCK_WAIT_READ, 5 }, { p[0], CSOCK_WAIT_READ, 0 } };
    cr_assert_eq(csock_wait(none, 2, 1.0, &e), 1);
    cr_assert_eq(none[0].revents, 0);
    cr_assert_eq(none[1].revents, CSOCK_WAIT_READ);
    /* the peer gone: readable (EOF) and flagged */
    csock_close(p[1], NULL);
    it[0].events = CSOCK_WAIT_READ;
    cr_assert_eq(csock_wait(it, 1, 1.0, &e), 1);
    cr_assert(it[0].revents & CSOCK_WAIT_READ);
    cr_assert(it[0].revents & CSOCK_WAIT_ERROR);
    csock_close(p[0], NULL);
}

Test(wait, many_sockets_only_the_ready_ones)
{
    enum { N = 100 }; /* past the 16 items kept on the stack */
    csock_error e;
    csock *p[N][2];
    csock_wait_item it[N];
    for (int i = 0; i < N; i++) {
        pair(p[i]);
        it[i].sock = p[i][0];
        it[i].events = CSOCK_WAIT_READ;
    }
    for (int i = 0; i < N; i += 7)
        ASSERT_OK(csock_sendall(p[i][1], "y", 1, 0, &e), e);
    int want = (N + 6) / 7;
    cr_assert_eq(csock_wait(it, N, 5.0, &e), want, "%s", e.message);
    for (int i = 0; i < N; i++)
        cr_assert_eq(it[i].revents, i % 7 == 0 ? CSOCK_WAIT_READ : 0, "item %d", i);
    for (int i = 0; i < N; i++) {
        csock_close(p[i][0], NULL);
        csock_close(p[i][1], NULL);
    }
}

Test(wait, timeout_is_one_deadline)
{
    csock_error e;
    csock *p[2];
    pair(p);
    csock_wait_item it = { p[0], CSOCK_WAIT_READ, 0 };
    double t0 = now_s();
    cr_assert_eq(csock_wait(&it, 1, 0.2, &e), 0);
    double took = now_s() - t0;
    cr_assert(took >= 0.19 && took < 5.0, "waited %.3f s for 0.2 s", took);
    /* no socket at all: a sleep of the timeout, as select() with no fds */
    t0 = now_s();
    cr_assert_eq(csock_wait(NULL, 0, 0.05, &e), 0);
    cr_assert_geq(now_s() - t0, 0.045);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
}

Test(wait, bad_arguments)
{
    csock_error e;
    csock *p[2];
    pair(p);
    csock_wait_item it = { p[0], CSOCK_WAIT_READ, 0 };
    cr_assert_eq(csock_wait(&it, 1, -3.0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Timeout value out of range");
    cr_assert_eq(csock_wait(&it, 1, NAN, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Invalid value NaN (not a number)");
    it.events = CSOCK_WAIT_CLOSED;
    cr_assert_eq(csock_wait(&it, 1, 0.0, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_VALUE);
    cr_assert_eq(csock_wait(NULL, 1, 0.0, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_VALUE);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
}

Test(wait, closed_socket_reported_at_once)
{
    csock_error e;
    csock *a[2], *b[2];
    pair(a);
    pair(b);
    ASSERT_OK(csock_close_keep(a[0], &e), e);
    csock_wait_item it[2] = { { a[0], CSOCK_WAIT_READ, 0 }, { b[0], CSOCK_WAIT_READ, 0 } };
    double t0 = now_s();
    cr_assert_eq(csock_wait(it, 2, CSOCK_TIMEOUT_NONE, &e), 1, "%s", e.message);
    cr_assert_lt(now_s() - t0, 2.0, "a closed socket must not make it wait");
    cr_assert_eq(it[0].revents, CSOCK_WAIT_CLOSED);
    cr_assert_eq(it[1].revents, 0);
    /* detached: the same */
    int fd = csock_detach(b[0]);
    cr_assert_geq(fd, 0);
    it[0].sock = b[0];
    cr_assert_eq(csock_wait(it, 1, CSOCK_TIMEOUT_NONE, &e), 1);
    cr_assert_eq(it[0].revents, CSOCK_WAIT_CLOSED);
    close(fd);
    csock_free(a[0]);
    csock_free(b[0]);
    csock_close(a[1], NULL);
    csock_close(b[1], NULL);
}

struct closer {
    csock *victim;
    csock *poke;
};

static void *close_then_poke(void *arg)
{
    struct closer *c = arg;
    usleep(50 * 1000);
    csock_close_keep(c->victim, NULL);
    usleep(20 * 1000);
    csock_sendall(c->poke, "z", 1, 0, NULL);
    return NULL;
}

Test(wait, closed_during_the_wait)
{
    csock_error e;
    csock *a[2], *b[2];
    pair(a);
    pair(b);
    int before = csock_fileno(a[0]);
    struct closer c = { a[0], b[1] };
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, close_then_poke, &c), 0);
    csock_wait_item it[2] = { { a[0], CSOCK_WAIT_READ, 0 }, { b[0], CSOCK_WAIT_READ, 0 } };
    cr_assert_eq(csock_wait(it, 2, 10.0, &e), 2, "%s", e.message);
    pthread_join(t, NULL);
    cr_assert_eq(it[0].revents, CSOCK_WAIT_CLOSED);
    cr_assert_eq(it[1].revents, CSOCK_WAIT_READ);
    /* the deferred close happened when the wait let go */
    cr_assert_eq(csock_fileno(a[0]), -1);
    cr_assert_eq(fcntl(before, F_GETFD), -1, "fd %d still open", before);
    csock_free(a[0]);
    csock_close(a[1], NULL);
    csock_close(b[0], NULL);
    csock_close(b[1], NULL);
}

static void on_usr1(int sig)
{
    (void)sig;
}

struct kicker {
    pthread_t target;
    int n;
};

static void *kick(void *arg)
{
    struct kicker *k = arg;
    for (int i = 0; i < k->n; i++) {
        usleep(150 * 1000);
        pthread_kill(k->target, SIGUSR1);
    }
    return NULL;
}

static void no_restart_handler(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1; /* no SA_RESTART: poll fails with EINTR */
    sigemptyset(&sa.sa_mask);
    cr_assert_eq(sigaction(SIGUSR1, &sa, NULL), 0);
}

Test(wait, eintr_retried_with_the_remaining_time)
{
    csock_error e;
    csock *p[2];
    pair(p);
    no_restart_handler();
    struct kicker k = { pthread_self(), 3 };
    pthread_t t;
    csock_wait_item it = { p[0], CSOCK_WAIT_READ, 0 };
    double t0 = now_s();
    cr_assert_eq(pthread_create(&t, NULL, kick, &k), 0);
    cr_assert_eq(csock_wait(&it, 1, 0.6, &e), 0, "%s", e.message);
    double took = now_s() - t0;
    pthread_join(t, NULL);
    /* three signals inside the 0.6 s (at 0.15, 0.3, 0.45 s): neither cut
     * short nor restarted with the whole timeout (that would take at
     * least 0.45 + 0.6 s) */
    cr_assert(took >= 0.59 && took < 1.0, "waited %.3f s for 0.6 s", took);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
}

static int eintr_calls;
static int abort_eintr(void *ctx)
{
    (void)ctx;
    eintr_calls++;
    return -1;
}

Test(wait, on_eintr_hook_aborts)
{
    csock_error e;
    csock *p[2];
    pair(p);
    no_restart_handler();
    csock_hooks h = { NULL, NULL, abort_eintr, NULL };
    csock_set_hooks(&h);
    struct kicker k = { pthread_self(), 1 };
    pthread_t t;
    csock_wait_item it = { p[0], CSOCK_WAIT_READ, 0 };
    cr_assert_eq(pthread_create(&t, NULL, kick, &k), 0);
    cr_assert_eq(csock_wait(&it, 1, 10.0, &e), -1);
    pthread_join(t, NULL);
    csock_set_hooks(NULL);
    cr_assert_eq(e.kind, CSOCK_ERR_ABORTED);
    cr_assert_eq(eintr_calls, 1);
    /* the socket was let go: a close now is immediate */
    int fd = csock_fileno(p[0]);
    ASSERT_OK(csock_close(p[0], &e), e);
    cr_assert_eq(fcntl(fd, F_GETFD), -1);
    csock_close(p[1], NULL);
}
