/* csock_sendmmsg / csock_recvmmsg: contents, addresses, modes, timeouts,
 * errors and syscall counts (one per batch on a ready socket). */
#include "common.h"

#include <fcntl.h>

TestSuite(mmsg, .init = fd_check_init, .fini = fd_check_fini);

enum { K_UNIX, K_UDP };

/* A connected datagram pair: AF_UNIX socketpair or two UDP sockets on
 * 127.0.0.1 connected to each other. */
static void dgram_pair(int kind, csock *p[2])
{
    ep_ctx c;
    make_pair(kind == K_UNIX ? EP_PAIR : EP_INET, SOCK_DGRAM, p, &c);
    ep_cleanup(&c);
}

static void close_pair(csock *p[2])
{
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
}

/* Fill msgs[i] with buffers bufs[i] of len bytes, message i = 'a'+i. */
static void fill(csock_mmsg *m, char (*bufs)[64], size_t n, size_t len)
{
    for (size_t i = 0; i < n; i++) {
        memset(bufs[i], 'a' + (int)(i % 26), len);
        m[i] = (csock_mmsg){ bufs[i], len, NULL, 99, -1 };
    }
}

Test(mmsg, batch_round_trip_one_syscall_each_in_every_mode)
{
    for (int kind = K_UNIX; kind <= K_UDP; kind++)
        for (int mode = 0; mode < 3; mode++) {
            csock *p[2];
            csock_error e;
            char out[8][64], in[16][64];
            csock_mmsg sm[8], rm[16];
            dgram_pair(kind, p);
            set_mode(p[0], mode);
            set_mode(p[1], mode);
            for (int round = 0; round < 3; round++) {
                fill(sm, out, 8, 10 + (size_t)round);
                for (int i = 0; i < 16; i++)
                    rm[i] = (csock_mmsg){ in[i], sizeof in[i], NULL, 0, -1 };
                ssize_t r = 0;
                uint64_t n = COUNT_OF(r = csock_sendmmsg(p[0], sm, 8, 0, &e));
                cr_assert_eq(r, 8, "sendmmsg: %zd (%s)", r, e.message);
                cr_assert_eq(n, 1, "sendmmsg: %d syscalls, kind %d mode %d",
                             (int)n, kind, mode);
                for (int i = 0; i < 8; i++) {
                    cr_assert_eq(sm[i].nbytes, 10 + (size_t)round);
                    cr_assert_eq(sm[i].flags, 0);
                }
                /* a full batch (the queue may still hold more): one syscall */
                for (int i = 0; i < 8; i++)
                    rm[i] = (csock_mmsg){ in[i], sizeof in[i], NULL, 0, -1 };
                n = COUNT_OF(r = csock_recvmmsg(p[1], rm, 4, 0, &e));
                cr_assert_eq(r, 4, "recvmmsg: %zd (%s)", r, e.message);
                cr_assert_eq(n, 1, "recvmmsg: %d syscalls, kind %d mode %d",
                             (int)n, kind, mode);
                /* the rest, fewer than asked, returns without waiting */
                n = COUNT_OF(r = csock_recvmmsg(p[1], rm + 4, 12, 0, &e));
                cr_assert_eq(r, 4, "recvmmsg: %zd (%s)", r, e.message);
                cr_assert_eq(n, 1);
                for (int i = 0; i < 8; i++) {
                    cr_assert_eq(rm[i].nbytes, 10 + (size_t)round);
                    cr_assert_eq(rm[i].flags, 0);
                    cr_assert_eq(in[i][0], 'a' + i);
                    cr_assert_eq(in[i][rm[i].nbytes - 1], 'a' + i);
                }
                /* a receive after a short batch polls first (APR's rule)
                 * in timeout mode only */
                cr_assert_eq(csock_sendmmsg(p[0], sm, 2, 0, &e), 2);
                n = COUNT_OF(r = csock_recvmmsg(p[1], rm, 16, 0, &e));
                cr_assert_eq(r, 2);
                cr_assert_eq(n, mode == MODE_TIMEOUT ? 2 : 1,
                             "after a short batch: %d syscalls, mode %d",
                             (int)n, mode);
                /* a full batch clears the flag for the next round */
                cr_assert_eq(csock_sendmmsg(p[0], sm, 1, 0, &e), 1);
                cr_assert_eq(csock_recvmmsg(p[1], rm, 1, 0, &e), 1);
            }
            close_pair(p);
        }
}

