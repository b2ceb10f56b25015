/* Modes hold whatever the file's O_NONBLOCK says.  O_NONBLOCK belongs to
 * the open file description: a dup set blocking, a fork, fromfd or
 * another library sharing the fd clears (or sets) it for everyone.  A
 * csock in timeout mode must still time out, one in non-blocking mode
 * must still not wait; one in blocking mode makes the blocking syscall,
 * which the flag set by another holder makes non-blocking: its EAGAIN is
 * the answer, as under CPython (issue 18). */
#include "common.h"

#include <fcntl.h>
#include <pthread.h>
#include <time.h>

TestSuite(shared_flag, .init = fd_check_init, .fini = fd_check_fini);

static void *hb(void *ctx);
static void he(void *ctx, void *st);

/* What `d = a.dup(); d.setblocking(True)` does to a: clear O_NONBLOCK on
 * the shared open file through another descriptor. */
static void set_flag_through_dup(csock *s, int nonblocking)
{
    int d = dup(csock_fileno(s));
    cr_assert_geq(d, 0);
    int fl = fcntl(d, F_GETFL);
    cr_assert_geq(fl, 0);
    fl = nonblocking ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    cr_assert_eq(fcntl(d, F_SETFL, fl), 0);
    close(d);
    /* the csock's own fd sees it */
    cr_assert_eq(!!(fcntl(csock_fileno(s), F_GETFL) & O_NONBLOCK), nonblocking);
}

/* A 1 s timeout, then O_NONBLOCK cleared behind the csock's back. */
static void one_second_then_clear(csock *s)
{
    csock_error e;
    double t = 1.0;
    ASSERT_OK(csock_settimeout(s, t, &e), e);
    set_flag_through_dup(s, 0);
}

/* stmt must fail with "timed out" after 0.8 .. 1.5 s. */
#define ASSERT_TIMES_OUT(stmt, e)                                            \
    do {                                                                     \
        double t0__ = now_s();                                               \
        stmt;                                                                \
        double dt__ = now_s() - t0__;                                        \
        ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");                       \
        cr_assert(dt__ >= 0.8 && dt__ <= 1.5, "timed out after %.3f s", dt__); \
    } while (0)

static void stream_pair(csock *s[2])
{
    csock_error e;
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, s, &e), e);
}

static void close_pair(csock *s[2])
{
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(shared_flag, recv_times_out)
{
    csock *s[2];
    csock_error e;
    size_t n;
    stream_pair(s);
    one_second_then_clear(s[1]);
    ASSERT_TIMES_OUT(cr_assert_null(csock_recv(s[1], 16, 0, &n, &e)), e);
    close_pair(s);
}

Test(shared_flag, recv_into_times_out)
{
    csock *s[2];
    csock_error e;
    char b[16];
    stream_pair(s);
    one_second_then_clear(s[1]);
    ASSERT_TIMES_OUT(cr_assert_eq(csock_recv_into(s[1], b, sizeof b, 0, 0, &e), -1), e);
    /* and after a wait-first receive (APR's rule: the last one failed) */
    ASSERT_TIMES_OUT(cr_assert_eq(csock_recv_into(s[1], b, sizeof b, 0, 0, &e), -1), e);
    close_pair(s);
}

Test(shared_flag, recvfrom_times_out)
{
    csock *s[2];
    csock_error e;
    csock_addr from;
    size_t n;
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_DGRAM, 0, s, &e), e);
    one_second_then_clear(s[1]);
    ASSERT_TIMES_OUT(cr_assert_null(csock_recvfrom(s[1], 16, 0, &n, &from, &e)), e);
    close_pair(s);
}

Test(shared_flag, recvmsg_times_out)
{
    csock *s[2];
    csock_error e;
    csock_msg m;
    stream_pair(s);
    one_second_then_clear(s[1]);
    ASSERT_TIMES_OUT(cr_assert_eq(csock_recvmsg(s[1], 16, 64, 0, &m, &e), -1), e);
    close_pair(s);
}

Test(shared_flag, recvmmsg_times_out)
{
    csock *s[2];
    csock_error e;
    char b[2][16];
    csock_mmsg m[2] = { { b[0], 16, NULL, 0, 0 }, { b[1], 16, NULL, 0, 0 } };
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_DGRAM, 0, s, &e), e);
    one_second_then_clear(s[1]);
    ASSERT_TIMES_OUT(cr_assert_eq(csock_recvmmsg(s[1], m, 2, 0, &e), -1), e);
    close_pair(s);
}

