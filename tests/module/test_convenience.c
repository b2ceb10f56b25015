/* Convenience functions: create_connection, create_server,
 * has_dualstack_ipv6, send_fds/recv_fds, close(fd), sendfile. */
#include "common.h"

#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <time.h>

/* The test binaries link with -Wl,--wrap=sendfile so a test can make
 * sendfile(2) refuse the file and exercise the read + send fallback. */
static int sendfile_refuses, sendfile_refused;
ssize_t __real_sendfile(int out, int in, off_t *off, size_t n);
ssize_t __wrap_sendfile(int out, int in, off_t *off, size_t n);
ssize_t __wrap_sendfile(int out, int in, off_t *off, size_t n)
{
    if (sendfile_refuses) {
        sendfile_refused++;
        errno = EINVAL;
        return -1;
    }
    return __real_sendfile(out, in, off, n);
}

/* ...and with -Wl,--wrap=getaddrinfo so a test can make a name resolve to
 * several addresses of its choosing (this machine's names resolve to one
 * address each): "multi.csock.test" gives multi_host[i]:multi_port[i] in
 * order; every other name goes to the real resolver. */
static const char *multi_host[4];
static int multi_port[4], multi_n;
int __real_getaddrinfo(const char *node, const char *serv,
                       const struct addrinfo *hints, struct addrinfo **res);
int __wrap_getaddrinfo(const char *node, const char *serv,
                       const struct addrinfo *hints, struct addrinfo **res);
int __wrap_getaddrinfo(const char *node, const char *serv,
                       const struct addrinfo *hints, struct addrinfo **res)
{
    if (!node || strcmp(node, "multi.csock.test") != 0)
        return __real_getaddrinfo(node, serv, hints, res);
    struct addrinfo *head = NULL, **tail = &head;
    for (int i = 0; i < multi_n; i++) {
        struct addrinfo h, *r;
        memset(&h, 0, sizeof h);
        h.ai_socktype = hints ? hints->ai_socktype : 0;
        h.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
        char port[16];
        snprintf(port, sizeof port, "%d", multi_port[i]);
        int rc = __real_getaddrinfo(multi_host[i], port, &h, &r);
        if (rc != 0) {
            if (head)
                freeaddrinfo(head);
            return rc;
        }
        *tail = r;
        while (*tail)
            tail = &(*tail)->ai_next;
    }
    *res = head;
    return 0;
}

TestSuite(convenience, .init = fd_check_init, .fini = fd_check_fini);

static void echo_once(csock *l, csock *c)
{
    csock_error e;
    csock *a = csock_accept(l, NULL, &e);
    ASSERT_PTR(a, e);
    ASSERT_OK(csock_sendall(c, "ping", 4, 0, &e), e);
    char buf[8];
    cr_assert_eq(csock_recv_into(a, buf, sizeof buf, 0, 0, &e), 4);
    cr_assert_eq(memcmp(buf, "ping", 4), 0);
    ASSERT_OK(csock_close(a, &e), e);
}

Test(convenience, create_connection_connects_with_each_timeout_state)
{
    csock_error e;
    int port;
    csock *l = mod_listener(AF_INET, &port);
    double states[] = { CSOCK_TIMEOUT_DEFAULT, CSOCK_TIMEOUT_NONE, 2.5 };
    double want[] = { csock_getdefaulttimeout(), CSOCK_TIMEOUT_NONE, 2.5 };
    for (int i = 0; i < 3; i++) {
        csock *c = csock_create_connection("127.0.0.1", port, states[i], NULL,
                                           0, &e);
        ASSERT_PTR(c, e);
        cr_assert_eq(csock_gettimeout(c), want[i]);
        cr_assert_eq(csock_type(c), SOCK_STREAM);
        echo_once(l, c);
        ASSERT_OK(csock_close(c, &e), e);
    }
    ASSERT_OK(csock_close(l, &e), e);
}

/* csock_module.h: the socket create_connection returns keeps the timeout
 * it was given for every later call (Python's rule). */
