/* The socket object: creation, attributes, lifetime, modes, options,
 * CMSG_*, default timeout, bad arguments. */
#include "common.h"
#include <limits.h>

#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

TestSuite(basic, .init = fd_check_init, .fini = fd_check_fini);

static int fd_nonblocking(int fd)
{
    return (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0;
}

Test(basic, socket_attributes_and_cloexec)
{
    csock_error e;
    int fams[] = { AF_INET, AF_INET6, AF_UNIX };
    int types[] = { SOCK_STREAM, SOCK_DGRAM };
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 2; j++) {
            csock *s = csock_socket(fams[i], types[j], 0, &e);
            ASSERT_PTR(s, e);
            cr_assert_eq(csock_family(s), fams[i]);
            cr_assert_eq(csock_type(s), types[j]);
            cr_assert_eq(csock_proto(s), 0);
            cr_assert(fcntl(csock_fileno(s), F_GETFD) & FD_CLOEXEC);
            cr_assert_eq(csock_get_inheritable(s, &e), 0);
            cr_assert_eq(csock_gettimeout(s), CSOCK_TIMEOUT_NONE);
            cr_assert_eq(csock_getblocking(s), 1);
            ASSERT_OK(csock_close(s, &e), e);
        }
}

Test(basic, type_attribute_strips_flags)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                            0, &e);
    ASSERT_PTR(s, e);
    cr_assert_eq(csock_type(s), SOCK_STREAM);
    /* as Python: SOCK_NONBLOCK in the type means non-blocking mode */
    cr_assert_eq(csock_gettimeout(s), 0.0);
    cr_assert(fd_nonblocking(csock_fileno(s)));
    csock_close(s, NULL);
}

Test(basic, socket_bad_family)
{
    csock_error e;
    cr_assert_null(csock_socket(12345, SOCK_STREAM, 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EAFNOSUPPORT));
    cr_assert_eq(e.code, EAFNOSUPPORT);
}

Test(basic, fileno_autodetect)
{
    csock_error e;
    int fd = socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
    cr_assert_geq(fd, 0);
    csock *s = csock_socket_fileno(-1, -1, -1, fd, &e);
    ASSERT_PTR(s, e);
    cr_assert_eq(csock_family(s), AF_INET6);
    cr_assert_eq(csock_type(s), SOCK_DGRAM);
    cr_assert_eq(csock_proto(s), IPPROTO_UDP);
    cr_assert_eq(csock_fileno(s), fd);
    ASSERT_OK(csock_close(s, &e), e);
    cr_assert_eq(fcntl(fd, F_GETFD), -1, "close closed the wrapped fd");

    /* unbound AF_UNIX too */
    fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    s = csock_socket_fileno(-1, -1, -1, fd, &e);
    ASSERT_PTR(s, e);
    cr_assert_eq(csock_family(s), AF_UNIX);
    cr_assert_eq(csock_type(s), SOCK_SEQPACKET);
    csock_close(s, NULL);
}