/* Fill s's send path until the kernel takes nothing more. */
static void fill(csock *s)
{
    csock_error e;
    char b[4096];
    memset(b, 'x', sizeof b);
    ASSERT_OK(csock_setblocking(s, 0, &e), e);
    while (csock_send(s, b, sizeof b, 0, &e) > 0)
        ;
    while (csock_send(s, b, 1, 0, &e) > 0)
        ;
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
}

Test(shared_flag, send_on_full_buffer_times_out)
{
    csock *s[2];
    csock_error e;
    stream_pair(s);
    fill(s[0]);
    one_second_then_clear(s[0]);
    ASSERT_TIMES_OUT(cr_assert_eq(csock_send(s[0], "x", 1, 0, &e), -1), e);
    close_pair(s);
}

Test(shared_flag, sendall_on_full_buffer_times_out)
{
    csock *s[2];
    csock_error e;
    stream_pair(s);
    fill(s[0]);
    one_second_then_clear(s[0]);
    static char big[1 << 20];
    ASSERT_TIMES_OUT(cr_assert_eq(csock_sendall(s[0], big, sizeof big, 0, &e), -1), e);
    close_pair(s);
}

/* An unconnected AF_UNIX datagram sender and a bound receiver that never
 * reads: sendto blocks once the receiver's queue is full. */
Test(shared_flag, sendto_and_sendmmsg_on_full_queue_time_out)
{
    csock_error e;
    char dir[] = "/tmp/csock-flag-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/r", dir);
    csock *r = csock_socket(AF_UNIX, SOCK_DGRAM, 0, &e);
    ASSERT_PTR(r, e);
    csock_addr ra = csock_addr_unix(path);
    ASSERT_OK(csock_bind(r, &ra, &e), e);
    csock *w = csock_socket(AF_UNIX, SOCK_DGRAM, 0, &e);
    ASSERT_PTR(w, e);
    ASSERT_OK(csock_setblocking(w, 0, &e), e);
    int sent = 0;
    while (csock_sendto(w, "dgram", 5, 0, &ra, &e) == 5)
        sent++;
    cr_assert_gt(sent, 0);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
    one_second_then_clear(w);
    ASSERT_TIMES_OUT(cr_assert_eq(csock_sendto(w, "dgram", 5, 0, &ra, &e), -1), e);
    csock_mmsg m[1] = { { "dgram", 5, &ra, 0, 0 } };
    ASSERT_TIMES_OUT(cr_assert_eq(csock_sendmmsg(w, m, 1, 0, &e), -1), e);
    csock_close(w, NULL);
    csock_close(r, NULL);
    unlink(path);
    rmdir(dir);
}

Test(shared_flag, accept_times_out)
{
    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_PTR(l, e);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(l, &a, &e), e);
    ASSERT_OK(csock_listen(l, 4, &e), e);
    one_second_then_clear(l);
    ASSERT_TIMES_OUT(cr_assert_null(csock_accept(l, NULL, &e)), e);
    ASSERT_TIMES_OUT(cr_assert_eq(csock_accept_fd(l, NULL, &e), -1), e);
    csock_close(l, NULL);
}

Test(shared_flag, makefile_read_times_out)
{
    csock *s[2];
    csock_error e;
    stream_pair(s);
    one_second_then_clear(s[1]);
    FILE *f = csock_makefile(s[1], "rb", -1, &e);
    ASSERT_PTR(f, e);
    char b[16];
    double t0 = now_s();
    cr_assert_eq(fread(b, 1, sizeof b, f), 0);
    double dt = now_s() - t0;
    cr_assert(ferror(f));
    cr_assert_eq(errno, ETIMEDOUT);
    cr_assert(dt >= 0.8 && dt <= 1.5, "timed out after %.3f s", dt);
    fclose(f);
    close_pair(s);
}

/* A ready call with the flag cleared is still one syscall. */
Test(shared_flag, ready_calls_stay_one_syscall)
{
    csock *s[2];
    csock_error e;
    char b[8];
    stream_pair(s);
    one_second_then_clear(s[0]);
    one_second_then_clear(s[1]);
    for (int i = 0; i < 10; i++) {
        cr_assert_eq(COUNT_OF(cr_assert_eq(csock_send(s[0], "abcd", 4, 0, &e), 4)), 1);
        cr_assert_eq(COUNT_OF(cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 4)), 1);
    }
    close_pair(s);
}

