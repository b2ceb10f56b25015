/* The Winsock side of the syscall layer (runtime/win/sys_win.c) under
 * Wine: non-inheritable sockets, dup with WSADuplicateSocketW, close with
 * closesocket, and socket.py's socketpair emulation over loopback. */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <criterion/criterion.h>

#include "win/win_internal.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <string.h>

static void start(void)
{
    csock_error err;
    cr_assert_eq(csock__win_startup(&err), 0, "%s", err.message);
}

static int inheritable(csock_fd_t s)
{
    DWORD flags = 0;
    cr_assert(GetHandleInformation((HANDLE)s, &flags), "GetHandleInformation: %lu",
              GetLastError());
    return (flags & HANDLE_FLAG_INHERIT) != 0;
}

/* Send msg on a, receive it whole on b. */
static void carries(csock_fd_t a, csock_fd_t b, const char *msg)
{
    int n = (int)strlen(msg);
    cr_assert_eq(send(a, msg, n, 0), n, "send: %d", WSAGetLastError());
    char buf[64];
    int got = 0;
    while (got < n) {
        int r = recv(b, buf + got, (int)sizeof buf - got, 0);
        cr_assert_gt(r, 0, "recv: %d (%d)", r, WSAGetLastError());
        got += r;
    }
    cr_assert_eq(got, n);
    cr_assert_eq(memcmp(buf, msg, (size_t)n), 0);
}

Test(win_sys, new_sockets_are_not_inheritable, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_neq(s, CSOCK_INVALID_FD, "%d", WSAGetLastError());
    cr_expect_not(inheritable(s));
    cr_expect_eq(csock__win_close(s), 0);
}

Test(win_sys, close_twice_is_not_a_socket, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_DGRAM, 0);
    cr_assert_neq(s, CSOCK_INVALID_FD);
    cr_assert_eq(csock__win_close(s), 0);
    cr_assert_eq(csock__win_close(s), SOCKET_ERROR);
    cr_expect_eq(WSAGetLastError(), WSAENOTSOCK);
}

Test(win_sys, nonblocking_recv_would_block, .init = start)
{
    csock_fd_t pair[2];
    csock_error err;
    cr_assert_eq(csock__win_socketpair(AF_INET, SOCK_STREAM, 0, pair, &err), 0, "%s",
                 err.message);
    cr_assert_eq(csock__win_set_nonblocking(pair[0], 1), 0);
    char c;
    cr_expect_eq(recv(pair[0], &c, 1, 0), SOCKET_ERROR);
    cr_expect_eq(WSAGetLastError(), WSAEWOULDBLOCK);
    cr_assert_eq(csock__win_set_nonblocking(pair[0], 0), 0);
    carries(pair[1], pair[0], "x");
    csock__win_close(pair[0]);
    csock__win_close(pair[1]);
}

Test(win_sys, socketpair_connects_both_ways, .init = start)
{
    csock_fd_t pair[2];
    csock_error err;
    cr_assert_eq(csock__win_socketpair(AF_INET, SOCK_STREAM, 0, pair, &err), 0, "%s",
                 err.message);
    cr_expect_not(inheritable(pair[0]));
    cr_expect_not(inheritable(pair[1]));
    carries(pair[0], pair[1], "ping");
    carries(pair[1], pair[0], "pong");
    /* The accepted socket is pair[0]: its peer is pair[1]'s name. */
    struct sockaddr_in a, b;
    int al = sizeof a, bl = sizeof b;
    cr_assert_eq(getpeername(pair[0], (struct sockaddr *)&a, &al), 0);
    cr_assert_eq(getsockname(pair[1], (struct sockaddr *)&b, &bl), 0);
    cr_expect_eq(a.sin_port, b.sin_port);
    cr_expect_eq(a.sin_addr.s_addr, htonl(INADDR_LOOPBACK));
    /* Blocking, both: a recv after the peer's close sees the end. */
    csock__win_close(pair[1]);
    char c;
    cr_expect_eq(recv(pair[0], &c, 1, 0), 0);
    csock__win_close(pair[0]);
}

Test(win_sys, socketpair_inet6, .init = start)
{
    csock_fd_t pair[2];
    csock_error err;
    int r = csock__win_socketpair(AF_INET6, SOCK_STREAM, 0, pair, &err);
    cr_assert_eq(r, 0, "%s", err.message);
    carries(pair[1], pair[0], "six");
    csock__win_close(pair[0]);
    csock__win_close(pair[1]);
}