Test(mmsg, addresses_on_unconnected_udp)
{
    csock_error e;
    csock *a = csock_socket(AF_INET, SOCK_DGRAM, 0, &e);
    ASSERT_PTR(a, e);
    csock *b = csock_socket(AF_INET, SOCK_DGRAM, 0, &e);
    ASSERT_PTR(b, e);
    csock_addr any = csock_addr_inet("127.0.0.1", 0), ba, aa;
    ASSERT_OK(csock_bind(a, &any, &e), e);
    ASSERT_OK(csock_bind(b, &any, &e), e);
    ASSERT_OK(csock_getsockname(a, &aa, &e), e);
    ASSERT_OK(csock_getsockname(b, &ba, &e), e);
    char out[3][64], in[3][64];
    csock_mmsg sm[3], rm[3];
    csock_addr from[3];
    fill(sm, out, 3, 5);
    for (int i = 0; i < 3; i++) {
        sm[i].addr = &ba;
        memset(&from[i], 0xff, sizeof from[i]);
        rm[i] = (csock_mmsg){ in[i], sizeof in[i], &from[i], 0, 0 };
    }
    cr_assert_eq(csock_sendmmsg(a, sm, 3, 0, &e), 3, "%s", e.message);
    cr_assert_eq(csock_recvmmsg(b, rm, 3, 0, &e), 3, "%s", e.message);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(from[i].family, AF_INET);
        cr_assert_eq(memcmp(&from[i], &aa, sizeof aa), 0,
                     "message %d: sender differs from a's address", i);
    }
    /* no address on an unconnected UDP socket: the kernel's error */
    sm[0].addr = NULL;
    cr_assert_eq(csock_sendmmsg(a, sm, 1, 0, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_OS);
    cr_assert_eq(e.code, EDESTADDRREQ, "errno %d: %s", e.code, e.message);
    csock_close(a, NULL);
    csock_close(b, NULL);
}

Test(mmsg, bad_address_fails_like_sendto_before_sending)
{
    csock_error e, e2;
    csock *p[2];
    dgram_pair(K_UDP, p);
    csock_addr bad = csock_addr_inet("127.0.0.1", 70000);
    char out[2][64];
    csock_mmsg sm[2];
    fill(sm, out, 2, 4);
    sm[1].addr = &bad;
    uint64_t n = COUNT_OF(cr_assert_eq(csock_sendmmsg(p[0], sm, 2, 0, &e), -1));
    cr_assert_eq(n, 0, "a bad address must fail before any syscall");
    cr_assert_eq(csock_sendto(p[0], "x", 1, 0, &bad, &e2), -1);
    cr_assert_eq(e.kind, e2.kind);
    cr_assert_neq(e.kind, CSOCK_ERR_NONE);
    /* the same message, naming sendmmsg where sendto says sendto */
    char want[CSOCK_ERROR_MESSAGE_MAX];
    const char *at = strstr(e2.message, "sendto");
    if (at)
        snprintf(want, sizeof want, "%.*ssendmmsg%s", (int)(at - e2.message),
                 e2.message, at + 6);
    else
        snprintf(want, sizeof want, "%s", e2.message);
    cr_assert_str_eq(e.message, want);
    /* nothing was sent: the peer has nothing queued */
    double z = 0;
    ASSERT_OK(csock_settimeout(p[1], z, &e), e);
    char in[64];
    csock_mmsg rm = { in, sizeof in, NULL, 0, 0 };
    cr_assert_eq(csock_recvmmsg(p[1], &rm, 1, 0, &e), -1);
    cr_assert_eq(e.code, EAGAIN);
    close_pair(p);
}

Test(mmsg, truncation_flag)
{
    csock_error e;
    csock *p[2];
    dgram_pair(K_UNIX, p);
    char out[1][64], in[4];
    csock_mmsg sm[1], rm = { in, sizeof in, NULL, 0, 0 };
    fill(sm, out, 1, 20);
    cr_assert_eq(csock_sendmmsg(p[0], sm, 1, 0, &e), 1);
    cr_assert_eq(csock_recvmmsg(p[1], &rm, 1, 0, &e), 1);
    cr_assert_eq(rm.nbytes, 4);
    cr_assert(rm.flags & MSG_TRUNC, "msg_flags %#x lacks MSG_TRUNC", rm.flags);
    cr_assert_eq(memcmp(in, "aaaa", 4), 0);
    close_pair(p);
}

Test(mmsg, large_batch_uses_the_heap_path)
{
    enum { N = 100 };
    csock_error e;
    csock *p[2];
    dgram_pair(K_UNIX, p);
    static char out[N][64], in[N][64];
    csock_mmsg sm[N], rm[N];
    fill(sm, out, N, 16);
    for (int i = 0; i < N; i++)
        rm[i] = (csock_mmsg){ in[i], sizeof in[i], NULL, 0, 0 };
    uint64_t n = COUNT_OF(cr_assert_eq(csock_sendmmsg(p[0], sm, N, 0, &e), N,
                                       "%s", e.message));
    cr_assert_eq(n, 1);
    ssize_t got = 0;
    while (got < N) {
        ssize_t r = csock_recvmmsg(p[1], rm + got, (size_t)(N - got), 0, &e);
        cr_assert_gt(r, 0, "%s", e.message);
        got += r;
    }
    for (int i = 0; i < N; i++)
        cr_assert_eq(in[i][15], 'a' + i % 26);
    close_pair(p);
}