/* Non-blocking mode never waits, whatever the flag says. */
Test(shared_flag, nonblocking_mode_never_waits)
{
    csock *s[2];
    csock_error e;
    char b[8];
    stream_pair(s);
    ASSERT_OK(csock_setblocking(s[1], 0, &e), e);
    set_flag_through_dup(s[1], 0);
    double t0 = now_s();
    cr_assert_eq(csock_recv_into(s[1], b, sizeof b, 0, 0, &e), -1);
    cr_assert_lt(now_s() - t0, 0.5);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
    close_pair(s);
}


/* Blocking mode when another holder set O_NONBLOCK on the file: the
 * blocking syscall says EAGAIN at once (CPython: BlockingIOError), with
 * and without hooks (with hooks the first attempt does not wait; the
 * blocking one inside the hooks then says EAGAIN).  It used to poll until
 * data came, and forever on a listener nobody connects to.  Data that is
 * there is returned. */
static int hook_calls;
static void *hb(void *ctx)
{
    (void)ctx;
    hook_calls++;
    return NULL;
}
static void he(void *ctx, void *st)
{
    (void)ctx;
    (void)st;
}

static void blocking_mode_eagain(int hooks)
{
    csock *s[2];
    csock_error e;
    char b[8];
    csock_hooks h = { hb, he, NULL, NULL };
    if (hooks)
        csock_set_hooks(&h);
    stream_pair(s);
    ASSERT_OK(csock_settimeout(s[1], CSOCK_TIMEOUT_NONE, &e), e);
    set_flag_through_dup(s[1], 1);
    double t0 = now_s();
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), -1);
    cr_assert_lt(now_s() - t0, 0.5);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
    ASSERT_OK(csock_sendall(s[0], "late", 4, 0, &e), e);
    cr_assert_eq(csock_recv_into(s[1], b, 4, 0, 0, &e), 4, "%s", e.message);
    cr_assert_eq(memcmp(b, "late", 4), 0);
    if (hooks)
        csock_set_hooks(NULL);
    close_pair(s);
}

Test(shared_flag, blocking_mode_gives_eagain_with_the_flag_set)
{
    blocking_mode_eagain(0);
}

Test(shared_flag, blocking_mode_gives_eagain_with_the_flag_set_and_hooks)
{
    blocking_mode_eagain(1);
}

/* The caller's own MSG_DONTWAIT in blocking mode: EAGAIN is the answer
 * (BlockingIOError, as CPython), never a reason to wait. */
Test(shared_flag, callers_dontwait_in_blocking_mode_never_waits)
{
    csock *s[2];
    csock_error e;
    char b[4096];
    memset(b, 'x', sizeof b);
    stream_pair(s);
    csock_hooks h = { hb, he, NULL, NULL };
    for (int hooks = 0; hooks < 2; hooks++) {
        csock_set_hooks(hooks ? &h : NULL);
        ASSERT_OK(csock_settimeout(s[1], CSOCK_TIMEOUT_NONE, &e), e);
        double t0 = now_s();
        cr_assert_eq(csock_recv_into(s[1], b, sizeof b, 0, MSG_DONTWAIT, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
        csock_msg m;
        cr_assert_eq(csock_recvmsg(s[1], 16, 0, MSG_DONTWAIT, &m, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
        csock_iov iov = { b, sizeof b };
        ssize_t r;
        while ((r = csock_sendmsg(s[0], &iov, 1, NULL, 0, MSG_DONTWAIT, NULL, &e)) > 0)
            ;
        ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
        cr_assert_eq(csock_send(s[0], b, sizeof b, MSG_DONTWAIT, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
        cr_assert_eq(csock_sendall(s[0], b, sizeof b, MSG_DONTWAIT, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAGAIN));
        cr_assert_lt(now_s() - t0, 1.0);
        /* drain for the next round */
        ASSERT_OK(csock_setblocking(s[1], 0, &e), e);
        while (csock_recv_into(s[1], b, sizeof b, 0, 0, &e) > 0)
            ;
    }
    csock_set_hooks(NULL);
    close_pair(s);
}