Test(win_sys, socketpair_refuses_as_socket_py, .init = start)
{
    csock_fd_t pair[2] = { 1, 1 };
    csock_error err;
    cr_expect_eq(csock__win_socketpair(AF_UNIX, SOCK_STREAM, 0, pair, &err), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_VALUE);
    cr_expect_str_eq(err.message,
                     "Only AF_INET and AF_INET6 socket address families are supported");
    cr_expect_eq(pair[0], CSOCK_INVALID_FD);
    cr_expect_eq(csock__win_socketpair(AF_INET, SOCK_DGRAM, 0, pair, &err), -1);
    cr_expect_str_eq(err.message, "Only SOCK_STREAM socket type is supported");
    cr_expect_eq(csock__win_socketpair(AF_INET, SOCK_STREAM, IPPROTO_TCP, pair, &err), -1);
    cr_expect_str_eq(err.message, "Only protocol zero is supported");
}

Test(win_sys, dup_shares_the_connection, .init = start)
{
    csock_fd_t pair[2];
    csock_error err;
    cr_assert_eq(csock__win_socketpair(AF_INET, SOCK_STREAM, 0, pair, &err), 0, "%s",
                 err.message);
    csock_fd_t d = csock__win_dup(pair[1]);
    cr_assert_neq(d, CSOCK_INVALID_FD, "dup: %d", WSAGetLastError());
    cr_expect_neq(d, pair[1]);
    cr_expect_not(inheritable(d));
    /* The original closed, the duplicate still carries the connection. */
    cr_assert_eq(csock__win_close(pair[1]), 0);
    carries(d, pair[0], "via dup");
    carries(pair[0], d, "back");
    csock__win_close(d);
    csock__win_close(pair[0]);
}

Test(win_sys, dup_of_a_closed_socket_fails, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    csock__win_close(s);
    cr_expect_eq(csock__win_dup(s), CSOCK_INVALID_FD);
    cr_expect_eq(WSAGetLastError(), WSAENOTSOCK);
}

/* A port nobody listens on at 127.0.0.1 (bound, noted, closed). */
static struct sockaddr_in closed_port(void)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    csock_fd_t l = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_eq(bind(l, (struct sockaddr *)&a, sizeof a), 0);
    int al = sizeof a;
    cr_assert_eq(getsockname(l, (struct sockaddr *)&a, &al), 0);
    csock__win_close(l);
    return a;
}

Test(win_select, failed_connect_is_ready_and_so_error_says_why, .init = start)
{
    struct sockaddr_in a = closed_port();
    csock_fd_t c = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_eq(csock__win_set_nonblocking(c, 1), 0);
    /* As CPython on Windows: a non-blocking connect says WSAEWOULDBLOCK. */
    cr_assert_eq(connect(c, (struct sockaddr *)&a, sizeof a), SOCKET_ERROR);
    cr_assert_eq(WSAGetLastError(), WSAEWOULDBLOCK);
    ULONGLONG t0 = GetTickCount64();
    cr_assert_eq(csock__win_select(c, 1, 1, 10000), 1, "%d", WSAGetLastError());
    cr_expect_lt(GetTickCount64() - t0, 9000ull);
    int so = 0, sl = sizeof so;
    cr_assert_eq(getsockopt(c, SOL_SOCKET, SO_ERROR, (char *)&so, &sl), 0);
    cr_expect_eq(so, WSAECONNREFUSED);
    csock__win_close(c);
}

Test(win_select, succeeded_connect_is_writable, .init = start)
{
    csock_fd_t l = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int al = sizeof a;
    cr_assert_eq(bind(l, (struct sockaddr *)&a, sizeof a), 0);
    cr_assert_eq(listen(l, 1), 0);
    cr_assert_eq(getsockname(l, (struct sockaddr *)&a, &al), 0);
    csock_fd_t c = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_eq(csock__win_set_nonblocking(c, 1), 0);
    int r = connect(c, (struct sockaddr *)&a, sizeof a);
    cr_assert(r == 0 || WSAGetLastError() == WSAEWOULDBLOCK, "%d", WSAGetLastError());
    cr_assert_eq(csock__win_select(c, 1, 1, 10000), 1);
    int so = -1, sl = sizeof so;
    cr_assert_eq(getsockopt(c, SOL_SOCKET, SO_ERROR, (char *)&so, &sl), 0);
    cr_expect_eq(so, 0);
    csock__win_close(c);
    csock__win_close(l);
}