Test(mmsg, blocking_recv_returns_what_is_there)
{
    csock_error e;
    csock *p[2];
    dgram_pair(K_UDP, p);
    set_mode(p[1], MODE_BLOCKING);
    char out[3][64], in[32][64];
    csock_mmsg sm[3], rm[32];
    fill(sm, out, 3, 8);
    for (int i = 0; i < 32; i++)
        rm[i] = (csock_mmsg){ in[i], sizeof in[i], NULL, 0, 0 };
    cr_assert_eq(csock_sendmmsg(p[0], sm, 3, 0, &e), 3);
    /* without MSG_WAITFORONE this would wait for 32 messages */
    cr_assert_eq(csock_recvmmsg(p[1], rm, 32, 0, &e), 3);
    close_pair(p);
}

Test(mmsg, recv_timeout_and_nonblocking)
{
    csock_error e;
    csock *p[2];
    dgram_pair(K_UDP, p);
    char in[64];
    csock_mmsg rm = { in, sizeof in, NULL, 0, 0 };
    double t = 0.2;
    ASSERT_OK(csock_settimeout(p[1], t, &e), e);
    double t0 = now_s();
    cr_assert_eq(csock_recvmmsg(p[1], &rm, 1, 0, &e), -1);
    double dt = now_s() - t0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert(dt >= 0.19 && dt < 5.0, "timed out after %.3f s", dt);
    /* still usable afterwards */
    cr_assert_eq(csock_send(p[0], "z", 1, 0, &e), 1);
    cr_assert_eq(csock_recvmmsg(p[1], &rm, 1, 0, &e), 1);
    cr_assert_eq(in[0], 'z');
    ASSERT_OK(csock_setblocking(p[1], 0, &e), e);
    uint64_t n = COUNT_OF(cr_assert_eq(csock_recvmmsg(p[1], &rm, 1, 0, &e), -1));
    cr_assert_eq(n, 1);
    cr_assert_eq(e.kind, CSOCK_ERR_OS);
    cr_assert_eq(e.code, EAGAIN);
    cr_assert_str_eq(e.message, OSERR(EAGAIN));
    close_pair(p);
}

Test(mmsg, send_timeout_on_a_full_socket)
{
    csock_error e;
    csock *p[2];
    dgram_pair(K_UNIX, p);
    ASSERT_OK(csock_setblocking(p[0], 0, &e), e);
    char b[64] = { 0 };
    int sent = 0;
    while (csock_send(p[0], b, sizeof b, 0, &e) > 0)
        cr_assert_lt(++sent, 1000000);
    cr_assert_eq(e.code, EAGAIN);
    char out[2][64];
    csock_mmsg sm[2];
    fill(sm, out, 2, 64);
    cr_assert_eq(csock_sendmmsg(p[0], sm, 2, 0, &e), -1);
    cr_assert_eq(e.code, EAGAIN);
    double t = 0.2;
    ASSERT_OK(csock_settimeout(p[0], t, &e), e);
    double t0 = now_s();
    cr_assert_eq(csock_sendmmsg(p[0], sm, 2, 0, &e), -1);
    double dt = now_s() - t0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert(dt >= 0.19 && dt < 5.0, "timed out after %.3f s", dt);
    close_pair(p);
}

Test(mmsg, errors)
{
    csock_error e;
    csock *p[2];
    dgram_pair(K_UNIX, p);
    cr_assert_eq(csock_sendmmsg(p[0], NULL, 0, 0, &e), 0);
    cr_assert_eq(csock_recvmmsg(p[1], NULL, 0, 0, &e), 0);
    cr_assert_eq(csock_sendmmsg(p[0], NULL, 1, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "sendmmsg: msgs is NULL");
    cr_assert_eq(csock_recvmmsg(p[1], NULL, 2, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "recvmmsg: msgs is NULL");
    char in[8] = "payload"; /* sent: initialised (valgrind checks) */
    csock_mmsg m = { in, sizeof in, NULL, 0, 0 };
    /* closed socket: EBADF as every other call (err may be NULL too) */
    ASSERT_OK(csock_close_keep(p[0], &e), e);
    cr_assert_eq(csock_sendmmsg(p[0], &m, 1, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    cr_assert_eq(csock_recvmmsg(p[0], &m, 1, 0, NULL), -1);
    cr_assert_eq(csock_sendmmsg(p[0], &m, 0, 0, &e), -1);
    cr_assert_eq(e.code, EBADF);
    csock_free(p[0]);
    /* a peer gone: the kernel's error comes through */
    cr_assert_eq(csock_sendmmsg(p[1], &m, 1, MSG_NOSIGNAL, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_OS);
    cr_assert(e.code == ECONNREFUSED || e.code == ENOTCONN || e.code == EPIPE,
              "errno %d: %s", e.code, e.message);
    csock_close(p[1], NULL);
}