Test(convenience, create_connection_socket_keeps_its_timeout)
{
    csock_error e;
    int port;
    csock *l = mod_listener(AF_INET, &port);
    csock *c = csock_create_connection("127.0.0.1", port, 0.2, NULL, 0, &e);
    ASSERT_PTR(c, e);
    csock *a = csock_accept(l, NULL, &e);
    ASSERT_PTR(a, e);
    cr_assert_eq(csock_gettimeout(c), 0.2);
    char buf[4];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    cr_assert_eq(csock_recv_into(c, buf, sizeof buf, 0, 0, &e), -1);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_eq(e.code, 0, "a timeout carries code 0");
    double took = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    cr_assert(took >= 0.15 && took < 5.0, "recv waited %.3f s", took);
    ASSERT_OK(csock_close(a, &e), e);
    ASSERT_OK(csock_close(c, &e), e);
    ASSERT_OK(csock_close(l, &e), e);
}

Test(convenience, create_connection_by_name_and_source_address)
{
    csock_error e;
    int port;
    csock *l = mod_listener(AF_INET, &port);
    csock *c = csock_create_connection("localhost", port, 5.0, "127.0.0.1", 0,
                                       &e);
    ASSERT_PTR(c, e);
    csock_addr me, peer;
    ASSERT_OK(csock_getsockname(c, &me, &e), e);
    ASSERT_OK(csock_getpeername(c, &peer, &e), e);
    cr_assert_str_eq(me.u.inet.host, "127.0.0.1");
    cr_assert_eq(peer.u.inet.port, port);
    echo_once(l, c);
    ASSERT_OK(csock_close(c, &e), e);
    ASSERT_OK(csock_close(l, &e), e);
}

Test(convenience, create_connection_ipv6_loopback)
{
    csock_error e;
    int port;
    csock *l = mod_listener(AF_INET6, &port);
    csock *c = csock_create_connection("::1", port, CSOCK_TIMEOUT_DEFAULT,
                                       NULL, 0, &e);
    ASSERT_PTR(c, e);
    cr_assert_eq(csock_family(c), AF_INET6);
    echo_once(l, c);
    ASSERT_OK(csock_close(c, &e), e);
    ASSERT_OK(csock_close(l, &e), e);
}

static int closed_port(void)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_PTR(s, e);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(s, &a, &e), e);
    ASSERT_OK(csock_getsockname(s, &a, &e), e);
    ASSERT_OK(csock_close(s, &e), e);
    return a.u.inet.port;
}