Test(win_select, read_waits_for_data_or_the_timeout, .init = start)
{
    csock_fd_t pair[2];
    csock_error err;
    cr_assert_eq(csock__win_socketpair(AF_INET, SOCK_STREAM, 0, pair, &err), 0, "%s",
                 err.message);
    /* Nothing to read: 0 after the timeout (generous bounds). */
    ULONGLONG t0 = GetTickCount64();
    cr_expect_eq(csock__win_select(pair[0], 0, 0, 200), 0);
    ULONGLONG dt = GetTickCount64() - t0;
    cr_expect_geq(dt, 150ull, "waited %llu ms", dt);
    cr_expect_lt(dt, 5000ull, "waited %llu ms", dt);
    /* Data: ready at once; writable: ready at once. */
    cr_assert_eq(send(pair[1], "r", 1, 0), 1);
    cr_expect_eq(csock__win_select(pair[0], 0, 0, 10000), 1);
    cr_expect_eq(csock__win_select(pair[0], 1, 0, 0), 1);
    csock__win_close(pair[0]);
    csock__win_close(pair[1]);
}

Test(win_share, share_then_fromshare_in_this_process, .init = start)
{
    csock_fd_t pair[2];
    csock_error err;
    cr_assert_eq(csock__win_socketpair(AF_INET, SOCK_STREAM, 0, pair, &err), 0, "%s",
                 err.message);
    unsigned char data[CSOCK__WIN_SHARE_SIZE];
    cr_assert_eq(csock__win_share(pair[1], GetCurrentProcessId(), data, &err), 0, "%s",
                 err.message);
    int family = 0, type = 0, proto = -1;
    csock_fd_t s = csock__win_fromshare(data, sizeof data, &family, &type, &proto, &err);
    cr_assert_neq(s, CSOCK_INVALID_FD, "%s", err.message);
    cr_expect_eq(family, AF_INET);
    cr_expect_eq(type, SOCK_STREAM);
    cr_expect_eq(proto, IPPROTO_TCP);
    cr_expect_not(inheritable(s));
    csock__win_close(pair[1]);
    carries(s, pair[0], "shared");
    csock__win_close(s);
    csock__win_close(pair[0]);
}

Test(win_share, fromshare_wrong_size_is_value_error, .init = start)
{
    unsigned char data[10] = { 0 };
    csock_error err;
    cr_expect_eq(csock__win_fromshare(data, sizeof data, NULL, NULL, NULL, &err),
                 CSOCK_INVALID_FD);
    cr_expect_eq(err.kind, CSOCK_ERR_VALUE);
    cr_expect_str_eq(err.message, "socket descriptor string has wrong size, should be 628 bytes.");
}

Test(win_share, share_of_a_closed_socket_is_oserror, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    csock__win_close(s);
    unsigned char data[CSOCK__WIN_SHARE_SIZE];
    csock_error err;
    cr_expect_eq(csock__win_share(s, GetCurrentProcessId(), data, &err), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_OS);
    cr_expect_eq(err.code, WSAENOTSOCK);
    cr_expect_eq(strncmp(err.message, "[WinError 10038] ", 17), 0, "%s", err.message);
}

Test(win_ioctl, keepalive_vals_on_tcp, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    const unsigned long ka[3] = { 1, 10000, 3000 };
    unsigned long got = 99;
    csock_error err;
    cr_expect_eq(csock__win_ioctl(s, SIO_KEEPALIVE_VALS, ka, 3, &got, &err), 0, "%s",
                 err.message);
    cr_expect_eq(got, 0);
    csock__win_close(s);
}

Test(win_ioctl, bad_control_and_shape, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    const unsigned long one[1] = { 1 };
    csock_error err;
    cr_expect_eq(csock__win_ioctl(s, 1234, one, 1, NULL, &err), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_VALUE);
    cr_expect_str_eq(err.message, "invalid ioctl command 1234");
    cr_expect_eq(csock__win_ioctl(s, SIO_KEEPALIVE_VALS, one, 1, NULL, &err), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_TYPE);
    cr_expect_eq(csock__win_ioctl(s, SIO_RCVALL, one, 3, NULL, &err), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_TYPE);
    csock__win_close(s);
}

Test(win_ioctl, closed_socket_is_oserror, .init = start)
{
    csock_fd_t s = csock__win_socket(AF_INET, SOCK_STREAM, 0);
    csock__win_close(s);
    const unsigned long ka[3] = { 1, 10000, 3000 };
    csock_error err;
    cr_expect_eq(csock__win_ioctl(s, SIO_KEEPALIVE_VALS, ka, 3, NULL, &err), -1);
    cr_expect_eq(err.kind, CSOCK_ERR_OS);
    cr_expect_eq(err.code, WSAENOTSOCK);
}