Test(basic, fileno_bad)
{
    csock_error e;
    cr_assert_null(csock_socket_fileno(-1, -1, -1, -5, &e));
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "negative file descriptor");
    int p[2];
    cr_assert_eq(pipe(p), 0);
    cr_assert_null(csock_socket_fileno(-1, -1, -1, p[0], &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOTSOCK));
    /* the caller still owns the fd */
    cr_assert_neq(fcntl(p[0], F_GETFD), -1);
    close(p[0]);
    close(p[1]);
    cr_assert_null(csock_socket_fileno(-1, -1, -1, 19999, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
}

Test(basic, fromfd_duplicates)
{
    csock_error e;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    csock *s = csock_fromfd(fd, AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_PTR(s, e);
    cr_assert_neq(csock_fileno(s), fd);
    cr_assert_eq(csock_get_inheritable(s, &e), 0);
    csock_close(s, NULL);
    cr_assert_neq(fcntl(fd, F_GETFD), -1, "original fd still open");
    close(fd);
    cr_assert_null(csock_fromfd(fd, AF_INET, SOCK_STREAM, 0, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    int p[2];
    cr_assert_eq(pipe(p), 0);
    cr_assert_null(csock_fromfd(p[0], -1, -1, -1, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOTSOCK));
    close(p[0]);
    close(p[1]);
}

Test(basic, socketpair_default_family)
{
    csock_error e;
    csock *p[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, p, &e), e);
    cr_assert_eq(csock_family(p[0]), AF_UNIX);
    cr_assert_eq(csock_family(p[1]), AF_UNIX);
    cr_assert_eq(csock_send(p[0], "hi", 2, 0, &e), 2);
    char b[4];
    cr_assert_eq(csock_recv_into(p[1], b, sizeof b, 0, 0, &e), 2);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
    cr_assert_eq(csock_socketpair(AF_INET, SOCK_STREAM, 0, p, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_OS);
}

Test(basic, close_detach_dup)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    double t = 2.5;
    ASSERT_OK(csock_settimeout(s, t, &e), e);
    csock *d = csock_dup(s, &e);
    ASSERT_PTR(d, e);
    cr_assert_neq(csock_fileno(d), csock_fileno(s));
    cr_assert_eq(csock_gettimeout(d), 2.5);
    cr_assert_eq(csock_family(d), AF_INET);
    cr_assert_eq(csock_get_inheritable(d, &e), 0);
    ASSERT_OK(csock_close(d, &e), e);

    int fd = csock_fileno(s);
    cr_assert_eq(csock_detach(s), fd);
    cr_assert_eq(csock_fileno(s), -1);
    cr_assert_eq(csock_detach(s), -1);
    ASSERT_OK(csock_close(s, &e), e); /* closes nothing */
    cr_assert_neq(fcntl(fd, F_GETFD), -1);
    close(fd);

    s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_close_keep(s, &e), e);
    cr_assert_eq(csock_fileno(s), -1);
    ASSERT_OK(csock_close_keep(s, &e), e); /* twice is fine, as Python */
    cr_assert_null(csock_dup(s, &e));
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EBADF));
    csock_free(s);
    csock_free(NULL);
    ASSERT_OK(csock_close(NULL, &e), e);
}