Test(convenience, create_connection_errors)
{
    csock_error e;
    int port = closed_port();
    cr_assert_null(csock_create_connection("127.0.0.1", port, 2.0, NULL, 0,
                                           &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ECONNREFUSED));
    cr_assert_eq(e.code, ECONNREFUSED);
    cr_assert_null(csock_create_connection("127.0.0.1", -1, 2.0, NULL, 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_GAI, "[Errno -8] Servname not supported for ai_socktype");
    cr_assert_eq(e.code, EAI_SERVICE, "a gaierror carries the EAI_* code");
    cr_assert_null(csock_create_connection("127.0.0.1", port, -5.0, NULL, 0,
                                           &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Timeout value out of range");
    cr_assert_null(csock_create_connection("127.0.0.1", port, NAN, NULL, 0,
                                           &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Invalid value NaN (not a number)");
}

Test(convenience, create_server_options_and_bind_error)
{
    csock_error e;
    int port;
    csock *l = mod_listener(AF_INET, &port);
    int v = 0;
    ASSERT_OK(csock_getsockopt_int(l, SOL_SOCKET, SO_REUSEADDR, &v, &e), e);
    cr_assert_neq(v, 0);
    cr_assert_null(csock_create_server("127.0.0.1", port, AF_INET,
                                       CSOCK_LISTEN_DEFAULT, 0, 0, &e));
    char want[200];
    snprintf(want, sizeof want, "%s",
             oserr_fmt(EADDRINUSE, " (while attempting to bind on address "
                       "('127.0.0.1', %d))", port));
    ASSERT_ERR(e, CSOCK_ERR_OS, want);
    cr_assert_eq(e.code, EADDRINUSE);
    ASSERT_OK(csock_close(l, &e), e);
    /* a resolution error becomes an OSError with the same text */
    cr_assert_null(csock_create_server("::1", 0, AF_INET,
                                       CSOCK_LISTEN_DEFAULT, 0, 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, "[Errno -9] Address family for hostname not "
        "supported (while attempting to bind on address ('::1', 0))");
    cr_assert_eq(e.code, -9);
    /* not an OSError: passes through unchanged */
    cr_assert_null(csock_create_server("127.0.0.1", 70000, AF_INET,
                                       CSOCK_LISTEN_DEFAULT, 0, 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "bind(): port must be 0-65535.");

    l = csock_create_server("127.0.0.1", 0, 0, 5, 1, 0, &e);
    ASSERT_PTR(l, e);
    ASSERT_OK(csock_getsockopt_int(l, SOL_SOCKET, SO_REUSEPORT, &v, &e), e);
    cr_assert_neq(v, 0);
    ASSERT_OK(csock_close(l, &e), e);

    l = csock_create_server("::1", 0, AF_INET6, CSOCK_LISTEN_DEFAULT, 0, 0,
                            &e);
    ASSERT_PTR(l, e);
    ASSERT_OK(csock_getsockopt_int(l, IPPROTO_IPV6, IPV6_V6ONLY, &v, &e), e);
    cr_assert_eq(v, 1);
    ASSERT_OK(csock_close(l, &e), e);

    cr_assert_null(csock_create_server("127.0.0.1", 0, AF_INET,
                                       CSOCK_LISTEN_DEFAULT, 0, 1, &e));
    if (csock_has_dualstack_ipv6())
        ASSERT_ERR(e, CSOCK_ERR_VALUE, "dualstack_ipv6 requires AF_INET6 family");
    else
        ASSERT_ERR(e, CSOCK_ERR_VALUE, "dualstack_ipv6 not supported on this platform");
}

Test(convenience, create_server_dualstack_accepts_ipv4)
{
    int ds = csock_has_dualstack_ipv6();
    cr_assert(ds == 0 || ds == 1);
    if (!ds)
        cr_skip_test("no dual-stack IPv6 here");
    csock_error e;
    csock *l = csock_create_server("::", 0, AF_INET6, CSOCK_LISTEN_DEFAULT, 0,
                                   1, &e);
    ASSERT_PTR(l, e);
    int v = 1;
    ASSERT_OK(csock_getsockopt_int(l, IPPROTO_IPV6, IPV6_V6ONLY, &v, &e), e);
    cr_assert_eq(v, 0);
    csock_addr a;
    ASSERT_OK(csock_getsockname(l, &a, &e), e);
    csock *c = csock_create_connection("127.0.0.1", a.u.inet6.port, 5.0, NULL,
                                       0, &e);
    ASSERT_PTR(c, e);
    echo_once(l, c);
    ASSERT_OK(csock_close(c, &e), e);
    ASSERT_OK(csock_close(l, &e), e);
}

Test(convenience, send_fds_recv_fds_pass_a_pipe)
{
    csock_error e;
    csock *p[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
    int pipefd[2];
    cr_assert_eq(pipe(pipefd), 0);
    csock_iov iov = { "x", 1 };
    int fds[2] = { pipefd[1], pipefd[1] };
    cr_assert_eq(csock_send_fds(p[0], &iov, 1, fds, 2, 0, NULL, &e), 1);
    csock_msg m;
    int got[4] = { -1, -1, -1, -1 };
    size_t n = 0;
    ASSERT_OK(csock_recv_fds(p[1], 16, 4, 0, &m, got, &n, &e), e);
    cr_assert_eq(m.len, 1);
    cr_assert_eq(((char *)m.data)[0], 'x');
    cr_assert_eq(n, 2);
    csock_msg_free(&m);
    cr_assert_eq(write(got[0], "hi", 2), 2);
    char buf[4];
    cr_assert_eq(read(pipefd[0], buf, sizeof buf), 2);
    /* received fds are non-inheritable */
    cr_assert(fcntl(got[0], F_GETFD) & FD_CLOEXEC);
    ASSERT_OK(csock_close_descriptor(got[0], &e), e);
    ASSERT_OK(csock_close_descriptor(got[1], &e), e);

    /* Room for one: the other never leaks (the fd check after the test). */
    cr_assert_eq(csock_send_fds(p[0], &iov, 1, fds, 2, 0, NULL, &e), 1);
    ASSERT_OK(csock_recv_fds(p[1], 16, 1, 0, &m, got, &n, &e), e);
    cr_assert_eq(n, 1, "the fd that fits is handed back");
    cr_assert(m.flags & MSG_CTRUNC, "and the truncation is reported");
    cr_assert_neq(fcntl(got[0], F_GETFD), -1);
    for (size_t i = 0; i < n; i++)
        ASSERT_OK(csock_close_descriptor(got[i], &e), e);
    csock_msg_free(&m);

    close(pipefd[0]);
    close(pipefd[1]);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(convenience, close_descriptor)
{
    csock_error e;
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    ASSERT_OK(csock_close_descriptor(fds[0], &e), e);
    ASSERT_OK(csock_close_descriptor(fds[1], &e), e);
    cr_assert_eq(csock_close_descriptor(fds[1], &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    cr_assert_eq(csock_close_descriptor(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
}

static int temp_file(size_t size)
{
    char path[] = "/tmp/csock-mod-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    unlink(path);
    char *buf = malloc(size);
    for (size_t i = 0; i < size; i++)
        buf[i] = (char)('a' + i % 26);
    cr_assert_eq(write(fd, buf, size), (ssize_t)size);
    free(buf);
    return fd;
}

Test(convenience, sendfile_whole_file_and_range)
{
    csock_error e;
    csock *p[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
    int fd = temp_file(5000);
    cr_assert_eq(csock_sendfile(p[0], fd, 0, NULL, &e), 5000);
    cr_assert_eq(lseek(fd, 0, SEEK_CUR), 5000);
    char buf[6000];
    size_t got = 0;
    while (got < 5000) {
        ssize_t r = csock_recv_into(p[1], buf + got, sizeof buf - got, 0, 0, &e);
        cr_assert_gt(r, 0);
        got += (size_t)r;
    }
    cr_assert_eq(buf[0], 'a');
    cr_assert_eq(buf[4999], (char)('a' + 4999 % 26));

    long long count = 100;
    cr_assert_eq(csock_sendfile(p[0], fd, 10, &count, &e), 100);
    cr_assert_eq(lseek(fd, 0, SEEK_CUR), 110);
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 100);
    cr_assert_eq(buf[0], 'k');
    close(fd);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(convenience, sendfile_errors)
{
    csock_error e;
    csock *p[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
    int fd = temp_file(100);
    long long zero = 0, neg = -3;
    cr_assert_eq(csock_sendfile(p[0], fd, 0, &zero, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "count must be a positive integer (got 0)");
    cr_assert_eq(csock_sendfile(p[0], fd, 0, &neg, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "count must be a positive integer (got -3)");
    ASSERT_OK(csock_setblocking(p[0], 0, &e), e);
    cr_assert_eq(csock_sendfile(p[0], fd, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "non-blocking sockets are not supported");
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);

    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_DGRAM, 0, p, &e), e);
    cr_assert_eq(csock_sendfile(p[0], fd, 0, NULL, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "only SOCK_STREAM type sockets are supported");
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
    close(fd);
}

Test(convenience, sendfile_honours_the_timeout)
{
    csock_error e;
    csock *p[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
    int fd = temp_file(8 << 20); /* far more than the socket buffers hold */
    double t = 0.2;
    ASSERT_OK(csock_settimeout(p[0], t, &e), e);
    double t0 = now_s();
    cr_assert_eq(csock_sendfile(p[0], fd, 0, NULL, &e), -1);
    double dt = now_s() - t0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_geq(dt, 0.15);
    cr_assert_lt(dt, 5.0);
    /* the file offset tells how much went out */
    cr_assert_gt(lseek(fd, 0, SEEK_CUR), 0);
    close(fd);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

Test(convenience, sendfile_falls_back_to_send)
{
    csock_error e;
    csock *p[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, p, &e), e);
    int fd = temp_file(20000);
    sendfile_refuses = 1;
    long long count = 10000;
    cr_assert_eq(csock_sendfile(p[0], fd, 5, &count, &e), 10000);
    cr_assert_eq(lseek(fd, 0, SEEK_CUR), 10005);
    cr_assert_eq(sendfile_refused, 1, "sendfile(2) was tried first");
    char buf[12000];
    size_t got = 0;
    while (got < 10000) {
        ssize_t r = csock_recv_into(p[1], buf + got, sizeof buf - got, 0, 0, &e);
        cr_assert_gt(r, 0);
        got += (size_t)r;
    }
    cr_assert_eq(got, 10000);
    cr_assert_eq(buf[0], 'f');
    cr_assert_eq(buf[9999], (char)('a' + 10004 % 26));
    /* to the end of the file */
    cr_assert_eq(csock_sendfile(p[0], fd, 19990, NULL, &e), 10);
    cr_assert_eq(lseek(fd, 0, SEEK_CUR), 20000);
    cr_assert_eq(csock_recv_into(p[1], buf, sizeof buf, 0, 0, &e), 10);
    sendfile_refuses = 0;
    close(fd);
    ASSERT_OK(csock_close(p[0], &e), e);
    ASSERT_OK(csock_close(p[1], &e), e);
}

/* A listener whose backlog is full: SYNs are dropped, so a connect to it
 * hangs until its timeout.  *fill gets the sockets that filled it. */
static csock *full_listener(int *port, csock *fill[8], int *nfill)
{
    csock_error e;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_PTR(l, e);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(l, &a, &e), e);
    ASSERT_OK(csock_listen(l, 0, &e), e);
    ASSERT_OK(csock_getsockname(l, &a, &e), e);
    *port = a.u.inet.port;
    double t = 0.2;
    *nfill = 0;
    for (int i = 0; i < 8; i++) {
        fill[i] = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        ASSERT_PTR(fill[i], e);
        ASSERT_OK(csock_settimeout(fill[i], t, &e), e);
        (*nfill)++;
        if (csock_connect(fill[i], &a, &e) < 0) {
            ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
            return l;
        }
    }
    cr_assert_fail("the backlog never filled");
    return l;
}

Test(convenience, create_connection_tries_every_address_in_order)
{
    csock_error e;
    int good, hang, nfill;
    int refused = closed_port();
    csock *fill[8];
    csock *l = mod_listener(AF_INET, &good);
    csock *full = full_listener(&hang, fill, &nfill);

    /* refused, then a hanging one (per-attempt timeout), then the good
     * one: connects to the third, after about one timeout */
    multi_host[0] = "127.0.0.1"; multi_port[0] = refused;
    multi_host[1] = "127.0.0.1"; multi_port[1] = hang;
    multi_host[2] = "127.0.0.1"; multi_port[2] = good;
    multi_n = 3;
    double t0 = now_s();
    csock *c = csock_create_connection("multi.csock.test", 0, 0.3, NULL, 0, &e);
    double dt = now_s() - t0;
    ASSERT_PTR(c, e);
    csock_addr peer;
    ASSERT_OK(csock_getpeername(c, &peer, &e), e);
    cr_assert_eq(peer.u.inet.port, good);
    cr_assert_eq(csock_gettimeout(c), 0.3, "the timeout stays on the socket");
    cr_assert_geq(dt, 0.29, "the hanging address had its own timeout");
    cr_assert_lt(dt, 5.0);
    echo_once(l, c);
    ASSERT_OK(csock_close(c, &e), e);

    /* every address fails: the LAST error is reported */
    multi_host[0] = "127.0.0.1"; multi_port[0] = hang;
    multi_host[1] = "127.0.0.1"; multi_port[1] = refused;
    multi_n = 2;
    cr_assert_null(csock_create_connection("multi.csock.test", 0, 0.2, NULL, 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ECONNREFUSED));
    multi_host[0] = "127.0.0.1"; multi_port[0] = refused;
    multi_host[1] = "127.0.0.1"; multi_port[1] = hang;
    t0 = now_s();
    cr_assert_null(csock_create_connection("multi.csock.test", 0, 0.2, NULL, 0, &e));
    dt = now_s() - t0;
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_geq(dt, 0.19);
    cr_assert_lt(dt, 5.0);

    /* a source address applies to every attempt; IPv6 entries in the
     * list are tried with their own family */
    multi_host[0] = "::1"; multi_port[0] = refused;
    multi_host[1] = "127.0.0.1"; multi_port[1] = good;
    multi_n = 2;
    c = csock_create_connection("multi.csock.test", 0, 2.0, "127.0.0.1", 0, &e);
    /* "127.0.0.1" cannot be bound on the AF_INET6 socket: that attempt
     * fails (gaierror/OSError) and the IPv4 one succeeds from the source */
    ASSERT_PTR(c, e);
    csock_addr me;
    ASSERT_OK(csock_getsockname(c, &me, &e), e);
    cr_assert_eq(me.family, AF_INET);
    cr_assert_str_eq(me.u.inet.host, "127.0.0.1");
    echo_once(l, c);
    ASSERT_OK(csock_close(c, &e), e);
    multi_n = 0;

    for (int i = 0; i < nfill; i++)
        ASSERT_OK(csock_close(fill[i], &e), e);
    ASSERT_OK(csock_close(full, &e), e);
    ASSERT_OK(csock_close(l, &e), e);
}