Test(basic, closed_socket_gives_ebadf)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    csock_close_keep(s, NULL);
    char b[4];
    size_t n;
    const char *ebadf = OSERR(EBADF);
    double t = 1.0;
    cr_assert_null(csock_recv(s, 4, 0, &n, &e)); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_send(s, "x", 1, 0, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_sendall(s, "x", 1, 0, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_listen(s, 5, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_settimeout(s, t, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_gettimeout(s), 1.0); /* recorded anyway, as CPython */
    /* timeout mode must not wait on a closed socket */
    double t0 = now_s();
    cr_assert_eq(csock_recv_into(s, b, 4, 0, 0, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_null(csock_accept(s, NULL, &e)); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_lt(now_s() - t0, 0.5);
    cr_assert_eq(csock_setblocking(s, 0, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_get_inheritable(s, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_set_inheritable(s, 1, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    int v;
    cr_assert_eq(csock_getsockopt_int(s, SOL_SOCKET, SO_TYPE, &v, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    cr_assert_eq(csock_shutdown(s, SHUT_RDWR, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    csock_addr a;
    cr_assert_eq(csock_getsockname(s, &a, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    a = csock_addr_inet("127.0.0.1", 1);
    cr_assert_eq(csock_connect_ex(s, &a, &e), EBADF);
    cr_assert_eq(csock_connect(s, &a, &e), -1); ASSERT_ERR(e, CSOCK_ERR_OS, ebadf);
    csock_free(s);
}

Test(basic, inheritable)
{
    csock_error e;
    csock *s = csock_socket(AF_UNIX, SOCK_STREAM, 0, &e);
    cr_assert_eq(csock_get_inheritable(s, &e), 0);
    ASSERT_OK(csock_set_inheritable(s, 1, &e), e);
    cr_assert_eq(csock_get_inheritable(s, &e), 1);
    cr_assert_eq(fcntl(csock_fileno(s), F_GETFD) & FD_CLOEXEC, 0);
    ASSERT_OK(csock_set_inheritable(s, 0, &e), e);
    cr_assert_eq(csock_get_inheritable(s, &e), 0);
    csock_close(s, NULL);
}

Test(basic, modes)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    int fd = csock_fileno(s);
    cr_assert_not(fd_nonblocking(fd));
    ASSERT_OK(csock_setblocking(s, 0, &e), e);
    cr_assert_eq(csock_gettimeout(s), 0.0);
    cr_assert_eq(csock_getblocking(s), 0);
    cr_assert(fd_nonblocking(fd));
    double t = 0.25;
    ASSERT_OK(csock_settimeout(s, t, &e), e);
    cr_assert_eq(csock_gettimeout(s), 0.25);
    cr_assert_eq(csock_getblocking(s), 1, "Python: gettimeout() != 0");
    cr_assert(fd_nonblocking(fd), "timeout mode is O_NONBLOCK at the OS level");
    ASSERT_OK(csock_setblocking(s, 1, &e), e);
    cr_assert_eq(csock_gettimeout(s), CSOCK_TIMEOUT_NONE);
    cr_assert_not(fd_nonblocking(fd));
    t = 0.0;
    ASSERT_OK(csock_settimeout(s, t, &e), e);
    cr_assert_eq(csock_getblocking(s), 0);
    cr_assert(fd_nonblocking(fd));
    ASSERT_OK(csock_settimeout(s, CSOCK_TIMEOUT_NONE, &e), e);
    cr_assert_eq(csock_getblocking(s), 1);
    cr_assert_not(fd_nonblocking(fd));

    /* bad values leave the mode alone: any negative value other than
     * CSOCK_TIMEOUT_NONE (-1.0, which is None) */
    const double negative[] = { -0.5, -2.0, CSOCK_TIMEOUT_DEFAULT, -1e-9, -INFINITY };
    for (int i = 0; i < 5; i++) {
        t = negative[i];
        cr_assert_eq(csock_settimeout(s, t, &e), -1, "%g", t);
        if (isinf(t))
            ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "timestamp too large to convert to C _PyTime_t");
        else
            ASSERT_ERR(e, CSOCK_ERR_VALUE, "Timeout value out of range");
        cr_assert_eq(csock_gettimeout(s), CSOCK_TIMEOUT_NONE);
    }
    t = NAN;
    cr_assert_eq(csock_settimeout(s, t, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Invalid value NaN (not a number)");
    /* Python's text for values past the nanosecond clock (1e300, inf,
     * 9.3e9 s), for the socket and the default alike */
    const double big[] = { 1e300, INFINITY, 9.3e9 };
    for (int i = 0; i < 3; i++) {
        t = big[i];
        cr_assert_eq(csock_settimeout(s, t, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "timestamp too large to convert to C _PyTime_t");
        cr_assert_eq(csock_setdefaulttimeout(t, &e), -1);
        ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "timestamp too large to convert to C _PyTime_t");
        cr_assert_eq(csock_getdefaulttimeout(), CSOCK_TIMEOUT_NONE);
    }
    t = 9.2e9;
    ASSERT_OK(csock_settimeout(s, t, &e), e);
    cr_assert_eq(csock_gettimeout(s), 9.2e9);
    t = 1e-12; /* rounds up: stays a timeout, never non-blocking */
    ASSERT_OK(csock_settimeout(s, t, &e), e);
    cr_assert_gt(csock_gettimeout(s), 0.0);
    csock_close(s, NULL);
}

Test(basic, default_timeout)
{
    csock_error e;
    cr_assert_eq(csock_getdefaulttimeout(), CSOCK_TIMEOUT_NONE);
    double t = 3.0;
    ASSERT_OK(csock_setdefaulttimeout(t, &e), e);
    cr_assert_eq(csock_getdefaulttimeout(), 3.0);
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_eq(csock_gettimeout(s), 3.0);
    cr_assert(fd_nonblocking(csock_fileno(s)));
    csock *p[2];
    ASSERT_OK(csock_socketpair(0, SOCK_STREAM, 0, p, &e), e);
    cr_assert_eq(csock_gettimeout(p[1]), 3.0);
    cr_assert(fd_nonblocking(csock_fileno(p[1])));
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    csock *f = csock_socket_fileno(-1, -1, -1, fd, &e);
    cr_assert_eq(csock_gettimeout(f), 3.0);
    cr_assert(fd_nonblocking(fd));
    t = -2;
    cr_assert_eq(csock_setdefaulttimeout(t, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Timeout value out of range");
    t = NAN;
    cr_assert_eq(csock_setdefaulttimeout(t, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Invalid value NaN (not a number)");
    cr_assert_eq(csock_getdefaulttimeout(), 3.0);
    ASSERT_OK(csock_setdefaulttimeout(CSOCK_TIMEOUT_NONE, &e), e);
    cr_assert_eq(csock_getdefaulttimeout(), CSOCK_TIMEOUT_NONE);
    csock *b = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_eq(csock_gettimeout(b), CSOCK_TIMEOUT_NONE);
    cr_assert_not(fd_nonblocking(csock_fileno(b)));
    csock_close(b, NULL);
    csock_close(f, NULL);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
    csock_close(s, NULL);
}

Test(basic, accept_follows_default_timeout)
{
    csock_error e;
    csock *p[2];
    ep_ctx c;
    double t = 0.5;
    csock *l = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    csock_addr a = csock_addr_inet("127.0.0.1", 0);
    ASSERT_OK(csock_bind(l, &a, &e), e);
    ASSERT_OK(csock_listen(l, 5, &e), e);
    ASSERT_OK(csock_settimeout(l, t, &e), e);
    ASSERT_OK(csock_getsockname(l, &a, &e), e);
    for (int round = 0; round < 2; round++) {
        if (round == 1) {
            t = 7.0;
            ASSERT_OK(csock_setdefaulttimeout(t, &e), e);
        }
        csock *cl = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
        ASSERT_OK(csock_connect(cl, &a, &e), e);
        csock_addr peer;
        csock *n = csock_accept(l, &peer, &e);
        ASSERT_PTR(n, e);
        cr_assert_eq(peer.family, AF_INET);
        cr_assert_str_eq(peer.u.inet.host, "127.0.0.1");
        cr_assert_eq(csock_type(n), SOCK_STREAM);
        cr_assert_eq(csock_get_inheritable(n, &e), 0);
        if (round == 0) {
            cr_assert_eq(csock_gettimeout(n), CSOCK_TIMEOUT_NONE);
            cr_assert_not(fd_nonblocking(csock_fileno(n)));
        } else {
            cr_assert_eq(csock_gettimeout(n), 7.0);
            cr_assert(fd_nonblocking(csock_fileno(n)));
        }
        csock_close(n, NULL);
        csock_close(cl, NULL);
    }
    csock_setdefaulttimeout(CSOCK_TIMEOUT_NONE, NULL);
    /* accept_fd: raw fd, non-inheritable */
    csock *cl = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_connect(cl, &a, &e), e);
    int fd = csock_accept_fd(l, NULL, &e);
    cr_assert_geq(fd, 0);
    cr_assert(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    close(fd);
    csock_close(cl, NULL);
    csock_close(l, NULL);
    (void)p;
    (void)c;
}

Test(basic, sockopts)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    int v = -1;
    ASSERT_OK(csock_getsockopt_int(s, SOL_SOCKET, SO_TYPE, &v, &e), e);
    cr_assert_eq(v, SOCK_STREAM);
    ASSERT_OK(csock_setsockopt_int(s, IPPROTO_TCP, TCP_NODELAY, 1, &e), e);
    ASSERT_OK(csock_getsockopt_int(s, IPPROTO_TCP, TCP_NODELAY, &v, &e), e);
    cr_assert_eq(v, 1);
    struct linger lg = { 1, 3 }, out;
    ASSERT_OK(csock_setsockopt_buf(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg, &e), e);
    memset(&out, 0, sizeof out);
    cr_assert_eq(csock_getsockopt_buf(s, SOL_SOCKET, SO_LINGER, &out, sizeof out, &e),
                 (ssize_t)sizeof out);
    cr_assert_eq(out.l_onoff, 1);
    cr_assert_eq(out.l_linger, 3);
    char big[2000];
    cr_assert_eq(csock_getsockopt_buf(s, SOL_SOCKET, SO_LINGER, big, 1025, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "getsockopt buflen out of range");
    cr_assert_eq(csock_getsockopt_buf(s, SOL_SOCKET, SO_LINGER, big, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, "getsockopt buflen out of range");
    cr_assert_eq(csock_setsockopt_int(s, SOL_SOCKET, 987654, 1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(ENOPROTOOPT));
    /* the None form: NULL optval with a length (EFAULT on SO_LINGER) */
    cr_assert_eq(csock_setsockopt_none(s, SOL_SOCKET, SO_LINGER, sizeof lg, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OS, OSERR(EFAULT));
    /* ...and usable afterwards */
    ASSERT_OK(csock_getsockopt_int(s, SOL_SOCKET, SO_TYPE, &v, &e), e);
    csock_close(s, NULL);
}

Test(basic, cmsg_len_space)
{
    csock_error e;
    cr_assert_eq(csock_cmsg_len(0, &e), (ssize_t)CMSG_LEN(0));
    cr_assert_eq(csock_cmsg_len(4, &e), (ssize_t)CMSG_LEN(4));
    cr_assert_eq(csock_cmsg_space(4, &e), (ssize_t)CMSG_SPACE(4));
    /* CPython's limits: CMSG_LEN(n) and CMSG_SPACE(n) must fit an int; the
     * header's size and alignment are the target's (16 and 8 bytes on
     * x86_64, 12 and 4 on a 32-bit ABI) */
    ssize_t len_max = (ssize_t)(INT_MAX - CMSG_LEN(0));
    cr_assert_eq(csock_cmsg_len(len_max, &e), INT_MAX);
    cr_assert_eq(csock_cmsg_len(len_max + 1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "CMSG_LEN() argument out of range");
    cr_assert_eq(csock_cmsg_len(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "CMSG_LEN() argument out of range");
    ssize_t space_max = (ssize_t)(INT_MAX - CMSG_SPACE(1));
    cr_assert_eq(csock_cmsg_space(space_max, &e), (ssize_t)CMSG_SPACE((size_t)space_max));
    cr_assert_leq(csock_cmsg_space(space_max, &e), INT_MAX);
    cr_assert_eq(csock_cmsg_space(space_max + 1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "CMSG_SPACE() argument out of range");
    cr_assert_eq(csock_cmsg_space(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "CMSG_SPACE() argument out of range");
}

Test(basic, listen_backlog_forms)
{
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    ASSERT_OK(csock_listen(s, CSOCK_LISTEN_DEFAULT, &e), e);
    ASSERT_OK(csock_listen(s, -5, &e), e); /* taken as 0 */
    ASSERT_OK(csock_listen(s, 10, &e), e);
    csock_close(s, NULL);
}

Test(basic, errors_kind_names)
{
    cr_assert_str_eq(csock_error_kind_name(CSOCK_ERR_OS), "OSError");
    cr_assert_str_eq(csock_error_kind_name(CSOCK_ERR_NOMEM), "MemoryError");
}

/* socket(fileno=fd) with family/type/proto autodetected, for every kind
 * of socket this kernel lets us create; fromfd and dup keep the same
 * attributes and are non-inheritable. */
Test(basic, fileno_autodetect_every_creatable_kind)
{
    static const struct { int family, type, proto; } kinds[] = {
        { AF_INET, SOCK_STREAM, 0 },      { AF_INET, SOCK_STREAM, IPPROTO_TCP },
        { AF_INET, SOCK_DGRAM, 0 },       { AF_INET, SOCK_DGRAM, IPPROTO_UDP },
        { AF_INET, SOCK_RAW, IPPROTO_ICMP }, { AF_INET, SOCK_DGRAM, IPPROTO_ICMP },
        { AF_INET, SOCK_STREAM, IPPROTO_SCTP },
        { AF_INET6, SOCK_STREAM, 0 },     { AF_INET6, SOCK_DGRAM, 0 },
        { AF_INET6, SOCK_RAW, IPPROTO_ICMPV6 },
        { AF_UNIX, SOCK_STREAM, 0 },      { AF_UNIX, SOCK_DGRAM, 0 },
        { AF_UNIX, SOCK_SEQPACKET, 0 },
        { AF_NETLINK, SOCK_RAW, 0 },      { AF_NETLINK, SOCK_DGRAM, 0 },
        { AF_PACKET, SOCK_RAW, 0 },       { AF_PACKET, SOCK_DGRAM, 0 },
        { AF_ALG, SOCK_SEQPACKET, 0 },    { AF_VSOCK, SOCK_STREAM, 0 },
        { AF_CAN, SOCK_RAW, 1 },
    };
    csock_error e;
    int tested = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        int fd = socket(kinds[i].family, kinds[i].type | SOCK_CLOEXEC,
                        kinds[i].proto);
        if (fd < 0)
            continue; /* not offered here (or needs privileges) */
        int want_proto = -1;
        socklen_t l = sizeof want_proto;
        cr_assert_eq(getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &want_proto, &l), 0);
        if (kinds[i].proto)
            cr_assert_eq(want_proto, kinds[i].proto);
        tested++;
        csock *s = csock_socket_fileno(-1, -1, -1, fd, &e);
        ASSERT_PTR(s, e);
        cr_assert_eq(csock_family(s), kinds[i].family, "kind %zu", i);
        cr_assert_eq(csock_type(s), kinds[i].type, "kind %zu", i);
        cr_assert_eq(csock_proto(s), want_proto, "kind %zu", i);
        cr_assert_eq(csock_fileno(s), fd);
        cr_assert_eq(csock_gettimeout(s), CSOCK_TIMEOUT_NONE);
        /* fromfd with -1s: a duplicate with the same attributes */
        csock *f = csock_fromfd(fd, -1, -1, -1, &e);
        ASSERT_PTR(f, e);
        cr_assert_neq(csock_fileno(f), fd);
        cr_assert_eq(csock_family(f), kinds[i].family);
        cr_assert_eq(csock_type(f), kinds[i].type);
        cr_assert_eq(csock_proto(f), want_proto);
        cr_assert_eq(csock_get_inheritable(f, &e), 0);
        /* dup keeps them too, and the timeout */
        double t = 1.5;
        ASSERT_OK(csock_settimeout(s, t, &e), e);
        csock *d = csock_dup(s, &e);
        ASSERT_PTR(d, e);
        cr_assert_eq(csock_family(d), kinds[i].family);
        cr_assert_eq(csock_type(d), kinds[i].type);
        cr_assert_eq(csock_proto(d), want_proto);
        cr_assert_eq(csock_gettimeout(d), 1.5);
        cr_assert_eq(csock_get_inheritable(d, &e), 0);
        ASSERT_OK(csock_set_inheritable(d, 1, &e), e);
        cr_assert_eq(csock_get_inheritable(d, &e), 1);
        cr_assert_eq(csock_get_inheritable(s, &e), 0, "per-descriptor flag");
        /* explicit values win over detection (Python passes them on) */
        csock *x = csock_fromfd(fd, kinds[i].family, -1, 0, &e);
        ASSERT_PTR(x, e);
        cr_assert_eq(csock_proto(x), 0);
        cr_assert_eq(csock_type(x), kinds[i].type);
        csock_close(x, NULL);
        csock_close(d, NULL);
        csock_close(f, NULL);
        ASSERT_OK(csock_close(s, &e), e);
    }
    /* at least TCP, UDP (v4 and v6) and the three AF_UNIX types */
    cr_assert_geq(tested, 9, "only %d kinds could be created", tested);
}

Test(basic, fileno_autodetect_bound_and_connected)
{
    /* the family comes from getsockname; an accepted and a connected
     * socket are detected like fresh ones */
    csock_error e;
    csock *p[2];
    ep_ctx c;
    make_pair(EP_INET6, SOCK_STREAM, p, &c);
    for (int i = 0; i < 2; i++) {
        int fd = csock_detach(p[i]);
        csock_free(p[i]);
        csock *s = csock_socket_fileno(-1, -1, -1, fd, &e);
        ASSERT_PTR(s, e);
        cr_assert_eq(csock_family(s), AF_INET6);
        cr_assert_eq(csock_type(s), SOCK_STREAM);
        cr_assert_eq(csock_proto(s), IPPROTO_TCP);
        p[i] = s;
    }
    cr_assert_eq(csock_send(p[0], "v6", 2, 0, &e), 2);
    char b[4];
    cr_assert_eq(csock_recv_into(p[1], b, 4, 0, 0, &e), 2);
    csock_close(p[0], NULL);
    csock_close(p[1], NULL);
    ep_cleanup(&c);
}

/* What csock.h states about csock_error, held: the kind names as
 * csock_error_kind_name returns them, the code of each kind, and a call
 * that succeeds leaving *err untouched. */
Test(basic, header_error_kind_names)
{
    static const struct { int kind; const char *name; } names[] = {
        { CSOCK_ERR_NONE, "no error" },
        { CSOCK_ERR_OS, "OSError" },
        { CSOCK_ERR_TIMEOUT, "socket.timeout" },
        { CSOCK_ERR_GAI, "socket.gaierror" },
        { CSOCK_ERR_HERROR, "socket.herror" },
        { CSOCK_ERR_VALUE, "ValueError" },
        { CSOCK_ERR_TYPE, "TypeError" },
        { CSOCK_ERR_OVERFLOW, "OverflowError" },
        { CSOCK_ERR_NOMEM, "MemoryError" },
        { CSOCK_ERR_ABORTED, "BaseException" },
        { 12345, "unknown error kind" },
        { -1, "unknown error kind" },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        cr_assert_str_eq(csock_error_kind_name(names[i].kind), names[i].name);
    cr_assert_eq(CSOCK_ERR_NONE, 0);
}

Test(basic, header_error_codes)
{
    csock_error e;
    csock *s[2];
    ASSERT_OK(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, s, &e), e);
    char buf[4];
    /* timeout: code 0 (socket.timeout has no errno), not ETIMEDOUT */
    e.code = 12345;
    ASSERT_OK(csock_settimeout(s[0], 0.01, &e), e);
    cr_assert_eq(csock_recv_into(s[0], buf, sizeof buf, 0, 0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_TIMEOUT, "timed out");
    cr_assert_eq(e.code, 0);
    /* OSError: the errno */
    ASSERT_OK(csock_setblocking(s[0], 0, &e), e);
    cr_assert_eq(csock_recv_into(s[0], buf, sizeof buf, 0, 0, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_OS);
    cr_assert_eq(e.code, EAGAIN);
    /* ValueError, OverflowError: 0 */
    e.code = 12345;
    cr_assert_eq(csock_settimeout(s[0], -3.0, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_VALUE, "Timeout value out of range");
    cr_assert_eq(e.code, 0);
    e.code = 12345;
    cr_assert_eq(csock_cmsg_len(-1, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_OVERFLOW);
    cr_assert_eq(e.code, 0);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

Test(basic, header_err_untouched_on_success)
{
    csock_error e, before;
    memset(&e, 0x5a, sizeof e);
    e.message[sizeof e.message - 1] = '\0';
    before = e;
    csock *s[2];
    cr_assert_eq(csock_socketpair(AF_UNIX, SOCK_STREAM, 0, s, &e), 0);
    cr_assert_eq(csock_settimeout(s[0], 1.0, &e), 0);
    cr_assert_eq(csock_settimeout(s[0], CSOCK_TIMEOUT_NONE, &e), 0);
    cr_assert_eq(csock_sendall(s[1], "ab", 2, 0, &e), 0);
    char buf[4];
    cr_assert_eq(csock_recv_into(s[0], buf, sizeof buf, 0, 0, &e), 2);
    cr_assert_eq(csock_cmsg_space(4, &e), (ssize_t)CMSG_SPACE(4));
    cr_assert_eq(memcmp(&e, &before, sizeof e), 0,
                 "a successful call wrote to *err");
    /* and a failed one does write it */
    cr_assert_eq(csock_settimeout(s[0], NAN, &e), -1);
    cr_assert_eq(e.kind, CSOCK_ERR_VALUE);
    csock_close(s[0], NULL);
    csock_close(s[1], NULL);
}

/* The names before 0.2.0 still work (deprecated, kept one release). */
Test(basic, deprecated_names_still_work)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    csock_error e;
    cr_assert_eq(csock_CMSG_LEN(4, &e), csock_cmsg_len(4, &e));
    cr_assert_eq(csock_CMSG_SPACE(4, &e), csock_cmsg_space(4, &e));
    cr_assert_eq(csock_CMSG_LEN(-1, &e), -1);
    ASSERT_ERR(e, CSOCK_ERR_OVERFLOW, "CMSG_LEN() argument out of range");
    size_t n = 0;
    csock_ifname *l = csock_if_nameindex(&n, &e);
    ASSERT_PTR(l, e);
    csock_if_freenameindex(l);
    csock_freeaddrinfo(NULL);
#pragma GCC diagnostic pop
}

/* The descriptor type: an int on POSIX (the ABI of every call that takes
 * or returns a descriptor is the plain fd's), "no descriptor" -1. */
Test(basic, descriptor_type_is_the_plain_fd)
{
    cr_assert_eq(sizeof(csock_fd_t), sizeof(int));
    cr_assert_eq((csock_fd_t)-1 < 0, 1, "signed, as an fd");
    cr_assert_eq(CSOCK_INVALID_FD, -1);
    csock_error e;
    csock *s = csock_socket(AF_INET, SOCK_STREAM, 0, &e);
    cr_assert_not_null(s, "%s", e.message);
    csock_fd_t fd = csock_fileno(s);
    cr_assert_neq(fd, CSOCK_INVALID_FD);
    cr_assert_eq(csock_detach(s), fd);
    cr_assert_eq(csock_fileno(s), CSOCK_INVALID_FD);
    cr_assert_eq(csock_detach(s), CSOCK_INVALID_FD);
    csock_free(s);
    cr_assert_eq(csock_close_descriptor(fd, &e), 0, "%s", e.message);
}
